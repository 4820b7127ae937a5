package org.acesdk.model.money;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import org.acesdk.model.code.InvalidValueException;

/**
 * An amount of money: a {@link BigDecimal} and a {@link Currency}. Arithmetic is allowed only between equal
 * currencies and never uses {@code double}; rounding always names its {@link RoundingMode}.
 *
 * <p>Equality compares amounts numerically ({@code 10.5 USD} equals {@code 10.50 USD}). The text form is the
 * plain decimal for U.S. dollars ({@code 14172.00}) and the decimal followed by the ISO code otherwise
 * ({@code 1250.00 EUR}); JSON uses the same text.
 */
public final class Money implements Comparable<Money> {
    private static final String KIND = "Money";

    /** The U.S. dollar. */
    public static final Currency USD = Currency.getInstance("USD");

    /** Zero U.S. dollars. */
    public static final Money ZERO_USD = new Money(BigDecimal.ZERO.setScale(2), USD);

    private final BigDecimal amount;
    private final Currency currency;

    private Money(BigDecimal amount, Currency currency) {
        this.amount = amount;
        this.currency = currency;
    }

    /**
     * Creates an amount in the given currency, keeping the scale given.
     *
     * @param amount the amount
     * @param currency the currency
     * @return the money
     */
    public static Money of(BigDecimal amount, Currency currency) {
        if (amount == null) {
            throw new InvalidValueException(KIND, "amount is null");
        }
        if (!org.acesdk.model.internal.Decimals.computedInBounds(amount)) {
            throw new InvalidValueException(KIND, "amount out of range (at most "
                    + org.acesdk.model.internal.Decimals.MAX_COMPUTED_INTEGER_DIGITS + " digits before the point and "
                    + org.acesdk.model.internal.Decimals.MAX_SCALE + " after)");
        }
        if (currency == null) {
            throw new InvalidValueException(KIND, "currency is null");
        }
        return new Money(amount, currency);
    }

    /**
     * Creates a U.S. dollar amount from decimal text such as {@code "14172.00"}.
     *
     * @param amount decimal text
     * @return the money
     */
    public static Money usd(String amount) {
        return of(decimal(amount), USD);
    }

    /** Creates a U.S. dollar amount. */
    public static Money usd(BigDecimal amount) {
        return of(amount, USD);
    }

    /**
     * Parses {@code "14172.00"} (U.S. dollars) or {@code "1250.00 EUR"}.
     *
     * @param text the amount, optionally followed by an ISO 4217 code
     * @return the money
     * @throws InvalidValueException if the text is not a decimal with an optional known currency code
     */
    @JsonCreator
    public static Money parse(String text) {
        if (text == null) {
            throw new InvalidValueException(KIND, "value is null");
        }
        String t = text.trim();
        int sp = t.indexOf(' ');
        if (sp < 0) {
            return of(decimal(t), USD);
        }
        String code = t.substring(sp + 1).trim().toUpperCase(Locale.ROOT);
        Currency c;
        try {
            c = Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(KIND, "unknown currency code in '" + (code.length() > 8 ? code.substring(0, 8)
                    : code) + "'");
        }
        return of(decimal(t.substring(0, sp)), c);
    }

    static BigDecimal decimal(String t) {
        if (t == null) {
            throw new InvalidValueException(KIND, "amount is null");
        }
        String s = t.trim();
        if (s.isEmpty() || s.length() > 40 || !org.acesdk.model.internal.Decimals.isPlain(s)) {
            throw new InvalidValueException(KIND, "'" + (s.length() > 40 ? s.substring(0, 40) + "..." : s)
                    + "' is not a plain decimal number");
        }
        BigDecimal d = new BigDecimal(s);
        if (!org.acesdk.model.internal.Decimals.amountInBounds(d)) {
            throw new InvalidValueException(KIND, "'" + s + "' is out of range (at most "
                    + org.acesdk.model.internal.Decimals.MAX_AMOUNT_INTEGER_DIGITS + " digits before the point and "
                    + org.acesdk.model.internal.Decimals.MAX_AMOUNT_SCALE + " after)");
        }
        return d;
    }

    /** The amount, at the scale it was given. */
    public BigDecimal amount() {
        return amount;
    }

    /** The currency. */
    public Currency currency() {
        return currency;
    }

    /** Whether the currency is the U.S. dollar. */
    public boolean isUsd() {
        return currency.equals(USD);
    }

    /** The sum; both amounts must share a currency. */
    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    /** The difference; both amounts must share a currency. */
    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    /** The amount multiplied by an exact factor (no rounding). */
    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(Objects.requireNonNull(factor, "factor")), currency);
    }

    /** The amount rounded to the currency's minor unit (cents for USD) with the given mode. */
    public Money rounded(RoundingMode mode) {
        int scale = Math.max(currency.getDefaultFractionDigits(), 0);
        return new Money(amount.setScale(scale, Objects.requireNonNull(mode, "mode")), currency);
    }

    /** The amount rounded to whole units with the given mode, e.g. whole dollars for CATAIR values. */
    public Money roundedToWhole(RoundingMode mode) {
        return new Money(amount.setScale(0, Objects.requireNonNull(mode, "mode")), currency);
    }

    /** Whether the amount is below zero. */
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /** Whether the amount is zero. */
    public boolean isZero() {
        return amount.signum() == 0;
    }

    private void requireSameCurrency(Money other) {
        Objects.requireNonNull(other, "other");
        if (!other.currency.equals(currency)) {
            throw new IllegalArgumentException("currency mismatch: " + currency + " and " + other.currency);
        }
    }

    /** Compares amounts numerically; both must share a currency. */
    @Override
    public int compareTo(Money o) {
        requireSameCurrency(o);
        return amount.compareTo(o.amount);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Money)) {
            return false;
        }
        Money m = (Money) o;
        return m.currency.equals(currency) && m.amount.compareTo(amount) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * currency.hashCode() + (amount.signum() == 0 ? 0 : amount.stripTrailingZeros().hashCode());
    }

    /** {@code 14172.00} for U.S. dollars, {@code 1250.00 EUR} otherwise. */
    @JsonValue
    @Override
    public String toString() {
        return isUsd() ? amount.toPlainString() : amount.toPlainString() + ' ' + currency.getCurrencyCode();
    }
}
