package org.acesdk.rules.advisor;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.acesdk.model.code.ModeOfTransport;
import org.acesdk.model.code.UnitOfMeasure;
import org.acesdk.model.entry.EntryLine;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.model.entry.TariffLine;
import org.acesdk.model.money.Money;
import org.acesdk.model.money.Quantity;
import org.acesdk.rules.AceValidator;
import org.acesdk.rules.RuleContext;
import org.acesdk.rules.Samples;
import org.acesdk.rules.ValidationReport;
import org.acesdk.rules.pack.Chapter99Rules;
import org.junit.jupiter.api.Test;

/** The chapter 99 rule pack on the bundled advisor: missing headings, unknown headings, prohibited goods. */
class Chapter99RulesTest {
    private static final AceValidator VALIDATOR = AceValidator.builder().addPack(new Chapter99Rules()).build();
    private static final RuleContext CONTEXT = RuleContext.builder().chapter99Advisor(Chapter99Advisor.bundled())
            .build();

    private static ValidationReport validate(String origin, String date, String... numbers) {
        LocalDate d = LocalDate.parse(date);
        List<TariffLine> tariffs = new java.util.ArrayList<>();
        for (int i = 0; i < numbers.length; i++) {
            TariffLine.Builder t = TariffLine.builder().htsNumber(numbers[i]);
            if (i == numbers.length - 1) {
                t.value(Money.usd("1000")).addQuantity(Quantity.of("10", UnitOfMeasure.LITERS));
            }
            tariffs.add(t.build());
        }
        EntryLine line = Samples.entry().lines().get(0).toBuilder().lineNumber(1).countryOfOrigin(origin)
                .countryOfExport(origin).exportDate(d.minusDays(5)).tariffs(tariffs).build();
        EntrySummary e = Samples.entry().toBuilder().entryDate(d).importDate(d.minusDays(2))
                .summaryDate(d.plusDays(3)).modeOfTransport(ModeOfTransport.AIR_CONTAINER).lines(List.of(line))
                .build();
        return VALIDATOR.validate(e, CONTEXT);
    }

    @Test
    void prohibitedCanadianGoodsAreAnErrorWithCondition886() {
        ValidationReport r = validate("CA", "2026-10-01", "9903.03.12", "2204.21.5000");
        assertTrue(r.has("AE-CH99-005"), r.toString());
        assertTrue(r.byRule("AE-CH99-005").get(0).message().contains("886"), r.toString());
        assertFalse(validate("CA", "2026-09-01", "9903.03.12", "2204.21.5000").has("AE-CH99-005"));
    }

    @Test
    void aDeclaredHeadingTheDataDoesNotKnowIsAWarning() {
        ValidationReport r = validate("VN", "2026-08-01", "9903.99.77", "6109.10.0012");
        assertTrue(r.has("AE-CH99-004"), r.toString());
        assertFalse(validate("VN", "2026-08-01", "6109.10.0012").has("AE-CH99-004"));
    }

    @Test
    void aHeadingTheLawRequiresIsMissing() {
        assertTrue(validate("CA", "2026-09-01", "2204.21.5000").has("AE-CH99-001"));
    }
}
