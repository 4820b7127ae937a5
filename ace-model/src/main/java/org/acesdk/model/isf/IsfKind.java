package org.acesdk.model.isf;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The two kinds of Importer Security Filing. */
public final class IsfKind {
    /** Importer security filing for goods entered or delivered in the United States (ISF-10). */
    public static final IsfKind ISF_10 = new IsfKind("ISF_10", "ISF-10", "importer security filing for goods entered or delivered in the United States");
    /** Importer security filing for FROB, immediate exportation and T&amp;E shipments (ISF-5). */
    public static final IsfKind ISF_5 = new IsfKind("ISF_5", "ISF-5", "importer security filing for FROB, immediate exportation and T&E shipments");
    /** A code this version of the SDK does not know; a blank code reads as this; an unknown one keeps its text */
    public static final IsfKind UNKNOWN = new IsfKind("UNKNOWN", "UNKNOWN", "unknown code");

    private static final IsfKind[] VALUES = {
            ISF_10, ISF_5, UNKNOWN};

    private final String name;
    private final String code;
    private final String description;

    private IsfKind(String name, String code, String description) {
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
    public static IsfKind[] values() {
        return VALUES.clone();
    }

    /**
     * A code this version of the SDK does not know, kept as it was read so that it is written back unchanged: 1-8
     * letters, digits or {@code * + . -}; anything else (or blank) gives {@link #UNKNOWN}.
     */
    private static IsfKind unknown(String code) {
        String t = org.acesdk.model.internal.OpenCodes.kept(code);
        return t == null ? UNKNOWN : new IsfKind("UNKNOWN", t, "unknown code");
    }

    /** The constant's name, e.g. {@code ISF_10}; {@code UNKNOWN} for a code the SDK does not know. */
    public String name() {
        return name;
    }

    /** Equal when both are the same known value, or unknown codes of the same text. */
    @Override
    public boolean equals(Object o) {
        return o instanceof IsfKind && ((IsfKind) o).name.equals(name)
                && ((IsfKind) o).code.equals(code);
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
