package org.acesdk.client.ledger;

/** The ledger could not be read or written; the submission it concerns was not sent by the call that failed. */
public class LedgerException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed (no personal data)
     * @param cause the cause, or {@code null}
     */
    public LedgerException(String message, Throwable cause) {
        super(message, cause);
    }
}
