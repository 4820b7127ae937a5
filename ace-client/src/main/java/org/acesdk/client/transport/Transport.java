package org.acesdk.client.transport;

import java.io.IOException;

/**
 * How the client reaches the gateway: one attempt of one call. The default is {@link OkHttpTransport} (HTTPS);
 * implement this to carry the same requests over MQ, SFTP or a folder. Retries, idempotency and timeouts are the
 * client's job, not the transport's. Implementations must be thread-safe.
 */
public interface Transport extends AutoCloseable {

    /**
     * Sends one attempt.
     *
     * @param request the request
     * @return the response, whatever its status
     * @throws IOException when the far side was not reached or the exchange broke (a timeout is an
     *     {@link java.io.InterruptedIOException}); the client decides whether to retry
     */
    TransportResponse send(TransportRequest request) throws IOException;

    /** Releases resources; the default does nothing. */
    @Override
    default void close() {
    }
}
