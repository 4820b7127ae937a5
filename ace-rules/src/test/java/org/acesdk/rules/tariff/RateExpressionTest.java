package org.acesdk.rules.tariff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.acesdk.model.code.SpecialProgram;
import org.acesdk.model.code.UnitOfMeasure;
import org.acesdk.rules.tariff.RateExpression.Form;
import org.acesdk.rules.tariff.RateExpression.TermKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RateExpressionTest {

    @ParameterizedTest(name = "[{index}] {1}: {0}")
    @CsvSource(delimiter = '|', value = {
        "Free|FREE|0",
        "Free, under bond, as prescribed in U.S. note 1 to this subchapter|FREE|0",
        "5.3%|AD_VALOREM|1",
        "'2.5% '|AD_VALOREM|1",
        "2.2¢/kg|SPECIFIC|1",
        "$1.50/doz.|SPECIFIC|1",
        "37.5¢/pr.|SPECIFIC|1",
        "0.9¢/liter|SPECIFIC|1",
        "68¢/head|SPECIFIC|1",
        "1.5¢/kg + 3%|COMPOUND|2",
        "45¢ each + 7% + 2.5¢/jewel|COMPOUND|3",
        "$1.35/kg + 8.5%|COMPOUND|2",
        "51¢ each + 6.25% on the case and strap, band or bracelet + 5.3% on the battery|COMPOUND|3",
        "4.4¢/kg on drained weight|SPECIFIC|1",
        "The duty provided in the applicable subheading + 25%|ADDITIONAL|1",
        "The duty provided in the applicable subheading plus 25%|ADDITIONAL|1",
        "The duty provided in the applicable subheading+10%|ADDITIONAL|1",
        "The duty provided in the applicable subheading + 50%.|ADDITIONAL|1",
        "The duty provided inthe applicable subheading+ 7.5%|ADDITIONAL|1",
        "The duty provided in the applicable subheading + a duty of 50% upon the value of the steel content.|ADDITIONAL|1",
        "15%|AD_VALOREM|1",
        "No change|NONE|0",
        "''|NONE|0",
        "' '|NONE|0",
        "See subheading 9902.12.34|UNPARSED|0",
        "The rate applicable to each garment in the ensemble if separately entered|INDIRECT|0",
        "See additional U.S. note 2|INDIRECT|0",
        "6% + 2.3¢/jewel + 0.2¢ for each other piece or part, but if consisting in part of a plate or a set of plates the total duty shall not exceed the duty for the complete movement|COMPOUND|3",
        "25% or 3¢/kg whichever is greater|UNPARSED|0"
    })
    void parsesEveryRateForm(String text, Form form, int terms) {
        RateExpression r = RateExpression.parse(text);
        assertEquals(form, r.form(), r.toString());
        assertEquals(terms, r.terms().size(), r.toString());
    }

    @Test
    void termsCarryRateUnitAndBasis() {
        RateExpression r = RateExpression.parse("45¢ each + 7% + 2.5¢/jewel");
        assertEquals(TermKind.SPECIFIC, r.terms().get(0).kind());
        assertEquals(0, new BigDecimal("0.45").compareTo(r.terms().get(0).rate()));
        assertEquals(UnitOfMeasure.NUMBER, r.terms().get(0).unit());
        assertEquals(0, new BigDecimal("7").compareTo(r.terms().get(1).rate()));
        assertEquals(UnitOfMeasure.JEWELS, r.terms().get(2).unit());
        RateExpression steel = RateExpression.parse(
                "The duty provided in the applicable subheading + a duty of 50% upon the value of the steel content.");
        assertEquals("upon the value of the steel content", steel.terms().get(0).basis());
        assertEquals(Optional.of(new BigDecimal("50")), steel.adValoremPercent());
        assertEquals(UnitOfMeasure.DOZEN, RateExpression.parse("$1.50/doz.").terms().get(0).unit());
        assertEquals(UnitOfMeasure.PAIRS, RateExpression.parse("37.5¢/pr.").terms().get(0).unit());
        assertEquals(UnitOfMeasure.LITERS, RateExpression.parse("0.9¢/liter").terms().get(0).unit());
    }

    @Test
    void qualificationsAreKeptApart() {
        RateExpression r = RateExpression.parse("4.3% + 1.7¢/jewel + 0.2¢ for each other piece or part, but if "
                + "consisting in part of a plate or a set of plates the total duty shall not exceed the duty for the "
                + "complete movement");
        assertTrue(r.qualification().startsWith("but if consisting"), r.qualification());
        assertEquals("other piece or part", r.terms().get(2).unitText());
        assertEquals(Optional.empty(), RateExpression.parse("See additional U.S. note 1").amount(BigDecimal.TEN,
                t -> Optional.of(BigDecimal.ONE)));
    }

    @Test
    void markupInAUsitcRateTextIsNotTheRate() {
        // 8708.30.50 in some 2025 revisions: "2.5% <u></u>"
        RateExpression r = RateExpression.parse("2.5% <u></u>");
        assertTrue(r.isParsed(), r.toString());
        assertEquals(0, new BigDecimal("2.5").compareTo(r.terms().get(0).rate()));
        assertEquals(1, r.terms().size());
        assertEquals(0, new BigDecimal("4").compareTo(RateExpression.parse("<i>4%</i>").terms().get(0).rate()));
    }

    @Test
    void unparsedNeverComputesASilentZero() {
        RateExpression r = RateExpression.parse("25% or 3¢/kg whichever is greater");
        assertFalse(r.isParsed());
        assertEquals(Optional.empty(), r.amount(BigDecimal.TEN, t -> Optional.of(BigDecimal.ONE)));
        assertTrue(r.toString().startsWith("UNPARSED("));
    }

    @Test
    void specialColumnGroupsAndProgramMatching() {
        SpecialRates s = SpecialRates.parse("Free (A+,AU,BH,CL,CO,D,E, IL,JO,KR,MA,OM,P,PA,PE,S,SG) 2.8¢/liter (JO) "
                + "See 9822.04.15 (AU)");
        assertEquals(2, s.groups().size());
        assertTrue(s.lists(SpecialProgram.USMCA));
        assertTrue(s.lists(SpecialProgram.ISRAEL));
        assertEquals(Form.FREE, s.rateFor(SpecialProgram.AUSTRALIA).orElseThrow().form());
        assertEquals(Form.FREE, s.rateFor(SpecialProgram.JORDAN).orElseThrow().form(), "first group listing JO wins");
        assertFalse(s.lists(SpecialProgram.GSP), "A+ listed: plain A may not claim");
        assertTrue(s.lists(SpecialProgram.GSP_LDBDC));
        SpecialRates star = SpecialRates.parse("Free (A*,AU,B,BH)");
        assertTrue(star.lists(SpecialProgram.GSP), "A* lists A for all but excluded countries");
        assertTrue(star.lists(SpecialProgram.GSP_LDBDC));
        assertFalse(SpecialRates.parse("").lists(SpecialProgram.USMCA));
        assertEquals(Form.AD_VALOREM, SpecialRates.parse("Free (A,AU) 7.2% (E)").rateFor(SpecialProgram.CBERA)
                .orElseThrow().form());
    }
}
