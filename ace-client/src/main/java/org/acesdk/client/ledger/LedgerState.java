package org.acesdk.client.ledger;

/** Where a recorded submission stands. */
public enum LedgerState {
    /** Recorded before the first send; it may or may not have reached the gateway. */
    PREPARED,
    /** The gateway acknowledged it with a batch id; CBP's final answer is not recorded yet. */
    SENT,
    /** CBP's final answer is recorded. */
    ANSWERED,
    /** Refused before it could arrive (e.g. the gateway rejected the request itself); never filed. */
    FAILED;

    /** Whether the client still has work to do on it (prepared or sent). */
    public boolean isUnfinished() {
        return this == PREPARED || this == SENT;
    }
}
