package org.acesdk.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a transmission asks CBP to do with a filing (CATAIR action codes). */
public enum FilingAction {
    /** Add a new filing (A). */
    ADD("A", "add a new filing"),
    /** Replace the filing entirely (R). */
    REPLACE("R", "replace the filing entirely"),
    /** Delete the filing (D). */
    DELETE("D", "delete the filing"),
    /** A code this version of the SDK does not know; tolerant readers map unknown codes here. */
    UNKNOWN("UNKNOWN", "unknown code");

    private final String code;
    private final String description;

    FilingAction(String code, String description) {
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
        return UNKNOWN;
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
}
