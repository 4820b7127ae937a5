package org.acesdk.rules.advisor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.acesdk.rules.duty.StackingCategory;

/**
 * Whom and what each chapter 99 program covers: the advisor's own data ({@code chapter99-advice.json}), dated through
 * the programs table it names. Immutable and thread-safe.
 */
public final class AdviceRules {

    /** How a program's products are known. */
    public enum Coverage {
        /** A caller-supplied {@link ProductList}. */
        LIST,
        /** Every product, less an exemption list. */
        ALL
    }

    /**
     * One program's coverage.
     *
     * @param program the program id in the chapter 99 programs table
     * @param coverage list or all products
     * @param list the product list's name (coverage LIST)
     * @param origins countries of origin it applies to; {@code *} for any
     * @param exceptOrigins countries it does not apply to
     * @param notWith categories whose presence on the line excludes it
     * @param notWithPrograms programs whose presence on the line excludes it (e.g. 232 metals under 232 autos)
     * @param exemptList the product list of exempt products, or {@code null}
     * @param exemptProgram the program whose heading exempt products declare, or {@code null}
     * @param note an explanation shown with the advice
     */
    public record Rule(String program, Coverage coverage, String list, Set<String> origins, Set<String> exceptOrigins,
            Set<StackingCategory> notWith, Set<String> notWithPrograms, String exemptList, String exemptProgram, String note) {

        /** Copies the sets. */
        public Rule {
            origins = Set.copyOf(origins);
            exceptOrigins = Set.copyOf(exceptOrigins);
            notWith = Set.copyOf(notWith);
            notWithPrograms = Set.copyOf(notWithPrograms);
            note = note == null ? "" : note;
        }

        /** Whether the rule applies to goods of this origin. */
        public boolean appliesTo(String origin) {
            return (origins.contains("*") || origins.contains(origin)) && !exceptOrigins.contains(origin);
        }
    }

    /**
     * Which origins the footnote-derived headings of a category apply to.
     *
     * @param origins countries; {@code *} for any
     * @param note an explanation
     */
    public record FootnoteRule(Set<String> origins, String note) {

        /** Copies the set. */
        public FootnoteRule {
            origins = Set.copyOf(origins);
            note = note == null ? "" : note;
        }
    }

    private final Map<StackingCategory, FootnoteRule> footnotes;
    private final List<Rule> rules;

    private AdviceRules(Map<StackingCategory, FootnoteRule> footnotes, List<Rule> rules) {
        this.footnotes = Map.copyOf(footnotes);
        this.rules = List.copyOf(rules);
    }

    /** The rules shipped with the SDK. */
    public static AdviceRules defaults() {
        return from(org.acesdk.data.AceData.bundled());
    }

    /**
     * The rules of a data bundle (its {@code chapter99-advice} table).
     *
     * @param data the data
     * @return the rules
     * @throws IllegalArgumentException naming the entry and field that is malformed
     */
    public static AdviceRules from(org.acesdk.data.AceData data) {
        try (InputStream in = data.table(org.acesdk.data.AceData.CHAPTER99_ADVICE).open()) {
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads rules in the format of the shipped {@code chapter99-advice.json}.
     *
     * @param in the JSON
     * @return the rules
     * @throws IOException if it cannot be read
     * @throws IllegalArgumentException naming the entry and field that is malformed
     */
    public static AdviceRules load(InputStream in) throws IOException {
        JsonNode root = new ObjectMapper().readTree(in);
        if (root == null || !root.path("rules").isArray()) {
            throw new IllegalArgumentException("chapter 99 advice: 'rules' must be an array");
        }
        Map<StackingCategory, FootnoteRule> fs = new LinkedHashMap<>();
        for (var it = root.path("footnoteCategories").fields(); it.hasNext();) {
            var e = it.next();
            fs.put(category(e.getKey(), "footnoteCategories"), new FootnoteRule(strings(e.getValue().path("origins")),
                    e.getValue().path("note").asText("")));
        }
        List<Rule> rules = new ArrayList<>();
        int i = 0;
        for (JsonNode r : root.get("rules")) {
            String where = "rules[" + i++ + "]";
            String program = r.path("program").asText("");
            if (program.isBlank()) {
                throw new IllegalArgumentException("chapter 99 advice: " + where + ".program is missing");
            }
            Coverage coverage;
            try {
                coverage = Coverage.valueOf(r.path("coverage").asText(""));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("chapter 99 advice: " + where + ".coverage must be LIST or ALL");
            }
            if (coverage == Coverage.LIST && r.path("list").asText("").isBlank()) {
                throw new IllegalArgumentException("chapter 99 advice: " + where + ".list is required for LIST");
            }
            Set<StackingCategory> notWith = new LinkedHashSet<>();
            for (JsonNode c : r.path("notWith")) {
                notWith.add(category(c.asText(), where + ".notWith"));
            }
            rules.add(new Rule(program, coverage, r.path("list").asText(null), strings(r.path("origins")),
                    strings(r.path("exceptOrigins")), notWith, strings(r.path("notWithPrograms")),
                    r.path("exemptList").asText(null),
                    r.path("exemptProgram").asText(null), r.path("note").asText("")));
        }
        return new AdviceRules(fs, rules);
    }

    private static Set<String> strings(JsonNode n) {
        Set<String> out = new LinkedHashSet<>();
        n.forEach(x -> out.add(x.asText()));
        return out;
    }

    private static StackingCategory category(String s, String where) {
        try {
            return StackingCategory.valueOf(s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("chapter 99 advice: " + where + ": unknown category '" + s + "'");
        }
    }

    /** The categories advised from the schedule's footnotes, with their origin rules. */
    public Map<StackingCategory, FootnoteRule> footnoteCategories() {
        return footnotes;
    }

    /** The program rules, in file order. */
    public List<Rule> rules() {
        return rules;
    }

    @Override
    public String toString() {
        return "AdviceRules[" + footnotes.keySet() + ", " + rules.size() + " rules]";
    }
}
