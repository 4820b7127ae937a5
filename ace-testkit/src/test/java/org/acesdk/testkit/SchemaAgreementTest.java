package org.acesdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.acesdk.model.code.InvalidValueException;
import org.acesdk.model.json.AceJson;
import org.acesdk.model.json.AceJsonException;
import org.junit.jupiter.api.Test;

/**
 * The published JSON Schemas against the SDK (issue 16), with an independent validator: every document the SDK writes
 * is valid against its schema, and on damaged documents of every kind the schema's verdict agrees with the SDK's
 * (strict read, then the documents' Bean Validation constraints) wherever JSON Schema can express the rule.
 */
class SchemaAgreementTest {
    private static final ObjectMapper M = new ObjectMapper();

    private static Schema schemaOf(Class<?> type) throws Exception {
        try (InputStream in = AceJson.class.getResourceAsStream("/org/acesdk/model/schema/" + type.getSimpleName()
                + ".schema.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
        }
    }

    /** The damaging values tried at every place in a document. */
    private static List<JsonNode> damages(JsonNode original) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        List<JsonNode> out = new ArrayList<>(List.of(f.nullNode(), f.numberNode(5), f.booleanNode(true),
                f.objectNode(), f.arrayNode(), f.textNode(""), f.textNode("!!"), f.textNode("X".repeat(1000)),
                f.numberNode(0), f.numberNode(-1), f.numberNode(100_000), f.textNode("-5")));
        if (original.isArray()) {
            out.add(f.arrayNode().addNull());
            ArrayNode many = f.arrayNode();
            for (int i = 0; i < 1000; i++) {
                many.add(original.size() > 0 ? original.get(0) : f.nullNode());
            }
            out.add(many);
        }
        return out;
    }

    private static void places(JsonNode n, String path, List<String> out) {
        if (n.isObject()) {
            n.fieldNames().forEachRemaining(k -> {
                out.add(path + "/" + k);
                places(n.get(k), path + "/" + k, out);
            });
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                out.add(path + "/" + i);
                places(n.get(i), path + "/" + i, out);
            }
        }
    }

    /** A copy with the value at the JSON pointer replaced, or removed when {@code value} is missing. */
    private static JsonNode with(JsonNode doc, String pointer, JsonNode value) {
        JsonNode copy = doc.deepCopy();
        int cut = pointer.lastIndexOf('/');
        JsonNode parent = copy.at(pointer.substring(0, cut));
        String key = pointer.substring(cut + 1);
        if (parent.isObject()) {
            if (value == null) {
                ((ObjectNode) parent).remove(key);
            } else {
                ((ObjectNode) parent).set(key, value);
            }
        } else {
            ArrayNode a = (ArrayNode) parent;
            if (value == null) {
                a.remove(Integer.parseInt(key));
            } else {
                a.set(Integer.parseInt(key), value);
            }
        }
        return copy;
    }

    /** The SDK's verdict: {@code null} when it accepts, else why it refuses; "inexpressible" for rules a schema cannot state. */
    private static String sdkVerdict(String json, Class<?> type, Validator validator) {
        Object doc;
        try {
            doc = AceJson.read(json, type);
        } catch (AceJsonException e) {
            for (Throwable c = e; c != null; c = c.getCause()) {
                if (c instanceof InvalidValueException && ((InvalidValueException) c).reason().contains("check digit")) {
                    return "inexpressible";
                }
            }
            return e.getMessage();
        }
        var violations = validator.validate(doc);
        return violations.isEmpty() ? null : violations.iterator().next().getPropertyPath() + " "
                + violations.iterator().next().getMessage();
    }

    @Test
    void theSchemasAgreeWithTheSdkOnItsOutputAndOnDamagedDocuments() throws Exception {
        Map<String, int[]> figures = new LinkedHashMap<>();
        List<String> disagreements = new ArrayList<>();
        int outputs = 0;
        java.util.Set<String> seenKinds = new java.util.HashSet<>();
        try (ValidatorFactory vf = Validation.byDefaultProvider().configure().messageInterpolator(
                new org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator()).buildValidatorFactory()) {
            Validator validator = vf.getValidator();
            List<Object> samples = new ArrayList<>(SampleFilings.all());
            samples.add(SampleFilings.largeEntry(12));
            samples.add(org.acesdk.model.response.CbpResponse.builder().applicationId("AX")
                    .entryNumber(SampleFilings.entryNumber(324527))
                    .disposition(org.acesdk.model.response.Disposition.REJECTED)
                    .conditions(List.of(org.acesdk.model.response.Condition.builder().code("119")
                            .severity(org.acesdk.model.response.ConditionSeverity.FATAL).text("A BOND IS REQUIRED")
                            .recordType("E1").lineNumber(3).build()))
                    .rawLines(List.of("E1RF119 A BOND IS REQUIRED")).build());
            for (Object sample : samples) {
                Class<?> type = sample.getClass();
                Schema schema = schemaOf(type);
                String json = AceJson.write(sample);
                assertEquals(List.of(), schema.validate(json, InputFormat.JSON).stream().map(Object::toString)
                        .toList(), type.getSimpleName() + " as the SDK writes it");
                outputs++;
                JsonNode tree = M.readTree(json);
                List<String> places = new ArrayList<>();
                places(tree, "", places);
                int[] f = figures.computeIfAbsent(type.getSimpleName(), k -> new int[3]);
                for (String place : places) {
                    List<JsonNode> values = new ArrayList<>(damages(tree.at(place)));
                    values.add(null);
                    for (JsonNode v : values) {
                        String damaged = with(tree, place, v).toString();
                        String sdk = sdkVerdict(damaged, type, validator);
                        if ("inexpressible".equals(sdk)) {
                            f[2]++;
                            continue;
                        }
                        boolean schemaRefuses = !schema.validate(damaged, InputFormat.JSON).isEmpty();
                        f[0]++;
                        if (schemaRefuses == (sdk != null)) {
                            f[1]++;
                        } else if (disagreements.size() < 60 && seenKinds.add(type.getSimpleName()
                                + place.replaceAll("/[0-9]+", "/n") + (v == null ? "-" : v.getNodeType().toString()))) {
                            disagreements.add(type.getSimpleName() + " " + place + " = " + (v == null ? "(removed)"
                                    : v.toString().length() > 30 ? v.toString().substring(0, 30) + "..." : v)
                                    + ": schema " + (schemaRefuses ? "refuses" : "accepts") + ", SDK "
                                    + (sdk == null ? "accepts" : "refuses (" + sdk + ")"));
                        }
                    }
                }
            }
        }
        StringBuilder report = new StringBuilder("Schema/SDK agreement on damaged documents\n");
        int compared = 0;
        int agreed = 0;
        for (Map.Entry<String, int[]> e : figures.entrySet()) {
            report.append(String.format("%-24s %6d compared %6d agree (%.2f%%) %5d not expressible in JSON Schema%n",
                    e.getKey(), e.getValue()[0], e.getValue()[1], 100.0 * e.getValue()[1] / e.getValue()[0],
                    e.getValue()[2]));
            compared += e.getValue()[0];
            agreed += e.getValue()[1];
        }
        report.append(String.format("all %d compared, %d agree (%.2f%%); %d SDK outputs valid%n", compared, agreed,
                100.0 * agreed / compared, outputs));
        disagreements.forEach(d -> report.append("  ").append(d).append('\n'));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "schema-agreement.txt"), report.toString());
        assertTrue(compared > 1000, report.toString());
        assertTrue(agreed >= 0.99 * compared, report.toString());
    }
}
