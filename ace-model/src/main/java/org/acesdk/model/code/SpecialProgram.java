package org.acesdk.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Special program indicators (SPI) claimed on an entry line: trade agreements and preference programs (CATAIR AE table 8). */
public final class SpecialProgram {
    /** Generalized System of Preferences (A). */
    public static final SpecialProgram GSP = new SpecialProgram("GSP", "A", "Generalized System of Preferences");
    /** GSP, least-developed beneficiary developing countries only (A+). */
    public static final SpecialProgram GSP_LDBDC = new SpecialProgram("GSP_LDBDC", "A+", "GSP, least-developed beneficiary developing countries only");
    /** GSP, some beneficiaries excluded (A*). */
    public static final SpecialProgram GSP_EXCLUDED = new SpecialProgram("GSP_EXCLUDED", "A*", "GSP, some beneficiaries excluded");
    /** United States-Australia FTA (AU). */
    public static final SpecialProgram AUSTRALIA = new SpecialProgram("AUSTRALIA", "AU", "United States-Australia FTA");
    /** Automotive Products Trade Act (B). */
    public static final SpecialProgram AUTO_PACT = new SpecialProgram("AUTO_PACT", "B", "Automotive Products Trade Act");
    /** United States-Bahrain FTA (BH). */
    public static final SpecialProgram BAHRAIN = new SpecialProgram("BAHRAIN", "BH", "United States-Bahrain FTA");
    /** Agreement on Trade in Civil Aircraft (C). */
    public static final SpecialProgram CIVIL_AIRCRAFT = new SpecialProgram("CIVIL_AIRCRAFT", "C", "Agreement on Trade in Civil Aircraft");
    /** NAFTA, Canadian origin (historical) (CA). */
    public static final SpecialProgram NAFTA_CANADA = new SpecialProgram("NAFTA_CANADA", "CA", "NAFTA, Canadian origin (historical)");
    /** United States-Chile FTA (CL). */
    public static final SpecialProgram CHILE = new SpecialProgram("CHILE", "CL", "United States-Chile FTA");
    /** United States-Colombia TPA (CO). */
    public static final SpecialProgram COLOMBIA = new SpecialProgram("COLOMBIA", "CO", "United States-Colombia TPA");
    /** African Growth and Opportunity Act (D). */
    public static final SpecialProgram AGOA = new SpecialProgram("AGOA", "D", "African Growth and Opportunity Act");
    /** Caribbean Basin Economic Recovery Act (E). */
    public static final SpecialProgram CBERA = new SpecialProgram("CBERA", "E", "Caribbean Basin Economic Recovery Act");
    /** CBERA, some beneficiaries excluded (E*). */
    public static final SpecialProgram CBERA_EXCLUDED = new SpecialProgram("CBERA_EXCLUDED", "E*", "CBERA, some beneficiaries excluded");
    /** United States-Israel FTA (IL). */
    public static final SpecialProgram ISRAEL = new SpecialProgram("ISRAEL", "IL", "United States-Israel FTA");
    /** United States-Jordan FTA (JO). */
    public static final SpecialProgram JORDAN = new SpecialProgram("JORDAN", "JO", "United States-Jordan FTA");
    /** United States-Japan Trade Agreement (JP). */
    public static final SpecialProgram JAPAN = new SpecialProgram("JAPAN", "JP", "United States-Japan Trade Agreement");
    /** United States-Korea FTA (KR). */
    public static final SpecialProgram KOREA = new SpecialProgram("KOREA", "KR", "United States-Korea FTA");
    /** Agreement on Trade in Pharmaceutical Products / dairy (K). */
    public static final SpecialProgram DAIRY_TRQ = new SpecialProgram("DAIRY_TRQ", "K", "Agreement on Trade in Pharmaceutical Products / dairy");
    /** pharmaceutical products (K+). */
    public static final SpecialProgram PHARMACEUTICAL = new SpecialProgram("PHARMACEUTICAL", "K+", "pharmaceutical products");
    /** uruguay round concessions on intermediate chemicals for dyes (L). */
    public static final SpecialProgram PHARMACEUTICAL_L = new SpecialProgram("PHARMACEUTICAL_L", "L", "uruguay round concessions on intermediate chemicals for dyes");
    /** United States-Morocco FTA (MA). */
    public static final SpecialProgram MOROCCO = new SpecialProgram("MOROCCO", "MA", "United States-Morocco FTA");
    /** NAFTA, Mexican origin (historical) (MX). */
    public static final SpecialProgram NAFTA_MEXICO = new SpecialProgram("NAFTA_MEXICO", "MX", "NAFTA, Mexican origin (historical)");
    /** Nepal Preference Program (NP). */
    public static final SpecialProgram NEPAL = new SpecialProgram("NEPAL", "NP", "Nepal Preference Program");
    /** United States-Oman FTA (OM). */
    public static final SpecialProgram OMAN = new SpecialProgram("OMAN", "OM", "United States-Oman FTA");
    /** Dominican Republic-Central America FTA (P). */
    public static final SpecialProgram CAFTA_DR = new SpecialProgram("CAFTA_DR", "P", "Dominican Republic-Central America FTA");
    /** CAFTA-DR, certain provisions (P+). */
    public static final SpecialProgram CAFTA_DR_PLUS = new SpecialProgram("CAFTA_DR_PLUS", "P+", "CAFTA-DR, certain provisions");
    /** United States-Panama TPA (PA). */
    public static final SpecialProgram PANAMA = new SpecialProgram("PANAMA", "PA", "United States-Panama TPA");
    /** United States-Peru TPA (PE). */
    public static final SpecialProgram PERU = new SpecialProgram("PERU", "PE", "United States-Peru TPA");
    /** Caribbean Basin Trade Partnership Act (R). */
    public static final SpecialProgram CBTPA = new SpecialProgram("CBTPA", "R", "Caribbean Basin Trade Partnership Act");
    /** United States-Mexico-Canada Agreement (S). */
    public static final SpecialProgram USMCA = new SpecialProgram("USMCA", "S", "United States-Mexico-Canada Agreement");
    /** USMCA, certain provisions (S+). */
    public static final SpecialProgram USMCA_PLUS = new SpecialProgram("USMCA_PLUS", "S+", "USMCA, certain provisions");
    /** United States-Singapore FTA (SG). */
    public static final SpecialProgram SINGAPORE = new SpecialProgram("SINGAPORE", "SG", "United States-Singapore FTA");
    /** insular possessions (19 CFR 7.3) (W). */
    public static final SpecialProgram INSULAR_POSSESSIONS = new SpecialProgram("INSULAR_POSSESSIONS", "W", "insular possessions (19 CFR 7.3)");
    /** AGOA, certain textile provisions (Y). */
    public static final SpecialProgram AGOA_TEXTILE = new SpecialProgram("AGOA_TEXTILE", "Y", "AGOA, certain textile provisions");
    /** freely associated states (Z). */
    public static final SpecialProgram INSULAR_POSSESSIONS_OTHER = new SpecialProgram("INSULAR_POSSESSIONS_OTHER", "Z", "freely associated states");
    /** A code this version of the SDK does not know; a blank code reads as this; an unknown one keeps its text */
    public static final SpecialProgram UNKNOWN = new SpecialProgram("UNKNOWN", "UNKNOWN", "unknown code");

    private static final SpecialProgram[] VALUES = {
            GSP, GSP_LDBDC, GSP_EXCLUDED, AUSTRALIA, AUTO_PACT, BAHRAIN, CIVIL_AIRCRAFT, NAFTA_CANADA, CHILE,
            COLOMBIA, AGOA, CBERA, CBERA_EXCLUDED, ISRAEL, JORDAN, JAPAN, KOREA, DAIRY_TRQ, PHARMACEUTICAL,
            PHARMACEUTICAL_L, MOROCCO, NAFTA_MEXICO, NEPAL, OMAN, CAFTA_DR, CAFTA_DR_PLUS, PANAMA, PERU, CBTPA,
            USMCA, USMCA_PLUS, SINGAPORE, INSULAR_POSSESSIONS, AGOA_TEXTILE, INSULAR_POSSESSIONS_OTHER, UNKNOWN};

    private static final Map<String, SpecialProgram> BY_CODE = new HashMap<>();

    static {
        for (SpecialProgram v : values()) {
            BY_CODE.put(v.code, v);
        }
    }

    private final String name;
    private final String code;
    private final String description;

    private SpecialProgram(String name, String code, String description) {
        this.name = name;
        this.code = code;
        this.description = description;
    }

    /**
     * Maps a CBP code (or constant name) to its value; a blank code gives {@link #UNKNOWN}; an unknown code gives
     * an unknown value that keeps its text ({@link #isKnown()} is false); never an exception.
     *
     * @param code the code, e.g. {@code A}
     * @return the value, or {@code UNKNOWN}
     */
    @JsonCreator
    public static SpecialProgram fromCode(String code) {
        if (code == null) {
            return UNKNOWN;
        }
        String t = code.trim().toUpperCase(Locale.ROOT);
        SpecialProgram v = BY_CODE.get(t);
        if (v != null) {
            return v;
        }
        for (SpecialProgram e : values()) {
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
    public static SpecialProgram[] values() {
        return VALUES.clone();
    }

    /**
     * A code this version of the SDK does not know, kept as it was read so that it is written back unchanged: 1-8
     * letters, digits or {@code * + . -}; anything else (or blank) gives {@link #UNKNOWN}.
     */
    private static SpecialProgram unknown(String code) {
        String t = org.acesdk.model.internal.OpenCodes.kept(code);
        return t == null ? UNKNOWN : new SpecialProgram("UNKNOWN", t, "unknown code");
    }

    /** The constant's name, e.g. {@code GSP}; {@code UNKNOWN} for a code the SDK does not know. */
    public String name() {
        return name;
    }

    /** Equal when both are the same known value, or unknown codes of the same text. */
    @Override
    public boolean equals(Object o) {
        return o instanceof SpecialProgram && ((SpecialProgram) o).name.equals(name)
                && ((SpecialProgram) o).code.equals(code);
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
