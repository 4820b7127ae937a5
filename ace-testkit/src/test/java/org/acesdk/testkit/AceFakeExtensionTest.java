package org.acesdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.acesdk.client.AceClient;
import org.acesdk.client.Transmission;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The extension injects one gateway per class, a client per test, and resets between tests. */
@AceFake
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AceFakeExtensionTest {
    private static FakeAceGateway seen;

    @Test
    @Order(1)
    void injectsAGatewayAndAReadyClient(FakeAceGateway gateway, AceClient client, RequestJournal journal) {
        seen = gateway;
        Transmission t = client.submit(SampleFilings.oceanEntry().build());
        assertTrue(t.batchId().startsWith("BATCH-"));
        assertEquals(1, journal.filings().size());
        assertSame(gateway.journal(), journal);
    }

    @Test
    @Order(2)
    void theSameGatewayIsResetBeforeEachTest(FakeAceGateway gateway, AceClient client, TestClock clock) {
        assertSame(seen, gateway, "one gateway per class");
        assertEquals(0, gateway.journal().size(), "the journal was reset");
        // the entry number from the first test is no longer on file: no duplicate rejection
        Transmission t = client.submit(SampleFilings.oceanEntry().build());
        assertEquals(org.acesdk.model.response.Disposition.ACCEPTED,
                client.responses(t.batchId()).get(0).disposition());
        assertSame(gateway.clock(), clock);
    }
}

/** {@code @AceFake(transport = MQ)}: the injected client speaks to the fake over its embedded broker. */
@AceFake(transport = AceFake.Transport.MQ)
class AceFakeOverMqTest {
    @Test
    void theInjectedClientSpeaksMq(FakeAceGateway gateway, AceClient client) {
        assertTrue(gateway.servesMq());
        assertTrue(client.toString().contains("JmsTransport"), client.toString());
        assertTrue(gateway.mqUrl().startsWith("tcp://127.0.0.1:"), gateway.mqUrl());
        Transmission t = client.submit(SampleFilings.oceanEntry().build());
        assertEquals(org.acesdk.model.response.Disposition.ACCEPTED,
                client.responses(t.batchId()).get(0).disposition());
        // over MQ the fake's HTTP side saw the same protocol: its journal holds the filing
        assertEquals(1, gateway.journal().filings().size());
    }
}
