package org.acesdk.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A foreign port code from Census Schedule K, five digits (e.g. {@code 57035} Shanghai). */
public final class ForeignPortCode implements Comparable<ForeignPortCode> {
    private static final String KIND = "ForeignPortCode";
    private final String code;

    private ForeignPortCode(String code) {
        this.code = code;
    }

    /**
     * Parses the code.
     *
     * @param text the code
     * @return the parsed code
     * @throws InvalidValueException if the text is not 5 digits
     */
    @JsonCreator
    public static ForeignPortCode parse(String text) {
        if (text == null) {
            throw InvalidValueException.nullInput(KIND);
        }
        String t = text.trim();
        if (!Shapes.digits(t, 5)) {
            throw new InvalidValueException(KIND, InvalidValueException.quote(text) + " must be 5 digits");
        }
        return new ForeignPortCode(t);
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
    public int compareTo(ForeignPortCode o) {
        return code.compareTo(o.code);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ForeignPortCode && ((ForeignPortCode) o).code.equals(code);
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
