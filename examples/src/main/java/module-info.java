/** Runnable examples of the ACE SDK, the README quick start among them. */
module org.acesdk.examples {
    requires org.acesdk.testkit;
    // IbmMqExample only
    requires static jakarta.messaging;
    requires static com.ibm.mq.jakarta;
    requires static java.naming;

    exports org.acesdk.examples;
}
