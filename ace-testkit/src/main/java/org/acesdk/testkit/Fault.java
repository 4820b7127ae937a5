package org.acesdk.testkit;

import java.time.Duration;
import java.util.Objects;

/**
 * A named failure the fake injects into one response. Faults marked "before" answer without processing the
 * request (nothing is filed); faults marked "after" process it first (the filing exists) and then break the answer.
 *
 * @param kind the failure
 * @param status the HTTP status for {@link Kind#STATUS}
 * @param duration the delay, Retry-After or slowness
 */
public record Fault(Kind kind, int status, Duration duration) {

    /** The kinds of fault. */
    public enum Kind {
        /** After: the answer is delayed by {@code duration} (real time). */
        LATENCY,
        /** Before: answer with {@code status} (e.g. 500, 503) and the protocol's error body. */
        STATUS,
        /** Before: 429 with {@code Retry-After: duration} (whole seconds). */
        RATE_LIMITED,
        /** Before: the connection is dropped and the request is not processed. */
        DROP_BEFORE_PROCESSING,
        /** After: the request is processed (the filing exists), then the connection is dropped before answering. */
        DROP_AFTER_PROCESSING,
        /** After: the request is processed, then the answer is cut off in the middle of its body. */
        TRUNCATED_BODY,
        /** After: the request is processed and the body trickles out over {@code duration} (real time). */
        SLOW_BODY
    }

    /** Checks the parts. */
    public Fault {
        Objects.requireNonNull(kind, "kind");
        duration = duration == null ? Duration.ZERO : duration;
        if (duration.isNegative()) {
            throw new IllegalArgumentException("a fault's duration is not negative");
        }
        if (kind == Kind.STATUS && (status < 400 || status > 599)) {
            throw new IllegalArgumentException("a STATUS fault needs a 4xx or 5xx status, not " + status);
        }
    }

    /** Delays the answer (real time; keep it short). */
    public static Fault latency(Duration d) {
        return new Fault(Kind.LATENCY, 0, d);
    }

    /** Answers with an error status, e.g. {@code status(503)}. */
    public static Fault status(int status) {
        return new Fault(Kind.STATUS, status, Duration.ZERO);
    }

    /** Answers 429 with a Retry-After. */
    public static Fault rateLimited(Duration retryAfter) {
        return new Fault(Kind.RATE_LIMITED, 429, retryAfter);
    }

    /** Drops the connection without processing the request. */
    public static Fault dropBeforeProcessing() {
        return new Fault(Kind.DROP_BEFORE_PROCESSING, 0, Duration.ZERO);
    }

    /** Processes the request, then drops the connection: the classic lost answer. */
    public static Fault dropAfterProcessing() {
        return new Fault(Kind.DROP_AFTER_PROCESSING, 0, Duration.ZERO);
    }

    /** Processes the request, then cuts the answer short. */
    public static Fault truncatedBody() {
        return new Fault(Kind.TRUNCATED_BODY, 0, Duration.ZERO);
    }

    /** Processes the request, then sends the body slowly over the duration (real time). */
    public static Fault slowBody(Duration d) {
        return new Fault(Kind.SLOW_BODY, 0, d);
    }

    /** Whether the fault answers before the request is processed. */
    public boolean before() {
        return kind == Kind.STATUS || kind == Kind.RATE_LIMITED || kind == Kind.DROP_BEFORE_PROCESSING;
    }
}
