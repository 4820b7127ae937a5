package org.acesdk.client.transport;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * One attempt of a gateway call, as a {@link Transport} sends it.
 *
 * @param method {@code GET} or {@code POST}
 * @param path the path and query, e.g. {@code /v1/batches} or {@code /v1/messages?after=c1&limit=100}
 * @param headers request headers (credentials included; never log them unredacted)
 * @param body the body, empty for GET
 * @param contentType the body's media type, or {@code null}
 * @param timeout how long this attempt may take
 * @param maxResponseBytes the largest response body to accept
 */
public record TransportRequest(String method, String path, Map<String, String> headers, byte[] body, String contentType,
        Duration timeout, long maxResponseBytes) {

    /** Checks the parts and copies the headers. */
    public TransportRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        headers = Map.copyOf(headers);
        body = body == null ? new byte[0] : body;
        Objects.requireNonNull(timeout, "timeout");
    }

    /** The method, path and body size; headers and body are never printed. */
    @Override
    public String toString() {
        return "TransportRequest[" + method + " " + path + ", " + body.length + " bytes]";
    }
}
