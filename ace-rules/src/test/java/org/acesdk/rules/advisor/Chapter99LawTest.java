package org.acesdk.rules.advisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.acesdk.model.code.CountryCode;
import org.acesdk.model.code.HtsNumber;
import org.acesdk.model.code.SpecialProgram;
import org.acesdk.model.entry.EntryLine;
import org.acesdk.model.entry.TariffLine;
import org.acesdk.model.money.Money;
import org.acesdk.rules.tariff.TariffRevision;
import org.acesdk.rules.tariff.UsitcHtsLoader;
import org.junit.jupiter.api.Test;

/**
 * The chapter 99 layer against the law, one class of defect at a time. Each expectation is read from the heading text,
 * U.S. note or proclamation named in the comment, on the bundled data alone (no caller list).
 */
class Chapter99LawTest {
    private static final Chapter99Advisor ADVISOR = Chapter99Advisor.bundled();

    private static Advice advise(String hts, String origin, String date) {
        return ADVISOR.advise(HtsNumber.parse(hts), CountryCode.parse(origin), LocalDate.parse(date),
                Money.usd("1000.00"));
    }

    /** heading -> additional percent, e.g. {9903.01.24=10, 9903.88.15=7.5}. */
    private static Map<String, String> headings(Advice a) {
        Map<String, String> out = new TreeMap<>();
        a.headings().forEach(h -> out.put(h.heading().usitcFormat(), h.ratePercent().stripTrailingZeros()
                .toPlainString()));
        return out;
    }

    private static void expect(String hts, String origin, String date, Map<String, String> expected) {
        Advice a = advise(hts, origin, date);
        assertEquals(new TreeMap<>(expected), headings(a), () -> hts + " " + origin + " " + date + "\n" + a.toText());
    }

    private static EntryLine usmcaLine(String origin, String hts) {
        return EntryLine.builder().lineNumber(1).countryOfOrigin(CountryCode.parse(origin))
                .specialProgram(SpecialProgram.USMCA).addTariff(TariffLine.builder()
                        .htsNumber(HtsNumber.parse(hts)).value(Money.usd("1000.00")).build()).build();
    }

    // ---- 1. IEEPA: fentanyl by country, country reciprocal rates, floors, Annex II, USMCA --------------------------

    @Test
    void canadaAndMexicoPayFentanylNotTheReciprocal() {
        // N2(j): 9903.01.10 +25%, +35% from 2025-08-01; N2(a): 9903.01.01 +25%; N2(v)(iv), (v): outside the reciprocal
        expect("6109100012", "CA", "2026-01-01", Map.of("9903.01.10", "35"));
        expect("6109100012", "CA", "2025-05-01", Map.of("9903.01.10", "25"));
        expect("6109100012", "MX", "2026-01-01", Map.of("9903.01.01", "25"));
    }

    @Test
    void usmcaClaimMovesFentanylToItsNoDutyHeading() {
        // heading 9903.01.14: goods entered free under USMCA, no change
        Advice a = ADVISOR.advise(usmcaLine("CA", "6109100012"), LocalDate.parse("2026-01-01"));
        assertEquals(Map.of("9903.01.14", "0"), headings(a), a.toText());
    }

    @Test
    void chinaFentanylStacksOnSection232AndThe301() {
        // N2(u): 9903.01.24 +10% from 2025-11-10, excepted by no 232 note; 232 steel derivative (note 16(l)) 50%;
        // the reciprocal is replaced by 9903.01.33 (N2(v)(vi))
        Advice a = advise("7317005503", "CN", "2026-01-01");
        Map<String, String> h = headings(a);
        assertEquals("10", h.get("9903.01.24"), a.toText());
        assertEquals("50", h.get("9903.81.89"), a.toText());
        assertEquals("0", h.get("9903.01.33"), a.toText());
        assertFalse(h.containsKey("9903.01.25"), a.toText());
        // 20% from 2025-03-04 to 2025-11-09 (N2(u))
        assertEquals("20", headings(advise("6109100012", "CN", "2025-06-01")).get("9903.01.24"));
    }

    @Test
    void countryReciprocalRatesAndTheIndiaAndBrazilOrders() {
        expect("6109100012", "VN", "2026-01-01", Map.of("9903.02.69", "20"));
        expect("6109100012", "TW", "2026-01-01", Map.of("9903.02.60", "20"));
        expect("6109100012", "IN", "2026-01-01", Map.of("9903.02.26", "25", "9903.01.84", "25")); // N2(z)
        expect("6109100012", "IN", "2026-02-10", Map.of("9903.02.26", "25"));      // .84 terminated 2026-02-07
        expect("6109100012", "BR", "2026-01-01", Map.of("9903.02.09", "10", "9903.01.77", "40")); // N2(x)
        expect("6109100012", "GB", "2026-01-01", Map.of("9903.02.66", "10"));
        expect("6109100012", "VN", "2025-06-01", Map.of("9903.01.25", "10"));      // baseline before 2025-08-07
    }

    @Test
    void floorsLiftMfnToFifteenAndAddNothingAboveIt() {
        // 9903.02.19/.20: MFN >= 15% no addition; MFN < 15% total 15% (T-shirts 16.5%, lithium batteries 3.4%)
        expect("6109100012", "DE", "2026-01-01", Map.of("9903.02.19", "0"));
        expect("8507600020", "DE", "2026-01-01", Map.of("9903.02.20", "11.6"));   // laptop batteries: not auto parts
        expect("8507600020", "JP", "2026-01-01", Map.of("9903.02.73", "11.6"));
        expect("8507600020", "KR", "2026-01-01", Map.of("9903.02.80", "11.6"));
        expect("8507600020", "CH", "2026-01-01", Map.of("9903.02.83", "11.6"));
        expect("8507600020", "CH", "2025-10-01", Map.of("9903.02.58", "39"));       // before the Swiss floor
        expect("8507600020", "JP", "2025-08-20", Map.of("9903.02.30", "15"));       // before the Japan floor
    }

    @Test
    void annexIiExemptsTheReciprocalButNotFentanyl() {
        // N2(v)(iii): 9903.01.32 for Annex II; China fentanyl still applies
        Advice cn = advise("2709002010", "CN", "2026-01-01");
        assertEquals("0", headings(cn).get("9903.01.32"), cn.toText());
        assertEquals("10", headings(cn).get("9903.01.24"), cn.toText());
        assertFalse(headings(cn).containsKey("9903.01.25"), cn.toText());
    }

    @Test
    void ieepaEndsOnFebruaryTwentyFourth() {
        Advice a = advise("6109100012", "CA", "2026-02-24");
        assertTrue(a.headings().stream().noneMatch(h -> h.heading().digits().startsWith("990301")), a.toText());
    }

    // ---- 2. Section 232 metals annexes --------------------------------------------------------------------------

    @Test
    void annexTiersAreKnownAndDatedFromTheirProclamation() {
        // 9903.82.09 (annex I-B) +25%, full value; Section 122 not charged (9903.03.06, N2(aa)(v)(1))
        expect("7321111030", "DE", "2026-06-08", Map.of("9903.82.09", "25", "9903.03.06", "0"));
        // 9903.82.02 (annex I-A) from 2026-04-06 (HTS 2026 rev 5), not from rev 10
        expect("7208100000", "VN", "2026-04-10", Map.of("9903.82.02", "50", "9903.03.06", "0"));
        // the UK tier 9903.82.04 +25%
        expect("7208100000", "GB", "2026-04-10", Map.of("9903.82.04", "25", "9903.03.06", "0"));
        // annex I-C framework countries 9903.82.22: 15% in total (rev 10)
        Advice jp = advise("8427104000", "JP", "2026-06-08");
        assertTrue(headings(jp).containsKey("9903.82.22"), jp.toText());
        assertEquals(0, new BigDecimal("15").compareTo(jp.totalRatePercent()), jp.toText());
        // other origins: annex I-C at 9903.82.09 +25%, not the earlier derivative heading
        Advice cn = advise("8427104000", "CN", "2026-06-08");
        assertEquals("25", headings(cn).get("9903.82.09"), cn.toText());
    }

    @Test
    void deletedHeadingsAreNotAdvisedAfterTheAnnex() {
        Advice a = advise("7317005503", "CN", "2026-06-08");
        assertTrue(a.headings().stream().noneMatch(h -> h.heading().digits().startsWith("990381")
                || h.heading().digits().startsWith("990385")), a.toText());
    }

    @Test
    void aHeadingTheDataDoesNotKnowIsReportedNotDropped() throws Exception {
        String json = "[{\"htsno\":\"6109.10.00\",\"indent\":\"1\",\"description\":\"T-shirts\",\"general\":\"16.5%\","
                + "\"footnotes\":[{\"columns\":[\"general\"],\"value\":\"See 9903.88.15 and 9903.99.77.\","
                + "\"type\":\"endnote\"}]}]";
        TariffRevision rev = UsitcHtsLoader.loadJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "test", LocalDate.parse("2026-01-01"));
        Chapter99Advisor a = Chapter99Advisor.builder().tariffSchedule(rev).build();
        Advice advice = a.advise(HtsNumber.parse("61091000"), CountryCode.parse("CN"), LocalDate.parse("2026-01-01"),
                Money.usd("100.00"));
        assertEquals(List.of(HtsNumber.parse("9903.99.77")), advice.unknownHeadings(), advice.toText());
        assertTrue(advice.headingNumbers().contains(HtsNumber.parse("9903.88.15")), advice.toText());
    }

    // ---- 3. Section 122 ---------------------------------------------------------------------------------------

    @Test
    void section122ExemptionsAndUsmca() {
        expect("6109100012", "VN", "2026-03-01", Map.of("9903.03.01", "10"));
        expect("6109100012", "CA", "2026-03-01", Map.of("9903.03.01", "10")); // non-preferential Canadian goods pay
        expect("8541410000", "CN", "2026-03-01", Map.of("9903.03.03", "0", "9903.88.01", "25")); // N2(aa)(ii)
        expect("7317005503", "VN", "2026-03-01", Map.of("9903.81.89", "50", "9903.03.06", "0"));
        assertEquals(Map.of("9903.03.08", "0"), headings(ADVISOR.advise(usmcaLine("MX", "6109100012"),
                LocalDate.parse("2026-03-01"))));
    }

    @Test
    void conditionalCivilAircraftExemptionIsReportedNotClaimed() {
        Advice a = advise("3917220000", "FR", "2026-03-01");
        assertEquals("10", headings(a).get("9903.03.01"), a.toText());
        assertTrue(a.notes().stream().anyMatch(n -> n.startsWith("9903.03.05")), a.toText());
    }

    // ---- 4. and 5. Vehicles, parts, wood, semiconductors ------------------------------------------------------

    @Test
    void autoDealRatesAreFifteenPercentInclusive() {
        // 9903.94.51: EU passenger vehicles, 15% including MFN 2.5%: DE 8703.23.01.90 pays 15%, not 27.5%
        Advice de = advise("8703230190", "DE", "2026-01-01");
        assertEquals(Map.of("9903.94.51", "12.5", "9903.01.33", "0"), headings(de), de.toText());
        assertEquals(0, new BigDecimal("15").compareTo(de.totalRatePercent()));
        expect("8703230190", "JP", "2026-01-01", Map.of("9903.94.41", "12.5", "9903.01.33", "0"));
        expect("8703230190", "KR", "2026-01-01", Map.of("9903.94.61", "12.5", "9903.01.33", "0"));
        expect("8703230190", "VN", "2026-01-01", Map.of("9903.94.01", "25", "9903.01.33", "0"));
        expect("8703230190", "MX", "2026-01-01", Map.of("9903.94.01", "25"));     // no fentanyl on 232 goods
    }

    @Test
    void mediumAndHeavyVehiclesBusesWoodAndSemiconductors() {
        expect("8701210000", "VN", "2026-03-01", Map.of("9903.74.01", "25", "9903.03.06", "0"));
        expect("8702101000", "VN", "2026-03-01", Map.of("9903.74.02", "10", "9903.03.06", "0"));
        expect("4407110000", "DE", "2026-03-01", Map.of("9903.76.01", "10", "9903.03.06", "0"));
        expect("9401614011", "DE", "2026-03-01", Map.of("9903.76.22", "15", "9903.03.06", "0"));
        expect("8471500150", "VN", "2026-03-01", Map.of("9903.79.01", "25", "9903.03.06", "0"));
    }

    // ---- 6. Section 301 four-year review --------------------------------------------------------------------

    @Test
    void fourYearReviewReplacesTheListHeading() {
        // 89 FR 76581, N31(g): non-EV lithium-ion batteries 7.5% (list 4A) -> 25% on 2026-01-01, not 32.5%
        Map<String, String> h = headings(advise("8507600020", "CN", "2026-03-01"));
        assertEquals("25", h.get("9903.91.06"), h.toString());
        assertFalse(h.containsKey("9903.88.15"), h.toString());
        // 2025: the line's 9903.91.01 reaches only EV batteries (8507.60.00.10); others stay on list 4A
        assertEquals("7.5", headings(advise("8507600020", "CN", "2025-06-01")).get("9903.88.15"));
        assertEquals("25", headings(advise("8507600010", "CN", "2025-06-01")).get("9903.91.01"));
        // the 10-digit row's own heading (textile face masks, 9903.91.07 +50%) beats its 8-digit line's
        Map<String, String> masks = headings(advise("6307909870", "CN", "2026-03-01"));
        assertEquals("50", masks.get("9903.91.07"), masks.toString());
        assertFalse(masks.containsKey("9903.91.01") || masks.containsKey("9903.88.15"), masks.toString());
    }

    // ---- 7. 2025 steel and aluminium -------------------------------------------------------------------------

    @Test
    void steelAndAluminiumOf2025() {
        // 9903.80.01 and the four-year review 9903.91.01 (note 31(b)) the row's footnote names
        expect("7208101500", "CN", "2025-01-01", Map.of("9903.80.01", "25", "9903.91.01", "25"));
        expect("7208100000", "DE", "2025-01-01", Map.of());   // EU tariff-rate quota, in quota
        expect("7208100000", "BR", "2025-01-01", Map.of());   // absolute quota
        expect("7601103000", "JP", "2025-01-01", Map.of("9903.85.01", "10"));
        expect("7601103000", "JP", "2025-03-20", Map.of("9903.85.02", "25"));
        expect("7601103000", "JP", "2025-06-10", Map.of("9903.85.02", "50", "9903.01.33", "0"));
        expect("7601103000", "GB", "2025-06-10", Map.of("9903.85.12", "25", "9903.01.33", "0"));
    }

    // ---- 8. After revision 10 ------------------------------------------------------------------------------

    @Test
    void section122EndsOnJulyTwentyFourth() {
        expect("6109100012", "VN", "2026-07-23", Map.of("9903.03.01", "10"));
        expect("6109100012", "VN", "2026-07-24", Map.of());
    }

    @Test
    void section338CanadaDutyThenBan() {
        Advice duty = advise("2204215000", "CA", "2026-09-01");
        assertEquals(Map.of("9903.03.12", "50"), headings(duty), duty.toText());
        assertTrue(duty.notes().stream().anyMatch(n -> n.contains("known from a notice")), duty.toText());
        assertTrue(duty.prohibitions().isEmpty());
        Advice ban = advise("2204215000", "CA", "2026-10-01");
        assertFalse(ban.prohibitions().isEmpty(), ban.toText());
        assertTrue(advise("2204215000", "FR", "2026-10-01").prohibitions().isEmpty());
    }

    @Test
    void brazil301FromJulyTwentySecond() {
        expect("6109100012", "BR", "2026-08-01", Map.of("9903.05.01", "25"));
        expect("6109100012", "BR", "2026-07-21", Map.of("9903.03.01", "10"));   // Section 122 to 2026-07-23
    }

    @Test
    void everyAdvisedHeadingNamesItsLegalSource() {
        for (String o : new String[] {"CN", "CA", "DE", "BR", "IN"}) {
            for (AdvisedHeading h : advise("7317005503", o, "2026-01-01").headings()) {
                assertFalse(h.source().isBlank(), h.toString());
            }
        }
    }

    // ---- claims and caller lists ------------------------------------------------------------------------------

    @Test
    void aChapter98ClaimRemovesIeepaAnd301ButNot232() {
        // N2(a), (v), note 20: chapter 98 claims are exempt except 9802.00.40/.50/.60/.80; Section 232 still applies
        EntryLine line = EntryLine.builder().lineNumber(1).countryOfOrigin(CountryCode.parse("CN"))
                .addTariff(TariffLine.builder().htsNumber(HtsNumber.parse("9801.00.10")).build())
                .addTariff(TariffLine.builder().htsNumber(HtsNumber.parse("7317005503")).value(Money.usd("1000.00"))
                        .build()).build();
        Advice a = ADVISOR.advise(line, LocalDate.parse("2026-01-01"));
        assertEquals(Map.of("9903.81.89", "50"), headings(a), a.toText());
        EntryLine repair = line.toBuilder().tariffs(List.of(
                TariffLine.builder().htsNumber(HtsNumber.parse("9802.00.50")).build(),
                TariffLine.builder().htsNumber(HtsNumber.parse("6109100012")).value(Money.usd("1000.00")).build()))
                .build();
        assertEquals("10", headings(ADVISOR.advise(repair, LocalDate.parse("2026-01-01"))).get("9903.01.24"));
    }

    @Test
    void aCallerListReplacesTheBundledListOfItsName() throws Exception {
        // a caller who knows a product is a softwood article the bundled scope lacks
        ProductList mine = ProductList.load(new ByteArrayInputStream("hts_prefix\n6109100012\n"
                .getBytes(StandardCharsets.UTF_8)), "s232-wood-softwood");
        Chapter99Advisor a = Chapter99Advisor.builder().addProductList(mine).build();
        Advice shirt = a.advise(HtsNumber.parse("6109100012"), CountryCode.parse("VN"), LocalDate.parse("2026-03-01"),
                Money.usd("1000.00"));
        assertEquals(Map.of("9903.76.01", "10", "9903.03.06", "0"), headings(shirt), shirt.toText());
        Advice lumber = a.advise(HtsNumber.parse("4407110000"), CountryCode.parse("VN"), LocalDate.parse("2026-03-01"),
                Money.usd("1000.00"));
        assertEquals(Map.of("9903.03.01", "10"), headings(lumber), lumber.toText());
    }
}
