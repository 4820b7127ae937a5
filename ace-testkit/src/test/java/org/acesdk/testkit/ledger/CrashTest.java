package org.acesdk.testkit.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.acesdk.client.AceClient;
import org.acesdk.client.BatchStatus;
import org.acesdk.client.ledger.JdbcFilingLedger;
import org.acesdk.client.ledger.LedgerAnswer;
import org.acesdk.client.ledger.LedgerRecord;
import org.acesdk.client.ledger.LedgerState;
import org.acesdk.model.code.EntryNumber;
import org.acesdk.testkit.Fault;
import org.acesdk.testkit.FakeAceGateway;
import org.acesdk.testkit.Route;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exactly once across crashes: a child JVM files 1,000 entries through faults on an H2 ledger and is killed with
 * SIGKILL at random points at least 5 times, restarted each time on the same ledger. At the end: every entry filed
 * once at the fake (none twice, none lost) and every answer recorded once. {@code -Dace.crash.kills=N} kills more.
 */
class CrashTest {
    private static final int ENTRIES = 1000;
    private static final int FIRST = 600000;

    @TempDir
    Path dir;

    @Test
    void killedAtRandomTheClientFilesEachEntryOnceAndRecordsEachAnswerOnce() throws Exception {
        int kills = Integer.getInteger("ace.crash.kills", 5);
        Random random = new Random(20261202L);
        try (FakeAceGateway gateway = FakeAceGateway.builder().seed(7).start()) {
            gateway.injectRandomly(Route.SUBMIT, Fault.dropAfterProcessing(), 0.03)
                    .injectRandomly(Route.SUBMIT, Fault.dropBeforeProcessing(), 0.03)
                    .injectRandomly(Route.SUBMIT, Fault.status(503), 0.03)
                    .injectRandomly(Route.STATUS, Fault.status(503), 0.03);
            int killed = 0;
            List<String> progress = new ArrayList<>();
            while (killed < kills) {
                Child c = Child.start(gateway.baseUrl(), dir);
                // let it resume and file for a while, then kill it mid-flight
                assertTrue(c.ready.await(60, TimeUnit.SECONDS), "the child starts: " + c.output);
                Thread.sleep(300 + random.nextInt(2500));
                if (!c.process.isAlive()) {
                    break;
                }
                c.process.destroyForcibly(); // SIGKILL: no shutdown hooks, no flush, no goodbye
                c.process.waitFor(30, TimeUnit.SECONDS);
                killed++;
                progress.add(gateway.journal().filings().size() + " filed");
            }
            Child last = Child.start(gateway.baseUrl(), dir);
            assertTrue(last.process.waitFor(120, TimeUnit.SECONDS), "the last run finishes: " + last.output);
            assertEquals(0, last.process.exitValue(), String.join("\n", last.output));
            assertTrue(killed >= Math.min(kills, 5), "killed " + killed + " times");

            // at the fake: each of the 1,000 entries filed exactly once
            gateway.journal().assertNoDuplicateFilings();
            Set<EntryNumber> filed = new HashSet<>();
            gateway.journal().filings().forEach(f -> filed.addAll(f.entryNumbers()));
            assertEquals(ENTRIES, gateway.journal().filings().size(), "one filing per entry; kills at " + progress);
            assertEquals(ENTRIES, filed.size(), "none lost");

            // in the ledger: every submission answered, each of CBP's answers recorded once
            try (JdbcFilingLedger ledger = JdbcFilingLedger.h2(dir); AceClient reader = gateway.client()) {
                assertTrue(ledger.unfinished().isEmpty());
                int answers = 0;
                for (var f : gateway.journal().filings()) {
                    LedgerRecord r = ledger.findByBatch(f.batchId()).orElseThrow(() -> new AssertionError(
                            "the ledger knows batch " + f.batchId()));
                    assertEquals(LedgerState.ANSWERED, r.state());
                    BatchStatus s = reader.status(f.batchId());
                    List<LedgerAnswer> recorded = ledger.answers(r.idempotencyKey());
                    Set<String> ids = new HashSet<>();
                    recorded.forEach(a -> ids.add(a.messageId()));
                    assertEquals(recorded.size(), ids.size(), "no answer twice");
                    assertEquals(s.responses().isEmpty() ? 0 : recorded.size(), recorded.size());
                    assertTrue(!recorded.isEmpty(), "an answer recorded for " + f.batchId());
                    answers += recorded.size();
                }
                System.out.println("crash test: " + killed + " kills (after " + progress + "), " + ENTRIES
                        + " entries filed once, " + gateway.journal().submissions().size() + " POSTs, " + answers
                        + " answers recorded once");
            }
        }
    }

    /** A child JVM running {@link CrashChild}, its output read as it comes. */
    private static final class Child {
        final Process process;
        final CountDownLatch ready = new CountDownLatch(1);
        final List<String> output = java.util.Collections.synchronizedList(new ArrayList<>());

        private Child(Process process) {
            this.process = process;
        }

        static Child start(String url, Path dir) throws Exception {
            String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
            Path cp = Files.createTempFile("crash-cp", ".txt");
            Files.writeString(cp, "-cp \"" + System.getProperty("java.class.path").replace("\\", "\\\\") + "\"",
                    StandardCharsets.UTF_8);
            Process p = new ProcessBuilder(java, "-Xmx256m", "-Xshare:auto", "@" + cp,
                    CrashChild.class.getName(), url, dir.toString(), String.valueOf(ENTRIES), String.valueOf(FIRST))
                    .redirectErrorStream(true).start();
            Child c = new Child(p);
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = r.readLine()) != null) {
                        c.output.add(line);
                        if (line.equals("ready")) {
                            c.ready.countDown();
                        }
                    }
                } catch (java.io.IOException e) {
                    c.output.add("(output ended: " + e.getClass().getSimpleName() + ")");
                }
                c.ready.countDown();
            }, "crash-child-output");
            reader.setDaemon(true);
            reader.start();
            return c;
        }
    }
}
