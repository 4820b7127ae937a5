package org.acesdk.testkit.ledger;

import java.nio.file.Path;
import java.time.Duration;
import org.acesdk.client.AccessTokenProvider;
import org.acesdk.client.AceClient;
import org.acesdk.client.AceException;
import org.acesdk.client.RetryPolicy;
import org.acesdk.client.Transmission;
import org.acesdk.client.ledger.JdbcFilingLedger;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.testkit.FakeAceGateway;
import org.acesdk.testkit.SampleFilings;
import org.acesdk.testkit.TestClock;

/**
 * The process {@link CrashTest} kills: files entries 0..count-1 through a client on an H2 ledger, awaiting each
 * answer, and after a restart picks up where the ledger says it was. Prints {@code ready} once it has resumed and
 * {@code filed N} as it goes. Arguments: the fake's base URL, the ledger directory, the count, the first entry number.
 */
public final class CrashChild {
    private CrashChild() {
    }

    /** Runs until every entry is filed and answered; exits 0. */
    public static void main(String[] args) {
        String url = args[0];
        Path dir = Path.of(args[1]);
        int count = Integer.parseInt(args[2]);
        int first = Integer.parseInt(args[3]);
        // Flyway reports its migrations through java.util.logging here: warnings only
        java.util.logging.Logger.getLogger("org.flywaydb").setLevel(java.util.logging.Level.WARNING);
        TestClock clock = TestClock.create();
        try (JdbcFilingLedger ledger = JdbcFilingLedger.h2(dir);
                AceClient client = AceClient.builder().baseUrl(url)
                        .credentials(AccessTokenProvider.of(FakeAceGateway.DEFAULT_TOKEN))
                        .filerCode(SampleFilings.FILER.code()).siteCode("2704").ruleContext(SampleFilings.context())
                        .clock(clock).sleeper(clock).ledger(ledger)
                        .retryPolicy(RetryPolicy.builder().maxAttempts(4).baseDelay(Duration.ofMillis(1))
                                .maxDelay(Duration.ofMillis(4)).build()).build()) {
            for (Transmission t : client.resume()) {
                await(client, t.batchId());
            }
            System.out.println("ready");
            System.out.flush();
            for (int i = 0; i < count; i++) {
                EntrySummary e = SampleFilings.oceanEntry().entryNumber(SampleFilings.entryNumber(first + i)).build();
                Transmission t = null;
                while (t == null) {
                    try {
                        // the same filing again after a failure: the ledger sends the recorded batch with its key
                        t = client.submit(e);
                    } catch (AceException ex) {
                        if (!ex.isRetryable() && !ex.filingMayHaveArrived()) {
                            throw ex;
                        }
                    }
                }
                await(client, t.batchId());
                if (i % 50 == 49) {
                    System.out.println("filed " + (i + 1));
                    System.out.flush();
                }
            }
        }
        System.out.println("done");
        System.out.flush();
        System.exit(0);
    }

    private static void await(AceClient client, String batchId) {
        while (true) {
            try {
                client.awaitResponse(batchId, Duration.ofMinutes(10));
                return;
            } catch (AceException e) {
                if (!e.isRetryable()) {
                    throw e;
                }
            }
        }
    }
}
