/** Talking to ACE: CATAIR encoding and decoding, the client with its retry core, and its transports. */
module org.acesdk.client {
    requires transitive org.acesdk.model;
    requires transitive org.acesdk.rules;
    requires okhttp3;
    requires transitive java.sql;
    // the JDBC ledger's migrations; optional: needed only by who uses JdbcFilingLedger
    requires static flyway.core;
    // the JMS transport; optional: needed only by who uses JmsTransport
    requires static jakarta.messaging;

    exports org.acesdk.client;
    exports org.acesdk.client.catair;
    exports org.acesdk.client.ledger;
    exports org.acesdk.client.transport;
    exports org.acesdk.client.internal to org.acesdk.testkit;
}
