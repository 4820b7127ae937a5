package org.acesdk.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.acesdk.model.Fixtures;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.model.response.CbpResponse;
import org.junit.jupiter.api.Test;

/**
 * The record readers against Jackson's general record handling as the oracle: for intact and damaged documents
 * both give equal documents, or errors with the same path and problem.
 */
class RecordReadersTest {
    private static final ObjectMapper TREE = AceJson.newMapper(false, false);
    private static final ObjectReader REFERENCE = TREE.readerFor(EntrySummary.class);
    private static final ObjectReader FAST = AceJson.newMapper(false, true).readerFor(EntrySummary.class);

    @Test
    void intactDocumentsReadTheSame() throws IOException {
        String json = AceJson.write(Fixtures.entry(40));
        assertEquals(outcome(REFERENCE, json), outcome(FAST, json));
        assertEquals(Fixtures.entry(40), AceJson.read(json, EntrySummary.class));
        String response = "{\"application\":\"AE\",\"unknownField\":{\"a\":[1,2]},\"conditions\":[{}]}";
        assertEquals(outcome(TREE.readerFor(CbpResponse.class), response),
                outcome(AceJson.newMapper(false, true).readerFor(CbpResponse.class), response));
    }

    @Property(tries = 500)
    void damagedDocumentsReadTheSame(@ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int damages) {
        Random random = new Random(seed);
        ObjectNode tree = TREE.valueToTree(Fixtures.entry(4));
        for (int i = 0; i < damages; i++) {
            damage(tree, random);
        }
        String json = tree.toString();
        if (random.nextInt(8) == 0) {
            json = json.substring(0, random.nextInt(json.length())); // truncated: malformed JSON
        }
        assertEquals(outcome(REFERENCE, json), outcome(FAST, json), json);
    }

    @Test
    void namesNotFromTheParsersSymbolTableAreStillFound() throws IOException {
        JsonNode tree = TREE.valueToTree(Fixtures.entry(3));
        EntrySummary viaTree = AceJson.newMapper(false, true).treeToValue(tree, EntrySummary.class);
        assertEquals(Fixtures.entry(3), viaTree);
    }

    @Test
    void unknownFieldsAndDuplicatesBehaveAsBefore() throws IOException {
        String json = "{\"lines\":[{\"lineNumber\":1,\"relatedParty\":false,\"lineNumber\":2,\"extra\":{\"deep\":[{\"x\":1}]},"
                + "\"tariffs\":[{\"htsNumber\":\"7326.90.8688\"}]}],\"x\":null}";
        String fast = outcome(FAST, json);
        assertEquals(outcome(REFERENCE, json), fast);
        assertTrue(fast.contains("\"lineNumber\":2"), fast);
    }

    /** The document's JSON with importer numbers in full (its {@code toString} masks them), or the error. */
    private static String outcome(ObjectReader reader, String json) {
        try {
            return "ok " + AceJson.write(reader.readValue(json.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            AceJsonException ex = AceJson.translate(e);
            return "error " + ex.path() + " | " + ex.problem();
        } catch (RuntimeException e) {
            return "unexpected " + e;
        }
    }

    private static void damage(JsonNode root, Random random) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode parent = containers.get(random.nextInt(containers.size()));
        JsonNode replacement = pick(random);
        if (parent instanceof ObjectNode) {
            ObjectNode o = (ObjectNode) parent;
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            if (names.isEmpty() || random.nextInt(6) == 0) {
                o.set("unknown" + random.nextInt(3), replacement);
                return;
            }
            String name = names.get(random.nextInt(names.size()));
            if (random.nextInt(4) == 0) {
                o.remove(name);
            } else {
                o.set(name, replacement);
            }
        } else {
            ArrayNode a = (ArrayNode) parent;
            if (a.size() > 0) {
                a.set(random.nextInt(a.size()), replacement);
            } else {
                a.add(replacement);
            }
        }
    }

    private static JsonNode pick(Random random) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        switch (random.nextInt(12)) {
            case 0:
                return f.nullNode();
            case 1:
                return f.textNode("X".repeat(1 + random.nextInt(20)));
            case 2:
                return f.numberNode(random.nextInt(2000) - 100);
            case 3:
                return f.numberNode(1.5);
            case 4:
                return f.textNode("");
            case 5:
                return f.objectNode().put("lineNumber", 3);
            case 6:
                return f.arrayNode().add("CN");
            case 7:
                return f.booleanNode(true);
            case 8:
                return f.textNode("2026-02-30");
            case 9:
                return f.textNode("12.50");
            case 10:
                return f.arrayNode().add(f.nullNode());
            default:
                return f.textNode("CN");
        }
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node.isContainerNode()) {
            out.add(node);
            node.forEach(child -> collect(child, out));
        }
    }
}
