package org.acesdk.model.internal;

/** Decimal text helpers shared by the value types and the JSON mapping. Not API. */
public final class Decimals {
    private Decimals() {
    }

    /** Most digits before the decimal point of a plain decimal (weights, rates, factors) the SDK reads or builds. */
    public static final int MAX_INTEGER_DIGITS = 18;
    /** Most digits after the decimal point of a plain decimal. */
    public static final int MAX_SCALE = 12;
    /** Most digits before the point of a money amount or a quantity read from text (up to a quadrillion less one). */
    public static final int MAX_AMOUNT_INTEGER_DIGITS = 15;
    /** Most digits after the point of a money amount or a quantity read from text. */
    public static final int MAX_AMOUNT_SCALE = 6;

    /** Most digits before the point of an amount a program builds (sums, products): far past any real total. */
    public static final int MAX_COMPUTED_INTEGER_DIGITS = 30;

    /**
     * Whether an amount built in code is within {@value #MAX_COMPUTED_INTEGER_DIGITS} digits before the point and
     * {@value #MAX_SCALE} after: room for any sum or product of bounded inputs, none for {@code 1e999999999}.
     */
    public static boolean computedInBounds(java.math.BigDecimal d) {
        return inBounds(d, MAX_COMPUTED_INTEGER_DIGITS, MAX_SCALE);
    }

    /** Whether a money amount or quantity is within {@value #MAX_AMOUNT_INTEGER_DIGITS}.{@value #MAX_AMOUNT_SCALE}. */
    public static boolean amountInBounds(java.math.BigDecimal d) {
        return inBounds(d, MAX_AMOUNT_INTEGER_DIGITS, MAX_AMOUNT_SCALE);
    }

    /**
     * Whether a decimal is within the SDK's bounds: at most {@value #MAX_INTEGER_DIGITS} digits before the point and
     * {@value #MAX_SCALE} after it. Checked without expanding the number, so {@code 1e999999999} is refused at once.
     */
    public static boolean inBounds(java.math.BigDecimal d) {
        return inBounds(d, MAX_INTEGER_DIGITS, MAX_SCALE);
    }

    private static boolean inBounds(java.math.BigDecimal d, int maxIntegerDigits, int maxScale) {
        if (d.signum() == 0) {
            return d.scale() <= maxScale && d.scale() >= -maxIntegerDigits;
        }
        long integerDigits = (long) d.precision() - d.scale();
        return d.scale() <= maxScale && integerDigits <= maxIntegerDigits;
    }

    /**
     * Plain decimal text: an optional minus, at least one digit, and optionally a point followed by at least one
     * digit: {@code 12}, {@code -1.5}; not {@code .5}, {@code 5.} or {@code +5}.
     */
    public static boolean isPlain(String s) {
        return isPlain(s.toCharArray(), 0, s.length());
    }

    /** {@link #isPlain(String)} over {@code len} characters of {@code c} from {@code off}. */
    public static boolean isPlain(char[] c, int off, int len) {
        int i = off;
        int end = off + len;
        if (i < end && c[i] == '-') {
            i++;
        }
        int intDigits = 0;
        while (i < end && c[i] >= '0' && c[i] <= '9') {
            i++;
            intDigits++;
        }
        if (intDigits == 0) {
            return false;
        }
        if (i == end) {
            return true;
        }
        if (c[i] != '.') {
            return false;
        }
        i++;
        int fraction = 0;
        while (i < end && c[i] >= '0' && c[i] <= '9') {
            i++;
            fraction++;
        }
        return fraction > 0 && i == end;
    }
}
