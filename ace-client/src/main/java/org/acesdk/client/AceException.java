package org.acesdk.client;

/**
 * The root of every error the client raises. Carries the gateway's request id, the HTTP status (0 when no response
 * was received), the error code, and whether retrying the same call could succeed. Failed attempts that preceded
 * this error are attached as {@linkplain #getSuppressed() suppressed} exceptions. Messages never contain
 * credentials or importer numbers.
 */
public class AceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String requestId;
    private final int httpStatus;
    private final String errorCode;
    private final boolean retryable;

    /**
     * Creates the exception.
     *
     * @param message what happened (already redacted)
     * @param requestId the gateway's request id, or {@code null}
     * @param httpStatus the HTTP status, or 0 when no response was received
     * @param errorCode a stable code, e.g. {@code rate_limited}, {@code timeout}
     * @param retryable whether the same call may succeed if retried
     * @param cause the cause, or {@code null}
     */
    public AceException(String message, String requestId, int httpStatus, String errorCode, boolean retryable,
            Throwable cause) {
        super(org.acesdk.model.internal.Redact.text(message), cause);
        this.requestId = requestId;
        this.httpStatus = httpStatus;
        this.errorCode = errorCode == null ? "" : errorCode;
        this.retryable = retryable;
    }

    /** The gateway's request id, or {@code null} when none was received. */
    public String requestId() {
        return requestId;
    }

    /** The HTTP status, or 0 when no response was received. */
    public int httpStatus() {
        return httpStatus;
    }

    /** A stable error code: the gateway's, or the client's own (e.g. {@code timeout}, {@code validation_failed}). */
    public String errorCode() {
        return errorCode;
    }

    /** Whether retrying the same call (with the same idempotency key) could succeed. */
    public boolean isRetryable() {
        return retryable;
    }
}
