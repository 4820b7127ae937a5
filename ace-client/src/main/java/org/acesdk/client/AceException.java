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
    private String idempotencyKey;
    private String batchId;
    private Arrival arrival = Arrival.NOT_A_SUBMISSION;

    /** Whether a submission that failed may have reached the gateway. */
    public enum Arrival {
        /** The call was not a submission (a status or mailbox read, say). */
        NOT_A_SUBMISSION,
        /** The filing did not arrive: it was refused before sending, or by the gateway itself (a 4xx answer). */
        NOT_ARRIVED,
        /** It may have arrived (a timeout or broken exchange after sending, a 5xx): resume with the same key. */
        MAY_HAVE_ARRIVED
    }

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

    /** The submission's idempotency key (every attempt used it), or {@code null} when the call was not a submission. */
    public String idempotencyKey() {
        return idempotencyKey;
    }

    /** The gateway's batch id, when one was known, else {@code null}. */
    public String batchId() {
        return batchId;
    }

    /** Whether the filing may have reached the gateway. */
    public Arrival arrival() {
        return arrival;
    }

    /** Whether the filing may have reached the gateway: resubmit only with the same idempotency key. */
    public boolean filingMayHaveArrived() {
        return arrival == Arrival.MAY_HAVE_ARRIVED;
    }

    /** The message, with the submission's key, batch id and whether the filing may have arrived. */
    @Override
    public String getMessage() {
        String m = super.getMessage();
        if (arrival == Arrival.NOT_A_SUBMISSION) {
            return batchId == null ? m : m + " [batch " + batchId + (idempotencyKey == null ? ""
                    : ", idempotency key " + idempotencyKey) + "]";
        }
        return m + " [idempotency key " + idempotencyKey + (batchId == null ? "" : ", batch " + batchId) + "; "
                + (arrival == Arrival.MAY_HAVE_ARRIVED ? "the filing may have arrived: resubmit only with this key"
                : "the filing did not arrive") + "]";
    }

    /** Names the batch (and its submission's key, when known) a read of answers failed on. */
    final AceException batch(String key, String batch) {
        if (this.batchId == null) {
            this.batchId = batch;
        }
        if (this.idempotencyKey == null) {
            this.idempotencyKey = key;
        }
        return this;
    }

    /** Set once by the client before the exception is thrown. */
    final AceException submission(String key, String batch, Arrival where) {
        this.idempotencyKey = key;
        this.batchId = batch;
        this.arrival = where;
        return this;
    }
}
