package org.acesdk.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A three-character CBP filer code (patterns NNN, ANN, AAN, AAA, ANA, NAN, NNA, NAA), as the first part of an
 * entry number.
 */
public final class FilerCode implements Comparable<FilerCode> {
    private static final String KIND = "FilerCode";
    private final String code;

    private FilerCode(String code) {
        this.code = code;
    }

    /**
     * Parses a filer code; letters are upper-cased.
     *
     * @param text three letters or digits
     * @return the filer code
     * @throws InvalidValueException if the text is not three letters or digits
     */
    @JsonCreator
    public static FilerCode parse(String text) {
        if (text == null) {
            throw InvalidValueException.nullInput(KIND);
        }
        String t = text.trim().toUpperCase(java.util.Locale.ROOT);
        if (t.length() != 3) {
            throw new InvalidValueException(KIND, InvalidValueException.quote(text) + " must be 3 characters");
        }
        for (int i = 0; i < 3; i++) {
            char c = t.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                throw new InvalidValueException(KIND, InvalidValueException.quote(text)
                        + " may contain only letters A-Z and digits (position " + (i + 1) + ")");
            }
        }
        return new FilerCode(t);
    }

    /** The numeric value of each character for the entry-number check digit (CATAIR appendix E). */
    int digitAt(int index) {
        char c = code.charAt(index);
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c <= 'I') {
            return c - 'A' + 1;          // A-I -> 1-9
        }
        if (c <= 'R') {
            return c - 'J' + 1;          // J-R -> 1-9
        }
        return c - 'S' + 2;              // S-Z -> 2-9
    }

    /** The three-character code. */
    @JsonValue
    public String code() {
        return code;
    }

    @Override
    public int compareTo(FilerCode o) {
        return code.compareTo(o.code);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FilerCode && ((FilerCode) o).code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}
