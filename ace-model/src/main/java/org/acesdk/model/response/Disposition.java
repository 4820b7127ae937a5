package org.acesdk.model.response;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** CBP's decision on a transmission. */
public final class Disposition {
    /** Accepted (A). */
    public static final Disposition ACCEPTED = new Disposition("ACCEPTED", "A", "accepted");
    /** Rejected (R). */
    public static final Disposition REJECTED = new Disposition("REJECTED", "R", "rejected");
    /** Not final yet (a space on the wire) (P). */
    public static final Disposition PENDING = new Disposition("PENDING", "P", "not final yet (a space on the wire)");
    /** A code this version of the SDK does not know; a blank code reads as this; an unknown one keeps its text */
    public static final Disposition UNKNOWN = new Disposition("UNKNOWN", "UNKNOWN", "unknown code");

    private static final Disposition[] VALUES = {
            ACCEPTED, REJECTED, PENDING, UNKNOWN};

    private final String name;
    private final String code;
    private final String description;

    private Disposition(String name, String code, String description) {
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
    public static Disposition fromCode(String code) {
        if (code == null) {
            return UNKNOWN;
        }
        String t = code.trim().toUpperCase(Locale.ROOT);
        for (Disposition v : values()) {
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
    public static Disposition[] values() {
        return VALUES.clone();
    }

    /**
     * A code this version of the SDK does not know, kept as it was read so that it is written back unchanged: 1-8
     * letters, digits or {@code * + . -}; anything else (or blank) gives {@link #UNKNOWN}.
     */
    private static Disposition unknown(String code) {
        String t = org.acesdk.model.internal.OpenCodes.kept(code);
        return t == null ? UNKNOWN : new Disposition("UNKNOWN", t, "unknown code");
    }

    /** The constant's name, e.g. {@code ACCEPTED}; {@code UNKNOWN} for a code the SDK does not know. */
    public String name() {
        return name;
    }

    /** Equal when both are the same known value, or unknown codes of the same text. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Disposition && ((Disposition) o).name.equals(name)
                && ((Disposition) o).code.equals(code);
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
