package org.acesdk.model.internal;

/** Decimal text helpers shared by the value types and the JSON mapping. Not API. */
public final class Decimals {
    private Decimals() {
    }

    /** Optional sign, digits with at most one point, at least one digit: {@code 12}, {@code -1.5}, {@code .5}, {@code 5.}. */
    public static boolean isPlain(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int i = 0;
        int n = s.length();
        char first = s.charAt(0);
        if (first == '+' || first == '-') {
            i++;
        }
        boolean digit = false;
        boolean point = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                return false;
            }
        }
        return digit;
    }
}
