package org.acesdk.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A Standard Carrier Alpha Code: two to four letters identifying a carrier (e.g. {@code MAEU}). */
public final class ScacCode implements Comparable<ScacCode> {
    private static final java.util.regex.Pattern SHAPE = java.util.regex.Pattern.compile("[A-Z]{2,4}");
    private static final String KIND = "ScacCode";
    private final String code;

    private ScacCode(String code) {
        this.code = code;
    }

    /**
     * Parses the code.
     *
     * @param text the code
     * @return the parsed code
     * @throws InvalidValueException if the text is not 2 to 4 letters A-Z
     */
    @JsonCreator
    public static ScacCode parse(String text) {
        if (text == null) {
            throw InvalidValueException.nullInput(KIND);
        }
        String t = text.trim().toUpperCase(java.util.Locale.ROOT);
        if (!(SHAPE.matcher(t).matches())) {
            throw new InvalidValueException(KIND, InvalidValueException.quote(text) + " must be 2 to 4 letters A-Z");
        }
        return new ScacCode(t);
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

    /** The code. */
    @JsonValue
    public String code() {
        return code;
    }

    @Override
    public int compareTo(ScacCode o) {
        return code.compareTo(o.code);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScacCode && ((ScacCode) o).code.equals(code);
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
