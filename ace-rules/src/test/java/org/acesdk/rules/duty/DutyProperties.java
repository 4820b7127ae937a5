package org.acesdk.rules.duty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.acesdk.model.code.ModeOfTransport;
import org.acesdk.model.code.UnitOfMeasure;
import org.acesdk.model.entry.EntryLine;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.model.entry.TariffLine;
import org.acesdk.model.money.Money;
import org.acesdk.model.money.Quantity;
import org.acesdk.rules.AceValidator;
import org.acesdk.rules.Samples;

class DutyProperties {
    private static final DutyCalculator CALC = DutyCalculator.create(Samples.context());

    @Provide
    Arbitrary<EntryLine> lines() {
        Arbitrary<BigDecimal> values = Arbitraries.bigDecimals().between(BigDecimal.ONE, new BigDecimal("2000000"))
                .ofScale(2);
        Arbitrary<BigDecimal> qty = Arbitraries.bigDecimals().between(BigDecimal.ONE, new BigDecimal("100000"))
                .ofScale(0);
        return Combinators.combine(Arbitraries.integers().between(0, 4), values, qty).as((kind, v, q) -> {
            switch (kind) {
                case 0:
                    return Samples.steelLine().toBuilder().tariffs(List.of(
                            TariffLine.builder().htsNumber("9903.88.03").build(),
                            TariffLine.builder().htsNumber("9903.81.91").contentValue(Money.usd(v)).build(),
                            TariffLine.builder().htsNumber("7326.90.8688").value(Money.usd(v))
                                    .addQuantity(Quantity.of(q, UnitOfMeasure.KILOGRAMS)).build())).build();
                case 1:
                    return Samples.handbagLine().toBuilder().tariffs(List.of(TariffLine.builder()
                            .htsNumber("4202.21.9000").value(Money.usd(v)).addQuantity(Quantity.of(q, UnitOfMeasure.NUMBER))
                            .build())).build();
                case 2:
                    return Samples.usmcaLine().toBuilder().tariffs(List.of(TariffLine.builder()
                            .htsNumber("8708.99.8180").value(Money.usd(v)).addQuantity(Quantity.of(q, UnitOfMeasure.NUMBER))
                            .build())).build();
                case 3:
                    return Samples.handbagLine().toBuilder().description("HATS").tariffs(List.of(TariffLine.builder()
                            .htsNumber("6501.00.6000").value(Money.usd(v)).addQuantity(Quantity.of(q, UnitOfMeasure.DOZEN))
                            .addQuantity(Quantity.of(q, UnitOfMeasure.KILOGRAMS)).build())).build();
                default:
                    return Samples.handbagLine().toBuilder().description("MILK").tariffs(List.of(TariffLine.builder()
                            .htsNumber("0402.10.0500").value(Money.usd(v)).addQuantity(Quantity.of(q,
                                    UnitOfMeasure.KILOGRAMS)).build())).build();
            }
        });
    }

    @Provide
    Arbitrary<EntrySummary> entries() {
        return Combinators.combine(lines().list().ofMinSize(1).ofMaxSize(12),
                Arbitraries.of(ModeOfTransport.VESSEL_CONTAINER, ModeOfTransport.AIR_CONTAINER,
                        ModeOfTransport.TRUCK_CONTAINER),
                Arbitraries.of(LocalDate.of(2025, 9, 30), LocalDate.of(2025, 10, 1), LocalDate.of(2026, 3, 20)))
                .as((ls, mode, date) -> {
                    List<EntryLine> numbered = new ArrayList<>();
                    for (int i = 0; i < ls.size(); i++) {
                        numbered.add(ls.get(i).toBuilder().lineNumber(i + 1).build());
                    }
                    return Samples.entry().toBuilder().modeOfTransport(mode).entryDate(date).importDate(date)
                            .summaryDate(null).lines(numbered).build();
                });
    }

    @Property(tries = 300)
    void dutyIsNeverNegativeAndTheGrandTotalIsTheSumOfItsParts(@ForAll("entries") EntrySummary e) {
        DutyAssessment a = CALC.assess(e);
        assertTrue(a.isComplete(), a.toTable());
        Money lineSum = Money.ZERO_USD;
        for (LineAssessment l : a.lines()) {
            for (TariffAssessment t : l.tariffs()) {
                assertTrue(t.duty().amount().signum() >= 0, t.toString());
            }
            lineSum = lineSum.plus(l.duty());
        }
        assertEquals(lineSum, a.totalDuty());
        Money fees = Money.ZERO_USD;
        for (FeeAssessment f : a.fees()) {
            assertTrue(f.amount().amount().signum() >= 0);
            fees = fees.plus(f.amount());
        }
        assertEquals(fees, a.totalFees());
        assertEquals(a.totalDuty().plus(a.totalFees()).plus(a.totalAd()).plus(a.totalCvd()), a.grandTotal());
        assertEquals(2, a.grandTotal().amount().scale());
    }

    @Property(tries = 300)
    void mpfLiesWithinTheYearsBoundsForAFormalEntry(@ForAll("entries") EntrySummary e) {
        DutyAssessment a = CALC.assess(e);
        FeePeriod p = FeeSchedule.defaults().periodAt(a.rateDate()).orElseThrow();
        Money mpf = a.fee("499");
        boolean anyDutiableLine = a.lines().stream().anyMatch(l -> !l.mpf().isZero());
        if (anyDutiableLine) {
            assertTrue(mpf.amount().compareTo(p.mpfMinimum()) >= 0 && mpf.amount().compareTo(p.mpfMaximum()) <= 0,
                    mpf + " outside " + p);
        } else {
            assertTrue(mpf.isZero());
        }
    }

    @Property(tries = 200)
    void resultsDoNotDependOnLineOrder(@ForAll("entries") EntrySummary e) {
        List<EntryLine> shuffled = new ArrayList<>(e.lines());
        Collections.reverse(shuffled);
        DutyAssessment a = CALC.assess(e);
        DutyAssessment b = CALC.assess(e.toBuilder().lines(shuffled).build());
        assertEquals(a.grandTotal(), b.grandTotal());
        assertEquals(a.totalDuty(), b.totalDuty());
        assertEquals(a.fees(), b.fees());
    }

    @Property(tries = 200)
    void assessmentNeverThrowsForAValidFiling(@ForAll("entries") EntrySummary e) {
        if (AceValidator.standard().validate(e, Samples.context()).isValid()) {
            DutyAssessment a = CALC.assess(e);
            assertEquals(e.lines().size(), a.lines().size());
        }
    }
}
