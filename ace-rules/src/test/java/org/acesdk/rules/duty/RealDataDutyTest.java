package org.acesdk.rules.duty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.acesdk.model.entry.EntryLine;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.model.entry.TariffLine;
import org.acesdk.model.money.Money;
import org.acesdk.rules.RuleContext;
import org.acesdk.rules.Samples;
import org.acesdk.rules.BundledData;
import org.acesdk.rules.tariff.TariffSchedule;
import org.junit.jupiter.api.Test;

/** The published 7501 (7326.90.8688 from CN, $14,172) against the real USITC exports read in place. */
class RealDataDutyTest {

    private static EntrySummary entry(LocalDate date, String s232) {
        EntryLine l = Samples.steelLine().toBuilder().tariffs(List.of(
                TariffLine.builder().htsNumber("9903.88.03").build(),
                TariffLine.builder().htsNumber(s232).contentValue(Money.usd("14172")).build(),
                Samples.steelLine().tariffs().get(2))).build();
        return Samples.entry().toBuilder().entryDate(date).importDate(date).summaryDate(null).lines(List.of(l)).build();
    }

    @Test
    void worked7501WithRevision4AndRevision10() {
        TariffSchedule history = TariffSchedule.of(List.of(BundledData.basic2025(), BundledData.rev4(),
                BundledData.rev10()));
        RuleContext ctx = Samples.context().toBuilder().tariffSchedule(history).build();
        DutyAssessment rev4 = DutyCalculator.create(ctx).assess(entry(LocalDate.of(2026, 3, 20), "9903.81.91"));
        assertEquals("2026 Revision 4", rev4.tariffRevision());
        assertEquals(Money.usd("11039.99"), rev4.totalDuty(), rev4.toTable());
        assertTrue(rev4.isComplete(), rev4.toTable());
        DutyAssessment rev10 = DutyCalculator.create(ctx).assess(entry(LocalDate.of(2026, 7, 1), "9903.82.02"));
        assertEquals("2026 Revision 10", rev10.tariffRevision());
        assertEquals(Money.usd("3543.00"), rev10.lines().get(0).tariffs().get(0).duty());
        assertEquals(Money.usd("7086.00"), rev10.lines().get(0).tariffs().get(1).duty());
        assertEquals(Money.usd("410.99"), rev10.lines().get(0).tariffs().get(2).duty());
        assertEquals(Money.usd("11039.99"), rev10.totalDuty(), rev10.toTable());
    }
}
