package org.acesdk.model.response;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How serious a condition CBP reported is. */
public enum ConditionSeverity {
    /** Fatal: the transmission or filing is rejected (F). */
    FATAL("F", "fatal: the transmission or filing is rejected"),
    /** Warning (W). */
    WARNING("W", "warning"),
    /** Informational (I). */
    INFORMATIONAL("I", "informational"),
    /** A code this version of the SDK does not know; tolerant readers map unknown codes here. */
    UNKNOWN("UNKNOWN", "unknown code");

    private final String code;
    private final String description;

    ConditionSeverity(String code, String description) {
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
    public static ConditionSeverity fromCode(String code) {
        if (code == null) {
            return UNKNOWN;
        }
        String t = code.trim().toUpperCase(Locale.ROOT);
        for (ConditionSeverity v : values()) {
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
