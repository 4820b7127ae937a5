package org.acesdk.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** CBP bond type codes (CATAIR 31-record, position 3). */
public enum BondType {
    /** no bond (waived) (0). */
    NO_BOND("0", "no bond (waived)"),
    /** continuous bond (8). */
    CONTINUOUS("8", "continuous bond"),
    /** single transaction bond (9). */
    SINGLE_TRANSACTION("9", "single transaction bond"),
    /** A code this version of the SDK does not know; tolerant readers map unknown codes here. */
    UNKNOWN("UNKNOWN", "unknown code");

    private static final Map<String, BondType> BY_CODE = new HashMap<>();

    static {
        for (BondType v : values()) {
            BY_CODE.put(v.code, v);
        }
    }

    private final String code;
    private final String description;

    BondType(String code, String description) {
        this.code = code;
        this.description = description;
    }

    /**
     * Maps a CBP code (or constant name) to its value; unknown or blank codes give {@link #UNKNOWN}, never an
     * exception.
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
        return UNKNOWN;
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
        return this != UNKNOWN;
    }
}
