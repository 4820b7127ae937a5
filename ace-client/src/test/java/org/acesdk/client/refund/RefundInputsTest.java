package org.acesdk.client.refund;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.acesdk.client.catair.BlockContent;
import org.acesdk.client.catair.CatairReader;
import org.acesdk.client.catair.CatairWriter;
import org.acesdk.client.catair.EntrySummaryDecoder;
import org.acesdk.client.catair.EntrySummaryEncoder;
import org.acesdk.client.catair.Envelope;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.model.json.AceJson;
import org.acesdk.rules.RuleContext;
import org.acesdk.rules.duty.DutyCalculator;
import org.acesdk.rules.refund.FiledEntry;
import org.acesdk.rules.refund.GeneratedEntries;
import org.acesdk.rules.refund.PlannedRefund;
import org.acesdk.rules.refund.RefundPlanner;
import org.junit.jupiter.api.Test;

/**
 * The refund planner's three inputs agree: an entry typed, the same entry read from the SDK's JSON, and the same
 * entry decoded from the CATAIR AE transmission a filer kept give the same plan.
 */
class RefundInputsTest {
    @Test
    void typedJsonAndDecodedAeGiveTheSamePlan() {
        RefundPlanner planner = RefundPlanner.builder().filingDay(LocalDate.of(2026, 12, 2)).build();
        DutyCalculator calc = DutyCalculator.create(RuleContext.defaults());
        for (FiledEntry f : GeneratedEntries.year(99, 40).toList()) {
            EntrySummary typed = f.entry().toBuilder().portOfEntry("2704").filerReference("R1").build();
            EntrySummary json = AceJson.read(AceJson.write(typed), EntrySummary.class);
            String ae = CatairWriter.standard().batch(Envelope.builder().siteCode("2704").senderId("B76").build(),
                    LocalDate.of(2026, 1, 5), List.of(new BlockContent("AE", "2704", "B76", null,
                            EntrySummaryEncoder.encode(typed, calc.assess(typed)))));
            EntrySummary decoded = EntrySummaryDecoder.decode(CatairReader.standard().read(ae).blocks().get(0)
                    .records()).get(0);
            PlannedRefund a = planner.plan(new FiledEntry(typed, f.status()));
            PlannedRefund b = planner.plan(new FiledEntry(json, f.status()));
            PlannedRefund c = planner.plan(new FiledEntry(decoded, f.status()));
            assertEquals(a.verdict(), b.verdict());
            assertEquals(a.verdict(), c.verdict());
            assertEquals(a.reassessment().byProgram(), b.reassessment().byProgram());
            assertEquals(a.reassessment().byProgram(), c.reassessment().byProgram(), typed.entryNumber().toString());
            assertEquals(a.principal(), c.principal());
        }
    }
}
