package org.acesdk.rules.duty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.acesdk.model.code.HtsNumber;

/**
 * A chapter 99 additional-duty program in force between two dates: which headings it covers, its rate and how the
 * rate applies, its legal source, and (for the advisor) which goods it covers. Dated data, never code: the shipped
 * table is {@code chapter99-programs} in {@code ace-data}.
 *
 * @param id a stable id, e.g. {@code S301-9903.88.03}
 * @param name a readable name, e.g. {@code Section 301 (China) list 3}
 * @param category where its headings stand in CBP's reporting order
 * @param headings the chapter 99 headings it covers (for a {@link Kind#FLOOR} the first is declared below the floor,
 *     the second, if any, at or above it)
 * @param ratePercent the rate, percent: added to MFN, or the floor MFN and the program reach together
 * @param from first entry date in force
 * @param to last entry date in force, or {@code null} while open-ended
 * @param source the legal source: U.S. note and paragraph, proclamation, executive order, notice, CSMS
 * @param kind how the rate applies
 * @param basis the value it is levied on
 * @param status whether an HTS revision on file carries it or only a notice
 * @param uncertain what primary sources do not yet confirm, or empty
 * @param coverage who and what it covers, or {@code null} for a heading the advisor never advises by itself
 */
public record AdditionalDutyProgram(String id, String name, StackingCategory category, List<HtsNumber> headings,
        BigDecimal ratePercent, LocalDate from, LocalDate to, String source, Kind kind, Basis basis, Status status,
        String uncertain, Coverage coverage) {

    /** How a program's rate applies. */
    public enum Kind {
        /** Added to the chapter 1-97 duty. */
        ADDITIONAL,
        /** MFN and the program together reach the rate; nothing when MFN is already at or above it. */
        FLOOR,
        /** No duty: an exemption, exclusion or suspended provision. */
        NONE,
        /** The goods may not be entered. */
        PROHIBITION
    }

    /** The value a program's rate is levied on. */
    public enum Basis {
        /** The line's entered value. */
        VALUE,
        /** The value of the metal content. */
        CONTENT,
        /** The value of the non-U.S. content. */
        NON_US_CONTENT
    }

    /** Where a program is known from. */
    public enum Status {
        /** A heading in an HTS revision on file. */
        HTS,
        /** A proclamation, executive order or notice only, not yet an HTS revision on file. */
        NOTICE
    }

    /**
     * Who and what a program covers.
     *
     * @param family programs of one family are exclusive on a line: the matching one of lowest priority wins
     * @param priority order within the family
     * @param origins the origins it covers (ISO codes, groups expanded), empty for every origin
     * @param exceptOrigins origins it does not cover
     * @param exceptNote why those origins are excepted, or empty
     * @param products {@code ALL}, {@code FOOTNOTE} (the schedule's "See 9903..." on the line) or {@code list:NAME}
     * @param usmcaHeading the heading a USMCA claim moves the goods to (no duty), or {@code null}
     * @param notWith families on whose goods it is not charged
     * @param insteadHeading the exemption heading declared when it is not charged for that reason, or {@code null}
     * @param chapter98Exempt whether a chapter 98 claim (other than 9802.00.40/.50/.60/.80) removes it
     * @param condition when it depends on the goods' use: what to check (reported, never claimed), or empty
     * @param note what a filer should know when it applies, or empty
     */
    public record Coverage(String family, int priority, Set<String> origins, Set<String> exceptOrigins,
            String exceptNote, String products, HtsNumber usmcaHeading, Set<String> notWith, HtsNumber insteadHeading,
            boolean chapter98Exempt, String condition, String note) {

        /** Checks the parts. */
        public Coverage {
            Objects.requireNonNull(family, "family");
            origins = Set.copyOf(origins);
            exceptOrigins = Set.copyOf(exceptOrigins);
            notWith = Set.copyOf(notWith);
            exceptNote = exceptNote == null ? "" : exceptNote;
            products = products == null ? "ALL" : products;
            condition = condition == null ? "" : condition;
            note = note == null ? "" : note;
        }

        /** Whether it covers goods of the origin. */
        public boolean appliesTo(String origin) {
            return (origins.isEmpty() || origins.contains(origin)) && !exceptOrigins.contains(origin);
        }

        /** The product list it names, or {@code null} when it covers every product or the schedule's footnotes. */
        public String listName() {
            return products.startsWith("list:") ? products.substring(5) : null;
        }
    }

    /** Checks the parts. */
    public AdditionalDutyProgram {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        headings = List.copyOf(headings);
        Objects.requireNonNull(ratePercent, "ratePercent");
        Objects.requireNonNull(from, "from");
        source = source == null ? "" : source;
        kind = kind == null ? Kind.ADDITIONAL : kind;
        basis = basis == null ? Basis.VALUE : basis;
        status = status == null ? Status.HTS : status;
        uncertain = uncertain == null ? "" : uncertain;
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("program " + id + " ends before it starts");
        }
        if (headings.isEmpty()) {
            throw new IllegalArgumentException("program " + id + " has no heading");
        }
    }

    /** A plain additional ad valorem program known from the HTS, with no coverage of its own. */
    public AdditionalDutyProgram(String id, String name, StackingCategory category, List<HtsNumber> headings,
            BigDecimal ratePercent, LocalDate from, LocalDate to, String source) {
        this(id, name, category, headings, ratePercent, from, to, source, Kind.ADDITIONAL, Basis.VALUE, Status.HTS,
                "", null);
    }

    /** Whether the program is in force for goods entered on the date. */
    public boolean isInForce(LocalDate date) {
        return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }

    /** Whether the program covers the heading. */
    public boolean covers(HtsNumber heading) {
        for (HtsNumber h : headings) {
            if (h.covers(heading)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The additional percent the program adds on a line whose chapter 1-97 ad valorem rate is given: its rate, or for
     * a floor what lifts that rate to the floor (never below zero), or zero for an exemption or prohibition.
     *
     * @param baseAdValoremPercent the line's chapter 1-97 ad valorem (or equivalent) rate, percent
     * @return the additional percent
     */
    public BigDecimal additionalPercent(BigDecimal baseAdValoremPercent) {
        switch (kind) {
            case ADDITIONAL:
                return ratePercent;
            case FLOOR:
                BigDecimal base = baseAdValoremPercent == null ? BigDecimal.ZERO : baseAdValoremPercent;
                BigDecimal d = ratePercent.subtract(base);
                return d.signum() > 0 ? d : BigDecimal.ZERO;
            default:
                return BigDecimal.ZERO;
        }
    }

    /** The heading to declare for a line of the given chapter 1-97 ad valorem rate (a floor's pair picks one). */
    public HtsNumber headingFor(BigDecimal baseAdValoremPercent) {
        if (kind == Kind.FLOOR && headings.size() > 1 && baseAdValoremPercent != null
                && baseAdValoremPercent.compareTo(ratePercent) >= 0) {
            return headings.get(1);
        }
        return headings.get(0);
    }
}
