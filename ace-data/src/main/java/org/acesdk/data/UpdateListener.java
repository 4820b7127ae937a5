package org.acesdk.data;

/**
 * Observes an update (progress for a progress bar, log lines of the caller's choosing). Methods are called on the
 * updating thread; the defaults do nothing. An exception thrown here aborts the update, leaving the installed data
 * as it was.
 */
public interface UpdateListener {
    /** A listener that ignores everything. */
    UpdateListener NONE = new UpdateListener() {
    };

    /**
     * The download starts.
     *
     * @param url the URL fetched
     */
    default void downloadStarted(String url) {
    }

    /**
     * Bytes arrived.
     *
     * @param bytesRead bytes read so far
     * @param contentLength the announced length, or -1 when unknown
     */
    default void progress(long bytesRead, long contentLength) {
    }

    /**
     * The export parsed and passed the checks.
     *
     * @param revision the revision as it will be filed
     */
    default void verified(HtsRevision revision) {
    }

    /**
     * The new data is installed and current.
     *
     * @param result what was installed
     */
    default void installed(UpdateResult result) {
    }
}
