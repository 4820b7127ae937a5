package org.acesdk.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A U.S. port code: Census Schedule D district and port, four digits (e.g. {@code 2704} Los Angeles). */
public final class PortCode implements Comparable<PortCode> {
    private static final String KIND = "PortCode";
    private final String code;

    private PortCode(String code) {
        this.code = code;
    }

    /**
     * Parses the code.
     *
     * @param text the code
     * @return the parsed code
     * @throws InvalidValueException if the text is not 4 digits
     */
    @JsonCreator
    public static PortCode parse(String text) {
        if (text == null) {
            throw InvalidValueException.nullInput(KIND);
        }
        String t = text.trim();
        if (!Shapes.digits(t, 4)) {
            throw new InvalidValueException(KIND, InvalidValueException.quote(text) + " must be 4 digits");
        }
        return new PortCode(t);
    }

    /** Whether the text parses as this code. */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }

    /** The two-digit customs district. */
    public String district() {
        return code.substring(0, 2);
    }

    /** The code. */
    @JsonValue
    public String code() {
        return code;
    }

    @Override
    public int compareTo(PortCode o) {
        return code.compareTo(o.code);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PortCode && ((PortCode) o).code.equals(code);
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
