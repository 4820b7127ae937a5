package org.acesdk.client;

import java.time.Duration;
import java.util.Map;

/**
 * Something the client did, for an {@link AceEventListener}: which operation, which attempt, how long it took and
 * what came back. Headers are redacted (credentials masked, case-insensitively); bodies are never included.
 *
 * @param operation e.g. {@code submit}, {@code status}, {@code messages}
 * @param method the HTTP method
 * @param path the request path
 * @param idempotencyKey the submission's idempotency key, or {@code null}
 * @param attempt the attempt number, 1-based (0 for whole-call events)
 * @param httpStatus the response status, or 0
 * @param duration how long the attempt or call took
 * @param delay the delay before the next attempt (retry events), or zero
 * @param requestId the gateway's request id, or {@code null}
 * @param errorCode the error code of a failure, or {@code null}
 * @param requestHeaders the request headers, redacted
 */
public record AceEvent(String operation, String method, String path, String idempotencyKey, int attempt,
        int httpStatus, Duration duration, Duration delay, String requestId, String errorCode,
        Map<String, String> requestHeaders) {

    /** Copies the headers. */
    public AceEvent {
        requestHeaders = requestHeaders == null ? Map.of() : Map.copyOf(requestHeaders);
        duration = duration == null ? Duration.ZERO : duration;
        delay = delay == null ? Duration.ZERO : delay;
    }
}
