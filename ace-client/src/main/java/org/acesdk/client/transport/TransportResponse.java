package org.acesdk.client.transport;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the far side answered to one attempt.
 *
 * @param status the HTTP status (or the transport's equivalent)
 * @param headers response headers; looked up case-insensitively through {@link #header(String)}
 * @param body the body
 */
public record TransportResponse(int status, Map<String, String> headers, byte[] body) {

    /** Copies the headers into a case-insensitive map. */
    public TransportResponse {
        TreeMap<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            h.putAll(headers);
        }
        headers = Collections.unmodifiableMap(h);
        body = body == null ? new byte[0] : body;
    }

    /** A header's value, case-insensitively. */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name));
    }

    /** The body as UTF-8 text. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The status and body size only. */
    @Override
    public String toString() {
        return "TransportResponse[" + status + ", " + body.length + " bytes]";
    }
}
