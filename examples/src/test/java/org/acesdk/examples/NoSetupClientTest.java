package org.acesdk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.acesdk.client.AccessTokenProvider;
import org.acesdk.client.AceClient;
import org.acesdk.client.BatchStatus;
import org.acesdk.client.Transmission;
import org.acesdk.model.entry.EntryLine;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.model.response.Disposition;
import org.acesdk.rules.AceValidator;
import org.acesdk.rules.RuleContext;
import org.acesdk.rules.ValidationReport;
import org.acesdk.testkit.FakeAceGateway;
import org.acesdk.testkit.SampleFilings;
import org.junit.jupiter.api.Test;

/** A client built as the README shows, with no rule context given, prices and files an entry dated today. */
class NoSetupClientTest {

    /** The current sample entry moved to dates around today, whatever day the suite runs. */
    private static EntrySummary enteredThisWeek() {
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        EntrySummary e = SampleFilings.currentOceanEntry().build();
        List<EntryLine> lines = e.lines().stream()
                .map(l -> l.toBuilder().exportDate(today.minusDays(30)).build()).toList();
        return e.toBuilder().entryDate(today.minusDays(3)).importDate(today.minusDays(5))
                .summaryDate(today.minusDays(1)).lines(lines).build();
    }

    @Test
    void theDefaultContextHasTheBundledTariffAndTheClientFilesWithoutSetup() {
        EntrySummary entry = enteredThisWeek();
        ValidationReport report = AceValidator.standard().validate(entry, RuleContext.defaults());
        assertTrue(report.isValid(), report.toText());
        try (FakeAceGateway gateway = FakeAceGateway.builder().ruleContext(RuleContext.defaults()).start();
                AceClient client = AceClient.builder().baseUrl(gateway.baseUrl())
                        .credentials(AccessTokenProvider.of(FakeAceGateway.DEFAULT_TOKEN))
                        .filerCode("B76").siteCode("2704").build()) {
            Transmission t = client.submit(entry);
            BatchStatus status = client.awaitResponse(t.batchId(), Duration.ofSeconds(30));
            assertEquals(Disposition.ACCEPTED, status.responses().get(0).disposition(), status.toString());
        }
    }
}
