package org.acesdk.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** CBP bond type codes (CATAIR 31-record, position 3). */
public final class BondType {
    /** no bond (waived) (0). */
    public static final BondType NO_BOND = new BondType("NO_BOND", "0", "no bond (waived)");
    /** continuous bond (8). */
    public static final BondType CONTINUOUS = new BondType("CONTINUOUS", "8", "continuous bond");
    /** single transaction bond (9). */
    public static final BondType SINGLE_TRANSACTION = new BondType("SINGLE_TRANSACTION", "9", "single transaction bond");
    /** A code this version of the SDK does not know; a blank code reads as this; an unknown one keeps its text */
    public static final BondType UNKNOWN = new BondType("UNKNOWN", "UNKNOWN", "unknown code");

    private static final BondType[] VALUES = {
            NO_BOND, CONTINUOUS, SINGLE_TRANSACTION, UNKNOWN};

    private static final Map<String, BondType> BY_CODE = new HashMap<>();

    static {
        for (BondType v : values()) {
            BY_CODE.put(v.code, v);
        }
    }

    private final String name;
    private final String code;
    private final String description;

    private BondType(String name, String code, String description) {
        this.name = name;
        this.code = code;
        this.description = description;
    }

    /**
     * Maps a CBP code (or constant name) to its value; a blank code gives {@link #UNKNOWN}; an unknown code gives
     * an unknown value that keeps its text ({@link #isKnown()} is false); never an exception.
     *
     * @param code the code, e.g. {@code 0}
     * @return the value, or {@code UNKNOWN}
     */
    @JsonCreator
    public static BondType fromCode(String code) {
        if (code == null) {
            return UNKNOWN;
        }
        String t = code.trim().toUpperCase(Locale.ROOT);
        BondType v = BY_CODE.get(t);
        if (v != null) {
            return v;
        }
        for (BondType e : values()) {
            if (e.name().equals(t)) {
                return e;
            }
        }
        return unknown(code);
    }

    /** The CBP code as it appears on the wire. */
    @JsonValue
    public String code() {
        return code;
    }

    /** A short English description. */
    public String description() {
        return description;
    }

    /** Whether this is a known code (not {@link #UNKNOWN}). */
    public boolean isKnown() {
        return !name.equals("UNKNOWN");
    }

    /** Every known value and {@code UNKNOWN}, in declaration order (a copy). */
    public static BondType[] values() {
        return VALUES.clone();
    }

    /**
     * A code this version of the SDK does not know, kept as it was read so that it is written back unchanged: 1-8
     * letters, digits or {@code * + . -}; anything else (or blank) gives {@link #UNKNOWN}.
     */
    private static BondType unknown(String code) {
        String t = org.acesdk.model.internal.OpenCodes.kept(code);
        return t == null ? UNKNOWN : new BondType("UNKNOWN", t, "unknown code");
    }

    /** The constant's name, e.g. {@code NO_BOND}; {@code UNKNOWN} for a code the SDK does not know. */
    public String name() {
        return name;
    }

    /** Equal when both are the same known value, or unknown codes of the same text. */
    @Override
    public boolean equals(Object o) {
        return o instanceof BondType && ((BondType) o).name.equals(name)
                && ((BondType) o).code.equals(code);
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
}
