package org.acesdk.rules.duty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.acesdk.model.code.EntryType;
import org.acesdk.model.code.ModeOfTransport;
import org.acesdk.model.code.SpecialProgram;
import org.acesdk.model.code.UnitOfMeasure;
import org.acesdk.model.entry.AdCvdCase;
import org.acesdk.model.entry.EntryLine;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.model.entry.TariffLine;
import org.acesdk.model.money.Money;
import org.acesdk.model.money.Quantity;
import org.acesdk.rules.RuleContext;
import org.acesdk.rules.Samples;
import org.acesdk.rules.tariff.RateExpression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DutyCalculatorTest {
    private static final DutyCalculator CALC = DutyCalculator.create(Samples.context());

    static EntrySummary single(LocalDate entryDate, ModeOfTransport mode, EntryLine line) {
        return Samples.entry().toBuilder().entryDate(entryDate).importDate(entryDate).summaryDate(null)
                .modeOfTransport(mode).lines(List.of(line)).build();
    }

    static EntryLine lineOf(String hts, String value, Quantity... q) {
        return Samples.handbagLine().toBuilder().lineNumber(1).exportDate(null).tariffs(List.of(TariffLine.builder()
                .htsNumber(hts).value(Money.usd(value)).quantities(List.of(q)).build())).build();
    }

    /**
     * A CBP Form 7501 published in a public issue thread: HTS 7326.90.8688 from CN, entered value $14,172.00,
     * Section 301 (9903.88.03) $3,543.00, Section 232 (9903.81.91) $7,086.00, MFN 2.9% $410.99, total duty
     * $11,039.99.
     */
    @Test
    void publishedForm7501SteelArticleFromChina() {
        EntrySummary e = Samples.entry().toBuilder().lines(List.of(Samples.steelLine())).build();
        DutyAssessment a = CALC.assess(e);
        LineAssessment l = a.lines().get(0);
        assertEquals(Money.usd("14172"), l.enteredValue());
        assertEquals("9903.88.03", l.tariffs().get(0).htsNumber().toString());
        assertEquals(Money.usd("3543.00"), l.tariffs().get(0).duty());
        assertEquals("9903.81.91", l.tariffs().get(1).htsNumber().toString());
        assertEquals(Money.usd("7086.00"), l.tariffs().get(1).duty());
        assertEquals(Money.usd("410.99"), l.tariffs().get(2).duty());
        assertEquals(ComputationCode.AD_VALOREM, l.tariffs().get(2).computation());
        assertEquals(0, new BigDecimal("11039.99").compareTo(a.totalDuty().amount()));
        assertTrue(a.isComplete(), a.toTable());
        assertTrue(l.tariffs().get(2).source().contains("7326.90.86.88"), l.tariffs().get(2).source());
    }

    @Test
    void chapter99StacksInCsmsOrderWhateverTheInputOrder() {
        EntryLine reversed = Samples.steelLine().toBuilder().tariffs(List.of(
                Samples.steelLine().tariffs().get(1), Samples.steelLine().tariffs().get(0),
                Samples.steelLine().tariffs().get(2))).build();
        DutyAssessment a = CALC.assess(Samples.entry().toBuilder().lines(List.of(reversed)).build());
        assertEquals(List.of(StackingCategory.SECTION_301, StackingCategory.SECTION_232_201, StackingCategory.BASE),
                a.lines().get(0).tariffs().stream().map(TariffAssessment::category).toList());
    }

    @Test
    void contentValueDrivesMetalContentHeadingsAndItsAbsenceWarns() {
        EntryLine noContent = Samples.steelLine().toBuilder().tariffs(List.of(Samples.steelLine().tariffs().get(0),
                TariffLine.builder().htsNumber("9903.81.91").build(), Samples.steelLine().tariffs().get(2))).build();
        DutyAssessment a = CALC.assess(Samples.entry().toBuilder().lines(List.of(noContent)).build());
        assertEquals(Money.usd("7086.00"), a.lines().get(0).tariffs().get(1).duty());
        assertTrue(a.findings().stream().anyMatch(f -> f.ruleId().toString().equals("DUTY-CH99-002")));
        EntryLine half = noContent.toBuilder().tariffs(List.of(noContent.tariffs().get(0),
                TariffLine.builder().htsNumber("9903.81.91").contentValue(Money.usd("7000")).build(),
                noContent.tariffs().get(2))).build();
        assertEquals(Money.usd("3500.00"), CALC.assess(Samples.entry().toBuilder().lines(List.of(half)).build())
                .lines().get(0).tariffs().get(1).duty());
    }

    /** MPF 0.3464% per line, clamped to the year's bounds (90 FR 34665 for FY2026; FY2025 $32.71-$634.62). */
    @ParameterizedTest(name = "{0}: value {1} -> MPF {2}")
    @CsvSource({
        "2025-09-30, 5000, 32.71",     // FY2025 minimum (line MPF 17.32)
        "2025-10-01, 5000, 33.58",     // FY2026 minimum, across 1 October
        "2025-09-30, 100000, 346.40",  // in between
        "2025-10-01, 100000, 346.40",
        "2025-09-30, 500000, 634.62",  // FY2025 maximum (line MPF 1732.00)
        "2025-10-01, 500000, 651.50"   // FY2026 maximum
    })
    void mpfMinimumMaximumAndInBetween(String date, String value, String expected) {
        LocalDate d = LocalDate.parse(date);
        EntrySummary e = single(d, ModeOfTransport.AIR_NON_CONTAINER, lineOf("4202.21.9000", value,
                Quantity.of("10", UnitOfMeasure.NUMBER)));
        DutyAssessment a = CALC.assess(e, Samples.context().toBuilder().tariffSchedule(Samples.testHts()).build());
        assertEquals(Money.usd(expected), a.fee("499"), a.toTable());
    }

    @Test
    void mpfIsPerLineRoundedThenSummed() {
        // 3 lines of $1,001: each 3.467464 -> 3.47; summed 10.41, below the minimum -> 33.58
        EntryLine l = lineOf("4202.21.9000", "1001", Quantity.of("1", UnitOfMeasure.NUMBER));
        EntrySummary e = Samples.entry().toBuilder().modeOfTransport(ModeOfTransport.AIR_CONTAINER)
                .lines(List.of(l, l.toBuilder().lineNumber(2).build(), l.toBuilder().lineNumber(3).build())).build();
        DutyAssessment a = CALC.assess(e);
        assertEquals(Money.usd("3.47"), a.lines().get(0).mpf());
        assertEquals(Money.usd("33.58"), a.fee("499"));
        assertTrue(a.fees().get(0).explanation().contains("10.41"), a.fees().get(0).explanation());
    }

    @Test
    void usmcaClaimIsDutyFreeAndMpfExempt() {
        EntrySummary e = Samples.entry().toBuilder().lines(List.of(Samples.usmcaLine())).build();
        DutyAssessment a = CALC.assess(e);
        LineAssessment l = a.lines().get(0);
        assertEquals(Money.usd("0.00"), l.tariffs().get(0).duty());
        assertTrue(l.tariffs().get(0).source().contains("special (S)"));
        assertTrue(l.mpf().isZero());
        assertEquals(Money.ZERO_USD, a.fee("499"));
        // without the claim, 2.5% general
        DutyAssessment general = CALC.assess(e.toBuilder().lines(List.of(Samples.usmcaLine().toBuilder()
                .specialProgram(null).build())).build());
        assertEquals(Money.usd("155.00"), general.lines().get(0).tariffs().get(0).duty());
    }

    @Test
    void jordanSpecialRateIsUsedWhenClaimed() {
        EntryLine wine = lineOf("2204.21.50", "900", Quantity.of("1000", UnitOfMeasure.LITERS)).toBuilder()
                .countryOfOrigin("JO").specialProgram(SpecialProgram.JORDAN).build();
        DutyAssessment a = CALC.assess(single(LocalDate.of(2026, 3, 20), ModeOfTransport.VESSEL_CONTAINER, wine));
        assertEquals(Money.usd("28.00"), a.lines().get(0).tariffs().get(0).duty(), a.toTable()); // 2.8c/liter JO
    }

    @Test
    void hmfAboveAndBelowThreeDollars() {
        // $2.50 of HMF with duty and MPF owed: reported and paid (the $3.00 rule is for summaries owing nothing else)
        DutyAssessment small = CALC.assess(single(LocalDate.of(2026, 3, 20), ModeOfTransport.VESSEL_CONTAINER,
                lineOf("4202.21.9000", "2000", Quantity.of("10", UnitOfMeasure.NUMBER))));
        assertEquals(Money.usd("2.50"), small.fee("501"), small.toTable());
        // $2.50 on a duty-free, MPF-exempt (USMCA) line: nothing else owed, so reported as zero
        EntryLine usmca = lineOf("8708.99.8180", "2000", Quantity.of("10", UnitOfMeasure.NUMBER)).toBuilder()
                .countryOfOrigin("MX").countryOfExport("MX").specialProgram(SpecialProgram.USMCA).build();
        DutyAssessment nothingElse = CALC.assess(single(LocalDate.of(2026, 3, 20), ModeOfTransport.VESSEL_CONTAINER,
                usmca));
        assertEquals(Money.ZERO_USD, nothingElse.totalDuty(), nothingElse.toTable());
        assertEquals(Money.ZERO_USD, nothingElse.fee("501"), nothingElse.toTable());
        assertTrue(nothingElse.fees().stream().anyMatch(f -> f.accountingClass().equals("501")
                && f.explanation().contains("nothing else is owed")), nothingElse.toTable());
        DutyAssessment large = CALC.assess(single(LocalDate.of(2026, 3, 20), ModeOfTransport.VESSEL_CONTAINER,
                lineOf("4202.21.9000", "10000", Quantity.of("10", UnitOfMeasure.NUMBER))));
        assertEquals(Money.usd("12.50"), large.fee("501"));
        DutyAssessment air = CALC.assess(single(LocalDate.of(2026, 3, 20), ModeOfTransport.AIR_CONTAINER,
                lineOf("4202.21.9000", "10000", Quantity.of("10", UnitOfMeasure.NUMBER))));
        assertTrue(air.fees().stream().noneMatch(f -> f.accountingClass().equals("501")));
    }

    @Test
    void specificRatePerKilogramAndPerDozen() {
        DutyAssessment milk = CALC.assess(single(LocalDate.of(2026, 3, 20), ModeOfTransport.AIR_CONTAINER,
                lineOf("0402.10.0500", "5000", Quantity.of("12345", UnitOfMeasure.KILOGRAMS))));
        TariffAssessment t = milk.lines().get(0).tariffs().get(0);
        assertEquals(Money.usd("407.39"), t.duty()); // 12345 kg x $0.033 = 407.385
        assertEquals(ComputationCode.SPECIFIC_Q1, t.computation());
        assertEquals("12345 KG", t.basis());
        DutyAssessment eggs = CALC.assess(single(LocalDate.of(2026, 3, 20), ModeOfTransport.AIR_CONTAINER,
                lineOf("0407.21.0090", "3000", Quantity.of("1500", UnitOfMeasure.DOZEN))));
        assertEquals(Money.usd("42.00"), eggs.lines().get(0).tariffs().get(0).duty()); // 1500 doz x 2.8c
        DutyAssessment eggsByNumber = CALC.assess(single(LocalDate.of(2026, 3, 20), ModeOfTransport.AIR_CONTAINER,
                lineOf("0407.21.0090", "3000", Quantity.of("18000", UnitOfMeasure.NUMBER))));
        assertEquals(Money.usd("42.00"), eggsByNumber.lines().get(0).tariffs().get(0).duty()); // 18000 = 1500 doz
    }

    @Test
    void compoundRateThroughTheCalculator() {
        // 6501.00.60.00: 96c/doz. + 1.4%; 250 doz and $8,000 -> 240.00 + 112.00 = 352.00
        DutyAssessment a = CALC.assess(single(LocalDate.of(2026, 3, 20), ModeOfTransport.AIR_CONTAINER,
                lineOf("6501.00.6000", "8000", Quantity.of("250", UnitOfMeasure.DOZEN),
                        Quantity.of("300", UnitOfMeasure.KILOGRAMS))));
        TariffAssessment t = a.lines().get(0).tariffs().get(0);
        assertEquals(Money.usd("352.00"), t.duty());
        assertEquals(ComputationCode.COMPOUND_Q1, t.computation());
    }

    /**
     * CBP sample 018, as published in a broker's guide: "45 cents EA + 7% + 2.5 cents per jewel" on $320,150 of
     * value with 12,000 pieces and 48,000 jewels: $5,400.00 + $22,410.50 + $1,200.00 = $29,010.50.
     */
    @Test
    void publishedCompoundRateWithJewels() {
        RateExpression r = RateExpression.parse("45¢ each + 7% + 2.5¢/jewel");
        assertEquals(RateExpression.Form.COMPOUND, r.form());
        BigDecimal duty = r.amountInCents(new BigDecimal("320150"), term -> java.util.Optional.of(
                term.unit() == UnitOfMeasure.NUMBER ? new BigDecimal("12000") : new BigDecimal("48000"))).orElseThrow();
        assertEquals(new BigDecimal("29010.50"), duty);
        // and through the calculator with the current 9107.00.80.00 rate (6.4%)
        DutyAssessment a = CALC.assess(single(LocalDate.of(2026, 3, 20), ModeOfTransport.AIR_CONTAINER,
                lineOf("9107.00.8000", "320150", Quantity.of("12000", UnitOfMeasure.NUMBER),
                        Quantity.of("48000", UnitOfMeasure.JEWELS))));
        assertEquals(Money.usd("27089.60"), a.lines().get(0).tariffs().get(0).duty()); // 5400 + 20489.60 + 1200
        assertEquals(ComputationCode.OTHER, a.lines().get(0).tariffs().get(0).computation());
    }

    @Test
    void missingQuantityIsAFindingNotAZero() {
        DutyAssessment a = CALC.assess(single(LocalDate.of(2026, 3, 20), ModeOfTransport.AIR_CONTAINER,
                lineOf("0402.10.0500", "5000")));
        assertNull(a.lines().get(0).tariffs().get(0).duty());
        assertFalse(a.isComplete());
        assertTrue(a.findings().stream().anyMatch(f -> f.ruleId().toString().equals("DUTY-QTY-001")
                && f.message().contains("KG")), a.findings().toString());
    }

    @Test
    void unknownTariffNumberIsAFinding() {
        DutyAssessment a = CALC.assess(single(LocalDate.of(2026, 3, 20), ModeOfTransport.AIR_CONTAINER,
                lineOf("4202.22.8050", "5000", Quantity.of("1", UnitOfMeasure.NUMBER))));
        assertFalse(a.isComplete());
        assertTrue(a.findings().stream().anyMatch(f -> f.ruleId().toString().equals("DUTY-HTS-001")
                && f.path().equals("lines[0].tariffs[0].htsNumber")), a.findings().toString());
    }

    @Test
    void chapter99WithoutScheduleFallsBackToProgramData() {
        DutyAssessment a = DutyCalculator.create(RuleContext.builder().tariffSchedule(null).build())
                .assess(Samples.entry().toBuilder().lines(List.of(Samples.steelLine())).build());
        TariffAssessment s301 = a.lines().get(0).tariffs().get(0);
        assertEquals(Money.usd("3543.00"), s301.duty());
        assertTrue(s301.source().contains("S301-8803"), s301.source());
        assertFalse(a.isComplete(), "the base rate is unknown without a schedule");
    }

    @Test
    void expiredChapter99HeadingHasNoRateAfterItsEnd() {
        // IEEPA 9903.01.25 ended for goods entered from 24 Feb 2026; without the schedule's row the program table
        // gives no rate for a later date
        EntryLine l = lineOf("4202.21.9000", "1000", Quantity.of("1", UnitOfMeasure.NUMBER)).toBuilder().tariffs(List.of(
                TariffLine.builder().htsNumber("9903.01.25").build(),
                TariffLine.builder().htsNumber("4202.21.9000").value(Money.usd("1000"))
                        .addQuantity(Quantity.of("1", UnitOfMeasure.NUMBER)).build())).build();
        RuleContext noSchedule = Samples.context().toBuilder().tariffSchedule(null).build();
        DutyAssessment before = DutyCalculator.create(noSchedule).assess(single(LocalDate.of(2026, 2, 23),
                ModeOfTransport.AIR_CONTAINER, l));
        assertEquals(Money.usd("100.00"), before.lines().get(0).tariffs().get(0).duty());
        DutyAssessment after = DutyCalculator.create(noSchedule).assess(single(LocalDate.of(2026, 2, 24),
                ModeOfTransport.AIR_CONTAINER, l));
        assertNull(after.lines().get(0).tariffs().get(0).duty());
        assertTrue(after.findings().stream().anyMatch(f -> f.ruleId().toString().equals("DUTY-CH99-001")
                && f.path().equals("lines[0].tariffs[0].htsNumber")), after.findings().toString());
    }

    @Test
    void adCvdDepositsSplitBondedAndCash() {
        EntryLine l = Samples.steelLine().toBuilder().adCvdCases(List.of(
                new AdCvdCase("A-570-967-000", new BigDecimal("33.28"), false, false),
                new AdCvdCase("C-570-968-000", new BigDecimal("0.50"), true, true))).build();
        DutyAssessment a = CALC.assess(Samples.entry().toBuilder().entryType(EntryType.ADCVD).lines(List.of(l)).build());
        assertEquals(Money.usd("4716.44"), a.adCash()); // 14172 x 33.28% = 4716.4416
        assertEquals(Money.usd("2500.00"), a.cvdBonded()); // 5000 KG x $0.50
        assertEquals(Money.ZERO_USD, a.adBonded());
        assertEquals(a.totalDuty().plus(a.totalFees()).plus(a.totalAd()).plus(a.totalCvd()), a.grandTotal());
    }

    @Test
    void informalEntryPaysTheFixedFeeNotMpf() {
        EntrySummary e = single(LocalDate.of(2026, 3, 20), ModeOfTransport.AIR_CONTAINER,
                lineOf("4202.21.9000", "1500", Quantity.of("10", UnitOfMeasure.NUMBER))).toBuilder()
                .entryType(EntryType.INFORMAL).build();
        DutyAssessment a = CALC.assess(e);
        assertEquals(Money.usd("2.69"), a.fee("311"));
        assertEquals(Money.ZERO_USD, a.fee("499"));
        DutyAssessment mail = CALC.assess(e.toBuilder().modeOfTransport(ModeOfTransport.MAIL).build());
        assertEquals(Money.usd("7.39"), mail.fee("496"));
        DutyAssessment fy25 = CALC.assess(e.toBuilder().entryDate(LocalDate.of(2025, 9, 1))
                .importDate(LocalDate.of(2025, 9, 1)).build());
        assertTrue(fy25.findings().stream().anyMatch(f -> f.ruleId().toString().equals("DUTY-FEE-002")));
    }

    @Test
    void foreignCurrencyIsConvertedAtTheCertifiedRate() {
        InMemoryExchangeRates fx = InMemoryExchangeRates.builder()
                .quarterly(Currency.getInstance("EUR"), LocalDate.of(2026, 1, 1), new BigDecimal("1.0850"))
                .daily(Currency.getInstance("EUR"), LocalDate.of(2026, 2, 10), new BigDecimal("1.0900"))
                .daily(Currency.getInstance("EUR"), LocalDate.of(2026, 2, 11), new BigDecimal("1.1500"))
                .build();
        EntryLine eur = lineOf("4202.21.9000", "1", Quantity.of("10", UnitOfMeasure.NUMBER)).toBuilder()
                .exportDate(LocalDate.of(2026, 2, 10)).tariffs(List.of(TariffLine.builder().htsNumber("4202.21.9000")
                        .value(Money.parse("10000 EUR")).addQuantity(Quantity.of("10", UnitOfMeasure.NUMBER))
                        .build())).build();
        RuleContext ctx = Samples.context().toBuilder().exchangeRates(fx).build();
        // daily 1.09 differs from quarterly 1.085 by < 5%: quarterly rate applies -> $10,850
        DutyAssessment a = DutyCalculator.create(ctx).assess(single(LocalDate.of(2026, 3, 20),
                ModeOfTransport.AIR_CONTAINER, eur));
        assertEquals(Money.usd("10850"), a.lines().get(0).enteredValue());
        // daily 1.15 differs by 6%: the daily rate applies -> $11,500
        DutyAssessment b = DutyCalculator.create(ctx).assess(single(LocalDate.of(2026, 3, 20),
                ModeOfTransport.AIR_CONTAINER, eur.toBuilder().exportDate(LocalDate.of(2026, 2, 11)).build()));
        assertEquals(Money.usd("11500"), b.lines().get(0).enteredValue());
        DutyAssessment none = CALC.assess(single(LocalDate.of(2026, 3, 20), ModeOfTransport.AIR_CONTAINER, eur));
        assertTrue(none.findings().stream().anyMatch(f -> f.ruleId().toString().equals("DUTY-FX-001")
                && f.path().matches("lines\\[0\\]\\.tariffs\\[\\d\\]\\.value")), none.findings().toString());
    }

    @Test
    void enteredValueIsRoundedToWholeDollarsHalfUp() {
        DutyAssessment a = CALC.assess(single(LocalDate.of(2026, 3, 20), ModeOfTransport.AIR_CONTAINER,
                lineOf("4202.21.9000", "1000.50", Quantity.of("1", UnitOfMeasure.NUMBER))));
        assertEquals(Money.usd("1001"), a.lines().get(0).enteredValue());
        assertEquals(Money.usd("90.09"), a.lines().get(0).tariffs().get(0).duty());
    }

    @Test
    void column2CountriesPayTheColumn2Rate() {
        EntryLine ru = lineOf("4202.21.9000", "1000", Quantity.of("1", UnitOfMeasure.NUMBER)).toBuilder()
                .countryOfOrigin("RU").build();
        DutyAssessment a = CALC.assess(single(LocalDate.of(2026, 3, 20), ModeOfTransport.AIR_CONTAINER, ru));
        assertEquals(Money.usd("350.00"), a.lines().get(0).tariffs().get(0).duty());
        assertTrue(a.lines().get(0).tariffs().get(0).source().contains("column 2"));
    }

    @Test
    void rendersAsTableAndJson() throws Exception {
        DutyAssessment a = CALC.assess(Samples.entry());
        String table = a.toTable();
        assertTrue(table.contains("9903.88.03") && table.contains("3543.00") && table.contains("GRAND TOTAL"), table);
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(a.toJson());
        assertEquals(a.grandTotal().toString(), json.get("grandTotal").asText());
        assertEquals("7326.90.8688", json.get("lines").get(0).get("tariffs").get(2).get("htsNumber").asText());
    }

    @Test
    void aSpecificAdCvdRateAppliesToTheQuantityInItsOwnUnit() {
        // issue 16: $0.06/kg on [100 NO, 50 KG] is $3.00, not $6.00 from the first quantity
        EntryLine line = lineOf("4202.21.9000", "2000", Quantity.of("100", UnitOfMeasure.NUMBER),
                Quantity.of("50", UnitOfMeasure.KILOGRAMS)).toBuilder()
                .adCvdCases(List.of(AdCvdCase.builder().caseNumber("A-570-967-000").depositRate(new BigDecimal("0.06"))
                        .specificRate(true).rateUnit(UnitOfMeasure.KILOGRAMS).build())).build();
        DutyAssessment a = CALC.assess(single(LocalDate.of(2026, 3, 20), ModeOfTransport.VESSEL_CONTAINER, line));
        assertEquals(Money.usd("3.00"), a.lines().get(0).adCvd().get(0).deposit(), a.toTable());
        // no unit given and two quantities: an error naming the field, never a guess
        EntryLine guess = line.toBuilder().adCvdCases(List.of(new AdCvdCase("A-570-967-000", new BigDecimal("0.06"),
                true, false))).build();
        DutyAssessment g = CALC.assess(single(LocalDate.of(2026, 3, 20), ModeOfTransport.VESSEL_CONTAINER, guess));
        assertTrue(g.findings().stream().anyMatch(f -> f.ruleId().toString().equals("DUTY-ADCVD-003")
                && f.path().equals("lines[0].adCvdCases[0].rateUnit")), g.findings().toString());
        // a unit the line does not report
        EntryLine liters = line.toBuilder().adCvdCases(List.of(AdCvdCase.builder().caseNumber("A-570-967-000")
                .depositRate(new BigDecimal("0.06")).specificRate(true).rateUnit(UnitOfMeasure.LITERS).build()))
                .build();
        assertTrue(CALC.assess(single(LocalDate.of(2026, 3, 20), ModeOfTransport.VESSEL_CONTAINER, liters)).findings()
                .stream().anyMatch(f -> f.ruleId().toString().equals("DUTY-ADCVD-002")));
    }

    @Test
    void aFeeNotOwedIsToldApartFromAFeeNotComputed() {
        DutyAssessment owed = CALC.assess(single(LocalDate.of(2026, 3, 20), ModeOfTransport.VESSEL_CONTAINER,
                lineOf("4202.21.9000", "10000", Quantity.of("10", UnitOfMeasure.NUMBER))));
        assertEquals(FeeStatus.OWED, owed.feeStatus("499"));
        assertEquals(FeeStatus.OWED, owed.feeStatus("501"));
        DutyAssessment air = CALC.assess(single(LocalDate.of(2026, 3, 20), ModeOfTransport.AIR_CONTAINER,
                lineOf("4202.21.9000", "10000", Quantity.of("10", UnitOfMeasure.NUMBER))));
        assertEquals(FeeStatus.NOT_OWED, air.feeStatus("501"), "no HMF by air");
        DutyAssessment noPeriod = CALC.assess(single(LocalDate.of(2024, 3, 20), ModeOfTransport.AIR_CONTAINER,
                lineOf("4202.21.9000", "10000", Quantity.of("10", UnitOfMeasure.NUMBER))));
        assertEquals(FeeStatus.NOT_COMPUTED, noPeriod.feeStatus("499"), noPeriod.findings().toString());
        assertEquals(Money.ZERO_USD, noPeriod.fee("499"));
    }
}
