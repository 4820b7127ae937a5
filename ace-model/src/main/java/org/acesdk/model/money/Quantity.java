package org.acesdk.model.money;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.Objects;
import org.acesdk.model.code.InvalidValueException;
import org.acesdk.model.code.UnitOfMeasure;

/**
 * A quantity in an HTS unit of measure, e.g. {@code 63.00 KG}; the text and JSON form is the decimal, a space and
 * the CBP unit code. A unit code the SDK does not know reads as {@link UnitOfMeasure#UNKNOWN} and keeps its text
 * ({@link #unitCode()}), so it is written back as it came. Equality compares amounts numerically.
 */
public final class Quantity {
    private static final String KIND = "Quantity";

    /** Longest unit code kept as read (CBP's codes have at most five characters). */
    public static final int MAX_UNIT_CODE = 8;

    private final BigDecimal amount;
    private final UnitOfMeasure unit;
    private final String unitCode;

    private Quantity(BigDecimal amount, UnitOfMeasure unit, String unitCode) {
        this.amount = amount;
        this.unit = unit;
        this.unitCode = unitCode;
    }

    /**
     * Creates a quantity.
     *
     * @param amount the amount
     * @param unit the unit
     * @return the quantity
     */
    public static Quantity of(BigDecimal amount, UnitOfMeasure unit) {
        if (amount == null) {
            throw new InvalidValueException(KIND, "amount is null");
        }
        if (!org.acesdk.model.internal.Decimals.computedInBounds(amount)) {
            throw new InvalidValueException(KIND, "amount out of range (at most "
                    + org.acesdk.model.internal.Decimals.MAX_COMPUTED_INTEGER_DIGITS + " digits before the point and "
                    + org.acesdk.model.internal.Decimals.MAX_SCALE + " after)");
        }
        if (unit == null) {
            throw new InvalidValueException(KIND, "unit is null");
        }
        return new Quantity(amount, unit, unit.code());
    }

    /** Creates a quantity from decimal text. */
    public static Quantity of(String amount, UnitOfMeasure unit) {
        return of(Money.decimal(amount), unit);
    }

    /**
     * Parses {@code "63.00 KG"}.
     *
     * @param text decimal, space, unit code
     * @return the quantity
     * @throws InvalidValueException if the text is not a decimal and a unit code
     */
    @JsonCreator
    public static Quantity parse(String text) {
        if (text == null) {
            throw new InvalidValueException(KIND, "value is null");
        }
        String t = text.trim();
        int sp = t.indexOf(' ');
        if (sp < 0) {
            throw new InvalidValueException(KIND, "'" + (t.length() > 40 ? t.substring(0, 40) : t)
                    + "' must be a decimal, a space and a unit code, e.g. '63.00 KG'");
        }
        BigDecimal amount;
        try {
            amount = Money.decimal(t.substring(0, sp));
        } catch (InvalidValueException e) {
            throw new InvalidValueException(KIND, e.reason());
        }
        String code = t.substring(sp + 1).trim();
        if (code.isEmpty() || code.length() > MAX_UNIT_CODE || !code.chars().allMatch(c -> c >= 'A' && c <= 'Z'
                || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.')) {
            throw new InvalidValueException(KIND, "the unit code must be 1-" + MAX_UNIT_CODE
                    + " letters, digits or dots");
        }
        UnitOfMeasure unit = UnitOfMeasure.fromCode(code);
        // a known unit is written by its CBP code; an unknown one keeps the text it came with
        return new Quantity(amount, unit, unit.isKnown() ? unit.code() : code);
    }

    /** The amount. */
    public BigDecimal amount() {
        return amount;
    }

    /** The unit ({@code UNKNOWN} for a code the SDK does not know). */
    public UnitOfMeasure unit() {
        return unit;
    }

    /** The unit's code: the CBP code of a known unit, or the text an unknown one was read with. */
    public String unitCode() {
        return unitCode;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Quantity)) {
            return false;
        }
        Quantity q = (Quantity) o;
        return q.unit.equals(unit) && q.unitCode.equals(unitCode) && q.amount.compareTo(amount) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(unit, unitCode, amount.signum() == 0 ? BigDecimal.ZERO : amount.stripTrailingZeros());
    }

    /** {@code 63.00 KG}. */
    @JsonValue
    @Override
    public String toString() {
        return amount.toPlainString() + ' ' + unitCode;
    }
}
