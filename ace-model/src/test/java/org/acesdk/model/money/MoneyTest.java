package org.acesdk.model.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.acesdk.model.code.InvalidValueException;
import org.acesdk.model.code.UnitOfMeasure;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void parsesUsdAndOtherCurrencies() {
        assertEquals(Money.usd("14172.00"), Money.parse("14172.00"));
        Money eur = Money.parse("1250.50 EUR");
        assertEquals(Currency.getInstance("EUR"), eur.currency());
        assertEquals("1250.50 EUR", eur.toString());
        assertEquals("14172.00", Money.usd("14172.00").toString());
        assertThrows(InvalidValueException.class, () -> Money.parse("12,00"));
        assertThrows(InvalidValueException.class, () -> Money.parse("1e5"));
        assertThrows(InvalidValueException.class, () -> Money.parse("10 XXQ"));
    }

    @Test
    void equalityIsNumeric() {
        assertEquals(Money.usd("10.5"), Money.usd("10.50"));
        assertEquals(Money.usd("10.5").hashCode(), Money.usd("10.50").hashCode());
        assertEquals(Money.usd("0"), Money.usd("0.00"));
        assertEquals(Money.usd("0").hashCode(), Money.usd("0.00").hashCode());
    }

    @Test
    void arithmeticRefusesMixedCurrencies() {
        Money eur = Money.parse("1.00 EUR");
        assertThrows(IllegalArgumentException.class, () -> Money.usd("1.00").plus(eur));
        assertEquals(Money.usd("3.75"), Money.usd("1.25").plus(Money.usd("2.50")));
        assertEquals(Money.usd("-1.25"), Money.usd("1.25").minus(Money.usd("2.50")));
    }

    @Test
    void roundingIsExplicit() {
        Money m = Money.usd("410.985");
        assertEquals(new BigDecimal("410.99"), m.rounded(RoundingMode.HALF_UP).amount());
        assertEquals(new BigDecimal("410.98"), m.rounded(RoundingMode.HALF_EVEN).amount());
        assertEquals(new BigDecimal("411"), m.roundedToWhole(RoundingMode.HALF_UP).amount());
        assertEquals(Money.parse("100 JPY").rounded(RoundingMode.HALF_UP).amount().scale(), 0);
    }

    @Test
    void quantities() {
        Quantity q = Quantity.parse("63.00 KG");
        assertEquals(UnitOfMeasure.KILOGRAMS, q.unit());
        assertEquals(q, Quantity.of("63", UnitOfMeasure.KILOGRAMS));
        assertEquals("63.00 KG", q.toString());
        assertTrue(Quantity.parse("5 doz.").unit() == UnitOfMeasure.DOZEN);
        assertThrows(InvalidValueException.class, () -> Quantity.parse("63KG"));
    }
}
