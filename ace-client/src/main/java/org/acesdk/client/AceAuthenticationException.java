package org.acesdk.client;

/** The gateway refused the credentials (401, after one token refresh) or the permission (403). */
public class AceAuthenticationException extends AceServiceException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception; see {@link AceServiceException}. */
    public AceAuthenticationException(String message, String requestId, int httpStatus, String errorCode) {
        super(message, requestId, httpStatus, errorCode, false);
    }
}
