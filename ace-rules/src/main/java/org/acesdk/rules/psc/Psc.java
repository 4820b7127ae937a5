package org.acesdk.rules.psc;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.acesdk.model.code.EntryType;
import org.acesdk.model.code.PaymentType;
import org.acesdk.model.entry.EntryLine;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.model.entry.PostSummaryCorrection;
import org.acesdk.model.entry.TariffLine;
import org.acesdk.model.json.AceJson;
import org.acesdk.model.money.Money;
import org.acesdk.rules.Finding;
import org.acesdk.rules.RuleContext;
import org.acesdk.rules.RuleId;
import org.acesdk.rules.Severity;
import org.acesdk.rules.duty.AdCvdAssessment;
import org.acesdk.rules.duty.DutyAssessment;
import org.acesdk.rules.duty.DutyCalculator;
import org.acesdk.rules.duty.LineAssessment;
import org.acesdk.rules.duty.StackingCategory;

/**
 * A post-summary correction worked out: what changed between the filed and the corrected entry summary, the money it
 * moves per line and in total (duty, fees and AD/CVD deposits, both versions assessed on their own entry dates), the
 * checks CBP makes before it accepts one (the 300-day and liquidation windows, entry-type changes, a CAPE refund in
 * process, IEEPA lines on FTZ entries, ACH for increases), and the replace transmission. The edits and their dates
 * are data ({@code psc-edits.csv}, each with its source). Immutable and thread-safe.
 */
public final class Psc {
    private static final Map<String, Edit> EDITS = loadEdits();

    private final EntrySummary filed;
    private final EntrySummary corrected;
    private final RuleContext context;
    private final DutyAssessment filedAssessment;
    private final DutyAssessment correctedAssessment;
    private final List<PscChange> changes;
    private final List<LineDelta> lineDeltas;

    /** One dated edit of {@code psc-edits.csv}. */
    private record Edit(String id, String condition, LocalDate from, String narrative, String source) {
    }

    private Psc(EntrySummary filed, EntrySummary corrected, RuleContext context) {
        this.filed = filed;
        this.corrected = corrected;
        this.context = context;
        DutyCalculator calculator = DutyCalculator.create(context);
        this.filedAssessment = calculator.assess(filed);
        this.correctedAssessment = calculator.assess(corrected);
        this.changes = List.copyOf(diff(filed, corrected));
        this.lineDeltas = List.copyOf(deltas(filedAssessment, correctedAssessment));
    }

    /**
     * Compares a filed entry summary with its correction, both assessed with the default rule context.
     *
     * @param filed the summary CBP accepted (the version on file)
     * @param corrected the whole corrected summary
     * @return the correction worked out
     */
    public static Psc between(EntrySummary filed, EntrySummary corrected) {
        return between(filed, corrected, RuleContext.defaults());
    }

    /**
     * Compares a filed entry summary with its correction.
     *
     * @param filed the summary CBP accepted
     * @param corrected the whole corrected summary
     * @param context the rates, fees and programs to assess both with
     * @return the correction worked out
     */
    public static Psc between(EntrySummary filed, EntrySummary corrected, RuleContext context) {
        Objects.requireNonNull(filed, "filed");
        Objects.requireNonNull(corrected, "corrected");
        Objects.requireNonNull(context, "context");
        return new Psc(filed, corrected, context);
    }

    /** The values that differ, header first, then line by line (lines matched by line number). */
    public List<PscChange> changes() {
        return changes;
    }

    /** The line numbers whose data or money changed, added and removed lines included. */
    public Set<Integer> changedLines() {
        Set<Integer> out = new java.util.TreeSet<>();
        for (PscChange c : changes) {
            if (c.path().startsWith("lines[line ")) {
                out.add(Integer.parseInt(c.path().substring(11, c.path().indexOf(']'))));
            }
        }
        for (LineDelta d : lineDeltas) {
            if (!d.delta().isZero()) {
                out.add(d.lineNumber());
            }
        }
        return out;
    }

    /** The money per line, in line-number order. */
    public List<LineDelta> lineDeltas() {
        return lineDeltas;
    }

    /** What the summary owed as filed: duty, fees, AD and CVD deposits. */
    public Money filedTotal() {
        return filedAssessment.grandTotal();
    }

    /** What it owes as corrected. */
    public Money correctedTotal() {
        return correctedAssessment.grandTotal();
    }

    /** Corrected minus filed: positive is more to pay (by ACH), negative a refund. */
    public Money totalDelta() {
        return correctedTotal().minus(filedTotal());
    }

    /** The filed summary's assessment. */
    public DutyAssessment filedAssessment() {
        return filedAssessment;
    }

    /** The corrected summary's assessment (what the transmission encodes). */
    public DutyAssessment correctedAssessment() {
        return correctedAssessment;
    }

    /**
     * The checks CBP makes before accepting a PSC, as findings: errors for what it rejects (with its condition code
     * where one is known), a warning for what the filer must do (pay an increase by ACH). Each edit applies from the
     * date of its source.
     *
     * @param timeline when it is sent, and where the entry stands
     * @return the findings, empty when nothing stands in the way
     */
    public List<Finding> check(PscTimeline timeline) {
        Objects.requireNonNull(timeline, "timeline");
        LocalDate day = timeline.transmitDate();
        List<Finding> out = new ArrayList<>();
        if (!Objects.equals(filed.entryNumber(), corrected.entryNumber())) {
            out.add(finding("PSC-ENTRY", Severity.ERROR, "entryNumber", "a PSC corrects the same entry: "
                    + filed.entryNumber() + " cannot become " + corrected.entryNumber(), "", ""));
        }
        if (changes.isEmpty()) {
            out.add(finding("PSC-NOCHANGE", Severity.WARNING, "", "the corrected summary is the same as the one "
                    + "filed", "", ""));
        }
        LocalDate entryDate = filed.entryDate();
        edit(out, "PSC-LIQUIDATED", day, timeline.liquidated(), "", "the entry has liquidated: file a protest "
                + "within 180 days of liquidation instead");
        edit(out, "PSC-WINDOW-300", day, day.isAfter(entryDate.plusDays(300)), "entryDate", "sent " + day
                + ", more than 300 days after the entry date " + entryDate + " (last day " + entryDate.plusDays(300)
                + ")");
        LocalDate liquidation = timeline.liquidationDate(entryDate);
        edit(out, "PSC-WINDOW-LIQ", day, !timeline.liquidated() && day.isAfter(liquidation.minusDays(15)), "",
                "sent " + day + ", less than 15 days before liquidation on " + liquidation + " (last day "
                + liquidation.minusDays(15) + ")");
        EntryType from = filed.entryType();
        EntryType to = corrected.entryType();
        boolean typeChange = !Objects.equals(from, to);
        boolean allowed = typeChange && isOneOf(from, "01", "03") && isOneOf(to, "01", "03");
        edit(out, "PSC-TYPE", day, typeChange && !allowed, "entryType", "entry type " + code(from) + " cannot "
                + "become " + code(to) + " by PSC (only 01 and 03 change into each other)");
        edit(out, "PSC-CAPE", day, timeline.capeRefundInProcess(), "", "a CAPE refund is in process for the entry; "
                + "no PSC until it is done");
        boolean ftz = isOneOf(from, "06") || isOneOf(to, "06");
        Set<Integer> ieepaChanged = ieepaLinesChanged();
        edit(out, "PSC-IEEPA-FTZ", day, ftz && !ieepaChanged.isEmpty(), "lines", "an FTZ (type 06) summary's "
                + "lines with IEEPA headings cannot be changed by PSC: lines " + ieepaChanged);
        PaymentType pay = corrected.paymentType();
        boolean individual = pay == null || PaymentType.SINGLE_PAYMENT.equals(pay) || !pay.isKnown();
        edit(out, "PSC-ACH", day, totalDelta().amount().signum() > 0 && individual, "paymentType",
                "the correction raises what is owed by " + totalDelta() + ": pay it by ACH (debit or credit), not "
                + "by check or cash");
        return out;
    }

    /**
     * The replace transmission: the corrected summary with the header reason codes, an explanation and the line
     * reason codes (by default the same reason for every changed line is not assumed: pass them).
     *
     * @param headerReasons 1-5 header reason codes (record 35), e.g. {@code H99}
     * @param explanation the explanation (record 36), wrapped at 75 characters; may be empty
     * @param lineReasons reason codes for corrected lines (record 63)
     * @return the correction to send
     */
    public PostSummaryCorrection transmission(List<String> headerReasons, String explanation,
            Map<Integer, List<String>> lineReasons) {
        return new PostSummaryCorrection(corrected, headerReasons, explanation == null || explanation.isBlank()
                ? List.of() : PostSummaryCorrection.explain(explanation), lineReasons);
    }

    /** The changes and the money, one per line. */
    public String toText() {
        StringBuilder sb = new StringBuilder("PSC ").append(corrected.entryNumber()).append('\n');
        for (PscChange c : changes) {
            sb.append("  ").append(c).append('\n');
        }
        for (LineDelta d : lineDeltas) {
            if (!d.delta().isZero()) {
                sb.append("  line ").append(d.lineNumber()).append(": ").append(d.filed()).append(" -> ")
                        .append(d.corrected()).append(" (").append(d.delta()).append(")\n");
            }
        }
        sb.append("  total: ").append(filedTotal()).append(" -> ").append(correctedTotal()).append(" (")
                .append(totalDelta()).append(")\n");
        return sb.toString();
    }

    @Override
    public String toString() {
        return "Psc[" + corrected.entryNumber() + ", " + changes.size() + " changes, delta " + totalDelta() + "]";
    }

    private void edit(List<Finding> out, String id, LocalDate day, boolean broken, String path, String message) {
        Edit e = EDITS.get(id);
        if (e == null || !broken || day.isBefore(e.from())) {
            return;
        }
        Severity s = id.equals("PSC-ACH") ? Severity.WARNING : Severity.ERROR;
        out.add(finding(id, s, path, message + (e.condition().isEmpty() ? "" : " (" + e.condition() + " "
                + e.narrative() + ")"), e.source(), e.condition()));
    }

    private static Finding finding(String id, Severity s, String path, String message, String ref, String code) {
        return new Finding(RuleId.of(id), s, path, message, ref, code);
    }

    private static boolean isOneOf(EntryType t, String... codes) {
        if (t == null) {
            return false;
        }
        for (String c : codes) {
            if (c.equals(t.code())) {
                return true;
            }
        }
        return false;
    }

    private static String code(EntryType t) {
        return t == null ? "(none)" : t.code();
    }

    /** Lines that carry an IEEPA heading in either version and differ between them. */
    private Set<Integer> ieepaLinesChanged() {
        Map<Integer, EntryLine> a = byNumber(filed);
        Map<Integer, EntryLine> b = byNumber(corrected);
        Set<Integer> numbers = new LinkedHashSet<>(a.keySet());
        numbers.addAll(b.keySet());
        Set<Integer> out = new java.util.TreeSet<>();
        for (Integer n : numbers) {
            EntryLine x = a.get(n);
            EntryLine y = b.get(n);
            if ((hasIeepa(x) || hasIeepa(y)) && !Objects.equals(x, y)) {
                out.add(n);
            }
        }
        return out;
    }

    private boolean hasIeepa(EntryLine l) {
        if (l == null) {
            return false;
        }
        for (TariffLine t : l.tariffs()) {
            if (context.additionalDutyPrograms().category(t.htsNumber()) == StackingCategory.IEEPA) {
                return true;
            }
        }
        return false;
    }

    private static Map<Integer, EntryLine> byNumber(EntrySummary e) {
        Map<Integer, EntryLine> m = new LinkedHashMap<>();
        e.lines().forEach(l -> m.put(l.lineNumber(), l));
        return m;
    }

    private static List<LineDelta> deltas(DutyAssessment a, DutyAssessment b) {
        Map<Integer, Money> before = new TreeMap<>();
        Map<Integer, Money> after = new TreeMap<>();
        a.lines().forEach(l -> before.put(l.lineNumber(), owed(l)));
        b.lines().forEach(l -> after.put(l.lineNumber(), owed(l)));
        Set<Integer> all = new java.util.TreeSet<>(before.keySet());
        all.addAll(after.keySet());
        List<LineDelta> out = new ArrayList<>();
        for (Integer n : all) {
            out.add(new LineDelta(n, before.getOrDefault(n, Money.ZERO_USD), after.getOrDefault(n, Money.ZERO_USD)));
        }
        return out;
    }

    private static Money owed(LineAssessment l) {
        Money m = l.duty().plus(l.mpf()).plus(l.hmf());
        for (AdCvdAssessment c : l.adCvd()) {
            if (c.deposit() != null) {
                m = m.plus(c.deposit());
            }
        }
        return m;
    }

    /** A field-by-field comparison of the two documents' JSON, lines matched by their line numbers. */
    private static List<PscChange> diff(EntrySummary a, EntrySummary b) {
        JsonNode x = AceJson.mapper().valueToTree(a);
        JsonNode y = AceJson.mapper().valueToTree(b);
        List<PscChange> out = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        x.fieldNames().forEachRemaining(names::add);
        y.fieldNames().forEachRemaining(names::add);
        for (String n : names) {
            if (n.equals("lines")) {
                continue;
            }
            walk(n, x.get(n), y.get(n), out);
        }
        Map<Integer, JsonNode> la = lines(x.path("lines"));
        Map<Integer, JsonNode> lb = lines(y.path("lines"));
        Set<Integer> numbers = new java.util.TreeSet<>(la.keySet());
        numbers.addAll(lb.keySet());
        for (Integer n : numbers) {
            walk("lines[line " + n + "]", la.get(n), lb.get(n), out);
        }
        return out;
    }

    private static Map<Integer, JsonNode> lines(JsonNode array) {
        Map<Integer, JsonNode> m = new TreeMap<>();
        for (JsonNode l : array) {
            m.put(l.path("lineNumber").asInt(), l);
        }
        return m;
    }

    private static void walk(String path, JsonNode a, JsonNode b, List<PscChange> out) {
        boolean na = a == null || a.isNull() || a.isMissingNode();
        boolean nb = b == null || b.isNull() || b.isMissingNode();
        if (na && nb) {
            return;
        }
        if (!na && !nb && a.isObject() && b.isObject()) {
            Set<String> names = new LinkedHashSet<>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            for (String n : names) {
                walk(path + "." + n, a.get(n), b.get(n), out);
            }
            return;
        }
        if (!na && !nb && a.isArray() && b.isArray()) {
            int n = Math.max(a.size(), b.size());
            for (int i = 0; i < n; i++) {
                walk(path + "[" + i + "]", a.get(i), b.get(i), out);
            }
            return;
        }
        if (!na && !nb && a.equals(b)) {
            return;
        }
        if (!na && !nb && a.isNumber() && b.isNumber() && a.decimalValue().compareTo(b.decimalValue()) == 0) {
            return;
        }
        out.add(new PscChange(path, na ? null : a.toString(), nb ? null : b.toString()));
    }

    private static Map<String, Edit> loadEdits() {
        Map<String, Edit> m = new LinkedHashMap<>();
        try (InputStream in = Psc.class.getResourceAsStream("psc-edits.csv")) {
            if (in == null) {
                throw new IllegalStateException("psc-edits.csv is missing from the SDK's jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> f = org.acesdk.rules.internal.CsvFields.split(line);
                m.put(f.get(0), new Edit(f.get(0), f.get(1), LocalDate.parse(f.get(2)), f.get(3), f.get(4)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(m);
    }
}
