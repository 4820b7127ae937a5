package org.acesdk.rules.advisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.acesdk.model.code.CountryCode;
import org.acesdk.model.code.HtsNumber;
import org.acesdk.model.entry.EntryLine;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.model.entry.TariffLine;
import org.acesdk.model.money.Money;
import org.acesdk.rules.AceValidator;
import org.acesdk.rules.Finding;
import org.acesdk.rules.RuleContext;
import org.acesdk.rules.BundledData;
import org.acesdk.rules.ValidationReport;
import org.acesdk.rules.duty.DutyAssessment;
import org.acesdk.rules.duty.DutyCalculator;
import org.acesdk.rules.Samples;
import org.acesdk.rules.pack.Chapter99Rules;
import org.acesdk.rules.tariff.TariffSchedule;
import org.junit.jupiter.api.Test;

class Chapter99AdvisorTest {
    private static final HtsNumber BRACKETS = HtsNumber.parse("7326.90.8688");
    private static final HtsNumber HANDBAGS = HtsNumber.parse("4202.21.9000");
    private static final CountryCode CN = CountryCode.parse("CN");
    private static final CountryCode VN = CountryCode.parse("VN");

    /** Our own test list: the 7501's steel article and a steel product, under the 2025 and 2026 headings. */
    static ProductList s232() throws IOException {
        String csv = "hts_prefix,heading,from,to\n"
                + "73269086,9903.81.91,2025-06-04,2026-06-07\n"
                + "73269086,9903.82.02,2026-06-08,\n"
                + "72083600,9903.80.01,2018-03-23,\n";
        return ProductList.load(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "S232");
    }

    static Chapter99Advisor advisor(TariffSchedule schedule) throws IOException {
        return Chapter99Advisor.builder().tariffSchedule(schedule).addProductList(s232()).build();
    }

    static TariffSchedule history() {
        return TariffSchedule.of(List.of(BundledData.basic2025(), BundledData.rev4(), BundledData.rev10()));
    }

    @Test
    void the7501GetsItsSection301And232HeadingsInCsmsOrder() throws IOException {
        Chapter99Advisor a = advisor(history());
        Advice rev4 = a.advise(BRACKETS, CN, LocalDate.of(2026, 3, 20), Money.usd("14172"));
        assertEquals(List.of(HtsNumber.parse("9903.88.03"), HtsNumber.parse("9903.81.91")), rev4.headingNumbers(),
                rev4.toText());
        assertEquals(Money.usd("3543.00"), rev4.headings().get(0).amount());
        assertEquals(Money.usd("7086.00"), rev4.headings().get(1).amount());
        assertTrue(rev4.headings().get(0).reason().contains("See 9903.88.03"), rev4.toText());
        assertTrue(rev4.notes().stream().anyMatch(n -> n.startsWith("9903.88.69")), "the exclusion is pointed out");
        assertTrue(rev4.notes().stream().anyMatch(n -> n.contains("S122-SURCHARGE") && n.contains("does not stack")),
                rev4.toText());
        Advice rev10 = a.advise(BRACKETS, CN, LocalDate.of(2026, 7, 1), Money.usd("14172"));
        assertEquals(List.of(HtsNumber.parse("9903.88.03"), HtsNumber.parse("9903.82.02")), rev10.headingNumbers(),
                rev10.toText());
    }

    @Test
    void the7501TotalsElevenThousandThirtyNineNinetyNineWithRevision10WhenTheAdvisorFillsTheHeadings()
            throws IOException {
        Chapter99Advisor a = advisor(history());
        EntryLine bare = Samples.steelLine().toBuilder().tariffs(List.of(Samples.steelLine().tariffs().get(2)))
                .build();
        LocalDate date = LocalDate.of(2026, 7, 1);
        EntrySummary e = Samples.entry().toBuilder().entryDate(date).importDate(date).summaryDate(null)
                .lines(List.of(bare)).build();
        RuleContext ctx = Samples.context().toBuilder().tariffSchedule(history()).chapter99Advisor(a)
                .fillChapter99Headings(true).build();
        DutyAssessment d = DutyCalculator.create(ctx).assess(e);
        assertEquals("2026 Revision 10", d.tariffRevision());
        assertEquals(Money.usd("11039.99"), d.totalDuty(), d.toTable());
        RuleContext without = ctx.toBuilder().fillChapter99Headings(false).build();
        assertEquals(Money.usd("410.99"), DutyCalculator.create(without).assess(e).totalDuty());
        assertThrows(IllegalArgumentException.class,
                () -> RuleContext.builder().fillChapter99Headings(true).build());
    }

    @Test
    void section122AndIeepaTurnOverOn24February2026AndSection122EndsAfter24July() throws IOException {
        Chapter99Advisor a = advisor(history());
        Advice before = a.advise(HANDBAGS, VN, LocalDate.of(2026, 2, 23), Money.usd("1000"));
        assertEquals(List.of(HtsNumber.parse("9903.01.25")), before.headingNumbers(), before.toText());
        Advice after = a.advise(HANDBAGS, VN, LocalDate.of(2026, 2, 24), Money.usd("1000"));
        assertEquals(List.of(HtsNumber.parse("9903.03.01")), after.headingNumbers(), after.toText());
        assertEquals(Money.usd("100.00"), after.additionalDuty());
        assertTrue(after.notes().stream().anyMatch(n -> n.contains("IEEPA-RECIPROCAL-BASE") && n.contains("ended")));
        Advice lastDay = a.advise(HANDBAGS, VN, LocalDate.of(2026, 7, 24), Money.usd("1000"));
        assertEquals(List.of(HtsNumber.parse("9903.03.01")), lastDay.headingNumbers());
        Advice ended = a.advise(HANDBAGS, VN, LocalDate.of(2026, 7, 25), Money.usd("1000"));
        assertTrue(ended.headings().isEmpty(), ended.toText());
    }

    @Test
    void section122ExemptProductsDeclareTheExemptionHeading() throws IOException {
        ProductList exempt = ProductList.load(new ByteArrayInputStream("\"hts8\"\n\"42022190\"\n"
                .getBytes(StandardCharsets.UTF_8)), "S122-EXEMPT");
        Chapter99Advisor a = Chapter99Advisor.builder().tariffSchedule(history()).addProductList(exempt).build();
        Advice advice = a.advise(HANDBAGS, VN, LocalDate.of(2026, 3, 20), Money.usd("1000"));
        assertEquals(List.of(HtsNumber.parse("9903.03.02")), advice.headingNumbers(), advice.toText());
        assertEquals(Money.usd("0.00"), advice.additionalDuty());
        assertTrue(advice.headings().get(0).reason().contains("S122-EXEMPT row 2"));
    }

    @Test
    void section232Is25PercentBefore4June2025And50After_andTheUkIsApart() throws IOException {
        Chapter99Advisor a = advisor(history());
        HtsNumber sheet = HtsNumber.parse("7208.36.0030");
        Advice may = a.advise(sheet, VN, LocalDate.of(2025, 6, 3), Money.usd("1000"));
        Advice june = a.advise(sheet, VN, LocalDate.of(2025, 6, 4), Money.usd("1000"));
        assertEquals(Money.usd("250.00"), may.headings().stream().filter(h -> h.heading().toString()
                .equals("9903.80.01")).findFirst().orElseThrow().amount(), may.toText());
        assertEquals(Money.usd("500.00"), june.headings().stream().filter(h -> h.heading().toString()
                .equals("9903.80.01")).findFirst().orElseThrow().amount(), june.toText());
        Advice uk = a.advise(sheet, CountryCode.parse("GB"), LocalDate.of(2025, 6, 4), Money.usd("1000"));
        assertTrue(uk.headings().stream().noneMatch(h -> h.ratePercent().intValue() == 50), uk.toText());
        assertTrue(uk.notes().stream().anyMatch(n -> n.contains("S232-STEEL-50") && n.contains("GB")));
    }

    @Test
    void hongKongGoodsAreNotAdvisedSection301() throws IOException {
        Advice hk = advisor(history()).advise(BRACKETS, CountryCode.parse("HK"), LocalDate.of(2026, 3, 20), null);
        assertTrue(hk.headings().stream().noneMatch(h -> h.programId().startsWith("S301")), hk.toText());
        assertTrue(hk.notes().stream().anyMatch(n -> n.startsWith("9903.88.03")));
    }

    @Test
    void theRulePackFlagsMissingExpiredAndUnsupportedHeadings() throws IOException {
        Chapter99Advisor a = advisor(history());
        RuleContext ctx = Samples.context().toBuilder().tariffSchedule(history()).chapter99Advisor(a).build();
        AceValidator v = AceValidator.builder().addPack(new Chapter99Rules()).build();
        LocalDate date = LocalDate.of(2026, 3, 20);
        EntryLine steel = Samples.steelLine();
        EntrySummary ok = Samples.entry().toBuilder().entryDate(date).importDate(date).summaryDate(null)
                .lines(List.of(steel)).build();
        assertTrue(ids(v.validate(ok, ctx)).stream().noneMatch(id -> id.startsWith("AE-CH99")),
                v.validate(ok, ctx).toText());
        EntryLine missing301 = steel.toBuilder().tariffs(List.of(steel.tariffs().get(1), steel.tariffs().get(2)))
                .build();
        ValidationReport r1 = v.validate(ok.toBuilder().lines(List.of(missing301)).build(), ctx);
        assertTrue(r1.errors().stream().anyMatch(f -> f.ruleId().toString().equals("AE-CH99-001")
                && f.message().contains("9903.88.03")), r1.toText());
        EntryLine ieepa = steel.toBuilder().tariffs(List.of(steel.tariffs().get(0), steel.tariffs().get(1),
                TariffLine.builder().htsNumber("9903.01.25").build(), steel.tariffs().get(2))).build();
        ValidationReport r2 = v.validate(ok.toBuilder().lines(List.of(ieepa)).build(), ctx);
        assertTrue(r2.errors().stream().anyMatch(f -> f.ruleId().toString().equals("AE-CH99-002")
                && f.message().contains("ended") || f.message().contains("not in force")), r2.toText());
        EntryLine odd = steel.toBuilder().tariffs(List.of(steel.tariffs().get(0), steel.tariffs().get(1),
                TariffLine.builder().htsNumber("9903.88.15").build(), steel.tariffs().get(2))).build();
        ValidationReport r3 = v.validate(ok.toBuilder().lines(List.of(odd)).build(), ctx);
        assertTrue(r3.warnings().stream().anyMatch(f -> f.ruleId().toString().equals("AE-CH99-003")
                && f.message().contains("9903.88.15")), r3.toText());
        assertFalse(ids(AceValidator.builder().addPack(new Chapter99Rules()).build().validate(ok, Samples.context()))
                .stream().anyMatch(id -> id.startsWith("AE-CH99")), "without an advisor the pack is silent");
    }

    private static List<String> ids(ValidationReport r) {
        return r.findings().stream().map(Finding::ruleId).map(Object::toString).toList();
    }

    @Test
    void productListErrorsNameTheRowAndColumn() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ProductList.load(
                new ByteArrayInputStream("hts_prefix,heading\n7326,9903.81.91\n73x6,9903.81.91\n"
                        .getBytes(StandardCharsets.UTF_8)), "S232"));
        assertTrue(e.getMessage().contains("row 3") && e.getMessage().contains("hts_prefix"), e.getMessage());
        IllegalArgumentException d = assertThrows(IllegalArgumentException.class, () -> ProductList.load(
                new ByteArrayInputStream("hts,from\n7326,2025-13-01\n".getBytes(StandardCharsets.UTF_8)), "X"));
        assertTrue(d.getMessage().contains("row 2") && d.getMessage().contains("from"), d.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Chapter99Advisor.builder().build());
    }

    @Test
    void autoPartsTakeSection232AutosAndNotTheMetalsOrIeepa_andCopperIsDated() throws IOException {
        String metals = "hts_prefix,heading\n87083050,9903.81.91\n74111010,9903.78.01\n";
        String autos = "hts_prefix,heading\n87083050,9903.94.05\n";
        Chapter99Advisor a = Chapter99Advisor.builder().tariffSchedule(history())
                .addProductList(ProductList.load(new ByteArrayInputStream(metals.getBytes(StandardCharsets.UTF_8)),
                        "S232"))
                .addProductList(ProductList.load(new ByteArrayInputStream(autos.getBytes(StandardCharsets.UTF_8)),
                        "S232-AUTOS"))
                .build();
        HtsNumber brakes = HtsNumber.parse("8708.30.5090");
        Advice jp = a.advise(brakes, CountryCode.parse("JP"), LocalDate.of(2025, 9, 1), Money.usd("1000"));
        assertEquals(List.of(HtsNumber.parse("9903.94.05")), jp.headingNumbers(), jp.toText());
        assertEquals(Money.usd("250.00"), jp.additionalDuty());
        assertTrue(jp.notes().stream().anyMatch(n -> n.startsWith("9903.81.91") && n.contains("S232-AUTO")),
                jp.toText());
        assertTrue(jp.notes().stream().anyMatch(n -> n.startsWith("9903.01.25") && n.contains("does not stack")),
                jp.toText());
        Advice beforeParts = a.advise(brakes, CountryCode.parse("JP"), LocalDate.of(2025, 5, 2), Money.usd("1000"));
        assertFalse(beforeParts.headingNumbers().contains(HtsNumber.parse("9903.94.05")), beforeParts.toText());
        HtsNumber tube = HtsNumber.parse("7411.10.1030");
        assertTrue(a.advise(tube, CountryCode.parse("CL"), LocalDate.of(2025, 7, 31), Money.usd("100"))
                .headings().stream().noneMatch(h -> h.programId().equals("S232-COPPER")));
        Advice copper = a.advise(tube, CountryCode.parse("CL"), LocalDate.of(2025, 8, 1), Money.usd("100"));
        assertTrue(copper.headings().stream().anyMatch(h -> h.programId().equals("S232-COPPER")
                && h.amount().equals(Money.usd("50.00"))), copper.toText());
    }

    @Test
    void amountsUseTheDutyCalculatorsRoundingPoints() throws IOException {
        // entered value $1,000.50 rounds to $1,001 before the 10% Section 122 surcharge: $100.10, not $100.05
        Advice a = advisor(history()).advise(HANDBAGS, VN, LocalDate.of(2026, 3, 20), Money.usd("1000.50"));
        assertEquals(Money.usd("100.10"), a.additionalDuty(), a.toText());
    }

    @Test
    void malformedAdviceRulesAreNamedByEntryAndField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AdviceRules.load(
                new ByteArrayInputStream("{\"rules\":[{\"program\":\"X\",\"coverage\":\"SOME\"}]}"
                        .getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains("rules[0].coverage"), e.getMessage());
        IllegalArgumentException l = assertThrows(IllegalArgumentException.class, () -> AdviceRules.load(
                new ByteArrayInputStream("{\"rules\":[{\"program\":\"X\",\"coverage\":\"LIST\"}]}"
                        .getBytes(StandardCharsets.UTF_8))));
        assertTrue(l.getMessage().contains("rules[0].list"), l.getMessage());
        assertEquals(AdviceRules.defaults().rules().size(), AdviceRules.defaults().rules().stream()
                .map(AdviceRules.Rule::program).distinct().count(), "one rule per program");
    }
}
