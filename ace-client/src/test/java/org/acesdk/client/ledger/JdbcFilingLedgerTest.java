package org.acesdk.client.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The JDBC ledger's contract, on H2 and (when CI provides one) PostgreSQL. */
class JdbcFilingLedgerTest {
    private static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");

    @TempDir
    Path dir;

    static List<String> databases() {
        return LedgerDatabases.names();
    }

    static LedgerRecord draft(String key, String fingerprint) {
        return new LedgerRecord(key, "AE", "B76-0324527-8", fingerprint, "A...\n10 IMPORTER 13-1420260\nZ...\n",
                LedgerState.PREPARED, null, null, T0, T0);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aSubmissionGoesFromPreparedToSentToAnsweredWithEachAnswerOnce(String db) {
        try (JdbcFilingLedger l = LedgerDatabases.open(db, dir)) {
            LedgerRecord r = l.prepare(draft("k1", "f1"), T0);
            assertEquals(LedgerState.PREPARED, r.state());
            assertEquals(List.of("k1"), l.unfinished().stream().map(LedgerRecord::idempotencyKey).toList());
            l.markSent("k1", "batch-1", T0.plusSeconds(1));
            assertEquals(LedgerState.SENT, l.find("k1").orElseThrow().state());
            assertEquals("k1", l.findByBatch("batch-1").orElseThrow().idempotencyKey());
            assertTrue(l.recordAnswer("k1", new LedgerAnswer("m1", "AX", "E0...", T0.plusSeconds(2))));
            assertFalse(l.recordAnswer("k1", new LedgerAnswer("m1", "AX", "E0...", T0.plusSeconds(3))),
                    "the same message is recorded once");
            assertTrue(l.recordAnswer("k1", new LedgerAnswer("m2", "AX", "E1...", T0.plusSeconds(3))));
            l.markAnswered("k1", "PROCESSED", T0.plusSeconds(4));
            LedgerRecord done = l.find("k1").orElseThrow();
            assertEquals(LedgerState.ANSWERED, done.state());
            assertEquals("PROCESSED", done.outcome());
            assertEquals(T0.plusSeconds(4), done.updatedAt());
            assertEquals(List.of("m1", "m2"), l.answers("k1").stream().map(LedgerAnswer::messageId).toList());
            assertTrue(l.unfinished().isEmpty());
            // the batch text survives as written, byte for byte
            assertEquals(draft("k1", "f1").batchText(), done.batchText());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theSameFilingIsRecordedOnceWhileLive(String db) {
        try (JdbcFilingLedger l = LedgerDatabases.open(db, dir)) {
            l.prepare(draft("k1", "f1"), T0);
            LedgerRecord again = l.prepare(draft("k2", "f1"), T0.plusSeconds(1));
            assertEquals("k1", again.idempotencyKey(), "the live record of the same filing comes back");
            assertTrue(l.find("k2").isEmpty(), "nothing new is written");
            assertEquals("k1", l.prepare(draft("k1", "f1"), T0).idempotencyKey(), "the same key, the same filing");
            LedgerException conflict = assertThrows(LedgerException.class, () -> l.prepare(draft("k1", "f9"), T0));
            assertTrue(conflict.getMessage().contains("k1"), conflict.getMessage());
            // a rejected filing is no longer live: the corrected one may be filed anew
            l.markSent("k1", "b1", T0);
            l.markAnswered("k1", "REJECTED", T0);
            assertEquals("k3", l.prepare(draft("k3", "f1"), T0).idempotencyKey());
            // a failed one (never arrived) neither
            l.markFailed("k3", "forbidden", T0);
            assertEquals(LedgerState.FAILED, l.find("k3").orElseThrow().state());
            assertEquals("k4", l.prepare(draft("k4", "f1"), T0).idempotencyKey());
            // markFailed changes only a prepared record
            l.markSent("k4", "b4", T0);
            l.markFailed("k4", "late", T0);
            assertEquals(LedgerState.SENT, l.find("k4").orElseThrow().state());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void concurrentPreparesOfOneFilingLeaveOneRecord(String db) throws Exception {
        try (JdbcFilingLedger l = LedgerDatabases.open(db, dir)) {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<LedgerRecord>> fs = new java.util.ArrayList<>();
                for (int i = 0; i < 16; i++) {
                    String key = "c" + i;
                    fs.add(pool.submit(() -> l.prepare(draft(key, "same"), T0)));
                }
                java.util.Set<String> keys = new java.util.HashSet<>();
                for (Future<LedgerRecord> f : fs) {
                    keys.add(f.get().idempotencyKey());
                }
                assertEquals(1, keys.size(), "every caller got the one record: " + keys);
                assertEquals(1, l.unfinished().size());
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void recordsSurviveReopeningAndPrintNoPersonalData(String db) {
        if (!db.equals("h2")) {
            // a PostgreSQL schema per ledger: reopening is the server's business, checked by the recovery tests
            try (JdbcFilingLedger l = LedgerDatabases.open(db, dir)) {
                assertFalse(l.prepare(draft("k1", "f1"), T0).toString().contains("13-1420260"));
            }
            return;
        }
        try (JdbcFilingLedger l = JdbcFilingLedger.h2(dir)) {
            l.prepare(draft("k1", "f1"), T0);
            l.markSent("k1", "b1", T0);
        }
        try (JdbcFilingLedger l = JdbcFilingLedger.h2(dir)) {
            LedgerRecord r = l.find("k1").orElseThrow();
            assertEquals(LedgerState.SENT, r.state());
            assertFalse(r.toString().contains("13-1420260"), r.toString());
            assertFalse(r.toString().contains("B76-0324527"), "the reference stays out too: " + r);
        }
    }

    @org.junit.jupiter.api.Test
    void aBadDatabaseIsATypedErrorWithoutItsPassword() {
        LedgerException e = assertThrows(LedgerException.class, () -> JdbcFilingLedger.migrate(
                "jdbc:nosuchdb://127.0.0.1:9/x", "ace", "s3cret-pass"));
        assertFalse(String.valueOf(e.getMessage()).contains("s3cret-pass"), e.getMessage());
    }
}
