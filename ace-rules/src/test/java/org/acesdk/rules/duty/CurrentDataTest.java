package org.acesdk.rules.duty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.acesdk.model.code.ModeOfTransport;
import org.acesdk.model.code.UnitOfMeasure;
import org.acesdk.model.entry.EntryLine;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.model.entry.TariffLine;
import org.acesdk.model.money.Money;
import org.acesdk.model.money.Quantity;
import org.acesdk.rules.RuleContext;
import org.acesdk.rules.Samples;
import org.junit.jupiter.api.Test;

/** An entry filed today is priced completely on the bundled data; stale data is said, not hidden. */
class CurrentDataTest {

    private static EntrySummary entry(LocalDate date, String value) {
        EntryLine line = Samples.entry().lines().get(0).toBuilder().lineNumber(1).countryOfOrigin("VN")
                .countryOfExport("VN").exportDate(date.minusDays(20))
                .tariffs(List.of(TariffLine.builder().htsNumber("4202.21.9000").value(Money.usd(value))
                        .addQuantity(Quantity.of("400", UnitOfMeasure.NUMBER)).build()))
                .build();
        return Samples.entry().toBuilder().entryDate(date).importDate(date.minusDays(2)).summaryDate(date.plusDays(3))
                .modeOfTransport(ModeOfTransport.AIR_CONTAINER).lines(List.of(line)).build();
    }

    private static boolean has(DutyAssessment a, String rule) {
        return a.findings().stream().anyMatch(f -> f.ruleId().toString().equals(rule));
    }

    @Test
    void anEntryOfNovember2026AssessesCompletelyOnTheDefaultsWithFy2027MpfBounds() {
        DutyCalculator calc = DutyCalculator.create(RuleContext.defaults());
        // small: 0.3464% of $2,000 = $6.93, raised to the FY2027 minimum
        DutyAssessment small = calc.assess(entry(LocalDate.of(2026, 11, 20), "2000"));
        assertTrue(small.isComplete(), small.toTable());
        assertEquals(Money.usd("180.00"), small.totalDuty(), small.toTable()); // 9% of $2,000 (2026 Revision 10)
        assertEquals(Money.usd("34.58"), small.fee("499"), small.toTable());
        assertTrue(small.toTable().contains("2026 Revision 10"), small.toTable());
        // large: 0.3464% of $500,000 = $1,732, cut to the FY2027 maximum
        DutyAssessment large = calc.assess(entry(LocalDate.of(2026, 11, 20), "500000"));
        assertEquals(Money.usd("670.86"), large.fee("499"), large.toTable());
        // the same entry in FY2026 takes the FY2026 minimum
        DutyAssessment fy2026 = calc.assess(entry(LocalDate.of(2026, 9, 20), "2000"));
        assertEquals(Money.usd("33.58"), fy2026.fee("499"), fy2026.toTable());
    }

    @Test
    void aGermanCarOf2026PaysFifteenPercentInTotalWithTheAdvisedHeadings() {
        // 9903.94.51 (U.S. note 33(n)): EU passenger vehicles 15% including MFN 2.5%, not 2.5% + 25%
        LocalDate date = LocalDate.of(2026, 1, 15);
        EntryLine line = Samples.entry().lines().get(0).toBuilder().lineNumber(1).countryOfOrigin("DE")
                .countryOfExport("DE").exportDate(date.minusDays(20))
                .tariffs(List.of(TariffLine.builder().htsNumber("8703.23.0190").value(Money.usd("40000"))
                        .addQuantity(Quantity.of("1", UnitOfMeasure.NUMBER)).build()))
                .build();
        EntrySummary e = Samples.entry().toBuilder().entryDate(date).importDate(date.minusDays(2))
                .summaryDate(date.plusDays(3)).modeOfTransport(ModeOfTransport.AIR_CONTAINER).lines(List.of(line))
                .build();
        DutyCalculator calc = DutyCalculator.create(RuleContext.builder()
                .chapter99Advisor(org.acesdk.rules.advisor.Chapter99Advisor.bundled()).fillChapter99Headings(true)
                .build());
        DutyAssessment a = calc.assess(e);
        assertEquals(Money.usd("6000.00"), a.totalDuty(), a.toTable()); // 15% of $40,000
        assertTrue(a.toTable().contains("9903.94.51"), a.toTable());
    }

    @Test
    void anEntryPastTheNewestRevisionBy30DaysDrawsAWarningNotAnError() {
        DutyCalculator calc = DutyCalculator.create(RuleContext.defaults());
        assertFalse(has(calc.assess(entry(LocalDate.of(2026, 7, 8), "2000")), "DUTY-DATA-001"), "30 days: current");
        DutyAssessment late = calc.assess(entry(LocalDate.of(2026, 7, 9), "2000"));
        assertTrue(has(late, "DUTY-DATA-001"), late.findings().toString());
        assertTrue(late.isComplete());
    }

    @Test
    void pastTheLastFeePeriodTheLastFiguresApplyWithAWarning() throws Exception {
        FeeSchedule onlyFy2026 = FeeSchedule.load(new ByteArrayInputStream(("{\"periods\":[{\"label\":\"FY2026\","
                + "\"from\":\"2025-10-01\",\"to\":\"2026-09-30\",\"mpf\":{\"ratePercent\":\"0.3464\",\"minimum\":"
                + "\"33.58\",\"maximum\":\"651.50\"},\"hmf\":{\"ratePercent\":\"0.125\",\"reportThreshold\":\"3.00\"}}]}")
                .getBytes(StandardCharsets.UTF_8)));
        DutyCalculator calc = DutyCalculator.create(RuleContext.builder().feeSchedule(onlyFy2026).build());
        DutyAssessment a = calc.assess(entry(LocalDate.of(2026, 11, 20), "2000"));
        assertTrue(has(a, "DUTY-FEE-003"), a.findings().toString());
        assertFalse(has(a, "DUTY-FEE-001"), a.findings().toString());
        assertTrue(a.isComplete(), a.toTable());
        assertEquals(new BigDecimal("33.58"), a.fee("499").amount());
        // before the first period there is nothing to carry: an error
        DutyAssessment early = calc.assess(entry(LocalDate.of(2025, 3, 20), "2000"));
        assertTrue(has(early, "DUTY-FEE-001"), early.findings().toString());
    }
}
