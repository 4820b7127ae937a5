package org.acesdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.acesdk.client.AceClient;
import org.acesdk.client.RetryPolicy;
import org.acesdk.client.Transmission;
import org.acesdk.model.code.EntryNumber;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.model.response.CbpResponse;
import org.acesdk.model.response.Disposition;
import org.junit.jupiter.api.Test;

/**
 * 1,000 entry summaries and 200 ISFs through a seeded fault mix: every one filed exactly once and every decision read
 * back.
 */
class SoakTest {

    @Test
    void aThousandSubmissionsThroughFaultsFileExactlyOnceEach() {
        TestClock clock = TestClock.create();
        try (FakeAceGateway gateway = FakeAceGateway.builder().clock(clock).seed(7).start()) {
            gateway.injectRandomly(Route.SUBMIT, Fault.dropAfterProcessing(), 0.10)
                    .injectRandomly(Route.SUBMIT, Fault.status(503), 0.05 / 0.90)
                    .injectRandomly(Route.SUBMIT, Fault.slowBody(Duration.ofMillis(20)), 0.02 / 0.85);
            List<Transmission> sent = new ArrayList<>();
            List<Transmission> isfs = new ArrayList<>();
            EntrySummary template = SampleFilings.airEntryFromVietnam().build();
            org.acesdk.model.isf.ImporterSecurityFiling isf = SampleFilings.isf10().build();
            try (AceClient client = gateway.clientBuilder().retryPolicy(RetryPolicy.builder().maxAttempts(8)
                    .build()).build()) {
                for (int i = 0; i < 1000; i++) {
                    EntryNumber n = SampleFilings.entryNumber(500_000 + i);
                    sent.add(client.submit(template.toBuilder().entryNumber(n).build()));
                    if (i % 5 == 0) {
                        isfs.add(client.submit(isf.toBuilder().billOfLading("MAEU" + (300_000_000 + i)).build()));
                    }
                }
                Set<String> isfNumbers = new HashSet<>();
                for (Transmission t : isfs) {
                    List<CbpResponse> rs = client.responses(t.batchId());
                    assertEquals(1, rs.size());
                    assertEquals("SN", rs.get(0).applicationId());
                    assertEquals(Disposition.ACCEPTED, rs.get(0).disposition(), rs.get(0).rawLines().toString());
                    isfNumbers.add(rs.get(0).rawLines().get(0).substring(38, 53));
                }
                assertEquals(200, isfNumbers.size(), "one ISF transaction number each, none duplicated");
                Set<EntryNumber> accepted = new HashSet<>();
                for (Transmission t : sent) {
                    List<CbpResponse> rs = client.responses(t.batchId());
                    assertEquals(1, rs.size());
                    assertEquals(Disposition.ACCEPTED, rs.get(0).disposition());
                    accepted.add(rs.get(0).entryNumber());
                }
                assertEquals(1000, accepted.size(), "every decision read back by the client");
            }
            RequestJournal journal = gateway.journal();
            assertEquals(1200, journal.filings().size(), "none lost, none duplicated");
            assertEquals(1000, new HashSet<>(journal.acceptedEntries()).size());
            journal.assertNoDuplicateFilings();
            long faults = journal.submissions().stream().filter(e -> e.fault() != null).count();
            long drops = journal.submissions().stream().filter(e -> e.fault() != null
                    && e.fault().kind() == Fault.Kind.DROP_AFTER_PROCESSING).count();
            assertTrue(drops > 50 && drops < 170, "about 10% of attempts dropped: " + drops);
            assertTrue(faults > drops, "the other faults were drawn too: " + faults);
            assertTrue(sent.stream().anyMatch(Transmission::replayed), "dropped answers were replayed");
        }
    }
}
