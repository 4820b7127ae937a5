package org.acesdk.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a transmission asks CBP to do with a filing (CATAIR action codes). */
public final class FilingAction {
    /** Add a new filing (A). */
    public static final FilingAction ADD = new FilingAction("ADD", "A", "add a new filing");
    /** Replace the filing entirely (R). */
    public static final FilingAction REPLACE = new FilingAction("REPLACE", "R", "replace the filing entirely");
    /** Delete the filing (D). */
    public static final FilingAction DELETE = new FilingAction("DELETE", "D", "delete the filing");
    /** A code this version of the SDK does not know; a blank code reads as this; an unknown one keeps its text */
    public static final FilingAction UNKNOWN = new FilingAction("UNKNOWN", "UNKNOWN", "unknown code");

    private static final FilingAction[] VALUES = {
            ADD, REPLACE, DELETE, UNKNOWN};

    private final String name;
    private final String code;
    private final String description;

    private FilingAction(String name, String code, String description) {
        this.name = name;
        this.code = code;
        this.description = description;
    }

    /**
     * Maps a code (or constant name) to its value; unknown or blank codes give {@link #UNKNOWN}.
     *
     * @param code the code
     * @return the value, or {@code UNKNOWN}
     */
    @JsonCreator
    public static FilingAction fromCode(String code) {
        if (code == null) {
            return UNKNOWN;
        }
        String t = code.trim().toUpperCase(Locale.ROOT);
        for (FilingAction v : values()) {
            if (v.code.equals(t) || v.name().equals(t)) {
                return v;
            }
        }
        return unknown(code);
    }

    /** The code. */
    @JsonValue
    public String code() {
        return code;
    }

    /** A short English description. */
    public String description() {
        return description;
    }

    /** Every known value and {@code UNKNOWN}, in declaration order (a copy). */
    public static FilingAction[] values() {
        return VALUES.clone();
    }

    /**
     * A code this version of the SDK does not know, kept as it was read so that it is written back unchanged: 1-8
     * letters, digits or {@code * + . -}; anything else (or blank) gives {@link #UNKNOWN}.
     */
    private static FilingAction unknown(String code) {
        String t = org.acesdk.model.internal.OpenCodes.kept(code);
        return t == null ? UNKNOWN : new FilingAction("UNKNOWN", t, "unknown code");
    }

    /** The constant's name, e.g. {@code ADD}; {@code UNKNOWN} for a code the SDK does not know. */
    public String name() {
        return name;
    }

    /** Equal when both are the same known value, or unknown codes of the same text. */
    @Override
    public boolean equals(Object o) {
        return o instanceof FilingAction && ((FilingAction) o).name.equals(name)
                && ((FilingAction) o).code.equals(code);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + code.hashCode();
    }

    /** The constant's name, or {@code UNKNOWN(code)} for a code the SDK does not know. */
    @Override
    public String toString() {
        return isKnown() || this == UNKNOWN ? name : "UNKNOWN(" + code + ")";
    }

    /** Whether this is a known code (not {@link #UNKNOWN} nor a code the SDK does not know). */
    public boolean isKnown() {
        return !name.equals("UNKNOWN");
    }
}
