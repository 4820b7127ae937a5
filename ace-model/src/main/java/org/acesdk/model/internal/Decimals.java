package org.acesdk.model.internal;

/** Decimal text helpers shared by the value types and the JSON mapping. Not API. */
public final class Decimals {
    private Decimals() {
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
