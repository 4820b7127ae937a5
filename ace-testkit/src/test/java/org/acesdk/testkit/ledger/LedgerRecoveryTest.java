package org.acesdk.testkit.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.acesdk.client.AceClient;
import org.acesdk.client.AceConnectionException;
import org.acesdk.client.AceException;
import org.acesdk.client.RetryPolicy;
import org.acesdk.client.Transmission;
import org.acesdk.client.ledger.JdbcFilingLedger;
import org.acesdk.client.ledger.LedgerRecord;
import org.acesdk.client.ledger.LedgerState;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.testkit.Fault;
import org.acesdk.testkit.FakeAceGateway;
import org.acesdk.testkit.Route;
import org.acesdk.testkit.SampleFilings;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A client restarted on the same ledger picks up each state a crash can leave: prepared (sent or not), sent,
 * answered, failed; on H2 and (when CI provides one) PostgreSQL. "Restarted" is a new client on a reopened ledger.
 */
class LedgerRecoveryTest {
    @TempDir
    Path dir;

    static List<String> databases() {
        return LedgerDatabases.names();
    }

    private static AceClient client(FakeAceGateway gateway, JdbcFilingLedger ledger, int attempts) {
        return gateway.clientBuilder().ledger(ledger).retryPolicy(RetryPolicy.builder().maxAttempts(attempts)
                .baseDelay(Duration.ofMillis(1)).maxDelay(Duration.ofMillis(2)).build()).build();
    }

    private static EntrySummary entry(int n) {
        return SampleFilings.oceanEntry().entryNumber(SampleFilings.entryNumber(n)).build();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void preparedAndNeverArrivedIsSentOnResumeWithItsKey(String db) {
        try (FakeAceGateway gateway = FakeAceGateway.start(); JdbcFilingLedger ledger = LedgerDatabases.open(db, dir)) {
            gateway.injectNext(Route.SUBMIT, Fault.dropBeforeProcessing());
            String key;
            try (AceClient first = client(gateway, ledger, 1)) {
                AceException e = assertThrows(AceConnectionException.class, () -> first.submit(entry(500001)));
                assertTrue(e.filingMayHaveArrived(), "a dropped exchange may have arrived: " + e.getMessage());
                key = e.idempotencyKey();
                assertTrue(e.getMessage().contains(key) && e.getMessage().contains("may have arrived"),
                        e.getMessage());
            }
            assertEquals(LedgerState.PREPARED, ledger.find(key).orElseThrow().state());
            assertEquals(0, gateway.journal().filings().size());
            try (AceClient restarted = client(gateway, ledger, 3)) {
                List<Transmission> resumed = restarted.resume();
                assertEquals(1, resumed.size());
                assertEquals(key, resumed.get(0).idempotencyKey(), "the original key");
                restarted.awaitResponse(resumed.get(0).batchId(), Duration.ofSeconds(30));
            }
            LedgerRecord done = ledger.find(key).orElseThrow();
            assertEquals(LedgerState.ANSWERED, done.state());
            assertEquals(1, gateway.journal().filings().size());
            gateway.journal().assertNoDuplicateFilings();
            assertFalse(ledger.answers(key).isEmpty(), "CBP's answer is recorded");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void preparedButArrivedIsRecognisedNotFiledAgain(String db) {
        try (FakeAceGateway gateway = FakeAceGateway.start(); JdbcFilingLedger ledger = LedgerDatabases.open(db, dir)) {
            gateway.injectNext(Route.SUBMIT, Fault.dropAfterProcessing());
            try (AceClient first = client(gateway, ledger, 1)) {
                assertThrows(AceConnectionException.class, () -> first.submit(entry(500002)));
            }
            assertEquals(1, gateway.journal().filings().size(), "the fake filed it; the client did not hear");
            assertEquals(LedgerState.PREPARED, ledger.unfinished().get(0).state());
            try (AceClient restarted = client(gateway, ledger, 3)) {
                // submitting the same filing again (what an application does after a restart) resumes it too
                Transmission t = restarted.submit(entry(500002));
                assertTrue(t.replayed(), "the gateway recognised the original key");
                restarted.awaitResponse(t.batchId(), Duration.ofSeconds(30));
            }
            assertEquals(1, gateway.journal().filings().size());
            gateway.journal().assertNoDuplicateFilings();
            assertTrue(ledger.unfinished().isEmpty());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void sentIsAwaitedNotResentAndAnsweredIsNeitherResentNorRecordedTwice(String db) {
        try (FakeAceGateway gateway = FakeAceGateway.start(); JdbcFilingLedger ledger = LedgerDatabases.open(db, dir)) {
            Transmission t;
            try (AceClient first = client(gateway, ledger, 3)) {
                t = first.submit(entry(500003));
            }
            assertEquals(LedgerState.SENT, ledger.find(t.idempotencyKey()).orElseThrow().state());
            int posts = gateway.journal().submissions().size();
            try (AceClient restarted = client(gateway, ledger, 3)) {
                List<Transmission> resumed = restarted.resume();
                assertEquals(List.of(t.batchId()), resumed.stream().map(Transmission::batchId).toList());
                assertEquals(posts, gateway.journal().submissions().size(), "nothing is sent again");
                restarted.awaitResponse(t.batchId(), Duration.ofSeconds(30));
            }
            assertEquals(LedgerState.ANSWERED, ledger.find(t.idempotencyKey()).orElseThrow().state());
            int answers = ledger.answers(t.idempotencyKey()).size();
            assertTrue(answers > 0);
            try (AceClient again = client(gateway, ledger, 3)) {
                assertTrue(again.resume().isEmpty());
                Transmission same = again.submit(entry(500003));
                assertEquals(t.batchId(), same.batchId(), "the recorded submission, not a new one");
                assertEquals(0, same.attempts());
                again.awaitResponse(t.batchId(), Duration.ofSeconds(30));
            }
            assertEquals(posts, gateway.journal().submissions().size());
            assertEquals(answers, ledger.answers(t.idempotencyKey()).size(), "each answer recorded once");
            gateway.journal().assertNoDuplicateFilings();
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void failedNeverArrivedAndMayBeSentAgain(String db) {
        try (FakeAceGateway gateway = FakeAceGateway.start(); JdbcFilingLedger ledger = LedgerDatabases.open(db, dir)) {
            gateway.injectNext(Route.SUBMIT, Fault.status(403));
            String key;
            try (AceClient first = client(gateway, ledger, 3)) {
                AceException e = assertThrows(AceException.class, () -> first.submit(entry(500004)));
                assertFalse(e.filingMayHaveArrived(), e.getMessage());
                assertTrue(e.getMessage().contains("did not arrive"), e.getMessage());
                key = e.idempotencyKey();
            }
            assertEquals(LedgerState.FAILED, ledger.find(key).orElseThrow().state());
            assertTrue(ledger.unfinished().isEmpty(), "nothing to resume: it never arrived");
            try (AceClient restarted = client(gateway, ledger, 3)) {
                Transmission t = restarted.submit(entry(500004));
                restarted.awaitResponse(t.batchId(), Duration.ofSeconds(30));
            }
            assertEquals(1, gateway.journal().filings().size());
            gateway.journal().assertNoDuplicateFilings();
        }
    }
}
