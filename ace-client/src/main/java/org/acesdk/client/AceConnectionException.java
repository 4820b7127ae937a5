package org.acesdk.client;

/**
 * The gateway was not reached, or the exchange broke before a response was read (connection refused or dropped,
 * timeouts). The request may or may not have arrived: retrying with the same idempotency key is safe.
 */
public class AceConnectionException extends AceException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what happened
     * @param errorCode {@code connection_failed}, {@code timeout} ...
     * @param cause the cause
     */
    public AceConnectionException(String message, String errorCode, Throwable cause) {
        super(message, null, 0, errorCode, true, cause);
    }
}
