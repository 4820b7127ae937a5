package org.acesdk.rules.tariff;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acesdk.model.code.UnitOfMeasure;

/**
 * A parsed HTS rate of duty, such as {@code Free}, {@code 5.3%}, {@code 2.2¢/kg}, {@code 1.5¢/kg + 3%},
 * {@code 45¢ each + 7% + 2.5¢/jewel} or a chapter 99 {@code The duty provided in the applicable subheading + 25%}.
 * Text that cannot be parsed gives {@link Form#UNPARSED}, never a silent zero. Immutable.
 */
public final class RateExpression {

    /** The computation form (after CATAIR appendix F), plus the cases that carry no rate. */
    public enum Form {
        /** No duty. */
        FREE,
        /** A percentage of value. */
        AD_VALOREM,
        /** An amount per unit of quantity. */
        SPECIFIC,
        /** More than one term: specific and ad valorem, or several specifics. */
        COMPOUND,
        /** A chapter 99 rate added to the duty of the applicable subheading. */
        ADDITIONAL,
        /** Empty text, or a chapter 99 "No change": nothing to apply. */
        NONE,
        /**
         * A rate that refers to another provision ({@code The rate applicable to each garment in the ensemble if
         * separately entered}, {@code See additional U.S. note 2}): understood, but the filer determines the rate.
         */
        INDIRECT,
        /** Text this parser does not understand; the assessment reports it. */
        UNPARSED
    }

    /** What a term is levied on. */
    public enum TermKind {
        /** A percentage of value. */
        AD_VALOREM,
        /** Dollars per unit. */
        SPECIFIC
    }

    /**
     * One term of a rate.
     *
     * @param kind ad valorem or specific
     * @param rate percent (ad valorem) or dollars per unit (specific)
     * @param unit the unit a specific rate is per, when it maps to a CBP unit; {@code null} otherwise
     * @param unitText the unit as printed, e.g. {@code kg}, {@code doz.}, {@code each}, {@code jewel}
     * @param basis what the term applies to when the text says, e.g. {@code on the case}; empty otherwise
     */
    public record Term(TermKind kind, BigDecimal rate, UnitOfMeasure unit, String unitText, String basis) {
        /** Checks the parts. */
        public Term {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(rate, "rate");
            unitText = unitText == null ? "" : unitText;
            basis = basis == null ? "" : basis;
        }

        /** A readable form, e.g. {@code 2.2¢/kg} or {@code 7%}. */
        @Override
        public String toString() {
            String s = kind == TermKind.AD_VALOREM ? rate.stripTrailingZeros().toPlainString() + "%"
                    : "$" + rate.stripTrailingZeros().toPlainString() + ("each".equals(unitText) ? " each" : "/" + unitText);
            return basis.isEmpty() ? s : s + " " + basis;
        }
    }

    private static final Pattern NUM = Pattern.compile("(\\d+(?:\\.\\d+)?|\\.\\d+)");
    private static final Pattern ADVAL = Pattern.compile("^" + NUM.pattern() + "\\s*%\\s*(.*)$");
    private static final Pattern CENTS = Pattern.compile("^" + NUM.pattern() + "\\s*¢\\s*(.*)$");
    private static final Pattern DOLLARS = Pattern.compile("^\\$\\s*" + NUM.pattern() + "\\s*(.*)$");
    private static final Pattern ADDITIONAL = Pattern.compile(
            "applicable\\s*subheading\\s*(?:\\+|plus)\\s*(?:a\\s+duty\\s+of\\s+)?" + NUM.pattern() + "\\s*%\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);

    private static final RateExpression FREE = new RateExpression("Free", Form.FREE, List.of());
    private static final RateExpression NONE = new RateExpression("", Form.NONE, List.of());

    private final String text;
    private final Form form;
    private final List<Term> terms;
    private final String qualification;

    private RateExpression(String text, Form form, List<Term> terms) {
        this(text, form, terms, "");
    }

    private RateExpression(String text, Form form, List<Term> terms, String qualification) {
        this.text = text;
        this.form = form;
        this.terms = Collections.unmodifiableList(new ArrayList<>(terms));
        this.qualification = qualification;
    }

    /** The free rate. */
    public static RateExpression free() {
        return FREE;
    }

    /** A pure ad valorem rate. */
    public static RateExpression adValorem(BigDecimal percent) {
        return new RateExpression(percent.stripTrailingZeros().toPlainString() + "%", Form.AD_VALOREM,
                List.of(new Term(TermKind.AD_VALOREM, percent, null, "", "")));
    }

    /**
     * Parses a rate text as the USITC schedule prints it; never throws.
     *
     * @param text the rate text, may be {@code null} or blank
     * @return the rate; {@link Form#UNPARSED} when the text is not understood
     */
    public static RateExpression parse(String text) {
        if (text == null) {
            return NONE;
        }
        // some USITC exports carry markup in the rate text, e.g. 8708.30.50's "2.5% <u></u>": tags are not the rate
        String t = (text.indexOf('<') >= 0 ? text.replaceAll("<[^<>]{0,40}>", " ") : text).replace('\u00a0', ' ')
                .replaceAll("\\s+", " ").trim();
        if (t.endsWith(".") && !t.endsWith("doz.") && !t.endsWith("pr.") && !t.endsWith("No.")) {
            t = t.substring(0, t.length() - 1).trim();
        }
        if (t.isEmpty()) {
            return NONE;
        }
        String lower = asciiLower(t);
        if (lower.equals("free")) {
            return new RateExpression(t, Form.FREE, List.of());
        }
        if (lower.startsWith("free, under bond")) {
            // chapter 98 subchapter XIII (TIB): admitted free under a bond for the duties (U.S. note 1)
            return new RateExpression(t, Form.FREE, List.of());
        }
        if (lower.equals("no change")) {
            return new RateExpression(t, Form.NONE, List.of());
        }
        if (lower.startsWith("the rate applicable") || lower.startsWith("the rate of duty applicable")
                || lower.matches("see additional u\\.s\\. note \\d+")) {
            return new RateExpression(t, Form.INDIRECT, List.of());
        }
        String qualification = "";
        int but = lower.indexOf(", but ");
        if (but > 0) {
            qualification = t.substring(but + 2).trim();
            t = t.substring(0, but).trim();
        }
        if (lower.contains("applicable subheading") || lower.contains("applicablesubheading")
                || lower.contains("inthe applicable")) {
            Matcher m = ADDITIONAL.matcher(t);
            if (m.find()) {
                String basis = cleanBasis(m.group(2));
                return new RateExpression(t, Form.ADDITIONAL,
                        List.of(new Term(TermKind.AD_VALOREM, new BigDecimal(normal(m.group(1))), null, "", basis)));
            }
            return unparsed(t);
        }
        List<Term> terms = new ArrayList<>();
        for (String part : t.split("\\s\\+\\s|\\s\\+|\\+\\s")) {
            Term term = term(part.trim());
            if (term == null) {
                return unparsed(t);
            }
            terms.add(term);
        }
        if (terms.isEmpty()) {
            return unparsed(t);
        }
        Form form = terms.size() > 1 ? Form.COMPOUND
                : terms.get(0).kind() == TermKind.AD_VALOREM ? Form.AD_VALOREM : Form.SPECIFIC;
        String full = qualification.isEmpty() ? t : t + ", " + qualification;
        return new RateExpression(full, form, terms, qualification);
    }

    private static RateExpression unparsed(String t) {
        return new RateExpression(t, Form.UNPARSED, List.of());
    }

    private static String normal(String num) {
        return num.startsWith(".") ? "0" + num : num;
    }

    private static Term term(String p) {
        Matcher m = ADVAL.matcher(p);
        if (m.matches()) {
            String rest = m.group(2).trim();
            String lr = asciiLower(rest);
            if (!rest.isEmpty() && !lr.startsWith("on ") && !lr.startsWith("upon ")) {
                return null;
            }
            return new Term(TermKind.AD_VALOREM, new BigDecimal(normal(m.group(1))), null, "", cleanBasis(rest));
        }
        BigDecimal dollars;
        String rest;
        m = CENTS.matcher(p);
        if (m.matches()) {
            dollars = new BigDecimal(normal(m.group(1))).movePointLeft(2);
            rest = m.group(2).trim();
        } else {
            m = DOLLARS.matcher(p);
            if (!m.matches()) {
                return null;
            }
            dollars = new BigDecimal(normal(m.group(1)));
            rest = m.group(2).trim();
        }
        String unitText;
        String basis = "";
        if (asciiLower(rest).startsWith("each")) {
            unitText = "each";
            basis = rest.substring(4).trim();
        } else if (asciiLower(rest).startsWith("for each ")) {
            unitText = rest.substring("for each ".length()).trim();
        } else if (rest.startsWith("/")) {
            String u = rest.substring(1).trim();
            int on = asciiLower(u).indexOf(" on ");
            if (on >= 0) {
                basis = u.substring(on + 1).trim();
                u = u.substring(0, on).trim();
            }
            unitText = u;
        } else {
            return null;
        }
        if (unitText.isEmpty()) {
            return null;
        }
        if (!basis.isEmpty() && !asciiLower(basis).startsWith("on ")) {
            return null;
        }
        return new Term(TermKind.SPECIFIC, dollars, unitFor(unitText), unitText, cleanBasis(basis));
    }

    private static String cleanBasis(String s) {
        String b = s == null ? "" : s.trim();
        while (b.endsWith(".") || b.endsWith(",")) {
            b = b.substring(0, b.length() - 1).trim();
        }
        return b;
    }

    /** Maps a unit as printed in a rate to a CBP unit, or {@code null} when it has none (e.g. {@code jewel}). */
    static UnitOfMeasure unitFor(String unitText) {
        String u = asciiLower(unitText).replace(" ", "");
        switch (u) {
            case "each":
            case "no.":
            case "no":
                return UnitOfMeasure.NUMBER;
            case "kg":
                return UnitOfMeasure.KILOGRAMS;
            case "g":
                return UnitOfMeasure.GRAMS;
            case "t":
                return UnitOfMeasure.METRIC_TONS;
            case "doz.":
            case "doz":
                return UnitOfMeasure.DOZEN;
            case "pr.":
            case "prs.":
            case "prs":
            case "pr":
            case "pair":
                return UnitOfMeasure.PAIRS;
            case "doz.pr.":
            case "dozenpairs":
                return UnitOfMeasure.DOZEN_PAIRS;
            case "liter":
            case "liters":
            case "l":
                return UnitOfMeasure.LITERS;
            case "pf.liter":
            case "pf.liters":
            case "proofliter":
                return UnitOfMeasure.PROOF_LITERS;
            case "jewel":
            case "jewels":
            case "jwl":
                return UnitOfMeasure.JEWELS;
            case "head":
                return UnitOfMeasure.HEAD;
            case "gross":
                return UnitOfMeasure.GROSS;
            case "m2":
            case "m²":
                return UnitOfMeasure.SQUARE_METERS;
            case "m3":
            case "m³":
                return UnitOfMeasure.CUBIC_METERS;
            case "m":
                return UnitOfMeasure.METERS;
            case "clean kg":
            case "cleankg":
                return UnitOfMeasure.CLEAN_YIELD_KILOGRAMS;
            default:
                return null;
        }
    }

    /** The text as printed (whitespace normalised). */
    public String text() {
        return text;
    }

    /** The computation form. */
    public Form form() {
        return form;
    }

    /** The terms; empty for free, none and unparsed rates. */
    public List<Term> terms() {
        return terms;
    }

    /** Whether the text was understood. */
    public boolean isParsed() {
        return form != Form.UNPARSED;
    }

    /**
     * A condition the text attaches to the rate that the terms do not express, e.g. {@code but if consisting in
     * part of a plate ... shall not exceed ...}; empty when none.
     */
    public String qualification() {
        return qualification;
    }

    /**
     * The ad valorem part of the rate: zero when free, the percentage of its ad valorem term (also of a compound
     * rate), or empty when it has none (a specific or unparsed rate).
     */
    public Optional<BigDecimal> adValoremPartPercent() {
        if (form == Form.FREE) {
            return Optional.of(BigDecimal.ZERO);
        }
        for (Term t : terms) {
            if (t.kind() == TermKind.AD_VALOREM) {
                return Optional.of(t.rate());
            }
        }
        return Optional.empty();
    }

    /** The ad valorem percentage when this rate is a single percentage (including a chapter 99 addition). */
    public Optional<BigDecimal> adValoremPercent() {
        if (terms.size() == 1 && terms.get(0).kind() == TermKind.AD_VALOREM) {
            return Optional.of(terms.get(0).rate());
        }
        return Optional.empty();
    }

    /**
     * The exact (unrounded) amount of duty for a value and quantities.
     *
     * @param value the entered value in dollars (already rounded as the caller's rounding point requires)
     * @param basisFor for a specific term, the quantity in that term's unit; for an ad valorem term with a basis
     *     ({@code on the case}), the value of that component; empty when not available
     * @return the exact amount, or empty when a term's basis is not available or the rate is unparsed
     */
    public Optional<BigDecimal> amount(BigDecimal value, Function<Term, Optional<BigDecimal>> basisFor) {
        if (form == Form.UNPARSED || form == Form.INDIRECT) {
            return Optional.empty();
        }
        BigDecimal total = BigDecimal.ZERO;
        for (Term t : terms) {
            if (t.kind() == TermKind.AD_VALOREM) {
                BigDecimal base = value;
                if (!t.basis().isEmpty()) {
                    Optional<BigDecimal> b = basisFor.apply(t);
                    if (b.isEmpty()) {
                        return Optional.empty();
                    }
                    base = b.get();
                }
                total = total.add(base.multiply(t.rate()).movePointLeft(2));
            } else {
                Optional<BigDecimal> q = basisFor.apply(t);
                if (q.isEmpty()) {
                    return Optional.empty();
                }
                total = total.add(q.get().multiply(t.rate()));
            }
        }
        return Optional.of(total);
    }

    /** The amount rounded to cents, half up (CBP's line duty rounding). */
    public Optional<BigDecimal> amountInCents(BigDecimal value, Function<Term, Optional<BigDecimal>> basisFor) {
        return amount(value, basisFor).map(a -> a.setScale(2, RoundingMode.HALF_UP));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RateExpression && ((RateExpression) o).text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /** The rate text. */
    @Override
    public String toString() {
        return form == Form.UNPARSED ? "UNPARSED(" + text + ")" : text;
    }

    /**
     * Lower case for A-Z only, so that an index found in the copy is the same index in the original ({@code
     * toLowerCase} can change a string's length: {@code İ} becomes two characters).
     */
    static String asciiLower(String s) {
        char[] c = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= 'A' && ch <= 'Z') {
                if (c == null) {
                    c = s.toCharArray();
                }
                c[i] = (char) (ch + 32);
            }
        }
        return c == null ? s : new String(c);
    }
}
