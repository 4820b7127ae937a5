package org.acesdk.model.internal;

/** Decimal text helpers shared by the value types and the JSON mapping. Not API. */
public final class Decimals {
    private Decimals() {
    }

    /** Most digits before the decimal point of any amount, quantity or decimal the SDK reads or builds. */
    public static final int MAX_INTEGER_DIGITS = 18;
    /** Most digits after the decimal point. */
    public static final int MAX_SCALE = 12;

    /**
     * Whether a decimal is within the SDK's bounds: at most {@value #MAX_INTEGER_DIGITS} digits before the point and
     * {@value #MAX_SCALE} after it. Checked without expanding the number, so {@code 1e999999999} is refused at once.
     */
    public static boolean inBounds(java.math.BigDecimal d) {
        if (d.signum() == 0) {
            return d.scale() <= MAX_SCALE && d.scale() >= -MAX_INTEGER_DIGITS;
        }
        long integerDigits = (long) d.precision() - d.scale();
        return d.scale() <= MAX_SCALE && integerDigits <= MAX_INTEGER_DIGITS;
    }

    /** Optional sign, digits with at most one point, at least one digit: {@code 12}, {@code -1.5}, {@code .5}, {@code 5.}. */
    public static boolean isPlain(String s) {
        return isPlain(s.toCharArray(), 0, s.length());
    }

    /** {@link #isPlain(String)} over {@code len} characters of {@code c} from {@code off}. */
    public static boolean isPlain(char[] c, int off, int len) {
        if (len == 0) {
            return false;
        }
        int i = off;
        int end = off + len;
        if (c[i] == '+' || c[i] == '-') {
            i++;
        }
        boolean digit = false;
        boolean point = false;
        for (; i < end; i++) {
            char x = c[i];
            if (x >= '0' && x <= '9') {
                digit = true;
            } else if (x == '.' && !point) {
                point = true;
            } else {
                return false;
            }
        }
        return digit;
    }
}
