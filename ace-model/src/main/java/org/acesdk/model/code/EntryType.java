package org.acesdk.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** CBP entry type codes (CBP Form 7501 box 2; CATAIR AE table 2). */
public enum EntryType {
    /** consumption, free and dutiable (01). */
    CONSUMPTION("01", "consumption, free and dutiable"),
    /** consumption, quota/visa (02). */
    QUOTA_VISA("02", "consumption, quota/visa"),
    /** consumption, antidumping/countervailing duty (03). */
    ADCVD("03", "consumption, antidumping/countervailing duty"),
    /** appraisement (04). */
    APPRAISEMENT("04", "appraisement"),
    /** vessel repair (05). */
    VESSEL_REPAIR("05", "vessel repair"),
    /** foreign trade zone consumption (06). */
    FTZ_CONSUMPTION("06", "foreign trade zone consumption"),
    /** quota/visa and antidumping/countervailing duty (07). */
    QUOTA_VISA_ADCVD("07", "quota/visa and antidumping/countervailing duty"),
    /** duty deferral (08). */
    DUTY_DEFERRAL("08", "duty deferral"),
    /** reconciliation summary (09). */
    RECONCILIATION("09", "reconciliation summary"),
    /** informal, free and dutiable (11). */
    INFORMAL("11", "informal, free and dutiable"),
    /** informal, quota/visa (12). */
    INFORMAL_QUOTA_VISA("12", "informal, quota/visa"),
    /** warehouse (21). */
    WAREHOUSE("21", "warehouse"),
    /** re-warehouse (22). */
    REWAREHOUSE("22", "re-warehouse"),
    /** temporary importation under bond (23). */
    TEMPORARY_IMPORTATION_BOND("23", "temporary importation under bond"),
    /** trade fair (24). */
    TRADE_FAIR("24", "trade fair"),
    /** foreign trade zone admission (26). */
    FTZ_ADMISSION("26", "foreign trade zone admission"),
    /** warehouse withdrawal for consumption (31). */
    WAREHOUSE_WITHDRAWAL_CONSUMPTION("31", "warehouse withdrawal for consumption"),
    /** warehouse withdrawal, quota (32). */
    WAREHOUSE_WITHDRAWAL_QUOTA("32", "warehouse withdrawal, quota"),
    /** warehouse withdrawal, antidumping/countervailing duty (34). */
    WAREHOUSE_WITHDRAWAL_ADCVD("34", "warehouse withdrawal, antidumping/countervailing duty"),
    /** warehouse withdrawal, quota and antidumping/countervailing duty (38). */
    WAREHOUSE_WITHDRAWAL_QUOTA_ADCVD("38", "warehouse withdrawal, quota and antidumping/countervailing duty"),
    /** Defense Contract Management Agency (military) (51). */
    DCMA("51", "Defense Contract Management Agency (military)"),
    /** other U.S. government agency, dutiable (52). */
    GOVERNMENT_DUTIABLE("52", "other U.S. government agency, dutiable"),
    /** immediate transportation (in-bond) (61). */
    IMMEDIATE_TRANSPORTATION("61", "immediate transportation (in-bond)"),
    /** transportation and exportation (in-bond) (62). */
    TRANSPORTATION_EXPORTATION("62", "transportation and exportation (in-bond)"),
    /** immediate exportation (in-bond) (63). */
    IMMEDIATE_EXPORTATION("63", "immediate exportation (in-bond)"),
    /** section 321 de minimis (86). */
    DE_MINIMIS("86", "section 321 de minimis"),
    /** A code this version of the SDK does not know; tolerant readers map unknown codes here. */
    UNKNOWN("UNKNOWN", "unknown code");

    private static final Map<String, EntryType> BY_CODE = new HashMap<>();

    static {
        for (EntryType v : values()) {
            BY_CODE.put(v.code, v);
        }
    }

    private final String code;
    private final String description;

    EntryType(String code, String description) {
        this.code = code;
        this.description = description;
    }

    /**
     * Maps a CBP code (or constant name) to its value; unknown or blank codes give {@link #UNKNOWN}, never an
     * exception.
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

    /** Whether this is an informal entry type (11, 12), limited to $2,500. */
    public boolean isInformal() {
        return this == INFORMAL || this == INFORMAL_QUOTA_VISA;
    }

    /** Whether this entry type declares antidumping or countervailing duty cases (03, 07, 34, 38). */
    public boolean isAdCvd() {
        return this == ADCVD || this == QUOTA_VISA_ADCVD || this == WAREHOUSE_WITHDRAWAL_ADCVD
                || this == WAREHOUSE_WITHDRAWAL_QUOTA_ADCVD;
    }

    /** Whether goods are entered for consumption so that duty is owed now (not warehouse, in-bond or zone admission). */
    public boolean isConsumption() {
        switch (this) {
            case WAREHOUSE: case REWAREHOUSE: case FTZ_ADMISSION: case IMMEDIATE_TRANSPORTATION:
            case TRANSPORTATION_EXPORTATION: case IMMEDIATE_EXPORTATION: case UNKNOWN:
                return false;
            default:
                return true;
        }
    }
}
