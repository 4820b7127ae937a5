package org.acesdk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.model.json.AceJson;
import org.acesdk.model.json.AceJsonException;

/** Random mutations of a valid filing (fields blanked, swapped, out of range) never make validation throw. */
class ValidationProperties {
    private static final ObjectMapper M = AceJson.mapper();
    private static final String[] ODD = {"", " ", "0", "-1", "99999999999", "ZZ", "1e9", "2026-02-30", "9903.88.03",
        "XO", "UNKNOWN", "A", "S+", "000-00-0000", "0.001"};

    /** Every value node's parent and key (or index), so one can be replaced. */
    private static void collect(JsonNode n, List<Object[]> out) {
        if (n.isObject()) {
            n.fieldNames().forEachRemaining(k -> {
                out.add(new Object[] {n, k});
                collect(n.get(k), out);
            });
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                out.add(new Object[] {n, i});
                collect(n.get(i), out);
            }
        }
    }

    private static JsonNode mutate(JsonNode root, long seed, int count) {
        JsonNode copy = root.deepCopy();
        Random rnd = new Random(seed);
        for (int m = 0; m < count; m++) {
            List<Object[]> slots = new ArrayList<>();
            collect(copy, slots);
            slots.removeIf(sl -> !(sl[0] instanceof ObjectNode));
            Object[] slot = slots.get(rnd.nextInt(slots.size()));
            JsonNode current = value(slot);
            JsonNode replacement;
            int kind = rnd.nextInt(5);
            if (kind == 0 || current.isContainerNode() && kind < 3) {
                replacement = JsonNodeFactory.instance.nullNode(); // blanked
            } else if (current.isTextual() && isDate(current.asText())) {
                replacement = JsonNodeFactory.instance.textNode(java.time.LocalDate.parse(current.asText())
                        .plusDays(rnd.nextInt(2000) - 1000).toString()); // out of range
            } else if (current.isTextual() && current.asText().matches("-?\\d+(\\.\\d+)?")) {
                replacement = JsonNodeFactory.instance.textNode(rnd.nextBoolean() ? "-" + current.asText()
                        : current.asText() + "000000"); // negative or huge
            } else if (current.isIntegralNumber()) {
                replacement = JsonNodeFactory.instance.numberNode(rnd.nextInt(3000) - 1000);
            } else if (current.isBoolean()) {
                replacement = JsonNodeFactory.instance.booleanNode(!current.asBoolean());
            } else {
                // swapped: the value of the same field elsewhere in the document, or an odd text
                String key = (String) slot[1];
                List<JsonNode> same = new ArrayList<>();
                for (Object[] o : slots) {
                    if (key.equals(o[1])) {
                        same.add(value(o));
                    }
                }
                replacement = kind == 4 ? JsonNodeFactory.instance.textNode(ODD[rnd.nextInt(ODD.length)])
                        : same.get(rnd.nextInt(same.size())).deepCopy();
            }
            ((ObjectNode) slot[0]).set((String) slot[1], replacement);
        }
        return copy;
    }

    private static boolean isDate(String s) {
        try {
            java.time.LocalDate.parse(s);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    private static JsonNode value(Object[] slot) {
        return slot[0] instanceof ObjectNode ? ((ObjectNode) slot[0]).get((String) slot[1])
                : ((ArrayNode) slot[0]).get((Integer) slot[1]);
    }

    @Property(tries = 400, maxDiscardRatio = 20)
    void mutatedFilingsNeverThrowAndAreDeterministic(@ForAll long seed) throws Exception {
        JsonNode base = M.readTree(AceJson.write(Samples.entry()));
        JsonNode mutated = mutate(base, seed, 1 + (int) Math.floorMod(seed, 4L));
        EntrySummary e;
        try {
            e = AceJson.read(mutated.toString(), EntrySummary.class);
        } catch (AceJsonException rejectedAtTheBoundary) {
            Assume.that(false);
            return;
        }
        ValidationReport first = AceValidator.standard().validate(e, Samples.context());
        ValidationReport second = AceValidator.standard().validate(e, Samples.context());
        assertEquals(first.findings(), second.findings());
        assertTrue(first.findings().stream().noneMatch(f -> f.message().contains("failed to evaluate")),
                first.toText());
    }
}
