package org.acesdk.rules.psc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.acesdk.model.code.EntryType;
import org.acesdk.model.code.PaymentType;
import org.acesdk.model.entry.EntryLine;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.model.entry.PostSummaryCorrection;
import org.acesdk.model.entry.TariffLine;
import org.acesdk.model.money.Money;
import org.acesdk.rules.Finding;
import org.acesdk.rules.RuleContext;
import org.acesdk.rules.Samples;
import org.acesdk.rules.Severity;
import org.junit.jupiter.api.Test;

/** Post-summary corrections: the diff, the money to the cent, each of CBP's edits on its boundary, the transmission. */
class PscTest {
    private static final RuleContext CTX = Samples.context();
    private static final EntrySummary FILED = Samples.entry(); // entry date 2026-03-20

    /** The filed summary with line 2's value raised from $9,800 to $10,800. */
    private static EntrySummary raised() {
        List<EntryLine> lines = FILED.lines().stream().map(l -> l.lineNumber() != 2 ? l : l.toBuilder()
                .tariffs(List.of(l.tariffs().get(0).toBuilder().value(Money.usd("10800")).build())).build())
                .toList();
        return FILED.toBuilder().lines(lines).build();
    }

    private static Set<String> ids(List<Finding> fs) {
        return fs.stream().map(f -> f.ruleId().toString()).collect(Collectors.toSet());
    }

    @Test
    void theDiffNamesWhatChangedAndTheMoneyMovesToTheCent() {
        Psc p = Psc.between(FILED, raised(), CTX);
        assertEquals(1, p.changes().size(), p.changes().toString());
        PscChange c = p.changes().get(0);
        assertEquals("lines[line 2].tariffs[0].value", c.path());
        assertTrue(c.before().contains("9800") && c.after().contains("10800"), c.toString());
        assertEquals(Set.of(2), p.changedLines());
        // 9% duty on $1,000 = $90.00; MPF 0.3464%: $37.41 - $33.95 = $3.46; HMF 0.125%: $13.50 - $12.25 = $1.25
        LineDelta d = p.lineDeltas().stream().filter(x -> x.lineNumber() == 2).findFirst().orElseThrow();
        assertEquals(Money.usd("94.71"), d.delta(), p.toText());
        assertTrue(p.lineDeltas().stream().filter(x -> x.lineNumber() != 2).allMatch(x -> x.delta().isZero()));
        assertEquals(Money.usd("94.71"), p.totalDelta(), p.toText());
        assertEquals(p.filedTotal().plus(Money.usd("94.71")), p.correctedTotal());
        assertTrue(p.toText().contains("line 2:"), p.toText());
        // the same summary: nothing to correct
        assertEquals(Set.of("PSC-NOCHANGE"), ids(Psc.between(FILED, FILED, CTX).check(PscTimeline.on(
                LocalDate.of(2026, 5, 1)))));
    }

    @Test
    void aRemovedLineIsAChangeAndARefund() {
        EntrySummary fewer = FILED.toBuilder().lines(FILED.lines().subList(0, 2)).build();
        Psc p = Psc.between(FILED, fewer, CTX);
        assertTrue(p.changes().stream().anyMatch(c -> c.path().equals("lines[line 3]") && c.after() == null),
                p.changes().toString());
        assertTrue(p.changedLines().contains(3));
        // the USMCA line owed no duty and no MPF, only HMF: removing it refunds that HMF
        LineDelta d3 = p.lineDeltas().get(2);
        assertEquals(3, d3.lineNumber());
        assertEquals(Money.ZERO_USD, d3.corrected());
        assertTrue(d3.delta().isNegative());
    }

    @Test
    void the300DayWindowAndTheLiquidationWindowEachRejectOnTheirBoundary() {
        Psc p = Psc.between(FILED, raised(), CTX);
        // usual liquidation 314 days after 2026-03-20 = 2027-01-28; the last day 15 days before is 2027-01-13
        assertTrue(ids(p.check(PscTimeline.on(LocalDate.of(2027, 1, 13)))).isEmpty());
        assertEquals(Set.of("PSC-WINDOW-LIQ"), ids(p.check(PscTimeline.on(LocalDate.of(2027, 1, 14)))));
        // with liquidation extended, the 300 days decide: the last day is 2027-01-14
        LocalDate extended = LocalDate.of(2027, 9, 1);
        assertTrue(ids(p.check(new PscTimeline(LocalDate.of(2027, 1, 14), null, extended, false, false))).isEmpty());
        assertEquals(Set.of("PSC-WINDOW-300"), ids(p.check(new PscTimeline(LocalDate.of(2027, 1, 15), null,
                extended, false, false))));
        // a scheduled date of the caller's wins over the usual 314 days
        assertEquals(Set.of("PSC-WINDOW-LIQ"), ids(p.check(new PscTimeline(LocalDate.of(2026, 6, 2),
                LocalDate.of(2026, 6, 16), null, false, false))));
        assertTrue(ids(p.check(new PscTimeline(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 16), null, false,
                false))).isEmpty());
        // liquidated: a protest, not a PSC
        assertEquals(Set.of("PSC-LIQUIDATED"), ids(p.check(new PscTimeline(LocalDate.of(2026, 6, 1), null, null,
                true, false))));
    }

    @Test
    void aCapeRefundInProcessRejectsWith864FromApril2026() {
        Psc p = Psc.between(FILED, raised(), CTX);
        assertTrue(ids(p.check(new PscTimeline(LocalDate.of(2026, 3, 31), null, null, false, true))).isEmpty());
        List<Finding> f = p.check(new PscTimeline(LocalDate.of(2026, 4, 1), null, null, false, true));
        assertEquals(Set.of("PSC-CAPE"), ids(f));
        assertEquals("864", f.get(0).conditionCode());
        assertEquals(Severity.ERROR, f.get(0).severity());
    }

    @Test
    void entryTypesChangeOnlyBetween01And03AndB64AppliesFromSeptember2024() {
        EntrySummary old = FILED.toBuilder().entryDate(LocalDate.of(2024, 6, 3)).importDate(LocalDate.of(2024, 6, 1))
                .summaryDate(LocalDate.of(2024, 6, 10)).build();
        assertFalse(ids(Psc.between(old, old.toBuilder().entryType(EntryType.fromCode("03")).build(), CTX)
                .check(PscTimeline.on(LocalDate.of(2024, 9, 23)))).contains("PSC-TYPE"));
        Psc toFtz = Psc.between(old, old.toBuilder().entryType(EntryType.fromCode("06")).build(), CTX);
        assertFalse(ids(toFtz.check(PscTimeline.on(LocalDate.of(2024, 9, 22)))).contains("PSC-TYPE"));
        List<Finding> f = toFtz.check(PscTimeline.on(LocalDate.of(2024, 9, 23)));
        assertTrue(ids(f).contains("PSC-TYPE"), f.toString());
        assertEquals("B64", f.stream().filter(x -> x.ruleId().toString().equals("PSC-TYPE")).findFirst().orElseThrow()
                .conditionCode());
        // a TIB (23) neither becomes nor leaves another type
        assertTrue(ids(Psc.between(FILED, FILED.toBuilder().entryType(EntryType.fromCode("23")).build(), CTX)
                .check(PscTimeline.on(LocalDate.of(2026, 5, 1)))).contains("PSC-TYPE"));
    }

    @Test
    void anFtzSummarysIeepaLinesCannotChangeFromAugust21() {
        EntryLine cn = EntryLine.builder().lineNumber(1).countryOfOrigin("CN").countryOfExport("CN")
                .exportDate(LocalDate.of(2026, 1, 2)).manufacturerId("CNSHASTE1234SHA").foreignPortOfLading("57035")
                .description("LEATHER HANDBAGS")
                .addTariff(TariffLine.builder().htsNumber("9903.01.24").build())
                .addTariff(TariffLine.builder().htsNumber("4202.21.9000").value(Money.usd("5000")).build()).build();
        EntrySummary ftz = FILED.toBuilder().entryType(EntryType.fromCode("06")).entryDate(LocalDate.of(2026, 1, 15))
                .importDate(LocalDate.of(2026, 1, 12)).summaryDate(LocalDate.of(2026, 1, 20)).lines(List.of(cn))
                .build();
        EntrySummary changed = ftz.toBuilder().lines(List.of(cn.toBuilder().description("LEATHER HANDBAGS, LINED")
                .build())).build();
        Psc p = Psc.between(ftz, changed, CTX);
        assertFalse(ids(p.check(PscTimeline.on(LocalDate.of(2026, 8, 20)))).contains("PSC-IEEPA-FTZ"));
        List<Finding> f = p.check(PscTimeline.on(LocalDate.of(2026, 8, 21)));
        assertEquals(Set.of("PSC-IEEPA-FTZ"), ids(f));
        assertEquals("883", f.get(0).conditionCode());
        // a consumption entry's IEEPA line may be corrected
        EntrySummary consumption = ftz.toBuilder().entryType(EntryType.CONSUMPTION).build();
        assertTrue(ids(Psc.between(consumption, changed.toBuilder().entryType(EntryType.CONSUMPTION).build(), CTX)
                .check(PscTimeline.on(LocalDate.of(2026, 8, 21)))).isEmpty());
    }

    @Test
    void anIncreasePaidSinglyMustGoByAchFromAugust5() {
        EntrySummary single = FILED.toBuilder().paymentType(PaymentType.SINGLE_PAYMENT).build();
        EntrySummary up = raised().toBuilder().paymentType(PaymentType.SINGLE_PAYMENT).build();
        Psc p = Psc.between(single, up, CTX);
        PscTimeline before = new PscTimeline(LocalDate.of(2026, 8, 4), null, LocalDate.of(2027, 3, 1), false, false);
        assertTrue(ids(p.check(before)).isEmpty());
        List<Finding> f = p.check(new PscTimeline(LocalDate.of(2026, 8, 5), null, LocalDate.of(2027, 3, 1), false,
                false));
        assertEquals(Set.of("PSC-ACH"), ids(f));
        assertEquals(Severity.WARNING, f.get(0).severity());
        // on a statement (ACH) nothing to say; a decrease neither
        assertTrue(ids(Psc.between(FILED, raised(), CTX).check(PscTimeline.on(LocalDate.of(2026, 8, 5)))).isEmpty());
        assertTrue(ids(Psc.between(up, single, CTX).check(PscTimeline.on(LocalDate.of(2026, 8, 5)))).isEmpty());
    }

    @Test
    void theTransmissionCarriesReasonsAndAWrappedExplanation() {
        Psc p = Psc.between(FILED, raised(), CTX);
        String why = "Invoice value of the handbags corrected after the supplier's credit note was reversed; "
                + "duty and fees recomputed on the corrected value.";
        PostSummaryCorrection t = p.transmission(List.of("H99"), why, Map.of(2, List.of("L01")));
        assertEquals(List.of("H99"), t.headerReasons());
        assertEquals(2, t.explanation().size());
        assertTrue(t.explanation().stream().allMatch(l -> l.length() <= 75));
        assertEquals(why.toUpperCase(java.util.Locale.ROOT), String.join(" ", t.explanation()), "upper case, as CATAIR "
                + "text travels");
        assertEquals(Map.of(2, List.of("L01")), t.lineReasons());
        assertFalse(t.toString().contains("13-142026000"));
        assertThrows(IllegalArgumentException.class, () -> p.transmission(List.of(), null, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> p.transmission(List.of("H9"), null, Map.of()));
        IllegalArgumentException noLine = assertThrows(IllegalArgumentException.class,
                () -> p.transmission(List.of("H99"), null, Map.of(7, List.of("L01"))));
        assertTrue(noLine.getMessage().contains("line 7"), noLine.getMessage());
    }
}
