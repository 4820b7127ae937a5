package org.acesdk.client;

/** The gateway answered, and said no: an HTTP error status with the gateway's error code and request id. */
public class AceServiceException extends AceException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the gateway's message (redacted)
     * @param requestId the request id
     * @param httpStatus the HTTP status
     * @param errorCode the gateway's error code
     * @param retryable whether a retry could succeed (429, 5xx, 409 in flight)
     */
    public AceServiceException(String message, String requestId, int httpStatus, String errorCode, boolean retryable) {
        super(message, requestId, httpStatus, errorCode, retryable, null);
    }
}
