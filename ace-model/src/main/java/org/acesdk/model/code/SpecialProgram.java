package org.acesdk.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Special program indicators (SPI) claimed on an entry line: trade agreements and preference programs (CATAIR AE table 8). */
public enum SpecialProgram {
    /** Generalized System of Preferences (A). */
    GSP("A", "Generalized System of Preferences"),
    /** GSP, least-developed beneficiary developing countries only (A+). */
    GSP_LDBDC("A+", "GSP, least-developed beneficiary developing countries only"),
    /** GSP, some beneficiaries excluded (A*). */
    GSP_EXCLUDED("A*", "GSP, some beneficiaries excluded"),
    /** United States-Australia FTA (AU). */
    AUSTRALIA("AU", "United States-Australia FTA"),
    /** Automotive Products Trade Act (B). */
    AUTO_PACT("B", "Automotive Products Trade Act"),
    /** United States-Bahrain FTA (BH). */
    BAHRAIN("BH", "United States-Bahrain FTA"),
    /** Agreement on Trade in Civil Aircraft (C). */
    CIVIL_AIRCRAFT("C", "Agreement on Trade in Civil Aircraft"),
    /** NAFTA, Canadian origin (historical) (CA). */
    NAFTA_CANADA("CA", "NAFTA, Canadian origin (historical)"),
    /** United States-Chile FTA (CL). */
    CHILE("CL", "United States-Chile FTA"),
    /** United States-Colombia TPA (CO). */
    COLOMBIA("CO", "United States-Colombia TPA"),
    /** African Growth and Opportunity Act (D). */
    AGOA("D", "African Growth and Opportunity Act"),
    /** Caribbean Basin Economic Recovery Act (E). */
    CBERA("E", "Caribbean Basin Economic Recovery Act"),
    /** CBERA, some beneficiaries excluded (E*). */
    CBERA_EXCLUDED("E*", "CBERA, some beneficiaries excluded"),
    /** United States-Israel FTA (IL). */
    ISRAEL("IL", "United States-Israel FTA"),
    /** United States-Jordan FTA (JO). */
    JORDAN("JO", "United States-Jordan FTA"),
    /** United States-Japan Trade Agreement (JP). */
    JAPAN("JP", "United States-Japan Trade Agreement"),
    /** United States-Korea FTA (KR). */
    KOREA("KR", "United States-Korea FTA"),
    /** Agreement on Trade in Pharmaceutical Products / dairy (K). */
    DAIRY_TRQ("K", "Agreement on Trade in Pharmaceutical Products / dairy"),
    /** pharmaceutical products (K+). */
    PHARMACEUTICAL("K+", "pharmaceutical products"),
    /** uruguay round concessions on intermediate chemicals for dyes (L). */
    PHARMACEUTICAL_L("L", "uruguay round concessions on intermediate chemicals for dyes"),
    /** United States-Morocco FTA (MA). */
    MOROCCO("MA", "United States-Morocco FTA"),
    /** NAFTA, Mexican origin (historical) (MX). */
    NAFTA_MEXICO("MX", "NAFTA, Mexican origin (historical)"),
    /** Nepal Preference Program (NP). */
    NEPAL("NP", "Nepal Preference Program"),
    /** United States-Oman FTA (OM). */
    OMAN("OM", "United States-Oman FTA"),
    /** Dominican Republic-Central America FTA (P). */
    CAFTA_DR("P", "Dominican Republic-Central America FTA"),
    /** CAFTA-DR, certain provisions (P+). */
    CAFTA_DR_PLUS("P+", "CAFTA-DR, certain provisions"),
    /** United States-Panama TPA (PA). */
    PANAMA("PA", "United States-Panama TPA"),
    /** United States-Peru TPA (PE). */
    PERU("PE", "United States-Peru TPA"),
    /** Caribbean Basin Trade Partnership Act (R). */
    CBTPA("R", "Caribbean Basin Trade Partnership Act"),
    /** United States-Mexico-Canada Agreement (S). */
    USMCA("S", "United States-Mexico-Canada Agreement"),
    /** USMCA, certain provisions (S+). */
    USMCA_PLUS("S+", "USMCA, certain provisions"),
    /** United States-Singapore FTA (SG). */
    SINGAPORE("SG", "United States-Singapore FTA"),
    /** insular possessions (19 CFR 7.3) (W). */
    INSULAR_POSSESSIONS("W", "insular possessions (19 CFR 7.3)"),
    /** AGOA, certain textile provisions (Y). */
    AGOA_TEXTILE("Y", "AGOA, certain textile provisions"),
    /** freely associated states (Z). */
    INSULAR_POSSESSIONS_OTHER("Z", "freely associated states"),
    /** A code this version of the SDK does not know; tolerant readers map unknown codes here. */
    UNKNOWN("UNKNOWN", "unknown code");

    private static final Map<String, SpecialProgram> BY_CODE = new HashMap<>();

    static {
        for (SpecialProgram v : values()) {
            BY_CODE.put(v.code, v);
        }
    }

    private final String code;
    private final String description;

    SpecialProgram(String code, String description) {
        this.code = code;
        this.description = description;
    }

    /**
     * Maps a CBP code (or constant name) to its value; unknown or blank codes give {@link #UNKNOWN}, never an
     * exception.
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
