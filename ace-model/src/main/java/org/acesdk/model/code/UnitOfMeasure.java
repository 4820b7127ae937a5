package org.acesdk.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Units of quantity used by the HTS and CATAIR (the CBP code, with the USITC schedule's labels also accepted by {@link #fromCode(String)}). */
public final class UnitOfMeasure {
    /** number (NO). */
    public static final UnitOfMeasure NUMBER = new UnitOfMeasure("NUMBER", "NO", "number");
    /** pieces (PCS). */
    public static final UnitOfMeasure PIECES = new UnitOfMeasure("PIECES", "PCS", "pieces");
    /** dozen (DOZ). */
    public static final UnitOfMeasure DOZEN = new UnitOfMeasure("DOZEN", "DOZ", "dozen");
    /** dozen pairs (DPR). */
    public static final UnitOfMeasure DOZEN_PAIRS = new UnitOfMeasure("DOZEN_PAIRS", "DPR", "dozen pairs");
    /** pairs (PRS). */
    public static final UnitOfMeasure PAIRS = new UnitOfMeasure("PAIRS", "PRS", "pairs");
    /** gross (GRS). */
    public static final UnitOfMeasure GROSS = new UnitOfMeasure("GROSS", "GRS", "gross");
    /** kilograms (KG). */
    public static final UnitOfMeasure KILOGRAMS = new UnitOfMeasure("KILOGRAMS", "KG", "kilograms");
    /** grams (G). */
    public static final UnitOfMeasure GRAMS = new UnitOfMeasure("GRAMS", "G", "grams");
    /** metric tons (T). */
    public static final UnitOfMeasure METRIC_TONS = new UnitOfMeasure("METRIC_TONS", "T", "metric tons");
    /** content kilograms (CKG). */
    public static final UnitOfMeasure CONTENT_KILOGRAMS = new UnitOfMeasure("CONTENT_KILOGRAMS", "CKG", "content kilograms");
    /** clean yield kilograms (CYK). */
    public static final UnitOfMeasure CLEAN_YIELD_KILOGRAMS = new UnitOfMeasure("CLEAN_YIELD_KILOGRAMS", "CYK", "clean yield kilograms");
    /** gross containers (GCN). */
    public static final UnitOfMeasure GROSS_CONTAINERS = new UnitOfMeasure("GROSS_CONTAINERS", "GCN", "gross containers");
    /** liters (L). */
    public static final UnitOfMeasure LITERS = new UnitOfMeasure("LITERS", "L", "liters");
    /** proof liters (PFL). */
    public static final UnitOfMeasure PROOF_LITERS = new UnitOfMeasure("PROOF_LITERS", "PFL", "proof liters");
    /** cubic meters (M3). */
    public static final UnitOfMeasure CUBIC_METERS = new UnitOfMeasure("CUBIC_METERS", "M3", "cubic meters");
    /** square meters (M2). */
    public static final UnitOfMeasure SQUARE_METERS = new UnitOfMeasure("SQUARE_METERS", "M2", "square meters");
    /** meters (M). */
    public static final UnitOfMeasure METERS = new UnitOfMeasure("METERS", "M", "meters");
    /** linear meters (LNM). */
    public static final UnitOfMeasure LINEAR_METERS = new UnitOfMeasure("LINEAR_METERS", "LNM", "linear meters");
    /** megawatt hours (MWH). */
    public static final UnitOfMeasure MEGAWATT_HOURS = new UnitOfMeasure("MEGAWATT_HOURS", "MWH", "megawatt hours");
    /** thousand units (THS). */
    public static final UnitOfMeasure THOUSAND_UNITS = new UnitOfMeasure("THOUSAND_UNITS", "THS", "thousand units");
    /** kilometers (KM). */
    public static final UnitOfMeasure KILOMETERS = new UnitOfMeasure("KILOMETERS", "KM", "kilometers");
    /** carats (CTN). */
    public static final UnitOfMeasure CARATS = new UnitOfMeasure("CARATS", "CTN", "carats");
    /** head (HD). */
    public static final UnitOfMeasure HEAD = new UnitOfMeasure("HEAD", "HD", "head");
    /** barrels (BBL). */
    public static final UnitOfMeasure BARRELS = new UnitOfMeasure("BARRELS", "BBL", "barrels");
    /** square (SQ). */
    public static final UnitOfMeasure SQUARE = new UnitOfMeasure("SQUARE", "SQ", "square");
    /** dozen pieces (DPC). */
    public static final UnitOfMeasure DOZEN_PIECES = new UnitOfMeasure("DOZEN_PIECES", "DPC", "dozen pieces");
    /** fiber meters (FBM). */
    public static final UnitOfMeasure FIBER_METERS = new UnitOfMeasure("FIBER_METERS", "FBM", "fiber meters");
    /** component kilograms (KGS). */
    public static final UnitOfMeasure COMPONENT_KILOGRAMS = new UnitOfMeasure("COMPONENT_KILOGRAMS", "KGS", "component kilograms");
    /** gigabecquerels (GBQ). */
    public static final UnitOfMeasure GIGABECQUERELS = new UnitOfMeasure("GIGABECQUERELS", "GBQ", "gigabecquerels");
    /** jewels (JWL). */
    public static final UnitOfMeasure JEWELS = new UnitOfMeasure("JEWELS", "JWL", "jewels");
    /** no quantity reported (X). */
    public static final UnitOfMeasure NO_UNIT = new UnitOfMeasure("NO_UNIT", "X", "no quantity reported");
    /** A code this version of the SDK does not know; a blank code reads as this; an unknown one keeps its text */
    public static final UnitOfMeasure UNKNOWN = new UnitOfMeasure("UNKNOWN", "UNKNOWN", "unknown code");

    private static final UnitOfMeasure[] VALUES = {
            NUMBER, PIECES, DOZEN, DOZEN_PAIRS, PAIRS, GROSS, KILOGRAMS, GRAMS, METRIC_TONS, CONTENT_KILOGRAMS,
            CLEAN_YIELD_KILOGRAMS, GROSS_CONTAINERS, LITERS, PROOF_LITERS, CUBIC_METERS, SQUARE_METERS, METERS,
            LINEAR_METERS, MEGAWATT_HOURS, THOUSAND_UNITS, KILOMETERS, CARATS, HEAD, BARRELS, SQUARE, DOZEN_PIECES,
            FIBER_METERS, COMPONENT_KILOGRAMS, GIGABECQUERELS, JEWELS, NO_UNIT, UNKNOWN};

    private static final Map<String, UnitOfMeasure> BY_CODE = new HashMap<>();

    static {
        for (UnitOfMeasure v : values()) {
            BY_CODE.put(v.code, v);
        }
    }
    private static final Map<String, UnitOfMeasure> ALIASES = new HashMap<>();

    static {
        ALIASES.put("NO.", NUMBER);
        ALIASES.put("PCS", PIECES);
        ALIASES.put("DOZ.", DOZEN);
        ALIASES.put("DPR.", DOZEN_PAIRS);
        ALIASES.put("PRS.", PAIRS);
        ALIASES.put("GROSS", GROSS);
        ALIASES.put("KG", KILOGRAMS);
        ALIASES.put("G", GRAMS);
        ALIASES.put("T", METRIC_TONS);
        ALIASES.put("KG CMSC", CONTENT_KILOGRAMS);
        ALIASES.put("CLEAN YIELD KG", CLEAN_YIELD_KILOGRAMS);
        ALIASES.put("GROSS CONTAINERS", GROSS_CONTAINERS);
        ALIASES.put("LITERS", LITERS);
        ALIASES.put("PF.LITERS", PROOF_LITERS);
        ALIASES.put("M3", CUBIC_METERS);
        ALIASES.put("M2", SQUARE_METERS);
        ALIASES.put("M", METERS);
        ALIASES.put("LINEAR M", LINEAR_METERS);
        ALIASES.put("MWH", MEGAWATT_HOURS);
        ALIASES.put("THOUSAND UNITS", THOUSAND_UNITS);
        ALIASES.put("KM", KILOMETERS);
        ALIASES.put("CARATS", CARATS);
        ALIASES.put("HEAD", HEAD);
        ALIASES.put("BBL", BARRELS);
        ALIASES.put("SQUARES", SQUARE);
        ALIASES.put("DPC", DOZEN_PIECES);
        ALIASES.put("FBM", FIBER_METERS);
        ALIASES.put("KGS", COMPONENT_KILOGRAMS);
        ALIASES.put("GBQ", GIGABECQUERELS);
        ALIASES.put("X", NO_UNIT);
        ALIASES.put("NO", NUMBER);
        ALIASES.put("JWLS.", JEWELS);
        ALIASES.put("JWLS", JEWELS);
        ALIASES.put("JEWEL", JEWELS);
        ALIASES.put("CARAT", CARATS);
        ALIASES.put("DZ PCS", DOZEN_PIECES);
        ALIASES.put("CY KG", CLEAN_YIELD_KILOGRAMS);
        ALIASES.put("KG CMSC", CONTENT_KILOGRAMS);
        ALIASES.put("THOUSANDS", THOUSAND_UNITS);
        ALIASES.put("LIN. M", LINEAR_METERS);
        ALIASES.put("DOZ. PRS.", DOZEN_PAIRS);
        ALIASES.put("FIBER M", FIBER_METERS);
        ALIASES.put("SQUARE", SQUARE);
        ALIASES.put("LITERS", LITERS);
        ALIASES.put("PCS.", PIECES);
        ALIASES.put("DOZ", DOZEN);
        ALIASES.put("PRS", PAIRS);
        ALIASES.put("DPR", DOZEN_PAIRS);
        ALIASES.put("LITER", LITERS);
        ALIASES.put("KGS.", COMPONENT_KILOGRAMS);
        ALIASES.put("M²", SQUARE_METERS);
        ALIASES.put("M³", CUBIC_METERS);
        ALIASES.put("GROSS", GROSS);
        ALIASES.put("PF. LITERS", PROOF_LITERS);
    }

    private final String name;
    private final String code;
    private final String description;

    private UnitOfMeasure(String name, String code, String description) {
        this.name = name;
        this.code = code;
        this.description = description;
    }

    /**
     * Maps a CBP code (or constant name) to its value; a blank code gives {@link #UNKNOWN}; an unknown code gives
     * an unknown value that keeps its text ({@link #isKnown()} is false); never an exception.
     *
     * @param code the code, e.g. {@code NO}
     * @return the value, or {@code UNKNOWN}
     */
    @JsonCreator
    public static UnitOfMeasure fromCode(String code) {
        if (code == null) {
            return UNKNOWN;
        }
        String t = code.trim().toUpperCase(Locale.ROOT);
        UnitOfMeasure v = BY_CODE.get(t);
        if (v != null) {
            return v;
        }
        UnitOfMeasure alias = ALIASES.get(t);
        if (alias != null) {
            return alias;
        }
        for (UnitOfMeasure e : values()) {
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
    public static UnitOfMeasure[] values() {
        return VALUES.clone();
    }

    /**
     * A code this version of the SDK does not know, kept as it was read so that it is written back unchanged: 1-8
     * letters, digits or {@code * + . -}; anything else (or blank) gives {@link #UNKNOWN}.
     */
    private static UnitOfMeasure unknown(String code) {
        String t = org.acesdk.model.internal.OpenCodes.kept(code);
        return t == null ? UNKNOWN : new UnitOfMeasure("UNKNOWN", t, "unknown code");
    }

    /** The constant's name, e.g. {@code NUMBER}; {@code UNKNOWN} for a code the SDK does not know. */
    public String name() {
        return name;
    }

    /** Equal when both are the same known value, or unknown codes of the same text. */
    @Override
    public boolean equals(Object o) {
        return o instanceof UnitOfMeasure && ((UnitOfMeasure) o).name.equals(name)
                && ((UnitOfMeasure) o).code.equals(code);
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
