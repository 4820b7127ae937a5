package org.acesdk.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** CBP payment type codes (CATAIR 10-record position 51). */
public final class PaymentType {
    /** individual payment (1). */
    public static final PaymentType SINGLE_PAYMENT = new PaymentType("SINGLE_PAYMENT", "1", "individual payment");
    /** daily statement, broker (2). */
    public static final PaymentType DAILY_STATEMENT = new PaymentType("DAILY_STATEMENT", "2", "daily statement, broker");
    /** daily statement, importer (3). */
    public static final PaymentType DAILY_STATEMENT_IMPORTER = new PaymentType("DAILY_STATEMENT_IMPORTER", "3", "daily statement, importer");
    /** daily statement, periodic monthly candidate (5). */
    public static final PaymentType DAILY_STATEMENT_PERIODIC = new PaymentType("DAILY_STATEMENT_PERIODIC", "5", "daily statement, periodic monthly candidate");
    /** periodic monthly statement, broker (6). */
    public static final PaymentType PERIODIC_MONTHLY_BROKER = new PaymentType("PERIODIC_MONTHLY_BROKER", "6", "periodic monthly statement, broker");
    /** periodic monthly statement, importer (7). */
    public static final PaymentType PERIODIC_MONTHLY_IMPORTER = new PaymentType("PERIODIC_MONTHLY_IMPORTER", "7", "periodic monthly statement, importer");
    /** periodic monthly statement, other (8). */
    public static final PaymentType PERIODIC_MONTHLY_OTHER = new PaymentType("PERIODIC_MONTHLY_OTHER", "8", "periodic monthly statement, other");
    /** A code this version of the SDK does not know; a blank code reads as this; an unknown one keeps its text */
    public static final PaymentType UNKNOWN = new PaymentType("UNKNOWN", "UNKNOWN", "unknown code");

    private static final PaymentType[] VALUES = {
            SINGLE_PAYMENT, DAILY_STATEMENT, DAILY_STATEMENT_IMPORTER, DAILY_STATEMENT_PERIODIC,
            PERIODIC_MONTHLY_BROKER, PERIODIC_MONTHLY_IMPORTER, PERIODIC_MONTHLY_OTHER, UNKNOWN};

    private static final Map<String, PaymentType> BY_CODE = new HashMap<>();

    static {
        for (PaymentType v : values()) {
            BY_CODE.put(v.code, v);
        }
    }

    private final String name;
    private final String code;
    private final String description;

    private PaymentType(String name, String code, String description) {
        this.name = name;
        this.code = code;
        this.description = description;
    }

    /**
     * Maps a CBP code (or constant name) to its value; a blank code gives {@link #UNKNOWN}; an unknown code gives
     * an unknown value that keeps its text ({@link #isKnown()} is false); never an exception.
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
    public static PaymentType[] values() {
        return VALUES.clone();
    }

    /**
     * A code this version of the SDK does not know, kept as it was read so that it is written back unchanged: 1-8
     * letters, digits or {@code * + . -}; anything else (or blank) gives {@link #UNKNOWN}.
     */
    private static PaymentType unknown(String code) {
        String t = org.acesdk.model.internal.OpenCodes.kept(code);
        return t == null ? UNKNOWN : new PaymentType("UNKNOWN", t, "unknown code");
    }

    /** The constant's name, e.g. {@code SINGLE_PAYMENT}; {@code UNKNOWN} for a code the SDK does not know. */
    public String name() {
        return name;
    }

    /** Equal when both are the same known value, or unknown codes of the same text. */
    @Override
    public boolean equals(Object o) {
        return o instanceof PaymentType && ((PaymentType) o).name.equals(name)
                && ((PaymentType) o).code.equals(code);
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
