package org.acesdk.testkit;

/** The gateway's routes, for aiming faults. */
public enum Route {
    /** {@code POST /v1/batches}. */
    SUBMIT,
    /** {@code GET /v1/batches/{batchId}}. */
    STATUS,
    /** {@code GET /v1/messages}. */
    MESSAGES,
    /** Every protocol route (never the admin routes). */
    ANY;

    /** Whether a fault aimed at this route applies to a request on {@code route}. */
    public boolean covers(Route route) {
        return this == ANY || this == route;
    }
}
