/** The {@code ace} command line. */
module org.acesdk.cli {
    requires org.acesdk.testkit;
    requires org.acesdk.pdf;
    requires info.picocli;

    // picocli sets the annotated options and instantiates the commands
    opens org.acesdk.cli to info.picocli;
}
