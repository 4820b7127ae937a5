/** The embedded fake ACE gateway, sample filings and generators for tests. */
module org.acesdk.testkit {
    requires transitive org.acesdk.client;
    requires okhttp3;
    requires static org.junit.jupiter.api;
    requires static net.jqwik.api;

    exports org.acesdk.testkit;
}
