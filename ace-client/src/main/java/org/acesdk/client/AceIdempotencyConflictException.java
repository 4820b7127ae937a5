package org.acesdk.client;

/** The idempotency key was already used for a different body (409 {@code idempotency_conflict}): never retried. */
public class AceIdempotencyConflictException extends AceServiceException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception; see {@link AceServiceException}. */
    public AceIdempotencyConflictException(String message, String requestId, String errorCode) {
        super(message, requestId, 409, errorCode, false);
    }
}
