package org.acesdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.acesdk.client.catair.BlockContent;
import org.acesdk.client.catair.CatairWriter;
import org.acesdk.client.catair.EntrySummaryEncoder;
import org.acesdk.client.catair.Envelope;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.rules.duty.DutyCalculator;
import org.junit.jupiter.api.Test;

/**
 * The fake against its OpenAPI file (issue 16): every answer to a set of requests covering each operation's success
 * and error paths has a status the file declares for that operation (or 405 for other methods), the headers the
 * declared response names, and a body valid against the declared schema (checked with an independent JSON Schema
 * validator); every error code is in the file's enum.
 */
class GatewayConformanceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    private static JsonNode openApi() throws Exception {
        try (InputStream in = GatewayConformanceTest.class.getResourceAsStream(
                "/org/acesdk/client/gateway-openapi.json")) {
            assertNotNull(in, "the OpenAPI file is in ace-client");
            return JSON.readTree(in);
        }
    }

    /** OpenAPI 3.0's {@code nullable} as JSON Schema 2020-12 types, recursively. */
    private static void nullableToType(JsonNode n) {
        if (n.isObject()) {
            ObjectNode o = (ObjectNode) n;
            if (o.path("nullable").asBoolean(false) && o.has("type")) {
                ArrayNode types = JSON.createArrayNode().add(o.get("type").asText()).add("null");
                o.set("type", types);
                o.remove("nullable");
            }
            o.fields().forEachRemaining(e -> nullableToType(e.getValue()));
        } else if (n.isArray()) {
            n.forEach(GatewayConformanceTest::nullableToType);
        }
    }

    private record Call(String method, String path, Map<String, String> headers, String body) {
    }

    private HttpResponse<String> send(FakeAceGateway g, Call c) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(g.baseUrl() + c.path().substring(1)))
                .timeout(Duration.ofSeconds(10));
        c.headers().forEach(b::header);
        b.method(c.method(), c.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(c.body()));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String operationPath(String path) {
        String p = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        return p.startsWith("/v1/batches/") ? "/v1/batches/{batchId}" : p;
    }

    @Test
    void everyAnswerIsDeclaredWithItsHeadersAndAValidBody() throws Exception {
        JsonNode api = openApi();
        ObjectNode components = api.get("components").deepCopy();
        nullableToType(components);
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        TreeSet<String> codesSeen = new TreeSet<>();
        List<String> checked = new ArrayList<>();

        EntrySummary e = SampleFilings.oceanEntry().build();
        String batch = CatairWriter.standard().batch(Envelope.builder().siteCode("2704").senderId("B76").build(),
                LocalDate.of(2026, 3, 27), List.of(new BlockContent("AE", "2704", "B76", null,
                        EntrySummaryEncoder.encode(e, DutyCalculator.create(SampleFilings.context()).assess(e)))));
        try (FakeAceGateway g = FakeAceGateway.builder().maxBodyBytes(4096 * 4).start()) {
            String tok = "Bearer " + g.token();
            List<Call> calls = new ArrayList<>(List.of(
                    new Call("POST", "/v1/batches", Map.of("Authorization", tok, "Idempotency-Key", "k1",
                            "Content-Type", "text/plain"), batch),
                    new Call("POST", "/v1/batches", Map.of("Authorization", tok, "Idempotency-Key", "k1",
                            "Content-Type", "text/plain"), batch),
                    new Call("POST", "/v1/batches", Map.of("Authorization", "bearer " + g.token(),
                            "Idempotency-Key", "k2", "Content-Type", "text/plain"), batch),
                    new Call("POST", "/v1/batches", Map.of("Authorization", tok, "Idempotency-Key", "k1",
                            "Content-Type", "text/plain"), batch.replace("QS324527", "QS324599")),
                    new Call("POST", "/v1/batches", Map.of("Idempotency-Key", "k3"), batch),
                    new Call("POST", "/v1/batches", Map.of("Authorization", tok), batch),
                    new Call("POST", "/v1/batches", Map.of("Authorization", tok, "Idempotency-Key", "k".repeat(300)),
                            batch),
                    new Call("POST", "/v1/batches", Map.of("Authorization", tok, "Idempotency-Key", "k4"), ""),
                    new Call("POST", "/v1/batches", Map.of("Authorization", tok, "Idempotency-Key", "k5"),
                            "A".repeat(20_000)),
                    new Call("GET", "/v1/batches", Map.of("Authorization", tok), null),
                    new Call("GET", "/v1/batches/BATCH-000001", Map.of("Authorization", tok), null),
                    new Call("GET", "/v1/batches/NOPE", Map.of("Authorization", tok), null),
                    new Call("GET", "/v1/batches/BATCH-000001", Map.of(), null),
                    new Call("DELETE", "/v1/batches/BATCH-000001", Map.of("Authorization", tok), null),
                    new Call("GET", "/v1/messages?limit=2", Map.of("Authorization", tok), null),
                    new Call("GET", "/v1/messages?after=NOT-A-CURSOR", Map.of("Authorization", tok), null),
                    new Call("GET", "/v1/messages?limit=abc", Map.of("Authorization", tok), null),
                    new Call("POST", "/v1/messages", Map.of("Authorization", tok), "x"),
                    new Call("GET", "/v1/messages", Map.of(), null)));
            List<Fault> faults = List.of(Fault.status(500), Fault.status(503), Fault.rateLimited(Duration.ofSeconds(3)));
            for (int fi = 0; fi < faults.size(); fi++) {
                for (Route r : List.of(Route.SUBMIT, Route.STATUS, Route.MESSAGES)) {
                    calls.add(new Call("FAULT:" + fi + ":" + r, null, Map.of(), null));
                }
            }
            int k = 100;
            for (Call c : calls) {
                Call real = c;
                if (c.method().startsWith("FAULT:")) {
                    String[] parts = c.method().split(":");
                    Route route = Route.valueOf(parts[2]);
                    g.injectNext(route, faults.get(Integer.parseInt(parts[1])));
                    real = switch (route) {
                        case SUBMIT -> new Call("POST", "/v1/batches", Map.of("Authorization", tok, "Idempotency-Key",
                                "f" + k++, "Content-Type", "text/plain"), batch);
                        case STATUS -> new Call("GET", "/v1/batches/BATCH-000001", Map.of("Authorization", tok), null);
                        default -> new Call("GET", "/v1/messages", Map.of("Authorization", tok), null);
                    };
                }
                HttpResponse<String> resp = send(g, real);
                String where = real.method() + " " + real.path() + " -> " + resp.statusCode();
                JsonNode pathItem = api.get("paths").get(operationPath(real.path()));
                assertNotNull(pathItem, where);
                JsonNode op = pathItem.get(real.method().toLowerCase(java.util.Locale.ROOT));
                JsonNode declared;
                if (op == null) {
                    assertEquals(405, resp.statusCode(), where);
                    declared = components.get("responses").get("MethodNotAllowed");
                    List<String> methods = new ArrayList<>();
                    pathItem.fieldNames().forEachRemaining(m -> {
                        if (!m.startsWith("x-")) {
                            methods.add(m.toUpperCase(java.util.Locale.ROOT));
                        }
                    });
                    assertEquals(String.join(", ", methods), resp.headers().firstValue("Allow").orElse(""), where);
                } else {
                    declared = op.get("responses").get(Integer.toString(resp.statusCode()));
                    assertNotNull(declared, where + " is not declared for the operation");
                    if (declared.has("$ref")) {
                        declared = components.get("responses").get(declared.get("$ref").asText()
                                .substring("#/components/responses/".length()));
                    }
                }
                Iterator<Map.Entry<String, JsonNode>> hs = declared.path("headers").fields();
                while (hs.hasNext()) {
                    Map.Entry<String, JsonNode> h = hs.next();
                    if (!h.getValue().path("description").asText().contains("Optional")) {
                        assertTrue(resp.headers().firstValue(h.getKey()).isPresent(), where + " lacks " + h.getKey());
                    }
                }
                JsonNode schemaRef = declared.path("content").path("application/json").path("schema");
                assertTrue(resp.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), where);
                ObjectNode schema = JSON.createObjectNode();
                schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
                schema.put("$ref", schemaRef.get("$ref").asText());
                schema.set("components", components);
                Schema s = registry.getSchema(schema.toString(), InputFormat.JSON);
                List<Error> errors = s.validate(resp.body(), InputFormat.JSON);
                assertEquals(List.of(), errors.stream().map(Error::toString).toList(), where + ": " + resp.body());
                JsonNode code = JSON.readTree(resp.body()).path("error").path("code");
                if (code.isTextual()) {
                    codesSeen.add(code.asText());
                }
                checked.add(where);
            }
        }
        assertTrue(checked.size() >= 28, checked.toString());
        assertTrue(codesSeen.containsAll(List.of("unauthorized", "missing_idempotency_key", "bad_request",
                "malformed_batch", "payload_too_large", "idempotency_conflict", "not_found", "method_not_allowed",
                "invalid_cursor", "internal", "unavailable", "rate_limited")), codesSeen.toString());
    }
}
