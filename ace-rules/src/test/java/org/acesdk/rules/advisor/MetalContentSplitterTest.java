package org.acesdk.rules.advisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.acesdk.model.code.CountryCode;
import org.acesdk.model.entry.EntryLine;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.model.entry.LineDetail;
import org.acesdk.model.entry.TariffLine;
import org.acesdk.model.money.Money;
import org.acesdk.rules.Samples;
import org.acesdk.rules.advisor.MetalContentSplitter.Metal;
import org.acesdk.rules.advisor.MetalContentSplitter.Split;
import org.junit.jupiter.api.Test;

/**
 * The metal-content split against CBP's instructions (CSMS #64348411 steel, #64348288 aluminium): two lines when the
 * content is worth less than the entered value, one line on the whole value when it is unknown or worth it all, the
 * same chapter 1-97 number and origin on both, the reciprocal or Section 122 duty on the non-metal line only.
 */
class MetalContentSplitterTest {
    private static final LocalDate IEEPA_DAY = LocalDate.of(2025, 9, 2);
    private static final LocalDate S122_DAY = LocalDate.of(2026, 3, 2);

    private static TariffLine t(String hts) {
        return TariffLine.builder().htsNumber(hts).build();
    }

    private static TariffLine commodity(String hts, String value) {
        return TariffLine.builder().htsNumber(hts).value(Money.usd(value)).build();
    }

    private static EntryLine line(String origin, TariffLine... tariffs) {
        return Samples.entry().lines().get(0).toBuilder().lineNumber(1).countryOfOrigin(CountryCode.parse(origin))
                .tariffs(List.of(tariffs)).build();
    }

    private static List<String> numbers(EntryLine l) {
        return l.tariffs().stream().map(t -> t.htsNumber().toString()).toList();
    }

    @Test
    void aChineseSteelDerivativeBecomesANonSteelAndASteelLine() {
        EntryLine l = line("CN", t("9903.88.03"), t("9903.01.24"), t("9903.01.25"), t("9903.81.91"),
                commodity("8302.42.3065", "10000"));
        Split s = MetalContentSplitter.split(l, IEEPA_DAY, Map.of(Metal.STEEL, Money.usd("4000")));
        assertTrue(s.split());
        assertEquals(2, s.lines().size());
        EntryLine nonSteel = s.lines().get(0);
        EntryLine steel = s.lines().get(1);
        // 301 and the China fentanyl duty on both; the reciprocal on the non-steel line; 9903.01.33 on the steel line
        assertEquals(List.of("9903.88.03", "9903.01.24", "9903.01.25", "8302.42.3065"), numbers(nonSteel));
        assertEquals(List.of("9903.88.03", "9903.01.24", "9903.01.33", "9903.81.91", "8302.42.3065"), numbers(steel));
        assertEquals(Money.usd("6000"), nonSteel.tariffs().get(3).value());
        assertEquals(Money.usd("4000"), steel.tariffs().get(4).value());
        assertEquals(Money.usd("4000"), steel.tariffs().get(3).contentValue());
        assertNull(steel.tariffs().get(3).value(), "the value goes on the chapter 1-97 number only");
        assertEquals(nonSteel.countryOfOrigin(), steel.countryOfOrigin());
        assertEquals(2, steel.lineNumber());
        assertTrue(s.explanation().stream().anyMatch(x -> x.contains("9903.01.33")), s.explanation().toString());
    }

    @Test
    void fromTheSection122PeriodTheMetalLineDeclares9903_03_06() {
        EntryLine l = line("DE", t("9903.03.01"), t("9903.85.08"), commodity("7616.99.5190", "5000"));
        Split s = MetalContentSplitter.split(l, S122_DAY, Map.of(Metal.ALUMINIUM, Money.usd("2000")));
        assertEquals(List.of("9903.03.01", "7616.99.5190"), numbers(s.lines().get(0)));
        assertEquals(List.of("9903.03.06", "9903.85.08", "7616.99.5190"), numbers(s.lines().get(1)));
        assertEquals(Money.usd("3000"), s.lines().get(0).tariffs().get(1).value());
    }

    @Test
    void unknownOrWholeContentStaysOneLineOnTheWholeValue() {
        EntryLine l = line("DE", t("9903.03.01"), t("9903.85.08"), commodity("7616.99.5190", "5000"));
        Split unknown = MetalContentSplitter.split(l, S122_DAY, Map.of());
        assertFalse(unknown.split());
        assertEquals(Money.usd("5000"), unknown.lines().get(0).tariffs().get(1).contentValue());
        assertTrue(unknown.explanation().get(0).contains("unknown"), unknown.explanation().toString());
        Split whole = MetalContentSplitter.split(l, S122_DAY, Map.of(Metal.ALUMINIUM, Money.usd("5000")));
        assertFalse(whole.split());
        // a content value already declared on the heading counts
        EntryLine declared = line("DE", t("9903.03.01"), TariffLine.builder().htsNumber("9903.85.08")
                .contentValue(Money.usd("1500")).build(), commodity("7616.99.5190", "5000"));
        assertEquals(Money.usd("3500"), MetalContentSplitter.split(declared, S122_DAY, null).lines().get(0)
                .tariffs().get(1).value());
    }

    @Test
    void aProductOnBothListsGetsALinePerMetal() {
        EntryLine l = line("JP", t("9903.02.72"), t("9903.81.91"), t("9903.85.08"), commodity("9403.20.0090", "9000"))
                .toBuilder().detail(LineDetail.NONE.withDeclarations(List.of(
                        new LineDetail.ImporterDeclaration("08", "JP"), new LineDetail.ImporterDeclaration("07", "CA"))))
                .build();
        Split s = MetalContentSplitter.split(l, IEEPA_DAY, Map.of(Metal.STEEL, Money.usd("3000"), Metal.ALUMINIUM,
                Money.usd("1000")));
        assertEquals(3, s.lines().size());
        assertEquals(Money.usd("5000"), s.lines().get(0).tariffs().get(1).value());
        assertEquals(List.of("9903.01.33", "9903.81.91", "9403.20.0090"), numbers(s.lines().get(1)));
        assertEquals(List.of("9903.01.33", "9903.85.08", "9403.20.0090"), numbers(s.lines().get(2)));
        assertEquals("08", s.lines().get(1).details().declarations().get(0).type());
        assertEquals("07", s.lines().get(2).details().declarations().get(0).type());
        assertEquals(2, s.lines().get(0).details().declarations().size());
    }

    @Test
    void outsideTheContentBasisPeriodNothingIsSplit() {
        EntryLine l = line("CN", t("9903.81.91"), commodity("8302.42.3065", "10000"));
        Split after = MetalContentSplitter.split(l, LocalDate.of(2026, 4, 6), Map.of(Metal.STEEL, Money.usd("10")));
        assertFalse(after.split());
        assertTrue(after.explanation().get(0).contains("2026-04-06"), after.explanation().toString());
        assertFalse(MetalContentSplitter.split(line("CN", commodity("8302.42.3065", "10000")), IEEPA_DAY,
                Map.of(Metal.STEEL, Money.usd("10"))).split());
    }

    @Test
    void anEntryIsSplitAndRenumbered() {
        EntrySummary e = Samples.entry();
        List<EntryLine> lines = new ArrayList<>();
        lines.add(line("CN", commodity("4202.21.9000", "100")));
        lines.add(line("CN", t("9903.81.91"), commodity("8302.42.3065", "10000")).toBuilder().lineNumber(2).build());
        lines.add(line("CN", commodity("4202.21.9000", "200")).toBuilder().lineNumber(3).build());
        e = e.toBuilder().entryDate(IEEPA_DAY).lines(lines).build();
        Split s = MetalContentSplitter.split(e, Map.of(2, Map.of(Metal.STEEL, Money.usd("2500"))));
        assertEquals(List.of(1, 2, 3, 4), s.lines().stream().map(EntryLine::lineNumber).toList());
        assertEquals(Money.usd("200"), s.lines().get(3).tariffs().get(0).value());
    }

    @Test
    void contentsWorthMoreThanTheArticleAreRefused() {
        EntryLine l = line("JP", t("9903.81.91"), t("9903.85.08"), commodity("9403.20.0090", "9000"));
        assertThrows(IllegalArgumentException.class, () -> MetalContentSplitter.split(l, IEEPA_DAY,
                Map.of(Metal.STEEL, Money.usd("6000"), Metal.ALUMINIUM, Money.usd("5000"))));
    }
}
