package org.acesdk.rules.refund;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.acesdk.model.code.EntryNumber;
import org.acesdk.model.code.EntryType;
import org.acesdk.model.code.FilerCode;
import org.acesdk.model.code.UnitOfMeasure;
import org.acesdk.model.entry.EntryLine;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.model.entry.SummaryDetail;
import org.acesdk.model.entry.TariffLine;
import org.acesdk.model.money.Money;
import org.acesdk.model.money.Quantity;
import org.acesdk.rules.Samples;
import org.acesdk.rules.refund.CapeVerdict.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Worked refund cases from CBP's CAPE rules, each with its deciding rule, and the re-assessment behind them. */
class RefundPlannerTest {
    private static final LocalDate ENTERED = LocalDate.of(2025, 6, 2);
    private static final RefundPlanner PLANNER = RefundPlanner.builder().filingDay(LocalDate.of(2026, 12, 2))
            .annualInterestRate(new BigDecimal("0.07")).build();

    /** Handbags from China entered 2 Jun 2025, $10,000, with the fentanyl (9903.01.24) and reciprocal headings. */
    static EntrySummary handbags(int serial) {
        EntryLine line = Samples.entry().lines().get(0).toBuilder().lineNumber(1).countryOfOrigin("CN")
                .countryOfExport("CN").exportDate(ENTERED.minusDays(20))
                .tariffs(List.of(TariffLine.builder().htsNumber("9903.01.24").build(),
                        TariffLine.builder().htsNumber("9903.01.25").build(),
                        TariffLine.builder().htsNumber("4202.21.9000").value(Money.usd("10000"))
                                .addQuantity(Quantity.of("400", UnitOfMeasure.NUMBER)).build()))
                .build();
        return Samples.entry().toBuilder().entryNumber(EntryNumber.of(FilerCode.parse("B76"),
                String.format("%07d", serial))).entryDate(ENTERED).importDate(ENTERED.minusDays(2))
                .summaryDate(ENTERED.plusDays(8)).lines(List.of(line)).build();
    }

    static FiledEntry filed(EntrySummary e, EntryStatus s) {
        return new FiledEntry(e, s);
    }

    @Test
    void theReassessmentTakesTheIeepaDutyOffAndKeepsTheRest() {
        Reassessment r = PLANNER.reassess(handbags(1));
        assertTrue(r.complete(), r.findings().toString());
        // MFN 9% stays; fentanyl 20% and reciprocal 10% (rates of 2 Jun 2025) go
        assertEquals(Money.usd("3900.00"), r.dutyAsFiled());
        assertEquals(Money.usd("900.00"), r.dutyOwed());
        assertEquals(Money.usd("3000.00"), r.difference());
        assertEquals(Money.usd("3000.00"), r.byProgram().get("IEEPA"));
        assertEquals(1, r.byProgram().size(), r.byProgram().toString());
        assertEquals(Money.usd("3000.00"), r.lines().get(0).byProgram().get("IEEPA"));
        assertEquals(List.of("4202.21.9000"), RefundPlanner.withoutIeepa(handbags(1)).lines().get(0).tariffs().stream()
                .map(t -> t.htsNumber().toString()).toList());
    }

    @Test
    void anEligibleEntryGetsItsPrincipalAndAnInterestEstimate() {
        PlannedRefund p = PLANNER.plan(filed(handbags(2), EntryStatus.open()));
        assertEquals(Kind.ELIGIBLE, p.verdict().kind());
        assertEquals("CAPE-PHASE-1", p.verdict().ruleId());
        assertEquals(Money.usd("3000.00"), p.principal());
        // 7% a year on $3,000 from the summary date (2025-06-10) to 75 days after 2026-12-02 (2027-02-15): 615 days
        assertEquals(Money.usd("353.84"), p.interest());
        assertEquals(Money.usd("3353.84"), p.expectedRefund());
        assertTrue(p.pscBlocked());
        assertFalse(p.toString().contains("13-1420260"), "the importer number is masked");
        PlannedRefund noRate = RefundPlanner.builder().filingDay(LocalDate.of(2026, 12, 2)).build()
                .plan(filed(handbags(2), EntryStatus.open()));
        assertNull(noRate.interest());
    }

    private static EntrySummary typed(String type) {
        return handbags(3).toBuilder().entryType(EntryType.fromCode(type)).build();
    }

    private static EntrySummary reconFlagged(String type) {
        return typed(type).toBuilder().detail(SummaryDetail.builder().reconciliationIssue("001").build()).build();
    }

    @ParameterizedTest(name = "{0}: {2} {3}")
    @CsvSource({
        "eligible in phase 1, 2026-05-01, ELIGIBLE, CAPE-PHASE-1",
        "before CAPE opened, 2026-04-19, NOT_YET, CAPE-PHASE-1",
        "type 08, 2026-05-01, EXCLUDED, CAPE-TYPE-08",
        "type 09, 2026-05-01, EXCLUDED, CAPE-TYPE-09",
        "type 47, 2026-05-01, EXCLUDED, CAPE-TYPE-47",
        "drawback, 2026-05-01, EXCLUDED, CAPE-DRAWBACK",
        "open protest, 2026-05-01, EXCLUDED, CAPE-PROTEST",
        "finally liquidated, 2026-05-01, EXCLUDED, CAPE-FINAL",
        "liquidated 81 days before, 2026-05-01, EXCLUDED, CAPE-80-DAYS",
        "liquidated 80 days before, 2026-05-01, ELIGIBLE, CAPE-PHASE-1",
        "cancelled, 2026-05-01, EXCLUDED, CAPE-CANCELLED",
        "AD/CVD pending liquidation, 2026-05-01, EXCLUDED, CAPE-ADCVD-PENDING",
        "warehouse before 7 Jul, 2026-07-06, ELIGIBLE_AT_LIQUIDATION, CAPE-WAREHOUSE",
        "warehouse from 7 Jul, 2026-07-07, EXCLUDED, CAPE-WAREHOUSE",
        "withdrawal, 2026-07-07, ELIGIBLE_AT_LIQUIDATION, CAPE-AT-LIQUIDATION",
        "suspended, 2026-05-01, ELIGIBLE_AT_LIQUIDATION, CAPE-AT-LIQUIDATION",
        "recon flagged in phase 1, 2026-06-28, NOT_YET, CAPE-RECON",
        "recon flagged in phase 2, 2026-06-29, ELIGIBLE, CAPE-PHASE-2",
        "recon flagged type 03, 2026-06-29, EXCLUDED, CAPE-RECON",
        "recon already filed, 2026-06-29, NOT_YET, CAPE-RECON",
        "no IEEPA heading, 2026-05-01, NO_IEEPA_DUTY, CAPE-IEEPA"})
    void workedCases(String name, LocalDate day, Kind kind, String rule) {
        EntryStatus open = EntryStatus.open();
        FiledEntry f = switch (name) {
            case "type 08" -> filed(typed("08"), open);
            case "type 09" -> filed(typed("09"), open);
            case "type 47" -> filed(typed("47"), open);
            case "drawback" -> filed(handbags(3), open.withDrawback());
            case "open protest" -> filed(handbags(3), open.withOpenProtest());
            case "finally liquidated" -> filed(handbags(3), open.finallyLiquidatedOn(LocalDate.of(2026, 1, 2)));
            case "liquidated 81 days before" -> filed(handbags(3), open.liquidatedOn(day.minusDays(81)));
            case "liquidated 80 days before" -> filed(handbags(3), open.liquidatedOn(day.minusDays(80)));
            case "cancelled" -> filed(handbags(3), open.cancelledOrRejected());
            case "AD/CVD pending liquidation" -> filed(handbags(3), open.adCvdPending());
            case "warehouse before 7 Jul", "warehouse from 7 Jul" -> filed(typed("21"), open);
            case "withdrawal" -> filed(typed("31"), open);
            case "suspended" -> filed(handbags(3), open.suspended());
            case "recon flagged in phase 1", "recon flagged in phase 2" -> filed(reconFlagged("01"), open);
            case "recon flagged type 03" -> filed(reconFlagged("03"), open);
            case "recon already filed" -> filed(reconFlagged("01"), open.withReconciliationFiled());
            case "no IEEPA heading" -> filed(RefundPlanner.withoutIeepa(handbags(3)), open);
            default -> filed(handbags(3), open);
        };
        CapeVerdict v = CapeRules.verdict(f, day);
        assertEquals(kind, v.kind(), v.toString());
        assertEquals(rule, v.ruleId(), v.toString());
        assertFalse(v.reason().isBlank());
        assertFalse(v.source().isBlank());
    }

    @Test
    void aPlanWritesCapeFilesOfAtMost9999EntriesAndNamesThePscBlockedOnes() {
        List<FiledEntry> entries = new ArrayList<>();
        EntrySummary base = handbags(1);
        for (int i = 1; i <= 10_050; i++) {
            entries.add(filed(base.toBuilder().entryNumber(EntryNumber.of(FilerCode.parse("B76"),
                    String.format("%07d", i))).build(), i % 1000 == 0 ? EntryStatus.open().withDrawback()
                    : EntryStatus.open()));
        }
        AtomicLong progress = new AtomicLong();
        RefundPlan plan = RefundPlanner.builder().filingDay(LocalDate.of(2026, 12, 2)).listener(progress::set).build()
                .plan(entries.stream());
        assertEquals(10_050, progress.get());
        assertEquals(10_040, plan.toDeclare().size());
        assertEquals(10, plan.counts().get(Kind.EXCLUDED));
        List<String> files = plan.capeFiles();
        assertEquals(2, files.size());
        String[] first = files.get(0).split("\r\n");
        assertEquals("Entry Number", first[0]);
        assertEquals(1 + 9_999, first.length);
        // 11 characters: filer code, serial and check digit, no hyphens (B76-0000001-c)
        assertEquals("B76-" + first[1].substring(3, 10) + "-" + first[1].charAt(10),
                EntryNumber.of(FilerCode.parse("B76"), "0000001").toString());
        assertEquals(11, first[1].length());
        assertEquals(1 + 41, files.get(1).split("\r\n").length);
        assertEquals(10_040, plan.pscBlocked().size());
        assertEquals(Money.usd("30120000.00"), plan.principalDeclared());
    }

    @Test
    void aDuplicateEntryIsDeclaredOnce() {
        EntryNumber n = handbags(5).entryNumber();
        List<String> files = CapeDeclaration.files(List.of(n, n));
        assertEquals(2, files.get(0).split("\r\n").length);
        assertEquals(List.of(), CapeDeclaration.files(List.of()));
    }

    @Test
    void thePlannerNeedsItsFilingDayAndABoundedRate() {
        assertThrows(IllegalArgumentException.class, () -> RefundPlanner.builder().build());
        assertThrows(IllegalArgumentException.class, () -> RefundPlanner.builder().filingDay(ENTERED)
                .annualInterestRate(new BigDecimal("2")).build());
        assertEquals(0, PLANNER.plan(Stream.empty()).entries().size());
    }
}
