package org.acesdk.client;

/** The gateway rejected the request itself (400, 404, 413 and other client errors): retrying will not help. */
public class AceRejectedException extends AceServiceException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception; see {@link AceServiceException}. */
    public AceRejectedException(String message, String requestId, int httpStatus, String errorCode) {
        super(message, requestId, httpStatus, errorCode, false);
    }
}
