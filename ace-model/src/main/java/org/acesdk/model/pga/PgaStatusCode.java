package org.acesdk.model.pga;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.acesdk.model.internal.OpenCodes;

/**
 * A partner agency's status of its data on an entry or line (SO70; the same codes in UC and WO70): what the agency has
 * decided, from CBP's PGA status notification codes. An unknown code keeps its text. Immutable.
 */
public final class PgaStatusCode {
    /** What a status means for the goods. */
    public enum Category {
        /** The agency is still reviewing. */
        PENDING,
        /** The goods are held: do not move or manipulate them. */
        HOLD,
        /** The agency rejected the data: correct and resend. */
        REJECTED,
        /** The agency lets the goods proceed. */
        MAY_PROCEED,
        /** Documents are required. */
        DOCUMENTS_REQUIRED,
        /** An examination or sample. */
        EXAM,
        /** A hold, document request or exam was resolved. */
        RESOLVED,
        /** A code this version does not know. */
        UNKNOWN
    }

    /** 01 DATA UNDER PGA REVIEW. */
    public static final PgaStatusCode UNDER_REVIEW = new PgaStatusCode("01", "DATA UNDER PGA REVIEW", Category.PENDING);
    /** 02 HOLD INTACT. */
    public static final PgaStatusCode HOLD_INTACT = new PgaStatusCode("02", "HOLD INTACT", Category.HOLD);
    /** 04 DATA REJECTED PER PGA REVIEW. */
    public static final PgaStatusCode DATA_REJECTED = new PgaStatusCode("04", "DATA REJECTED PER PGA REVIEW",
            Category.REJECTED);
    /** 06 DO NOT DEVAN. */
    public static final PgaStatusCode DO_NOT_DEVAN = new PgaStatusCode("06", "DO NOT DEVAN", Category.HOLD);
    /** 07 MAY PROCEED. */
    public static final PgaStatusCode MAY_PROCEED = new PgaStatusCode("07", "MAY PROCEED", Category.MAY_PROCEED);
    /** 08 MOVE TO SECURE HOLDING FACILITY. */
    public static final PgaStatusCode SECURE_HOLDING = new PgaStatusCode("08", "MOVE TO SECURE HOLDING FACILITY",
            Category.HOLD);
    /** 10 DOCUMENT(S) REQUIRED. */
    public static final PgaStatusCode DOCUMENTS_REQUIRED = new PgaStatusCode("10", "DOCUMENT(S) REQUIRED",
            Category.DOCUMENTS_REQUIRED);
    /** 11 INTENSIVE - EXAM/SAMPLE. */
    public static final PgaStatusCode EXAM = new PgaStatusCode("11", "INTENSIVE - EXAM/SAMPLE", Category.EXAM);
    /** 12 DOCS REQUIRED - SATISFIED. */
    public static final PgaStatusCode DOCUMENTS_SATISFIED = new PgaStatusCode("12", "DOCS REQUIRED - SATISFIED",
            Category.RESOLVED);
    /** 13 EXAM - RESOLVED. */
    public static final PgaStatusCode EXAM_RESOLVED = new PgaStatusCode("13", "EXAM - RESOLVED", Category.RESOLVED);
    /** A blank or unreadable code. */
    public static final PgaStatusCode UNKNOWN = new PgaStatusCode("UNKNOWN", "unknown code", Category.UNKNOWN);

    private static final PgaStatusCode[] KNOWN = {UNDER_REVIEW, HOLD_INTACT, DATA_REJECTED, DO_NOT_DEVAN, MAY_PROCEED,
            SECURE_HOLDING, DOCUMENTS_REQUIRED, EXAM, DOCUMENTS_SATISFIED, EXAM_RESOLVED};

    private final String code;
    private final String narrative;
    private final Category category;

    private PgaStatusCode(String code, String narrative, Category category) {
        this.code = code;
        this.narrative = narrative;
        this.category = category;
    }

    /**
     * The status of a code; never an exception.
     *
     * @param code the two-digit code
     * @return the status, {@link #UNKNOWN} when blank, or an unknown one keeping the text
     */
    @JsonCreator
    public static PgaStatusCode fromCode(String code) {
        String kept = OpenCodes.kept(code);
        if (kept == null) {
            return UNKNOWN;
        }
        String t = kept.toUpperCase(Locale.ROOT);
        for (PgaStatusCode s : KNOWN) {
            if (s.code.equals(t)) {
                return s;
            }
        }
        return t.equals("UNKNOWN") ? UNKNOWN : new PgaStatusCode(t, "unknown code", Category.UNKNOWN);
    }

    /** The known codes. */
    public static PgaStatusCode[] values() {
        return KNOWN.clone();
    }

    /** The code as on the wire. */
    @JsonValue
    public String code() {
        return code;
    }

    /** CBP's narrative, e.g. {@code MAY PROCEED}. */
    public String narrative() {
        return narrative;
    }

    /** What the status means for the goods. */
    public Category category() {
        return category;
    }

    /** Whether the code is one CBP's list has. */
    public boolean isKnown() {
        return category != Category.UNKNOWN;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PgaStatusCode && ((PgaStatusCode) o).code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code + " " + narrative;
    }
}
