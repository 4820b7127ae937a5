/** CBP Form 7501 rendered as a PDF. */
module org.acesdk.pdf {
    requires transitive org.acesdk.rules;
    requires org.apache.pdfbox;

    exports org.acesdk.pdf;
}
