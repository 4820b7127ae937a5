package org.acesdk.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** CBP payment type codes (CATAIR 10-record position 51). */
public enum PaymentType {
    /** individual payment (1). */
    SINGLE_PAYMENT("1", "individual payment"),
    /** daily statement, broker (2). */
    DAILY_STATEMENT("2", "daily statement, broker"),
    /** daily statement, importer (3). */
    DAILY_STATEMENT_IMPORTER("3", "daily statement, importer"),
    /** daily statement, periodic monthly candidate (5). */
    DAILY_STATEMENT_PERIODIC("5", "daily statement, periodic monthly candidate"),
    /** periodic monthly statement, broker (6). */
    PERIODIC_MONTHLY_BROKER("6", "periodic monthly statement, broker"),
    /** periodic monthly statement, importer (7). */
    PERIODIC_MONTHLY_IMPORTER("7", "periodic monthly statement, importer"),
    /** periodic monthly statement, other (8). */
    PERIODIC_MONTHLY_OTHER("8", "periodic monthly statement, other"),
    /** A code this version of the SDK does not know; tolerant readers map unknown codes here. */
    UNKNOWN("UNKNOWN", "unknown code");

    private static final Map<String, PaymentType> BY_CODE = new HashMap<>();

    static {
        for (PaymentType v : values()) {
            BY_CODE.put(v.code, v);
        }
    }

    private final String code;
    private final String description;

    PaymentType(String code, String description) {
        this.code = code;
        this.description = description;
    }

    /**
     * Maps a CBP code (or constant name) to its value; unknown or blank codes give {@link #UNKNOWN}, never an
     * exception.
     *
     * @param code the code, e.g. {@code 1}
     * @return the value, or {@code UNKNOWN}
     */
    @JsonCreator
    public static PaymentType fromCode(String code) {
        if (code == null) {
            return UNKNOWN;
        }
        String t = code.trim().toUpperCase(Locale.ROOT);
        PaymentType v = BY_CODE.get(t);
        if (v != null) {
            return v;
        }
        for (PaymentType e : values()) {
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
