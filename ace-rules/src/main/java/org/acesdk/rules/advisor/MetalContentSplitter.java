package org.acesdk.rules.advisor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.acesdk.model.entry.EntryLine;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.model.entry.LineDetail;
import org.acesdk.model.entry.TariffLine;
import org.acesdk.model.money.Money;

/**
 * Splits an entry line whose Section 232 duty is levied on the value of its metal content into the lines CBP wants,
 * and says why. From 12 Mar 2025 to 5 Apr 2026 headings 9903.81.91 (steel), 9903.85.08 and 9903.85.15 (aluminium)
 * and 9903.78.01 (copper, from 1 Aug 2025) charge the metal content only. CBP's instructions (CSMS #64348411 steel,
 * #64348288 aluminium): when the content is worth less than the entered value, the article goes on two lines, the
 * first for the non-metal content and the second for the metal content, with the same chapter 1-97 number and the
 * same country of origin on both; when the content is worth the entered value or is unknown, one line with the 232
 * heading on the whole value. The non-metal content pays the reciprocal duty (to 23 Feb 2026) or Section 122 (from
 * 24 Feb 2026), which do not apply to 232 goods: the metal line declares 9903.01.33 or 9903.03.06 instead (HTSUS
 * chapter 99 note 2(v)(vi)-(ix)). Section 301 and the China fentanyl duty apply to the whole article: both lines keep
 * them. A product on the steel and the aluminium lists pays each metal's rate on that metal's content: one line per
 * metal. From 6 Apr 2026 the metals headings apply to the full value and nothing is split (note 16(c)).
 *
 * <p>[uncertain] Where quantities, the gross weight and the charges go is not in the instructions on file: the first
 * line keeps them and the metal lines carry none. Each metal line carries its metal's 54-record declaration (08 steel
 * melt and pour, 07 aluminium smelt and cast, 12 copper smelt and cast) and the first line keeps all of them.
 */
public final class MetalContentSplitter {
    /** The first entry date of the content-basis headings (Proclamations 10895, 10896). */
    public static final LocalDate CONTENT_BASIS_FROM = LocalDate.of(2025, 3, 12);
    /** The last: from 6 Apr 2026 the metals headings apply to the full value. */
    public static final LocalDate CONTENT_BASIS_TO = LocalDate.of(2026, 4, 5);
    private static final LocalDate RECIPROCAL_FROM = LocalDate.of(2025, 4, 5);
    private static final LocalDate SECTION_122_FROM = LocalDate.of(2026, 2, 24);

    /** The metals whose 232 headings are levied on content. */
    public enum Metal {
        /** Steel: 9903.81.91; melt and pour declared as 54 type 08. */
        STEEL("08", "9903.81.91"),
        /** Aluminium: 9903.85.08, and 9903.85.15 for the United Kingdom; smelt and cast as 54 type 07. */
        ALUMINIUM("07", "9903.85.08", "9903.85.15"),
        /** Copper: 9903.78.01; smelt and cast as 54 type 12. */
        COPPER("12", "9903.78.01");

        private final String declaration;
        private final List<String> headings;

        Metal(String declaration, String... headings) {
            this.declaration = declaration;
            this.headings = List.of(headings);
        }

        /** The chapter 99 headings levied on this metal's content. */
        public List<String> headings() {
            return headings;
        }

        static Metal of(TariffLine t) {
            String h = t.htsNumber() == null ? "" : t.htsNumber().toString();
            for (Metal m : values()) {
                if (m.headings.contains(h)) {
                    return m;
                }
            }
            return null;
        }
    }

    /**
     * The split of one line.
     *
     * @param lines the lines to report in its place, in order (the line itself when nothing is split)
     * @param explanation why, rule by rule, with the instructions it follows
     */
    public record Split(List<EntryLine> lines, List<String> explanation) {
        /** Copies the lists. */
        public Split {
            lines = List.copyOf(lines);
            explanation = List.copyOf(explanation);
        }

        /** Whether the line became more than one. */
        public boolean split() {
            return lines.size() > 1;
        }
    }

    private MetalContentSplitter() {
    }

    /**
     * Splits one line by its metal content.
     *
     * @param line the line as the commercial invoice gives it: chapter 99 headings, then the chapter 1-97 number
     *     with the entered value
     * @param entryDate the entry date, which decides the law
     * @param content each metal's content value in U.S. dollars; a metal missing here takes the content value
     *     declared on its heading, if any, else counts as unknown
     * @return the lines and the explanation
     */
    public static Split split(EntryLine line, LocalDate entryDate, Map<Metal, Money> content) {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(entryDate, "entryDate");
        Map<Metal, Money> given = content == null ? Map.of() : content;
        List<String> why = new ArrayList<>();
        List<TariffLine> tariffs = line.tariffs();
        TariffLine commodity = tariffs.isEmpty() ? null : tariffs.get(tariffs.size() - 1);
        List<Metal> metals = new ArrayList<>();
        for (TariffLine t : tariffs) {
            Metal m = Metal.of(t);
            if (m != null && !metals.contains(m)) {
                metals.add(m);
            }
        }
        if (metals.isEmpty()) {
            why.add("line " + line.lineNumber() + " declares no heading levied on metal content (9903.81.91,"
                    + " 9903.85.08, 9903.85.15, 9903.78.01): nothing to split");
            return new Split(List.of(line), why);
        }
        if (entryDate.isBefore(CONTENT_BASIS_FROM) || entryDate.isAfter(CONTENT_BASIS_TO)) {
            why.add("entered " + entryDate + ": the metals headings are levied on content only from "
                    + CONTENT_BASIS_FROM + " to " + CONTENT_BASIS_TO + "; from 2026-04-06 one heading applies to the"
                    + " full value (note 16(c)): nothing to split");
            return new Split(List.of(line), why);
        }
        if (commodity == null || commodity.value() == null || !commodity.value().isUsd()) {
            why.add("line " + line.lineNumber() + " has no U.S. dollar entered value on its chapter 1-97 number:"
                    + " nothing to split");
            return new Split(List.of(line), why);
        }
        BigDecimal entered = commodity.value().amount();
        BigDecimal metalTotal = BigDecimal.ZERO;
        List<Metal> parts = new ArrayList<>();
        java.util.EnumMap<Metal, BigDecimal> values = new java.util.EnumMap<>(Metal.class);
        for (Metal m : metals) {
            Money v = given.get(m);
            if (v == null) {
                v = tariffs.stream().filter(t -> Metal.of(t) == m && t.contentValue() != null)
                        .map(TariffLine::contentValue).findFirst().orElse(null);
            }
            if (v == null || !v.isUsd() || v.amount().compareTo(entered) >= 0) {
                why.add(m.name().toLowerCase(java.util.Locale.ROOT) + " content " + (v == null ? "unknown"
                        : "worth the entered value") + ": " + m.headings().get(0) + " on the entire entered value,"
                        + " one line (CSMS #64348411, #64348288)");
                return new Split(List.of(withContent(line, m, commodity.value())), why);
            }
            if (v.amount().signum() <= 0) {
                throw new IllegalArgumentException(m + " content must be positive");
            }
            values.put(m, v.amount());
            metalTotal = metalTotal.add(v.amount());
            parts.add(m);
        }
        if (metalTotal.compareTo(entered) >= 0) {
            throw new IllegalArgumentException("the metal contents (" + metalTotal.toPlainString()
                    + ") are worth the entered value (" + entered.toPlainString() + ") or more");
        }
        BigDecimal rest = entered.subtract(metalTotal);
        String exemption = entryDate.isBefore(RECIPROCAL_FROM) ? null
                : entryDate.isBefore(SECTION_122_FROM) ? "9903.01.33" : "9903.03.06";
        List<EntryLine> out = new ArrayList<>();
        // the first line: the non-metal content, with everything but the content headings
        List<TariffLine> first = new ArrayList<>();
        for (TariffLine t : tariffs) {
            if (t == commodity) {
                first.add(t.toBuilder().value(Money.usd(rest)).build());
            } else if (Metal.of(t) == null && !isExemption(t)) {
                first.add(t);
            }
        }
        out.add(line.toBuilder().tariffs(first).build());
        why.add("line " + line.lineNumber() + ": the first line reports the non-metal content, $"
                + rest.toPlainString() + " under " + commodity.htsNumber() + ", with the line's other chapter 99"
                + " headings (the reciprocal or Section 122 duty applies to it)");
        int n = line.lineNumber();
        for (Metal m : parts) {
            List<TariffLine> ts = new ArrayList<>();
            for (TariffLine t : tariffs) {
                if (t != commodity && Metal.of(t) == null && wholeArticle(t)) {
                    ts.add(t);
                }
            }
            if (exemption != null) {
                ts.add(TariffLine.builder().htsNumber(exemption).build());
            }
            TariffLine heading = tariffs.stream().filter(t -> Metal.of(t) == m).findFirst().orElseThrow();
            ts.add(heading.toBuilder().contentValue(Money.usd(values.get(m))).value((Money) null).build());
            ts.add(TariffLine.builder().htsNumber(commodity.htsNumber()).value(Money.usd(values.get(m))).build());
            LineDetail d = line.details();
            List<LineDetail.ImporterDeclaration> decl = d.declarations().stream()
                    .filter(x -> x.type().equals(m.declaration)).toList();
            EntryLine metalLine = line.toBuilder().lineNumber(Math.min(999, ++n)).tariffs(ts).grossWeightKg(null)
                    .charges((Money) null).invoice(line.invoice()).detail(decl.isEmpty() ? null : LineDetail.NONE
                            .withDeclarations(decl)).build();
            out.add(metalLine);
            why.add("then a line for the " + m.name().toLowerCase(java.util.Locale.ROOT) + " content, $"
                    + values.get(m).toPlainString() + ": " + m.headings().get(0) + " on that value"
                    + (exemption == null ? "" : ", " + exemption + " (232 goods are not charged the "
                            + (exemption.equals("9903.01.33") ? "reciprocal" : "Section 122") + " duty)")
                    + ", the same chapter 1-97 number and country of origin"
                    + (decl.isEmpty() ? "" : ", its 54-record declaration type " + m.declaration));
        }
        why.add("[uncertain] quantities, gross weight and charges stay on the first line; the instructions on file do"
                + " not say where they go");
        return new Split(out, why);
    }

    /**
     * Splits every line of an entry that carries a content heading and renumbers the lines in order.
     *
     * @param entry the entry
     * @param content each line's metal contents, by the line's number; lines not named use their headings' values
     * @return the entry's new lines and every line's explanation
     * @throws IllegalArgumentException if the split would give more than 999 lines
     */
    public static Split split(EntrySummary entry, Map<Integer, Map<Metal, Money>> content) {
        LocalDate day = Objects.requireNonNull(entry.entryDate(), "entryDate");
        List<EntryLine> lines = new ArrayList<>();
        List<String> why = new ArrayList<>();
        for (EntryLine l : entry.lines()) {
            Split s = split(l, day, content == null ? null : content.get(l.lineNumber()));
            lines.addAll(s.lines());
            why.addAll(s.explanation());
        }
        if (lines.size() > 999) {
            throw new IllegalArgumentException("the split gives " + lines.size() + " lines; an entry holds 999");
        }
        List<EntryLine> numbered = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            numbered.add(lines.get(i).toBuilder().lineNumber(i + 1).build());
        }
        return new Split(numbered, why);
    }

    private static EntryLine withContent(EntryLine line, Metal m, Money value) {
        List<TariffLine> ts = new ArrayList<>();
        for (TariffLine t : line.tariffs()) {
            ts.add(Metal.of(t) == m && t.contentValue() == null ? t.toBuilder().contentValue(value).build() : t);
        }
        return line.toBuilder().tariffs(ts).build();
    }

    private static boolean isExemption(TariffLine t) {
        String h = t.htsNumber() == null ? "" : t.htsNumber().toString();
        return h.equals("9903.01.33") || h.equals("9903.03.06");
    }

    /** Headings charged on the whole article, metal content included: Section 301, the China fentanyl duty. */
    private static boolean wholeArticle(TariffLine t) {
        String h = t.htsNumber() == null ? "" : t.htsNumber().toString();
        return h.startsWith("9903.88.") || h.startsWith("9903.91.") || h.equals("9903.01.20")
                || h.equals("9903.01.24");
    }
}
