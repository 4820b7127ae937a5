package org.acesdk.testkit;

import org.acesdk.model.pga.PgaStatusCode;

/** What a partner agency decides on its PGA lines in the fake, as the SO70 status and reason it sends. */
public enum PgaDisposition {
    /** 01 DATA UNDER PGA REVIEW. */
    UNDER_REVIEW(PgaStatusCode.UNDER_REVIEW, null),
    /** 02 HOLD INTACT, reason 11 GENERAL. */
    HOLD(PgaStatusCode.HOLD_INTACT, "11"),
    /** 07 MAY PROCEED, reason 23 RELEASED. */
    MAY_PROCEED(PgaStatusCode.MAY_PROCEED, "23"),
    /** 10 DOCUMENT(S) REQUIRED, reason 90 ADDITIONAL INFORMATION NEEDED. */
    DOCUMENTS_REQUIRED(PgaStatusCode.DOCUMENTS_REQUIRED, "90"),
    /** 11 INTENSIVE - EXAM/SAMPLE, reason 12 EXAM/SAMPLE. */
    EXAM(PgaStatusCode.EXAM, "12"),
    /** 04 DATA REJECTED PER PGA REVIEW, reason 14. */
    REJECTED(PgaStatusCode.DATA_REJECTED, "14"),
    /** 04 DATA REJECTED PER PGA REVIEW, reason 40 REFUSED: admission refused. */
    REFUSED(PgaStatusCode.DATA_REJECTED, "40");

    private final PgaStatusCode status;
    private final String reason;

    PgaDisposition(PgaStatusCode status, String reason) {
        this.status = status;
        this.reason = reason;
    }

    /** The status code sent. */
    public PgaStatusCode status() {
        return status;
    }

    /** The status reason code sent, or {@code null}. */
    public String reason() {
        return reason;
    }
}
