package org.acesdk.client;

/**
 * Observes the client without printing anything itself: submissions, attempts, retries, responses and failures,
 * with durations. Methods run on the calling thread and must be quick and must not throw (exceptions from a
 * listener are caught and ignored). All methods default to doing nothing.
 */
public interface AceEventListener {

    /** A submission is about to be validated, encoded and sent. */
    default void onSubmit(AceEvent event) {
    }

    /** An attempt is about to be sent. */
    default void onAttempt(AceEvent event) {
    }

    /** An attempt failed and the call will be retried after {@link AceEvent#delay()}. */
    default void onRetry(AceEvent event) {
    }

    /** A response was received (any status). */
    default void onResponse(AceEvent event) {
    }

    /** The call failed for good; {@code error} is what the caller receives. */
    default void onFailure(AceEvent event, AceException error) {
    }

    /** A listener that ignores everything. */
    static AceEventListener none() {
        return new AceEventListener() {
        };
    }
}
