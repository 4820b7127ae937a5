package org.acesdk.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.InputStream;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.acesdk.model.Fixtures;
import org.acesdk.model.code.CountryCode;
import org.acesdk.model.code.EntryNumber;
import org.acesdk.model.code.FilerCode;
import org.acesdk.model.code.ForeignPortCode;
import org.acesdk.model.code.HtsNumber;
import org.acesdk.model.code.ImporterNumber;
import org.acesdk.model.code.InternalTransactionNumber;
import org.acesdk.model.code.ManufacturerId;
import org.acesdk.model.code.PortCode;
import org.acesdk.model.code.ScacCode;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.model.export.ExportInformation;
import org.acesdk.model.isf.ImporterSecurityFiling;
import org.acesdk.model.money.Money;
import org.acesdk.model.money.Quantity;
import org.acesdk.model.release.CargoRelease;
import org.acesdk.model.response.CbpResponse;
import org.junit.jupiter.api.Test;

/**
 * Generates the published JSON Schema of every document from the record definitions and checks that the
 * files shipped in {@code ace-model/src/main/resources/org/acesdk/model/schema} match. Regenerate with
 * {@code mvn -pl ace-model test -Dtest=JsonSchemaTest -Dace.schema.update=true}.
 */
class JsonSchemaTest {
    private static final ObjectMapper M = AceJson.mapper();
    private static final List<Class<?>> DOCUMENTS = List.of(EntrySummary.class, CargoRelease.class,
            ImporterSecurityFiling.class, ExportInformation.class, CbpResponse.class);
    private static final Map<Class<?>, String[]> STRINGS = Map.ofEntries(
            Map.entry(EntryNumber.class, new String[] {"^[A-Z0-9]{3}-?[0-9]{7}-?[0-9]$", "entry number XXX-NNNNNNN-C"}),
            Map.entry(FilerCode.class, new String[] {"^[A-Z0-9]{3}$", "filer code"}),
            Map.entry(HtsNumber.class, new String[] {"^[0-9]{4}\\.?[0-9]{2}(\\.?[0-9]{2}(\\.?[0-9]{2})?)?$",
                "HTS number of 6, 8 or 10 digits"}),
            Map.entry(ImporterNumber.class, new String[] {
                "^([0-9]{2}-?[0-9]{7}[A-HJ-NP-Y0-9]{2}|[0-9]{3}-[0-9]{2}-[0-9]{4}|[0-9]{6}-[0-9]{5})$",
                "importer number: NN-NNNNNNNXX, NNN-NN-NNNN or YYDDPP-NNNNN (personal data)"}),
            Map.entry(ManufacturerId.class, new String[] {"^[A-Z]{2}[A-Z0-9]{1,13}$", "manufacturer id (MID)"}),
            Map.entry(PortCode.class, new String[] {"^[0-9]{4}$", "Schedule D port"}),
            Map.entry(ForeignPortCode.class, new String[] {"^[0-9]{5}$", "Schedule K foreign port"}),
            Map.entry(CountryCode.class, new String[] {"^[A-Z]{2}$", "ISO 3166 alpha-2 country, or a Canadian province code"}),
            Map.entry(ScacCode.class, new String[] {"^[A-Z]{2,4}$", "SCAC"}),
            Map.entry(InternalTransactionNumber.class, new String[] {"^X[0-9]{8}[A-Z0-9]{6}$", "ITN"}),
            Map.entry(Money.class, new String[] {"^-?[0-9]+(\\.[0-9]+)?( [A-Z]{3})?$",
                "decimal amount; U.S. dollars unless an ISO 4217 code follows"}),
            Map.entry(Quantity.class, new String[] {"^-?[0-9]+(\\.[0-9]+)? [A-Za-z0-9.]{1,8}$",
                "decimal amount, a space, a unit code (an unknown code is kept as written)"}),
            Map.entry(BigDecimal.class, new String[] {"^-?[0-9]+(\\.[0-9]+)?$", "decimal"}));

    static ObjectNode schema(Class<?> root) {
        ObjectNode s = M.createObjectNode();
        s.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        s.put("$id", "https://acesdk.org/schema/" + root.getSimpleName() + ".schema.json");
        s.put("title", root.getSimpleName());
        ObjectNode defs = M.createObjectNode();
        ObjectNode body = object(root, defs);
        s.setAll(body);
        if (!defs.isEmpty()) {
            s.set("$defs", defs);
        }
        return s;
    }

    /**
     * A constraint of a record component, wherever Java puts it: on the accessor (a component's declaration
     * annotations reach the accessor, field and constructor parameter, never the component itself), on the field, or
     * on the type use.
     */
    static <A extends java.lang.annotation.Annotation> A ann(RecordComponent rc, Class<A> type) {
        A a = rc.getAccessor().getAnnotation(type);
        if (a == null) {
            a = rc.getAnnotatedType().getAnnotation(type);
        }
        if (a == null) {
            try {
                a = rc.getDeclaringRecord().getDeclaredField(rc.getName()).getAnnotation(type);
            } catch (NoSuchFieldException e) {
                throw new AssertionError(e);
            }
        }
        return a;
    }

    private static ObjectNode object(Class<?> type, ObjectNode defs) {
        ObjectNode o = M.createObjectNode();
        o.put("type", "object");
        ObjectNode props = o.putObject("properties");
        ArrayNode required = M.createArrayNode();
        for (RecordComponent rc : type.getRecordComponents()) {
            ObjectNode p = valueSchema(rc.getAnnotatedType(), defs);
            constrain(p, ann(rc, Size.class), ann(rc, Pattern.class), ann(rc, Min.class), ann(rc, Max.class),
                    ann(rc, PositiveOrZero.class));
            // required: @NotNull, and primitives (always written, and a strict read refuses their absence)
            if (ann(rc, NotNull.class) != null || rc.getType().isPrimitive()) {
                required.add(rc.getName());
            } else {
                p = nullable(p);
            }
            props.set(rc.getName(), p);
        }
        if (!required.isEmpty()) {
            o.set("required", required);
        }
        return o;
    }

    /** An optional value may also be JSON null: the SDK reads null as absent. */
    private static ObjectNode nullable(ObjectNode p) {
        if (p.has("$ref")) {
            ObjectNode n = M.createObjectNode();
            n.putArray("anyOf").add(p).add(M.createObjectNode().put("type", "null"));
            return n;
        }
        ArrayNode types = M.createArrayNode().add(p.get("type").asText()).add("null");
        p.set("type", types);
        return p;
    }

    /** Adds what the constraints say that JSON Schema can say. */
    private static void constrain(ObjectNode p, Size size, Pattern pat, Min min, Max max, PositiveOrZero pz) {
        String type = p.path("type").asText();
        if (size != null) {
            boolean array = type.equals("array");
            if (size.min() > 0) {
                p.put(array ? "minItems" : "minLength", size.min());
            }
            if (size.max() < Integer.MAX_VALUE) {
                p.put(array ? "maxItems" : "maxLength", size.max());
            }
        }
        if (pat != null) {
            p.put("pattern", "^(" + pat.regexp() + ")$");
        }
        if (min != null) {
            p.put("minimum", min.value());
        }
        if (max != null) {
            p.put("maximum", max.value());
        }
        if (pz != null) {
            if (type.equals("integer")) {
                p.put("minimum", 0);
            } else if (type.equals("string")) {
                // a decimal or amount without a minus sign
                p.put("pattern", p.path("pattern").asText().replace("^-?", "^"));
            }
        }
    }

    private static ObjectNode valueSchema(AnnotatedType at, ObjectNode defs) {
        ObjectNode p = M.createObjectNode();
        if (at instanceof AnnotatedParameterizedType) {
            p.put("type", "array");
            AnnotatedType element = ((AnnotatedParameterizedType) at).getAnnotatedActualTypeArguments()[0];
            ObjectNode items = valueSchema(element, defs);
            constrain(items, element.getAnnotation(Size.class), element.getAnnotation(Pattern.class),
                    element.getAnnotation(Min.class), element.getAnnotation(Max.class),
                    element.getAnnotation(PositiveOrZero.class));
            p.set("items", items);
            return p;
        }
        Class<?> c = (Class<?>) at.getType();
        if (c == String.class) {
            p.put("type", "string");
        } else if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
            p.put("type", "integer");
        } else if (c == boolean.class || c == Boolean.class) {
            p.put("type", "boolean");
        } else if (c == LocalDate.class) {
            p.put("type", "string").put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$").put("format", "date");
        } else if (c == Instant.class) {
            p.put("type", "string").put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}T([01][0-9]|2[0-3]):[0-5][0-9]"
                    + "(:[0-5][0-9](\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}:[0-9]{2})$").put("format", "date-time");
        } else if (STRINGS.containsKey(c)) {
            p.put("type", "string").put("pattern", STRINGS.get(c)[0]).put("description", STRINGS.get(c)[1]);
        } else if (c.isEnum() || isCode(c)) {
            p.put("type", "string");
            ArrayNode e = p.putArray("examples");
            Object[] constants;
            try {
                constants = c.isEnum() ? c.getEnumConstants() : (Object[]) c.getMethod("values").invoke(null);
            } catch (ReflectiveOperationException ex) {
                throw new AssertionError(ex);
            }
            for (Object v : constants) {
                String code = M.valueToTree(v).asText();
                if (!"UNKNOWN".equals(code)) {
                    e.add(code);
                }
            }
            p.put("description", c.getSimpleName() + " code: the known codes are listed as examples; a code the SDK "
                    + "does not know is read and kept as it was sent");
        } else if (c.isSealed() && c.getAnnotation(com.fasterxml.jackson.annotation.JsonSubTypes.class) != null) {
            // a sealed type written with its subtype's name in a property (e.g. the PGA records: "record": "PG19")
            String property = c.getAnnotation(com.fasterxml.jackson.annotation.JsonTypeInfo.class).property();
            ArrayNode one = p.putArray("oneOf");
            for (com.fasterxml.jackson.annotation.JsonSubTypes.Type t
                    : c.getAnnotation(com.fasterxml.jackson.annotation.JsonSubTypes.class).value()) {
                subtype(t.value(), property, t.name(), defs);
                one.addObject().put("$ref", "#/$defs/" + t.value().getSimpleName());
            }
        } else if (c.isRecord() && subtypeName(c) != null) {
            subtype(c, c.getInterfaces()[0].getAnnotation(com.fasterxml.jackson.annotation.JsonTypeInfo.class)
                    .property(), subtypeName(c), defs);
            p.put("$ref", "#/$defs/" + c.getSimpleName());
        } else if (c.isRecord()) {
            if (!defs.has(c.getSimpleName())) {
                defs.putObject(c.getSimpleName());
                defs.set(c.getSimpleName(), object(c, defs));
            }
            p.put("$ref", "#/$defs/" + c.getSimpleName());
        } else {
            throw new AssertionError("no schema mapping for " + c);
        }
        return p;
    }

    /** Defines a subtype of a sealed type: its record, with the property naming it required and constant. */
    private static void subtype(Class<?> c, String property, String name, ObjectNode defs) {
        if (defs.has(c.getSimpleName())) {
            return;
        }
        defs.putObject(c.getSimpleName());
        ObjectNode o = object(c, defs);
        ObjectNode props = M.createObjectNode();
        props.putObject(property).put("const", name);
        props.setAll((ObjectNode) o.get("properties"));
        o.set("properties", props);
        ArrayNode required = M.createArrayNode().add(property);
        if (o.has("required")) {
            required.addAll((ArrayNode) o.get("required"));
        }
        o.set("required", required);
        defs.set(c.getSimpleName(), o);
    }

    /** The name a record is written under when it is a subtype of a sealed type with type names, else null. */
    private static String subtypeName(Class<?> c) {
        for (Class<?> i : c.getInterfaces()) {
            com.fasterxml.jackson.annotation.JsonSubTypes st = i.getAnnotation(
                    com.fasterxml.jackson.annotation.JsonSubTypes.class);
            if (st != null) {
                for (com.fasterxml.jackson.annotation.JsonSubTypes.Type t : st.value()) {
                    if (t.value() == c) {
                        return t.name();
                    }
                }
            }
        }
        return null;
    }

    /** A code type: known values as constants, unknown codes kept ({@code fromCode} and {@code values()}). */
    private static boolean isCode(Class<?> c) {
        try {
            return java.lang.reflect.Modifier.isStatic(c.getMethod("fromCode", String.class).getModifiers())
                    && c.getMethod("values").getReturnType().isArray();
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    @Test
    void publishedSchemasMatchTheModel() throws Exception {
        boolean update = Boolean.getBoolean("ace.schema.update");
        for (Class<?> doc : DOCUMENTS) {
            String name = doc.getSimpleName() + ".schema.json";
            String generated = M.writerWithDefaultPrettyPrinter().writeValueAsString(schema(doc)) + "\n";
            if (update) {
                Path dir = Path.of("src/main/resources/org/acesdk/model/schema");
                Files.createDirectories(dir);
                Files.writeString(dir.resolve(name), generated, StandardCharsets.UTF_8);
                continue;
            }
            try (InputStream in = AceJson.class.getResourceAsStream("/org/acesdk/model/schema/" + name)) {
                assertNotNull(in, name + " is missing; regenerate with -Dace.schema.update=true");
                String shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertEquals(generated, shipped, name + " is stale; regenerate with -Dace.schema.update=true");
            }
        }
    }

    @Test
    void sampleDocumentSatisfiesTheSchemasRequiredFieldsAndPatterns() throws Exception {
        ObjectNode schema = schema(EntrySummary.class);
        JsonNode doc = M.readTree(AceJson.write(Fixtures.entry(3)));
        check(schema, schema, doc, "");
    }

    /** A small checker for the subset of JSON Schema the generator emits. */
    private static void check(ObjectNode root, JsonNode schema, JsonNode value, String path) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText().substring("#/$defs/".length());
            check(root, root.get("$defs").get(ref), value, path);
            return;
        }
        if (schema.has("anyOf")) {
            if (!value.isNull()) {
                check(root, schema.get("anyOf").get(0), value, path);
            }
            return;
        }
        if (schema.path("type").isArray()) {
            if (!value.isNull()) {
                ObjectNode single = schema.deepCopy();
                single.put("type", schema.get("type").get(0).asText());
                check(root, single, value, path);
            }
            return;
        }
        switch (schema.path("type").asText()) {
            case "object":
                for (JsonNode r : schema.path("required")) {
                    assertTrue(value.has(r.asText()), path + "." + r.asText() + " required");
                }
                Iterator<Map.Entry<String, JsonNode>> it = value.fields();
                while (it.hasNext()) {
                    Map.Entry<String, JsonNode> f = it.next();
                    JsonNode ps = schema.get("properties").get(f.getKey());
                    assertNotNull(ps, "schema lacks " + path + "." + f.getKey());
                    check(root, ps, f.getValue(), path + "." + f.getKey());
                }
                break;
            case "array":
                for (int i = 0; i < value.size(); i++) {
                    check(root, schema.get("items"), value.get(i), path + "[" + i + "]");
                }
                break;
            case "string":
                assertTrue(value.isTextual(), path + " is a string");
                if (schema.has("pattern")) {
                    assertTrue(value.asText().matches(schema.get("pattern").asText()), path + " matches pattern: "
                            + value.asText());
                }
                break;
            case "integer":
                assertTrue(value.isIntegralNumber(), path + " is an integer");
                break;
            case "boolean":
                assertTrue(value.isBoolean(), path + " is a boolean");
                break;
            default:
                throw new AssertionError("unknown schema type at " + path);
        }
    }
}
