package org.acesdk.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** CBP entry type codes (CBP Form 7501 box 2; CATAIR AE table 2). */
public final class EntryType {
    /** consumption, free and dutiable (01). */
    public static final EntryType CONSUMPTION = new EntryType("CONSUMPTION", "01", "consumption, free and dutiable");
    /** consumption, quota/visa (02). */
    public static final EntryType QUOTA_VISA = new EntryType("QUOTA_VISA", "02", "consumption, quota/visa");
    /** consumption, antidumping/countervailing duty (03). */
    public static final EntryType ADCVD = new EntryType("ADCVD", "03", "consumption, antidumping/countervailing duty");
    /** appraisement (04). */
    public static final EntryType APPRAISEMENT = new EntryType("APPRAISEMENT", "04", "appraisement");
    /** vessel repair (05). */
    public static final EntryType VESSEL_REPAIR = new EntryType("VESSEL_REPAIR", "05", "vessel repair");
    /** foreign trade zone consumption (06). */
    public static final EntryType FTZ_CONSUMPTION = new EntryType("FTZ_CONSUMPTION", "06", "foreign trade zone consumption");
    /** quota/visa and antidumping/countervailing duty (07). */
    public static final EntryType QUOTA_VISA_ADCVD = new EntryType("QUOTA_VISA_ADCVD", "07", "quota/visa and antidumping/countervailing duty");
    /** duty deferral (08). */
    public static final EntryType DUTY_DEFERRAL = new EntryType("DUTY_DEFERRAL", "08", "duty deferral");
    /** reconciliation summary (09). */
    public static final EntryType RECONCILIATION = new EntryType("RECONCILIATION", "09", "reconciliation summary");
    /** informal, free and dutiable (11). */
    public static final EntryType INFORMAL = new EntryType("INFORMAL", "11", "informal, free and dutiable");
    /** informal, quota/visa (12). */
    public static final EntryType INFORMAL_QUOTA_VISA = new EntryType("INFORMAL_QUOTA_VISA", "12", "informal, quota/visa");
    /** informal mail entry (13; ACE test from 22 Sep 2026, FR Doc 2026-12668, 91 FR 38007). */
    public static final EntryType INFORMAL_MAIL = new EntryType("INFORMAL_MAIL", "13", "informal mail entry");
    /** drawback (47). */
    public static final EntryType DRAWBACK = new EntryType("DRAWBACK", "47", "drawback");
    /** warehouse (21). */
    public static final EntryType WAREHOUSE = new EntryType("WAREHOUSE", "21", "warehouse");
    /** re-warehouse (22). */
    public static final EntryType REWAREHOUSE = new EntryType("REWAREHOUSE", "22", "re-warehouse");
    /** temporary importation under bond (23). */
    public static final EntryType TEMPORARY_IMPORTATION_BOND = new EntryType("TEMPORARY_IMPORTATION_BOND", "23", "temporary importation under bond");
    /** trade fair (24). */
    public static final EntryType TRADE_FAIR = new EntryType("TRADE_FAIR", "24", "trade fair");
    /** foreign trade zone admission (26). */
    public static final EntryType FTZ_ADMISSION = new EntryType("FTZ_ADMISSION", "26", "foreign trade zone admission");
    /** warehouse withdrawal for consumption (31). */
    public static final EntryType WAREHOUSE_WITHDRAWAL_CONSUMPTION = new EntryType("WAREHOUSE_WITHDRAWAL_CONSUMPTION", "31", "warehouse withdrawal for consumption");
    /** warehouse withdrawal, quota (32). */
    public static final EntryType WAREHOUSE_WITHDRAWAL_QUOTA = new EntryType("WAREHOUSE_WITHDRAWAL_QUOTA", "32", "warehouse withdrawal, quota");
    /** warehouse withdrawal, antidumping/countervailing duty (34). */
    public static final EntryType WAREHOUSE_WITHDRAWAL_ADCVD = new EntryType("WAREHOUSE_WITHDRAWAL_ADCVD", "34", "warehouse withdrawal, antidumping/countervailing duty");
    /** warehouse withdrawal, quota and antidumping/countervailing duty (38). */
    public static final EntryType WAREHOUSE_WITHDRAWAL_QUOTA_ADCVD = new EntryType("WAREHOUSE_WITHDRAWAL_QUOTA_ADCVD", "38", "warehouse withdrawal, quota and antidumping/countervailing duty");
    /** Defense Contract Management Agency (military) (51). */
    public static final EntryType DCMA = new EntryType("DCMA", "51", "Defense Contract Management Agency (military)");
    /** other U.S. government agency, dutiable (52). */
    public static final EntryType GOVERNMENT_DUTIABLE = new EntryType("GOVERNMENT_DUTIABLE", "52", "other U.S. government agency, dutiable");
    /** immediate transportation (in-bond) (61). */
    public static final EntryType IMMEDIATE_TRANSPORTATION = new EntryType("IMMEDIATE_TRANSPORTATION", "61", "immediate transportation (in-bond)");
    /** transportation and exportation (in-bond) (62). */
    public static final EntryType TRANSPORTATION_EXPORTATION = new EntryType("TRANSPORTATION_EXPORTATION", "62", "transportation and exportation (in-bond)");
    /** immediate exportation (in-bond) (63). */
    public static final EntryType IMMEDIATE_EXPORTATION = new EntryType("IMMEDIATE_EXPORTATION", "63", "immediate exportation (in-bond)");
    /** section 321 de minimis (86). */
    public static final EntryType DE_MINIMIS = new EntryType("DE_MINIMIS", "86", "section 321 de minimis");
    /** A code this version of the SDK does not know; a blank code reads as this; an unknown one keeps its text */
    public static final EntryType UNKNOWN = new EntryType("UNKNOWN", "UNKNOWN", "unknown code");

    private static final EntryType[] VALUES = {
            CONSUMPTION, QUOTA_VISA, ADCVD, APPRAISEMENT, VESSEL_REPAIR, FTZ_CONSUMPTION, QUOTA_VISA_ADCVD,
            DUTY_DEFERRAL, RECONCILIATION, INFORMAL, INFORMAL_QUOTA_VISA, INFORMAL_MAIL, DRAWBACK, WAREHOUSE, REWAREHOUSE,
            TEMPORARY_IMPORTATION_BOND, TRADE_FAIR, FTZ_ADMISSION, WAREHOUSE_WITHDRAWAL_CONSUMPTION,
            WAREHOUSE_WITHDRAWAL_QUOTA, WAREHOUSE_WITHDRAWAL_ADCVD, WAREHOUSE_WITHDRAWAL_QUOTA_ADCVD, DCMA,
            GOVERNMENT_DUTIABLE, IMMEDIATE_TRANSPORTATION, TRANSPORTATION_EXPORTATION, IMMEDIATE_EXPORTATION,
            DE_MINIMIS, UNKNOWN};

    private static final Map<String, EntryType> BY_CODE = new HashMap<>();

    static {
        for (EntryType v : values()) {
            BY_CODE.put(v.code, v);
        }
    }

    private final String name;
    private final String code;
    private final String description;

    private EntryType(String name, String code, String description) {
        this.name = name;
        this.code = code;
        this.description = description;
    }

    /**
     * Maps a CBP code (or constant name) to its value; a blank code gives {@link #UNKNOWN}; an unknown code gives
     * an unknown value that keeps its text ({@link #isKnown()} is false); never an exception.
     *
     * @param code the code, e.g. {@code 01}
     * @return the value, or {@code UNKNOWN}
     */
    @JsonCreator
    public static EntryType fromCode(String code) {
        if (code == null) {
            return UNKNOWN;
        }
        String t = code.trim().toUpperCase(Locale.ROOT);
        if (t.length() == 1 && Character.isDigit(t.charAt(0))) {
            t = "0" + t;
        }
        EntryType v = BY_CODE.get(t);
        if (v != null) {
            return v;
        }
        for (EntryType e : values()) {
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

    /** Whether this is an informal entry type (11, 12, 13), limited to $2,500. */
    public boolean isInformal() {
        return this == INFORMAL || this == INFORMAL_QUOTA_VISA || this == INFORMAL_MAIL;
    }

    /** Whether this entry type declares antidumping or countervailing duty cases (03, 07, 34, 38). */
    public boolean isAdCvd() {
        return this == ADCVD || this == QUOTA_VISA_ADCVD || this == WAREHOUSE_WITHDRAWAL_ADCVD
                || this == WAREHOUSE_WITHDRAWAL_QUOTA_ADCVD;
    }

    /** Whether goods are entered for consumption so that duty is owed now (not warehouse, in-bond or zone admission). */
    public boolean isConsumption() {
        return isKnown() && this != WAREHOUSE && this != REWAREHOUSE && this != FTZ_ADMISSION
                && this != IMMEDIATE_TRANSPORTATION && this != TRANSPORTATION_EXPORTATION && this != IMMEDIATE_EXPORTATION;
    }

    /** Every known value and {@code UNKNOWN}, in declaration order (a copy). */
    public static EntryType[] values() {
        return VALUES.clone();
    }

    /**
     * A code this version of the SDK does not know, kept as it was read so that it is written back unchanged: 1-8
     * letters, digits or {@code * + . -}; anything else (or blank) gives {@link #UNKNOWN}.
     */
    private static EntryType unknown(String code) {
        String t = org.acesdk.model.internal.OpenCodes.kept(code);
        return t == null ? UNKNOWN : new EntryType("UNKNOWN", t, "unknown code");
    }

    /** The constant's name, e.g. {@code CONSUMPTION}; {@code UNKNOWN} for a code the SDK does not know. */
    public String name() {
        return name;
    }

    /** Equal when both are the same known value, or unknown codes of the same text. */
    @Override
    public boolean equals(Object o) {
        return o instanceof EntryType && ((EntryType) o).name.equals(name)
                && ((EntryType) o).code.equals(code);
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
