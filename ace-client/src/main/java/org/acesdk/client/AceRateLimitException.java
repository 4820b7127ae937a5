package org.acesdk.client;

import java.time.Duration;
import java.util.Optional;

/** The gateway is rate limiting (429); {@link #retryAfter()} says when to come back, when it said. */
public class AceRateLimitException extends AceServiceException {
    private static final long serialVersionUID = 1L;
    private final Duration retryAfter;

    /**
     * Creates the exception.
     *
     * @param message the gateway's message
     * @param requestId the request id
     * @param errorCode the error code
     * @param retryAfter the Retry-After delay, or {@code null}
     */
    public AceRateLimitException(String message, String requestId, String errorCode, Duration retryAfter) {
        super(message, requestId, 429, errorCode, true);
        this.retryAfter = retryAfter;
    }

    /** The delay the gateway asked for, when it sent Retry-After. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
