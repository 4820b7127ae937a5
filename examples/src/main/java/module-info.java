/** Runnable examples of the ACE SDK, the README quick start among them. */
module org.acesdk.examples {
    requires org.acesdk.testkit;

    exports org.acesdk.examples;
}
