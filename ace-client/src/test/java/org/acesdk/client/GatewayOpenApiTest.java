package org.acesdk.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The published protocol file agrees with what the client sends and accepts. */
class GatewayOpenApiTest {

    static JsonNode spec() throws IOException {
        try (InputStream in = AceClient.class.getResourceAsStream("gateway-openapi.json")) {
            assertNotNull(in, "the OpenAPI file ships in the jar");
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void itIsOpenApi3WithTheThreeOperations() throws IOException {
        JsonNode s = spec();
        assertTrue(s.path("openapi").asText().startsWith("3."));
        assertTrue(s.at("/paths/~1v1~1batches/post").isObject());
        assertTrue(s.at("/paths/~1v1~1batches~1{batchId}/get").isObject());
        assertTrue(s.at("/paths/~1v1~1messages/get").isObject());
        assertEquals("bearer", s.at("/components/securitySchemes/bearer/scheme").asText());
    }

    @Test
    void everyReferenceResolves() throws IOException {
        JsonNode s = spec();
        List<String> refs = new ArrayList<>();
        collect(s, refs);
        assertFalse(refs.isEmpty());
        for (String ref : refs) {
            assertTrue(ref.startsWith("#/"), ref);
            assertFalse(s.at(ref.substring(1)).isMissingNode(), "unresolved " + ref);
        }
    }

    private static void collect(JsonNode n, List<String> refs) {
        if (n.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().equals("$ref")) {
                    refs.add(e.getValue().asText());
                } else {
                    collect(e.getValue(), refs);
                }
            }
        } else if (n.isArray()) {
            n.forEach(c -> collect(c, refs));
        }
    }

    @Test
    void theClientsLimitsMatchTheSpec() throws IOException {
        JsonNode s = spec();
        JsonNode key = s.at("/paths/~1v1~1batches/post/parameters/0");
        assertEquals("Idempotency-Key", key.path("name").asText());
        int maxKey = key.at("/schema/maxLength").asInt();
        SubmitOptions.builder().idempotencyKey("k".repeat(maxKey)).build();
        assertThrows(IllegalArgumentException.class,
                () -> SubmitOptions.builder().idempotencyKey("k".repeat(maxKey + 1)).build());
        int maxLimit = s.at("/paths/~1v1~1messages/get/parameters/1/schema/maximum").asInt();
        AceClient.Builder b = AceClient.builder().baseUrl("https://gateway.example.com/")
                .credentials(AccessTokenProvider.of("t")).filerCode("B76").siteCode("2704");
        b.pageSize(maxLimit).build().close();
        assertThrows(IllegalArgumentException.class, () -> b.pageSize(maxLimit + 1).build());
        List<String> states = new ArrayList<>();
        s.at("/components/schemas/BatchState/enum").forEach(v -> states.add(v.asText()));
        for (String state : states) {
            assertEquals(state, BatchState.of(state).name());
        }
    }
}
