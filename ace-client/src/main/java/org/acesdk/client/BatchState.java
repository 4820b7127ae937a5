package org.acesdk.client;

import java.util.Locale;

/** Where a batch stands at the gateway. */
public enum BatchState {
    /** Received, not yet answered by CBP. */
    RECEIVED,
    /** Processed: CBP's responses are available. */
    PROCESSED,
    /** Rejected as a whole (e.g. a syntax error in the batch). */
    REJECTED,
    /** A state this SDK version does not know. */
    UNKNOWN;

    /** Maps the gateway's text; unknown values give {@link #UNKNOWN}. */
    public static BatchState of(String s) {
        if (s == null) {
            return UNKNOWN;
        }
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return UNKNOWN;
        }
    }

    /** Whether CBP's answer is in (processed or rejected). */
    public boolean isFinal() {
        return this == PROCESSED || this == REJECTED;
    }
}
