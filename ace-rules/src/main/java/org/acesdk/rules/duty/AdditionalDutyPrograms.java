package org.acesdk.rules.duty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.acesdk.model.code.HtsNumber;
import org.acesdk.model.code.InvalidValueException;

/**
 * The chapter 99 program table: dated programs and the stacking category of each chapter 99 heading range.
 * Shipped as {@code org/acesdk/rules/duty/chapter99-programs.json}; {@link #load(InputStream)} reads a
 * replacement. Immutable and thread-safe.
 */
public final class AdditionalDutyPrograms {
    private static final AdditionalDutyPrograms DEFAULTS = loadDefaults();

    private final List<AdditionalDutyProgram> programs;
    private final Map<String, StackingCategory> categoryByPrefix;
    /** Categories already worked out, by digits; bounded, so that arbitrary input cannot grow it without end. */
    private final java.util.concurrent.ConcurrentHashMap<String, StackingCategory> categoryMemo =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MEMO_LIMIT = 4096;

    /** File positions of the programs by each heading they list (6, 8 or 10 digits). */
    private final Map<String, int[]> byHeading;

    private AdditionalDutyPrograms(List<AdditionalDutyProgram> programs, Map<String, StackingCategory> categories) {
        this.programs = List.copyOf(programs);
        this.categoryByPrefix = Map.copyOf(categories);
        Map<String, List<Integer>> index = new java.util.HashMap<>();
        for (int i = 0; i < this.programs.size(); i++) {
            for (HtsNumber h : this.programs.get(i).headings()) {
                List<Integer> at = index.computeIfAbsent(h.digits(), k -> new ArrayList<>(1));
                if (at.isEmpty() || at.get(at.size() - 1) != i) {
                    at.add(i);
                }
            }
        }
        Map<String, int[]> frozen = new java.util.HashMap<>();
        index.forEach((k, v) -> frozen.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        this.byHeading = Map.copyOf(frozen);
    }

    /** File positions of the programs listing the heading or a 6/8-digit prefix of it, in file order. */
    private int[] positions(HtsNumber heading) {
        String d = heading.digits();
        int[] out = new int[0];
        for (int len = 6; len <= d.length(); len += 2) {
            int[] at = byHeading.get(d.substring(0, len));
            if (at != null) {
                out = out.length == 0 ? at : merge(out, at);
            }
        }
        return out;
    }

    /** The sorted union of two sorted arrays of distinct positions. */
    private static int[] merge(int[] a, int[] b) {
        int[] out = new int[a.length + b.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length || j < b.length) {
            int next = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i] : b[j];
            if (i < a.length && a[i] == next) {
                i++;
            }
            if (j < b.length && b[j] == next) {
                j++;
            }
            out[n++] = next;
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    /** The program table shipped with the SDK. */
    public static AdditionalDutyPrograms defaults() {
        return DEFAULTS;
    }

    private static AdditionalDutyPrograms loadDefaults() {
        return from(org.acesdk.data.AceData.bundled());
    }

    /**
     * The program table of a data bundle (its {@code chapter99-programs} table).
     *
     * @param data the data
     * @return the table
     * @throws IllegalArgumentException naming the entry and field that is malformed
     */
    public static AdditionalDutyPrograms from(org.acesdk.data.AceData data) {
        try (InputStream in = data.table(org.acesdk.data.AceData.CHAPTER99_PROGRAMS).open()) {
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a program table of the shipped file's shape.
     *
     * @param in the JSON (not closed)
     * @return the table
     * @throws IOException if the stream cannot be read or is not JSON
     * @throws IllegalArgumentException naming the entry and field that is malformed
     */
    public static AdditionalDutyPrograms load(InputStream in) throws IOException {
        JsonNode root = new ObjectMapper().readTree(in);
        if (root == null || !root.path("programs").isArray()) {
            throw new IllegalArgumentException("chapter 99 programs: 'programs' must be an array");
        }
        Map<String, List<String>> groups = new LinkedHashMap<>();
        root.path("groups").fields().forEachRemaining(e -> {
            List<String> members = new ArrayList<>();
            e.getValue().forEach(m -> members.add(m.asText()));
            groups.put(e.getKey(), members);
        });
        List<AdditionalDutyProgram> out = new ArrayList<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        int i = 0;
        for (JsonNode p : root.get("programs")) {
            String where = "programs[" + i++ + "]";
            List<HtsNumber> headings = new ArrayList<>();
            int j = 0;
            for (JsonNode h : p.path("headings")) {
                headings.add(heading(h.asText(), where + ".headings[" + j + "]"));
                j++;
            }
            if (headings.isEmpty()) {
                throw new IllegalArgumentException("chapter 99 programs: " + where + ".headings is missing");
            }
            String id = req(p, "id", where);
            if (!ids.add(id)) {
                throw new IllegalArgumentException("chapter 99 programs: " + where + ".id '" + id + "' is repeated");
            }
            out.add(new AdditionalDutyProgram(id, req(p, "name", where),
                    category(req(p, "category", where), where), headings, decimal(req(p, "ratePercent", where), where),
                    date(req(p, "from", where), where + ".from"),
                    p.hasNonNull("to") ? date(p.get("to").asText(), where + ".to") : null, p.path("source").asText(""),
                    constant(AdditionalDutyProgram.Kind.class, p.path("kind").asText("ADDITIONAL"), where + ".kind"),
                    constant(AdditionalDutyProgram.Basis.class, p.path("basis").asText("VALUE"), where + ".basis"),
                    constant(AdditionalDutyProgram.Status.class, p.path("status").asText("HTS"), where + ".status"),
                    p.path("uncertain").asText(""), coverage(p.get("coverage"), groups, where + ".coverage")));
        }
        Map<String, StackingCategory> cats = new LinkedHashMap<>();
        root.path("categories").fields().forEachRemaining(e -> cats.put(e.getKey().replace(".", ""),
                category(e.getValue().asText(), "categories." + e.getKey())));
        return new AdditionalDutyPrograms(out, cats);
    }

    private static AdditionalDutyProgram.Coverage coverage(JsonNode c, Map<String, List<String>> groups, String where) {
        if (c == null || c.isNull()) {
            return null;
        }
        if (!c.isObject()) {
            throw new IllegalArgumentException("chapter 99 programs: " + where + " must be an object");
        }
        String family = req(c, "family", where);
        int priority = c.path("priority").asInt(100);
        String products = c.path("products").asText("ALL");
        if (!products.equals("ALL") && !products.equals("FOOTNOTE")
                && !(products.startsWith("list:") && products.length() > 5)) {
            throw new IllegalArgumentException("chapter 99 programs: " + where + ".products must be ALL, FOOTNOTE or "
                    + "list:NAME");
        }
        return new AdditionalDutyProgram.Coverage(family, priority, codes(c.path("origins"), groups),
                codes(c.path("exceptOrigins"), groups), c.path("exceptNote").asText(""), products,
                c.hasNonNull("usmcaHeading") ? heading(c.get("usmcaHeading").asText(), where + ".usmcaHeading") : null,
                codes(c.path("notWith"), Map.of()),
                c.hasNonNull("insteadHeading") ? heading(c.get("insteadHeading").asText(), where + ".insteadHeading")
                        : null,
                c.path("chapter98Exempt").asBoolean(false), c.path("condition").asText(""), c.path("note").asText(""));
    }

    private static java.util.Set<String> codes(JsonNode array, Map<String, List<String>> groups) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (JsonNode n : array) {
            String s = n.asText();
            out.addAll(groups.getOrDefault(s, List.of(s)));
        }
        return out;
    }

    private static HtsNumber heading(String s, String where) {
        try {
            return HtsNumber.parse(s);
        } catch (InvalidValueException e) {
            throw new IllegalArgumentException("chapter 99 programs: " + where + ": " + e.getMessage());
        }
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String s, String where) {
        try {
            return Enum.valueOf(type, s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("chapter 99 programs: " + where + ": unknown value '" + s + "'");
        }
    }

    private static String req(JsonNode p, String f, String where) {
        JsonNode n = p.get(f);
        if (n == null || n.isNull() || n.asText().isBlank()) {
            throw new IllegalArgumentException("chapter 99 programs: " + where + "." + f + " is missing");
        }
        return n.asText();
    }

    private static StackingCategory category(String s, String where) {
        try {
            return StackingCategory.valueOf(s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("chapter 99 programs: " + where + ": unknown category '" + s + "'");
        }
    }

    private static BigDecimal decimal(String s, String where) {
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("chapter 99 programs: " + where + ".ratePercent is not a decimal");
        }
    }

    private static LocalDate date(String s, String where) {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("chapter 99 programs: " + where + " is not an ISO date");
        }
    }

    /** All programs, in file order. */
    public List<AdditionalDutyProgram> programs() {
        return programs;
    }

    /** The program covering the heading in force on the date (the first in file order). */
    public Optional<AdditionalDutyProgram> find(HtsNumber heading, LocalDate date) {
        for (int i : positions(heading)) {
            AdditionalDutyProgram p = programs.get(i);
            if (p.isInForce(date)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Programs covering the heading at any date (for explaining why a heading is expired or not yet in force). */
    public List<AdditionalDutyProgram> programsFor(HtsNumber heading) {
        int[] at = positions(heading);
        List<AdditionalDutyProgram> out = new ArrayList<>(at.length);
        for (int i : at) {
            out.add(programs.get(i));
        }
        return out;
    }

    /** Where a tariff number stands in the reporting order on a line. */
    public StackingCategory category(HtsNumber number) {
        if (number.isChapter98()) {
            return StackingCategory.CHAPTER_98;
        }
        if (!number.isChapter99()) {
            return StackingCategory.BASE;
        }
        StackingCategory known = categoryMemo.get(number.digits());
        if (known != null) {
            return known;
        }
        StackingCategory c = chapter99Category(number.digits());
        if (categoryMemo.size() < MEMO_LIMIT) {
            categoryMemo.put(number.digits(), c);
        }
        return c;
    }

    private StackingCategory chapter99Category(String d) {
        StackingCategory best = null;
        int bestLen = -1;
        for (Map.Entry<String, StackingCategory> e : categoryByPrefix.entrySet()) {
            if (d.startsWith(e.getKey()) && e.getKey().length() > bestLen) {
                best = e.getValue();
                bestLen = e.getKey().length();
            }
        }
        return best == null ? StackingCategory.OTHER_CHAPTER_99 : best;
    }
}
