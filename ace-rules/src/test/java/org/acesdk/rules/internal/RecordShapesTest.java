package org.acesdk.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.model.export.ExportInformation;
import org.acesdk.model.isf.ImporterSecurityFiling;
import org.acesdk.model.json.AceJson;
import org.acesdk.model.release.CargoRelease;
import org.acesdk.rules.Finding;
import org.acesdk.rules.Samples;
import org.junit.jupiter.api.Test;

/**
 * The compiled shape checks against Hibernate Validator as the oracle: on documents with random damage, both must
 * report exactly the same findings (rule id, path, message).
 */
class RecordShapesTest {
    private static final ObjectMapper TREE = AceJson.mapper();
    private static final List<Object> SAMPLES = List.of(Samples.entry(), Samples.release(), Samples.isf(),
            Samples.eei());

    @Test
    void everyDocumentTypeIsCompiled() {
        for (Class<?> type : List.of(EntrySummary.class, CargoRelease.class, ImporterSecurityFiling.class,
                ExportInformation.class)) {
            assertTrue(RecordShapes.supports(type), type.getSimpleName());
        }
    }

    @Test
    void emptyDocumentsReportWhatHibernateValidatorReports() {
        for (Object sample : SAMPLES) {
            Object empty = AceJson.read("{}", sample.getClass());
            List<String> expected = render(ShapeValidation.validateWithHibernateValidator(empty));
            assertFalse(expected.isEmpty());
            assertEquals(expected, render(RecordShapes.validate(empty)), sample.getClass().getSimpleName());
            assertEquals(expected, render(ShapeValidation.validate(empty)), sample.getClass().getSimpleName());
        }
    }

    @Property(tries = 400)
    void damagedDocumentsReportWhatHibernateValidatorReports(@ForAll @IntRange(min = 0, max = 3) int which,
            @ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int damages) {
        Object sample = SAMPLES.get(which);
        Random random = new Random(seed);
        JsonNode tree = TREE.valueToTree(sample);
        for (int i = 0; i < damages; i++) {
            damage(tree, random);
        }
        Object document;
        try {
            document = TREE.treeToValue(tree, sample.getClass());
        } catch (Exception e) {
            return; // damage the model refuses at construction (e.g. a null list element) never reaches validation
        }
        List<String> oracle = render(ShapeValidation.validateWithHibernateValidator(document));
        assertEquals(oracle, render(RecordShapes.validate(document)), tree::toString);
        assertEquals(oracle, render(ShapeValidation.validate(document)), tree::toString);
    }

    @Property(tries = 2000)
    void characterRunsMatchExactlyWhatTheRegexMatches(@ForAll @IntRange(min = 0, max = 7) int which,
            @ForAll @net.jqwik.api.constraints.StringLength(max = 20)
            @net.jqwik.api.constraints.Chars({'A', 'Z', 'a', 'z', '0', '9', '-', 'M', 'g', ' ', '.', '\u00c9'})
            String text) {
        String regexp = List.of("[A-Z0-9]{3}", "[A-Za-z0-9-]{1,17}", "[RMHST]", "[A-Za-z0-9]{1,50}", "[A-Z0-9]{2}",
                "[-a-z]{0,4}", "[a-]{2,3}", "[A-Z0-9]{4}").get(which);
        RecordShapes.CharRun run = RecordShapes.CharRun.of(regexp);
        assertTrue(run != null, regexp);
        assertEquals(java.util.regex.Pattern.matches(regexp, text), run.matches(text), () -> regexp + " on '" + text + "'");
    }

    @Test
    void richerPatternsAreLeftToTheRegexEngine() {
        assertEquals(null, RecordShapes.CharRun.of("0[1-9]|10"));
        assertEquals(null, RecordShapes.CharRun.of("[AC]-?\\d{3}"));
        assertEquals(null, RecordShapes.CharRun.of("[A-Z]{2,}"));
        assertEquals(null, RecordShapes.CharRun.of("[^A-Z]{2}"));
    }

    /** Every field of a full entry, set in turn to each damaging value: the entry walk reports what the general does. */
    @Test
    void theEntryWalkReportsWhatTheGeneralWalkReportsForEveryField() throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode full = TREE.valueToTree(Samples.entry());
        ObjectNode line0 = (ObjectNode) full.get("lines").get(0);
        line0.putArray("adCvdCases").addObject().put("caseNumber", "A-570-001-000").put("depositRate", "10");
        line0.putObject("invoice").put("supplierId", "SUP1").put("invoiceNumber", "INV-1");
        ((ObjectNode) line0.get("tariffs").get(0)).putArray("quantities").add("5 KG");
        full.putObject("bond").put("type", "8").put("suretyCode", "457");
        List<JsonNode> bad = List.of(JsonNodeFactory.instance.nullNode(), JsonNodeFactory.instance.textNode("X".repeat(120)),
                JsonNodeFactory.instance.textNode("a b"), JsonNodeFactory.instance.numberNode(-5),
                JsonNodeFactory.instance.numberNode(5000), JsonNodeFactory.instance.textNode("-1"),
                JsonNodeFactory.instance.arrayNode());
        int compared = 0;
        int withFindings = 0;
        for (String path : paths(full, "")) {
            for (JsonNode value : bad) {
                JsonNode doc = full.deepCopy();
                set(doc, path, value);
                EntrySummary e;
                try {
                    // lenient: the damaged values reach the shape checks instead of being refused on reading
                    e = org.acesdk.model.json.AceJson.readLenient(doc.toString(), EntrySummary.class);
                } catch (Exception refused) {
                    continue;
                }
                List<String> general = render(RecordShapes.validate(e));
                assertEquals(general, render(EntryShapes.check(e)), path + " = " + value);
                compared++;
                withFindings += general.isEmpty() ? 0 : 1;
            }
        }
        assertTrue(compared > 150 && withFindings > 50, compared + " compared, " + withFindings + " with findings");
    }

    private static List<String> paths(JsonNode node, String prefix) {
        List<String> out = new ArrayList<>();
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(n -> {
                out.add(prefix + "/" + n);
                out.addAll(paths(node.get(n), prefix + "/" + n));
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.add(prefix + "/" + i);
                out.addAll(paths(node.get(i), prefix + "/" + i));
            }
        }
        return out;
    }

    private static void set(JsonNode root, String path, JsonNode value) {
        int cut = path.lastIndexOf('/');
        JsonNode parent = root.at(path.substring(0, cut));
        String last = path.substring(cut + 1);
        if (parent instanceof ObjectNode) {
            ((ObjectNode) parent).set(last, value);
        } else {
            ((ArrayNode) parent).set(Integer.parseInt(last), value);
        }
    }

    @Test
    void theEntryWalkVisitsEveryConstrainedComponent() {
        for (java.util.Map.Entry<Class<?>, java.util.Set<String>> e : EntryShapes.VISITED.entrySet()) {
            assertEquals(RecordShapes.constrainedComponents(e.getKey()), new java.util.TreeSet<>(e.getValue()),
                    e.getKey().getSimpleName());
        }
        // and every record type an entry cascades into is walked
        assertEquals(java.util.Set.of(EntrySummary.class, org.acesdk.model.entry.Bond.class,
                org.acesdk.model.entry.EntryLine.class, org.acesdk.model.entry.TariffLine.class,
                org.acesdk.model.entry.AdCvdCase.class, org.acesdk.model.entry.InvoiceReference.class),
                EntryShapes.VISITED.keySet());
    }

    /** The header detail's flags, which JSON gives explicitly (primitives are never guessed). */
    private static final String FLAGS = java.util.stream.Stream.of("electronicInvoice", "consolidatedSummary",
            "liveEntry", "tradeAgreementReconciliation", "acceleratedLiquidation", "knownImporter", "tibDeclaration",
            "consolidatedExpressInformal").map(n -> "\"" + n + "\":false").collect(Collectors.joining(","));

    @Test
    void theDetailRecordsAreCheckedAsHibernateValidatorChecksThem() {
        EntrySummary e = AceJson.read("{\"lines\":[{\"lineNumber\":1,\"relatedParty\":false,\"tariffs\":[{}],"
                + "\"detail\":{\"visaNumber\":\"bad visa\",\"licences\":[{\"type\":\"1\",\"number\":\"\"}],"
                + "\"ftzStatus\":{\"status\":\"Q\",\"quantity\":-1},\"censusOverrides\":[{\"condition\":\"27C\"}]}}],"
                + "\"detail\":{\"reconciliationIssue\":\"009\",\"tripId\":\"TOO-LONG-TRIP\"," + FLAGS + "}}",
                EntrySummary.class);
        List<String> fast = render(RecordShapes.validate(e));
        assertEquals(render(ShapeValidation.validateWithHibernateValidator(e)), fast);
        assertTrue(fast.contains("BV-PATTERN | lines[0].detail.visaNumber | visaNumber must match \"[A-Z0-9]{1,9}\""),
                fast::toString);
        assertTrue(fast.stream().anyMatch(x -> x.contains("| detail.tripId |")), fast::toString);
        assertTrue(fast.stream().anyMatch(x -> x.contains("| lines[0].detail.licences[0].type |")), fast::toString);
    }

    @Test
    void aValueSharedAtTwoPathsIsReportedAtBoth() {
        EntrySummary e = AceJson.read("{\"lines\":[{\"lineNumber\":1,\"relatedParty\":false,\"tariffs\":[{}]}]}",
                EntrySummary.class);
        EntrySummary twice = e.toBuilder().lines(List.of(e.lines().get(0), e.lines().get(0))).build();
        List<String> fast = render(RecordShapes.validate(twice));
        assertEquals(render(ShapeValidation.validateWithHibernateValidator(twice)), fast);
        assertEquals(fast, render(ShapeValidation.validate(twice)));
        assertTrue(fast.contains("BV-NOTNULL | lines[1].tariffs[0].htsNumber | htsNumber must not be null"), fast::toString);
    }

    /** A caller's own filing type with a constraint the compiled checks do not know. */
    public record CustomFiling(@NotNull @Email String contact) {
    }

    @Test
    void otherTypesGoToHibernateValidator() {
        assertFalse(RecordShapes.supports(CustomFiling.class));
        assertFalse(RecordShapes.supports(String.class));
        List<Finding> findings = ShapeValidation.validate(new CustomFiling("not an address"));
        assertEquals(List.of("BV-EMAIL | contact | contact must be a well-formed email address"), render(findings));
    }

    private static List<String> render(List<Finding> findings) {
        return findings.stream().sorted(Comparator.comparing(Finding::path).thenComparing(f -> f.ruleId().toString())
                        .thenComparing(Finding::message))
                .map(f -> f.ruleId() + " | " + f.path() + " | " + f.message()).collect(Collectors.toList());
    }

    /** Replaces one random value in the tree with a damaging one. */
    private static void damage(JsonNode root, Random random) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode parent = containers.get(random.nextInt(containers.size()));
        JsonNode replacement = pick(random);
        if (parent instanceof ObjectNode) {
            ObjectNode o = (ObjectNode) parent;
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            if (names.isEmpty()) {
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
            switch (random.nextInt(3)) {
                case 0:
                    a.removeAll();
                    break;
                case 1:
                    for (int n = random.nextInt(1200); n > 0 && a.size() > 0; n--) {
                        a.add(a.get(0).deepCopy());
                    }
                    break;
                default:
                    if (a.size() > 0) {
                        a.set(random.nextInt(a.size()), replacement);
                    }
            }
        }
    }

    private static JsonNode pick(Random random) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        switch (random.nextInt(9)) {
            case 0:
                return f.nullNode();
            case 1:
                return f.textNode("X".repeat(1 + random.nextInt(120)));
            case 2:
                return f.textNode("a b");
            case 3:
                return f.numberNode(random.nextInt(2200) - 100);
            case 4:
                return f.textNode("-" + random.nextInt(100));
            case 5:
                return f.textNode("");
            case 6:
                return f.objectNode();
            case 7:
                return f.arrayNode();
            default:
                return f.textNode(Integer.toString(random.nextInt(100_000_000)));
        }
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node.isContainerNode()) {
            out.add(node);
            node.forEach(child -> collect(child, out));
        }
    }
}
