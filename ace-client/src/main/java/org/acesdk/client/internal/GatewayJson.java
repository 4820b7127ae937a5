package org.acesdk.client.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;

/**
 * Parses the gateway's JSON answers tolerantly (unknown fields ignored) within stream limits, so that a hostile or
 * broken response cannot exhaust memory. Not API.
 */
public final class GatewayJson {
    private final ObjectMapper mapper;

    /**
     * Creates a parser.
     *
     * @param maxBytes the response size limit, which also bounds any single string
     */
    public GatewayJson(long maxBytes) {
        JsonFactory f = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength((int) Math.min(Integer.MAX_VALUE, Math.max(1024, maxBytes)))
                .maxNestingDepth(32).maxNumberLength(64).build()).build();
        this.mapper = new ObjectMapper(f);
    }

    /** The document, or a missing node when the body is not JSON. */
    public JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            return MissingNode.getInstance();
        }
        try {
            JsonNode n = mapper.readTree(body);
            return n == null ? MissingNode.getInstance() : n;
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }

    /** A text field or {@code null}. */
    public static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isValueNode() && !v.isNull() ? v.asText() : null;
    }
}
