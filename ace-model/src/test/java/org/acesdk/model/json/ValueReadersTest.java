package org.acesdk.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.acesdk.model.entry.EntrySummary;

/**
 * The direct value readers against the types' own {@code @JsonCreator} factories as the oracle: any text gives the
 * same value, or an error at the same path (and, for non-empty text, with the same problem).
 */
class ValueReadersTest {
    private static final ObjectReader REFERENCE = AceJson.newMapper(false, false, false, false).readerFor(EntrySummary.class);
    private static final ObjectReader FAST = AceJson.newMapper(false, true, true, false).readerFor(EntrySummary.class);
    private static final String[] FIELDS = {"countryOfOrigin", "exportDate", "grossWeightKg", "charges", "quantity",
        "foreignPortOfLading", "manufacturerId", "htsNumber", "specialProgram"};

    @Property(tries = 3000)
    void anyTextReadsAsTheFactoriesReadIt(@ForAll @IntRange(min = 0, max = 8) int field,
            @ForAll @StringLength(max = 12) @Chars({'0', '1', '2', '5', '9', '.', '-', '+', ' ', 'A', 'C', 'G', 'K',
                'N', 'S', 'c', 'n', 'Z', 'e'}) String text) {
        ObjectNode line = JsonNodeFactory.instance.objectNode().put("lineNumber", 1);
        ObjectNode tariff = line.putArray("tariffs").addObject().put("htsNumber", "7326.90.8688");
        switch (FIELDS[field]) {
            case "quantity":
                tariff.putArray("quantities").add(text);
                break;
            case "htsNumber":
                tariff.put("htsNumber", text);
                break;
            default:
                line.put(FIELDS[field], text);
        }
        ObjectNode doc = JsonNodeFactory.instance.objectNode();
        doc.putArray("lines").add(line);
        String json = doc.toString();
        Object[] expected = outcome(REFERENCE, json);
        Object[] actual = outcome(FAST, json);
        if (outOfBounds(text) && String.valueOf(actual[0]).startsWith("error")) {
            return; // the SDK bounds decimals (Decimals.inBounds) where Jackson's own reader does not
        }
        assertEquals(expected[0], actual[0], json);
        if (!text.isEmpty()) {
            assertEquals(expected[1], actual[1], json);
        }
    }

    @Property(tries = 300)
    void datesFromTheBufferMatchTheIsoReader(@ForAll @IntRange(min = 1990, max = 2110) int year,
            @ForAll @IntRange(min = 0, max = 13) int month, @ForAll @IntRange(min = 0, max = 32) int day) {
        String json = "{\"lines\":[{\"exportDate\":\"" + String.format("%04d-%02d-%02d", year, month, day) + "\"}]}";
        assertEquals(java.util.List.of(outcome(REFERENCE, json)), java.util.List.of(outcome(FAST, json)), json);
    }

    private static boolean outOfBounds(String text) {
        try {
            String t = text.trim();
            int sp = t.indexOf(' ');
            java.math.BigDecimal d = new java.math.BigDecimal(sp > 0 ? t.substring(0, sp) : t);
            return !org.acesdk.model.internal.Decimals.inBounds(d)
                    || !org.acesdk.model.internal.Decimals.amountInBounds(d);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The document read (compared with {@code equals}), or the error's path and problem. */
    private static Object[] outcome(ObjectReader reader, String json) {
        try {
            return new Object[] {reader.readValue(json), ""};
        } catch (IOException e) {
            AceJsonException ex = AceJson.translate(e);
            return new Object[] {"error " + ex.path(), ex.problem()};
        }
    }
}
