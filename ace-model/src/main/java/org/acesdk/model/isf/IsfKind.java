package org.acesdk.model.isf;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The two kinds of Importer Security Filing. */
public enum IsfKind {
    /** Importer security filing for goods entered or delivered in the United States (ISF-10). */
    ISF_10("ISF-10", "importer security filing for goods entered or delivered in the United States"),
    /** Importer security filing for FROB, immediate exportation and T&amp;E shipments (ISF-5). */
    ISF_5("ISF-5", "importer security filing for FROB, immediate exportation and T&E shipments"),
    /** A code this version of the SDK does not know; tolerant readers map unknown codes here. */
    UNKNOWN("UNKNOWN", "unknown code");

    private final String code;
    private final String description;

    IsfKind(String code, String description) {
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
    public static IsfKind fromCode(String code) {
        if (code == null) {
            return UNKNOWN;
        }
        String t = code.trim().toUpperCase(Locale.ROOT);
        for (IsfKind v : values()) {
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
