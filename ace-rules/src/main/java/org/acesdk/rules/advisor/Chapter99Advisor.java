package org.acesdk.rules.advisor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.acesdk.model.code.CountryCode;
import org.acesdk.model.code.HtsNumber;
import org.acesdk.model.entry.EntryLine;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.model.entry.TariffLine;
import org.acesdk.model.money.Money;
import org.acesdk.rules.duty.AdditionalDutyProgram;
import org.acesdk.rules.duty.AdditionalDutyPrograms;
import org.acesdk.rules.duty.RoundingPoint;
import org.acesdk.rules.duty.StackingCategory;
import org.acesdk.rules.tariff.RateExpression;
import org.acesdk.rules.tariff.TariffHistory;
import org.acesdk.rules.tariff.TariffRevision;
import org.acesdk.rules.tariff.TariffRow;
import org.acesdk.rules.tariff.TariffSchedule;

/**
 * Tells the filer which chapter 99 headings a line owes, in CBP's reporting order (CSMS 18-000624), each with its
 * program, the reason, the rate and the amount, from the same tariff data the duty math uses:
 * <ul>
 *   <li>headings the loaded USITC schedule references in its footnotes ({@code See 9903.88.15.}) on the line's
 *       rows, for the categories and origins the {@link AdviceRules} name (Section 301: China);</li>
 *   <li>programs whose products are a caller-supplied {@link ProductList} (Section 232 derivatives);</li>
 *   <li>programs on every product less an exemption list (Section 122, IEEPA), with their non-stacking rules.</li>
 * </ul>
 * Rates and dates come from the dated {@link AdditionalDutyPrograms}; the schedule's chapter 99 rate is used only for
 * a referenced heading the programs table does not know. Immutable and thread-safe.
 */
public final class Chapter99Advisor {
    private final TariffSchedule schedule;
    private final AdditionalDutyPrograms programs;
    private final AdviceRules rules;
    private final Map<String, ProductList> lists;
    private final Map<String, AdditionalDutyProgram> byId = new HashMap<>();
    private final Map<TariffRevision, Map<String, Set<HtsNumber>>> indexes = new ConcurrentHashMap<>();

    private Chapter99Advisor(Builder b) {
        this.schedule = b.schedule;
        this.programs = b.programs;
        this.rules = b.rules;
        this.lists = Map.copyOf(b.lists);
        for (AdditionalDutyProgram p : programs.programs()) {
            byId.putIfAbsent(p.id(), p);
        }
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** One heading under consideration. */
    private record Candidate(HtsNumber heading, String programId, String programName, StackingCategory category,
            BigDecimal rate, String reason, Set<StackingCategory> notWith, Set<String> notWithPrograms) {
    }

    /**
     * The headings an HTS number of an origin owes on a date, for a value.
     *
     * @param hts the chapter 1-97 number (8 or 10 digits)
     * @param origin the country of origin
     * @param entryDate the entry date
     * @param value the line's entered value in USD, or {@code null} to leave amounts at zero
     * @return the advice
     */
    public Advice advise(HtsNumber hts, CountryCode origin, LocalDate entryDate, Money value) {
        return advise(0, hts, origin, entryDate, value);
    }

    /**
     * The headings an entry line owes: its first chapter 1-97 number, its origin, its value.
     *
     * @param line the line
     * @param entryDate the entry date
     * @return the advice
     * @throws IllegalArgumentException if the line has no chapter 1-97 number or no origin
     */
    public Advice advise(EntryLine line, LocalDate entryDate) {
        TariffLine base = baseTariff(line);
        if (base == null) {
            throw new IllegalArgumentException("line " + line.lineNumber() + " has no chapter 1-97 HTS number");
        }
        if (line.countryOfOrigin() == null) {
            throw new IllegalArgumentException("line " + line.lineNumber() + " has no country of origin");
        }
        Money value = base.value() != null && "USD".equals(base.value().currency().getCurrencyCode())
                ? base.value() : null;
        return advise(line.lineNumber(), base.htsNumber(), line.countryOfOrigin(), entryDate, value);
    }

    private static TariffLine baseTariff(EntryLine line) {
        for (TariffLine t : line.tariffs()) {
            if (!t.htsNumber().isChapter99() && !t.htsNumber().isChapter98()) {
                return t;
            }
        }
        return null;
    }

    private Advice advise(int lineNumber, HtsNumber hts, CountryCode origin, LocalDate date, Money value) {
        Objects.requireNonNull(hts, "hts");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(date, "entryDate");
        String o = origin.code();
        List<Candidate> found = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Set<HtsNumber> seen = new LinkedHashSet<>();

        // 1. headings the schedule's footnotes reference on the line's rows
        for (HtsNumber ref : references(hts, date)) {
            StackingCategory cat = programs.category(ref);
            AdviceRules.FootnoteRule fr = rules.footnoteCategories().get(cat);
            if (fr == null || !seen.add(ref)) {
                continue;
            }
            if (!(fr.origins().contains("*") || fr.origins().contains(o))) {
                notes.add(ref + " (" + cat + ") is referenced by the schedule but applies only to origins "
                        + fr.origins() + (fr.note().isEmpty() ? "" : ": " + fr.note()));
                continue;
            }
            Optional<AdditionalDutyProgram> inForce = programs.find(ref, date);
            List<AdditionalDutyProgram> known = programs.programsFor(ref);
            if (inForce.isEmpty() && !known.isEmpty()) {
                notes.add(ref + " (" + known.get(0).id() + ") is not in force on " + date);
                continue;
            }
            Optional<BigDecimal> scheduleRate = additionalRate(ref, date);
            if (inForce.isPresent()) {
                AdditionalDutyProgram p = inForce.get();
                found.add(new Candidate(ref, p.id(), p.name(), cat, p.ratePercent(),
                        "the schedule's footnote 'See " + ref.usitcFormat() + ".' on " + hts.usitcFormat(), Set.of(),
                        Set.of()));
            } else if (scheduleRate.isPresent() && scheduleRate.get().signum() > 0) {
                found.add(new Candidate(ref, cat.name() + " " + ref.usitcFormat(), ref.usitcFormat(), cat,
                        scheduleRate.get(), "the schedule's footnote 'See " + ref.usitcFormat() + ".' on "
                        + hts.usitcFormat() + "; rate from the schedule's " + ref.usitcFormat() + " row", Set.of(),
                        Set.of()));
            } else {
                notes.add(ref + " is an exclusion or exemption heading the schedule references: declare it instead "
                        + "only if the goods match its description");
            }
        }

        // 2. programs by caller-supplied product list or on every product
        for (AdviceRules.Rule r : rules.rules()) {
            AdditionalDutyProgram p = byId.get(r.program());
            if (p == null) {
                continue;
            }
            if (r.coverage() == AdviceRules.Coverage.LIST) {
                ProductList list = lists.get(r.list());
                Optional<ProductList.Entry> e = list == null ? Optional.empty() : list.match(hts, date);
                if (e.isEmpty()) {
                    continue;
                }
                HtsNumber heading = e.get().heading() != null ? e.get().heading() : p.headings().get(0);
                if (!p.covers(heading) || !p.isInForce(date)) {
                    continue; // the row belongs to another program, or this one is not in force on the date
                }
                if (!r.appliesTo(o)) {
                    notes.add(p.id() + " does not apply to goods of " + o + (r.note().isEmpty() ? "" : ": "
                            + r.note()));
                    continue;
                }
                if (!seen.add(heading)) {
                    continue;
                }
                found.add(new Candidate(heading, p.id(), p.name(), p.category(), p.ratePercent(), "product list "
                        + list.name() + " row " + e.get().row() + " (" + e.get().prefix() + ")", r.notWith(),
                        r.notWithPrograms()));
            } else {
                if (!p.isInForce(date)) {
                    if (p.to() != null && date.isAfter(p.to())) {
                        notes.add(p.id() + " (" + p.headings().get(0) + ") ended " + p.to() + ": not owed on " + date);
                    }
                    continue;
                }
                if (!r.appliesTo(o)) {
                    notes.add(p.id() + " does not apply to goods of " + o);
                    continue;
                }
                ProductList exempt = r.exemptList() == null ? null : lists.get(r.exemptList());
                Optional<ProductList.Entry> ex = exempt == null ? Optional.empty() : exempt.match(hts, date);
                if (ex.isPresent()) {
                    HtsNumber heading = ex.get().heading();
                    AdditionalDutyProgram exemptProgram = r.exemptProgram() == null ? null : byId.get(r.exemptProgram());
                    if (heading == null && exemptProgram != null) {
                        heading = exemptProgram.headings().get(0);
                    }
                    if (heading != null) {
                        found.add(new Candidate(heading, r.exemptProgram() == null ? p.id() : r.exemptProgram(),
                                p.name() + " exemption", p.category(), BigDecimal.ZERO, "exempt: product list "
                                + exempt.name() + " row " + ex.get().row() + " (" + ex.get().prefix() + ")",
                                r.notWith(), r.notWithPrograms()));
                    } else {
                        notes.add(p.id() + ": exempt (product list " + exempt.name() + ")");
                    }
                    continue;
                }
                if (r.exemptList() != null && exempt == null) {
                    notes.add(p.id() + ": no exemption list '" + r.exemptList() + "' was supplied; exemptions "
                            + "were not checked");
                }
                found.add(new Candidate(p.headings().get(0), p.id(), p.name(), p.category(), p.ratePercent(),
                        "applies to every product of " + o + " entered " + p.from() + " to "
                        + (p.to() == null ? "open" : p.to().toString()), r.notWith(), r.notWithPrograms()));
            }
        }

        // 3. non-stacking
        Set<StackingCategory> present = new LinkedHashSet<>();
        Set<String> presentPrograms = new LinkedHashSet<>();
        for (Candidate c : found) {
            if (c.rate().signum() > 0) {
                present.add(c.category());
                presentPrograms.add(c.programId());
            }
        }
        List<AdvisedHeading> out = new ArrayList<>();
        found.sort(Comparator.comparing((Candidate c) -> c.category().ordinal()).thenComparing(Candidate::heading));
        for (Candidate c : found) {
            Set<StackingCategory> clash = new LinkedHashSet<>(c.notWith());
            clash.retainAll(present);
            Set<String> clashPrograms = new LinkedHashSet<>(c.notWithPrograms());
            clashPrograms.retainAll(presentPrograms);
            if (!clash.isEmpty() || !clashPrograms.isEmpty()) {
                notes.add(c.heading() + " (" + c.programId() + ") does not stack with "
                        + (clash.isEmpty() ? clashPrograms : clash) + " on this line");
                continue;
            }
            // the same rounding points as the duty calculator: whole-dollar entered value, then cents
            Money amount = value == null ? Money.usd("0.00") : Money.usd(RoundingPoint.TARIFF_DUTY.apply(
                    RoundingPoint.ENTERED_VALUE.apply(value.amount()).multiply(c.rate()).movePointLeft(2)));
            out.add(new AdvisedHeading(c.heading(), c.programId(), c.programName(), c.category(), c.reason(),
                    c.rate(), amount));
        }
        if (value == null) {
            notes.add("amounts are zero: the line's value is not in USD");
        }
        return new Advice(lineNumber, hts, CountryCode.parse(o), date, out, notes);
    }

    private Optional<BigDecimal> additionalRate(HtsNumber heading, LocalDate date) {
        if (schedule == null) {
            return Optional.empty();
        }
        return schedule.find(heading, date).map(TariffRow::general)
                .filter(r -> r.form() == RateExpression.Form.ADDITIONAL).flatMap(RateExpression::adValoremPercent);
    }

    /** The chapter 99 headings the schedule's footnotes reference on the number's rows (and its 8-digit line). */
    private Set<HtsNumber> references(HtsNumber hts, LocalDate date) {
        Set<HtsNumber> out = new LinkedHashSet<>();
        TariffRevision revision = revision(date);
        if (revision != null) {
            Map<String, Set<HtsNumber>> index = indexes.computeIfAbsent(revision, Chapter99Advisor::index);
            String d = hts.digits();
            if (d.length() >= 8) {
                out.addAll(index.getOrDefault(d.substring(0, 8), Set.of()));
            }
            if (d.length() == 10) {
                out.addAll(index.getOrDefault(d, Set.of()));
            }
        } else if (schedule != null) {
            schedule.find(hts, date).ifPresent(r -> out.addAll(r.chapter99References()));
            hts.rateLine().flatMap(l -> schedule.find(l, date)).ifPresent(r -> out.addAll(r.chapter99References()));
        }
        return out;
    }

    /**
     * Index of references: by 10-digit number its own row's; by 8-digit number its own row's, or, when the schedule
     * has no 8-digit row (an 8-digit line printed only as its 10-digit number), the union of its 10-digit rows'.
     */
    private static Map<String, Set<HtsNumber>> index(TariffRevision revision) {
        Map<String, Set<HtsNumber>> own = new HashMap<>();
        Map<String, Set<HtsNumber>> children = new HashMap<>();
        for (TariffRow row : revision.rows()) {
            String d = row.htsNumber().digits();
            if (d.length() < 8 || row.htsNumber().isChapter99() || row.chapter99References().isEmpty()) {
                if (d.length() >= 8 && !row.htsNumber().isChapter99()) {
                    own.putIfAbsent(d, new LinkedHashSet<>());
                }
                continue;
            }
            own.computeIfAbsent(d, k -> new LinkedHashSet<>()).addAll(row.chapter99References());
            if (d.length() == 10) {
                children.computeIfAbsent(d.substring(0, 8), k -> new LinkedHashSet<>())
                        .addAll(row.chapter99References());
            }
        }
        Map<String, Set<HtsNumber>> out = new HashMap<>(own);
        children.forEach((h8, refs) -> {
            if (!own.containsKey(h8)) {
                out.put(h8, refs);
            }
        });
        return out;
    }

    private TariffRevision revision(LocalDate date) {
        if (schedule instanceof TariffRevision) {
            return (TariffRevision) schedule;
        }
        if (schedule instanceof TariffHistory) {
            return ((TariffHistory) schedule).revisionAt(date).orElse(null);
        }
        return null;
    }

    /**
     * The entry with each line's chapter 99 headings replaced by the advised ones (in CSMS order, before the line's
     * other numbers). A Section 232 heading gets the line's value as its content value: declare the real content when
     * it is less.
     *
     * @param entry the entry summary
     * @param entryDate the date to advise for
     * @return the filled entry
     */
    public EntrySummary fill(EntrySummary entry, LocalDate entryDate) {
        List<EntryLine> lines = new ArrayList<>();
        for (EntryLine l : entry.lines()) {
            TariffLine base = baseTariff(l);
            if (base == null || l.countryOfOrigin() == null) {
                lines.add(l);
                continue;
            }
            Advice a = advise(l, entryDate);
            List<TariffLine> tariffs = new ArrayList<>();
            for (AdvisedHeading h : a.headings()) {
                TariffLine.Builder t = TariffLine.builder().htsNumber(h.heading());
                if (h.category() == StackingCategory.SECTION_232_201 && base.value() != null) {
                    t.contentValue(base.value());
                }
                tariffs.add(t.build());
            }
            for (TariffLine t : l.tariffs()) {
                if (!t.htsNumber().isChapter99()) {
                    tariffs.add(t);
                }
            }
            lines.add(l.toBuilder().tariffs(tariffs).build());
        }
        return entry.toBuilder().lines(lines).build();
    }

    /** The product lists supplied, by name. */
    public Map<String, ProductList> productLists() {
        return lists;
    }

    /** The programs table it dates against. */
    public AdditionalDutyPrograms programs() {
        return programs;
    }

    @Override
    public String toString() {
        return "Chapter99Advisor[" + rules + ", lists " + lists.keySet() + "]";
    }

    /** Builds a {@link Chapter99Advisor}. Not thread-safe. */
    public static final class Builder {
        private TariffSchedule schedule;
        private AdditionalDutyPrograms programs = AdditionalDutyPrograms.defaults();
        private AdviceRules rules = AdviceRules.defaults();
        private final Map<String, ProductList> lists = new LinkedHashMap<>();

        private Builder() {
        }

        /** The tariff schedule whose footnotes and chapter 99 rows it reads. */
        public Builder tariffSchedule(TariffSchedule s) {
            this.schedule = s;
            return this;
        }

        /** The dated programs table (default: the shipped one). */
        public Builder programs(AdditionalDutyPrograms p) {
            this.programs = Objects.requireNonNull(p, "programs");
            return this;
        }

        /** The coverage rules (default: the shipped {@code chapter99-advice.json}). */
        public Builder adviceRules(AdviceRules r) {
            this.rules = Objects.requireNonNull(r, "adviceRules");
            return this;
        }

        /** Adds a product list under its name; a second list of the same name is refused. */
        public Builder addProductList(ProductList list) {
            Objects.requireNonNull(list, "list");
            if (lists.putIfAbsent(list.name(), list) != null) {
                throw new IllegalArgumentException("a product list named " + list.name() + " was already added");
            }
            return this;
        }

        /**
         * Builds the advisor.
         *
         * @return the advisor
         * @throws IllegalArgumentException if no tariff schedule was given
         */
        public Chapter99Advisor build() {
            if (schedule == null) {
                throw new IllegalArgumentException("tariffSchedule is required");
            }
            return new Chapter99Advisor(this);
        }
    }
}
