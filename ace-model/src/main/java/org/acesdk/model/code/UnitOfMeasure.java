package org.acesdk.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Units of quantity used by the HTS and CATAIR (the CBP code, with the USITC schedule's labels also accepted by {@link #fromCode(String)}). */
public enum UnitOfMeasure {
    /** number (NO). */
    NUMBER("NO", "number"),
    /** pieces (PCS). */
    PIECES("PCS", "pieces"),
    /** dozen (DOZ). */
    DOZEN("DOZ", "dozen"),
    /** dozen pairs (DPR). */
    DOZEN_PAIRS("DPR", "dozen pairs"),
    /** pairs (PRS). */
    PAIRS("PRS", "pairs"),
    /** gross (GRS). */
    GROSS("GRS", "gross"),
    /** kilograms (KG). */
    KILOGRAMS("KG", "kilograms"),
    /** grams (G). */
    GRAMS("G", "grams"),
    /** metric tons (T). */
    METRIC_TONS("T", "metric tons"),
    /** content kilograms (CKG). */
    CONTENT_KILOGRAMS("CKG", "content kilograms"),
    /** clean yield kilograms (CYK). */
    CLEAN_YIELD_KILOGRAMS("CYK", "clean yield kilograms"),
    /** gross containers (GCN). */
    GROSS_CONTAINERS("GCN", "gross containers"),
    /** liters (L). */
    LITERS("L", "liters"),
    /** proof liters (PFL). */
    PROOF_LITERS("PFL", "proof liters"),
    /** cubic meters (M3). */
    CUBIC_METERS("M3", "cubic meters"),
    /** square meters (M2). */
    SQUARE_METERS("M2", "square meters"),
    /** meters (M). */
    METERS("M", "meters"),
    /** linear meters (LNM). */
    LINEAR_METERS("LNM", "linear meters"),
    /** megawatt hours (MWH). */
    MEGAWATT_HOURS("MWH", "megawatt hours"),
    /** thousand units (THS). */
    THOUSAND_UNITS("THS", "thousand units"),
    /** kilometers (KM). */
    KILOMETERS("KM", "kilometers"),
    /** carats (CTN). */
    CARATS("CTN", "carats"),
    /** head (HD). */
    HEAD("HD", "head"),
    /** barrels (BBL). */
    BARRELS("BBL", "barrels"),
    /** square (SQ). */
    SQUARE("SQ", "square"),
    /** dozen pieces (DPC). */
    DOZEN_PIECES("DPC", "dozen pieces"),
    /** fiber meters (FBM). */
    FIBER_METERS("FBM", "fiber meters"),
    /** component kilograms (KGS). */
    COMPONENT_KILOGRAMS("KGS", "component kilograms"),
    /** gigabecquerels (GBQ). */
    GIGABECQUERELS("GBQ", "gigabecquerels"),
    /** jewels (JWL). */
    JEWELS("JWL", "jewels"),
    /** no quantity reported (X). */
    NO_UNIT("X", "no quantity reported"),
    /** A code this version of the SDK does not know; tolerant readers map unknown codes here. */
    UNKNOWN("UNKNOWN", "unknown code");

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

    private final String code;
    private final String description;

    UnitOfMeasure(String code, String description) {
        this.code = code;
        this.description = description;
    }

    /**
     * Maps a CBP code (or constant name) to its value; unknown or blank codes give {@link #UNKNOWN}, never an
     * exception.
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
