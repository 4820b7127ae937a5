package org.acesdk.client;

import java.time.Duration;

/** Waits between attempts and polls; injectable so that tests run without real delays. */
@FunctionalInterface
public interface Sleeper {

    /** Waits for the duration. */
    void sleep(Duration d) throws InterruptedException;

    /** The real sleeper, {@link Thread#sleep(long)}. */
    static Sleeper system() {
        return d -> Thread.sleep(Math.max(0, d.toMillis()));
    }
}
