/** The embedded fake ACE gateway, sample filings and generators for tests. */
module org.acesdk.testkit {
    requires transitive org.acesdk.client;
    requires okhttp3;
    requires static org.junit.jupiter.api;
    requires static net.jqwik.api;
    // the fake over MQ; optional: needed only by who asks for it. Artemis itself (split packages, no module
    // descriptors) stays on the class path and is started reflectively
    requires static jakarta.messaging;

    exports org.acesdk.testkit;
}
