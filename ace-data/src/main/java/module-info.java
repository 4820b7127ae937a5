/** The bundled, dated reference data of the ACE SDK (USITC tariff history, fees, chapter 99 programs) and its updater. */
module org.acesdk.data {
    requires transitive org.acesdk.model;
    requires io.github.javadiffutils;

    exports org.acesdk.data;
}
