package org.acesdk.rules.advisor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.acesdk.data.AceData;
import org.acesdk.model.code.CountryCode;
import org.acesdk.model.code.HtsNumber;
import org.acesdk.model.code.SpecialProgram;
import org.acesdk.model.entry.EntryLine;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.model.entry.TariffLine;
import org.acesdk.model.money.Money;
import org.acesdk.rules.advisor.internal.FootnoteIndex;
import org.acesdk.rules.advisor.internal.ScopeIndex;
import org.acesdk.rules.duty.AdditionalDutyProgram;
import org.acesdk.rules.duty.AdditionalDutyProgram.Coverage;
import org.acesdk.rules.duty.AdditionalDutyProgram.Kind;
import org.acesdk.rules.duty.AdditionalDutyPrograms;
import org.acesdk.rules.duty.RoundingPoint;
import org.acesdk.rules.tariff.RateExpression;
import org.acesdk.rules.tariff.TariffHistory;
import org.acesdk.rules.tariff.TariffRow;
import org.acesdk.rules.tariff.TariffSchedule;

/**
 * Tells the filer which chapter 99 headings a line owes on its entry date, in CBP's reporting order, each with its
 * program, rate, amount and legal source, from dated data alone: the bundled program table and product scopes of
 * {@code ace-data} ({@code chapter99-programs}, {@code chapter99-scopes}) and the tariff schedule's own footnotes
 * ({@code See 9903.88.15.}) for Section 301. No caller list is needed; caller lists replace or extend bundled ones.
 *
 * <p>Programs of one family (one Section 232 program per article, one reciprocal layer, one Section 301 heading)
 * are exclusive: the matching program of lowest priority wins. A program is not charged on goods of a family it does
 * not stack on (e.g. the reciprocal duty on Section 232 goods) and its exemption heading is declared instead; a USMCA
 * claim moves the goods to the program's USMCA heading; a floor lifts MFN to its rate. Conditional exemptions (end
 * use, quota) are reported in the notes, never claimed. Immutable and thread-safe.
 */
public final class Chapter99Advisor {
    private static final int CACHE_LIMIT = 8192;
    /** The bundled list of footnote references that do not reach a number of the line (prefix, heading). */
    public static final String FOOTNOTE_EXCEPTIONS = "s301-footnote-exceptions";
    private static final Money ZERO_USD = Money.usd("0.00");
    private static final Comparator<AdvisedHeading> REPORTING_ORDER = Comparator.comparing(
            (AdvisedHeading h) -> h.category().ordinal()).thenComparing(AdvisedHeading::heading);
    private static final Set<String> CH98_STILL_CHARGED = Set.of("98020040", "98020050", "98020060", "98020080");

    private final TariffSchedule schedule;
    private final AdditionalDutyPrograms programs;
    private final Map<String, ProductList> lists;
    private final Map<String, AdditionalDutyProgram> byId = new HashMap<>();
    private final List<AdditionalDutyProgram> covered = new ArrayList<>();
    private final FootnoteIndex footnotes;
    private final ScopeIndex scopes;
    private final int footnoteExceptions;
    private final Map<CandidateKey, List<Candidate>> candidates = new ConcurrentHashMap<>();
    private final Map<HtsNumber, Boolean> known = new ConcurrentHashMap<>();

    private Chapter99Advisor(Builder b) {
        this.schedule = b.schedule != null ? b.schedule : TariffHistory.bundled();
        this.programs = b.programs;
        Map<String, ProductList> all = new LinkedHashMap<>(b.bundledLists != null ? b.bundledLists : bundledLists());
        all.putAll(b.lists);
        this.lists = Map.copyOf(all);
        for (AdditionalDutyProgram p : programs.programs()) {
            byId.putIfAbsent(p.id(), p);
            if (p.coverage() != null) {
                covered.add(p);
            }
        }
        covered.sort(Comparator.comparing((AdditionalDutyProgram p) -> p.coverage().family())
                .thenComparingInt(p -> p.coverage().priority()));
        this.footnotes = new FootnoteIndex(schedule);
        this.scopes = new ScopeIndex(lists);
        this.footnoteExceptions = scopes.position(FOOTNOTE_EXCEPTIONS);
    }

    /** The advisor on the bundled data alone: tariff history, programs and product scopes of {@code ace-data}. */
    public static Chapter99Advisor bundled() {
        return Bundled.INSTANCE;
    }

    private static final class Bundled {
        static final Chapter99Advisor INSTANCE = builder().build();
    }

    private static Map<String, ProductList> bundledLists() {
        return scopes(AceData.bundled());
    }

    private static Map<String, ProductList> scopes(AceData data) {
        try (InputStream in = data.table(AceData.CHAPTER99_SCOPES).open()) {
            return ProductList.loadAll(in, AceData.CHAPTER99_SCOPES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A program in force for an origin, with what the advice says of it made once: its product list's position in
     * the scope index (-1 for none, or a list not loaded, which matches nothing), the note when it is skipped for the
     * origin (excepted, or conditional), and its reason texts.
     */
    private record Candidate(AdditionalDutyProgram program, String family, String listName, int list,
            String allReason, boolean footnote, String skipNote, String reasonSuffix, String uncertainNote,
            String prohibition) {
    }

    private record CandidateKey(LocalDate date, String origin) {
    }

    /** One program that matched a line, with the heading its scope names, how specific the match was, its list row. */
    private record Match(Candidate candidate, HtsNumber heading, int level, ProductList.Entry entry) {
        AdditionalDutyProgram program() {
            return candidate.program();
        }
    }

    /**
     * The headings an HTS number of an origin owes on a date, for a value, with no claim made.
     *
     * @param hts the chapter 1-97 number (8 or 10 digits)
     * @param origin the country of origin
     * @param entryDate the entry date
     * @param value the line's entered value in USD, or {@code null} to leave amounts at zero
     * @return the advice
     */
    public Advice advise(HtsNumber hts, CountryCode origin, LocalDate entryDate, Money value) {
        return advise(0, hts, origin, entryDate, value, false, null);
    }

    /**
     * The headings an entry line owes: its first chapter 1-97 number, its origin, its value, its USMCA claim and its
     * chapter 98 number.
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
        boolean usmca = line.specialProgram() != null && (line.specialProgram().equals(SpecialProgram.USMCA)
                || line.specialProgram().equals(SpecialProgram.USMCA_PLUS));
        HtsNumber ch98 = null;
        for (TariffLine t : line.tariffs()) {
            if (t.htsNumber() != null && t.htsNumber().isChapter98()) {
                ch98 = t.htsNumber();
                break;
            }
        }
        return advise(line.lineNumber(), base.htsNumber(), line.countryOfOrigin(), entryDate, value, usmca, ch98);
    }

    private static TariffLine baseTariff(EntryLine line) {
        for (TariffLine t : line.tariffs()) {
            if (t.htsNumber() != null && !t.htsNumber().isChapter99() && !t.htsNumber().isChapter98()) {
                return t;
            }
        }
        return null;
    }

    private Advice advise(int lineNumber, HtsNumber hts, CountryCode origin, LocalDate date, Money value,
            boolean usmca, HtsNumber ch98) {
        Objects.requireNonNull(hts, "hts");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(date, "entryDate");
        Set<String> notes = new LinkedHashSet<>();
        FootnoteIndex.Refs refs = footnotes.refs(hts, date);
        ProductList.Entry[] hits = null;
        Map<String, Match> picks = new LinkedHashMap<>();
        for (Candidate cd : candidates(date, origin.code())) {
            AdditionalDutyProgram p = cd.program();
            Match m;
            if (cd.list() >= 0) {
                if (hits == null) {
                    hits = scopes.match(hts, date);
                }
                m = listMatch(cd, hits[cd.list()]);
            } else if (cd.allReason() != null) {
                m = new Match(cd, p.headings().get(0), 11, null);
            } else if (cd.footnote()) {
                if (hits == null) {
                    hits = scopes.match(hts, date);
                }
                m = footnoteMatch(cd, refs, hits);
            } else {
                m = null;
            }
            if (m == null) {
                continue;
            }
            if (cd.skipNote() != null) {
                notes.add(cd.skipNote());
                continue;
            }
            Match best = picks.get(cd.family());
            if (best == null || better(m, best)) {
                picks.put(cd.family(), m);
            }
        }
        Set<String> charged = new HashSet<>();
        for (Map.Entry<String, Match> e : picks.entrySet()) {
            Kind k = e.getValue().program().kind();
            if (k == Kind.ADDITIONAL || k == Kind.FLOOR) {
                charged.add(e.getKey());
            }
        }
        BigDecimal[] base = null;
        List<AdvisedHeading> out = new ArrayList<>(picks.size());
        List<String> prohibitions = new ArrayList<>(0);
        for (Match m : picks.values()) {
            AdditionalDutyProgram p = m.program();
            Coverage c = p.coverage();
            if (ch98 != null && c.chapter98Exempt() && !CH98_STILL_CHARGED.contains(ch98.digits())) {
                notes.add(p.id() + " is not charged on goods entered under chapter 98 (" + ch98.usitcFormat() + ")");
                continue;
            }
            if (p.kind() == Kind.PROHIBITION) {
                prohibitions.add(m.candidate().prohibition());
                continue;
            }
            Set<String> clash = clash(c, charged);
            if (!clash.isEmpty() || (usmca && c.usmcaHeading() != null
                    && programs.find(c.usmcaHeading(), date).isPresent())) {
                HtsNumber instead = clash.isEmpty() ? c.usmcaHeading() : c.insteadHeading();
                String why = clash.isEmpty() ? "a USMCA claim" : "goods subject to " + clash;
                notes.add(p.id() + " (" + p.headingFor(null) + ") is not charged on " + why
                        + (instead == null ? "" : ": " + instead.usitcFormat() + " is declared instead"));
                if (instead != null) {
                    Optional<AdditionalDutyProgram> ip = programs.find(instead, date);
                    out.add(new AdvisedHeading(instead, ip.map(AdditionalDutyProgram::id).orElse(p.id()),
                            ip.map(AdditionalDutyProgram::name).orElse(p.name()), p.category(), "exempt: " + why,
                            BigDecimal.ZERO, ZERO_USD, ip.map(AdditionalDutyProgram::source).orElse(p.source())));
                }
                continue;
            }
            BigDecimal rate = p.ratePercent();
            HtsNumber heading = m.heading();
            String reason = reason(m, hts);
            if (p.kind() == Kind.FLOOR) {
                if (base == null) {
                    base = new BigDecimal[] {baseRate(hts, date, notes)};
                }
                rate = p.additionalPercent(base[0]);
                heading = p.headingFor(base[0]);
                reason += "; floor " + p.ratePercent().toPlainString() + "% including MFN "
                        + (base[0] == null ? "(no ad valorem MFN rate on file: taken as 0)" : base[0].toPlainString()
                        + "%");
            } else if (p.kind() == Kind.NONE) {
                rate = BigDecimal.ZERO;
            }
            reason += m.candidate().reasonSuffix();
            if (p.status() == AdditionalDutyProgram.Status.NOTICE) {
                notes.add(p.id() + " (" + heading.usitcFormat() + ") is known from a notice, not yet from an HTS "
                        + "revision on file: " + p.source());
            }
            if (m.candidate().uncertainNote() != null) {
                notes.add(m.candidate().uncertainNote());
            }
            // the same rounding points as the duty calculator: whole-dollar entered value, then cents
            Money amount = value == null || rate.signum() == 0 ? ZERO_USD
                    : Money.usd(RoundingPoint.TARIFF_DUTY.apply(RoundingPoint.ENTERED_VALUE.apply(value.amount())
                            .multiply(rate).movePointLeft(2)));
            out.add(new AdvisedHeading(heading, p.id(), p.name(), p.category(), reason, rate, amount, p.source()));
        }
        out.sort(REPORTING_ORDER);
        if (value == null) {
            notes.add("amounts are zero: the line's value is not in USD");
        }
        List<HtsNumber> unknown = new ArrayList<>(0);
        for (HtsNumber r : refs.all()) {
            if (r.digits().startsWith("99") && !isKnown(r)) {
                unknown.add(r);
                notes.add(r.usitcFormat() + " is referenced by the schedule on " + hts.usitcFormat()
                        + " but the chapter 99 program data does not know it: check it by hand");
            }
        }
        BigDecimal baseRate = base != null ? base[0] : baseRate(hts, date, null);
        return new Advice(lineNumber, hts, origin, date, out, new ArrayList<>(notes), baseRate,
                prohibitions, unknown);
    }

    /** The families of the program's non-stacking set that are charged on the line (usually none). */
    private static Set<String> clash(Coverage c, Set<String> charged) {
        if (c.notWith().isEmpty() || charged.isEmpty()) {
            return Set.of();
        }
        Set<String> clash = new LinkedHashSet<>(c.notWith());
        clash.retainAll(charged);
        return clash;
    }

    /** Whether a footnote match is preferred: the more specific row first, then the lower priority. */
    private static boolean better(Match a, Match b) {
        if (a.level() != b.level()) {
            return a.level() > b.level();
        }
        return a.program().coverage().priority() < b.program().coverage().priority();
    }

    private static Match listMatch(Candidate cd, ProductList.Entry e) {
        if (e == null) {
            return null;
        }
        AdditionalDutyProgram p = cd.program();
        HtsNumber rowHeading = e.heading();
        HtsNumber h = rowHeading != null && p.covers(rowHeading) ? rowHeading : p.headings().get(0);
        return new Match(cd, h, 11, e);
    }

    private Match footnoteMatch(Candidate cd, FootnoteIndex.Refs refs, ProductList.Entry[] hits) {
        for (HtsNumber h : cd.program().headings()) {
            int level = refs.level(h);
            if (level > 0 && !footnoteException(h, hits)) {
                return new Match(cd, h, level, null);
            }
        }
        return null;
    }

    /** Why the program matched the line (built only for the programs advised). */
    private String reason(Match m, HtsNumber hts) {
        Candidate cd = m.candidate();
        if (m.entry() != null) {
            return "product list " + cd.listName() + " row " + m.entry().row() + " (" + m.entry().prefix() + ")";
        }
        if (cd.allReason() != null) {
            return cd.allReason();
        }
        return "the schedule's footnote 'See " + m.heading().usitcFormat() + ".' on " + hts.usitcFormat()
                + (m.level() == 10 ? "" : "'s " + m.level() + "-digit line");
    }

    /**
     * Whether the schedule's footnote to the heading on this number's line does not reach this number (bundled list
     * {@value #FOOTNOTE_EXCEPTIONS}: e.g. 9903.91.01 on 8507.60.00 covers the EV batteries of 8507.60.00.10 only).
     */
    private boolean footnoteException(HtsNumber heading, ProductList.Entry[] hits) {
        if (footnoteExceptions < 0) {
            return false;
        }
        ProductList.Entry e = hits[footnoteExceptions];
        return e != null && heading.equals(e.heading());
    }

    /** The programs in force on the date whose coverage names or excepts the origin, by family and priority. */
    private List<Candidate> candidates(LocalDate date, String origin) {
        CandidateKey key = new CandidateKey(date, origin);
        List<Candidate> c = candidates.get(key);
        if (c == null) {
            List<Candidate> list = new ArrayList<>();
            for (AdditionalDutyProgram p : covered) {
                Coverage cv = p.coverage();
                if (p.isInForce(date) && (cv.appliesTo(origin) || cv.exceptOrigins().contains(origin))) {
                    list.add(candidate(p, origin));
                }
            }
            c = List.copyOf(list);
            if (candidates.size() >= CACHE_LIMIT) {
                candidates.clear();
            }
            candidates.put(key, c);
        }
        return c;
    }

    /** A program's texts and scope position for an origin, made once per (date, origin). */
    private Candidate candidate(AdditionalDutyProgram p, String origin) {
        Coverage c = p.coverage();
        String skip = null;
        if (!c.appliesTo(origin)) {
            skip = p.id() + " (" + p.headings().get(0) + ") does not apply to goods of " + origin
                    + (c.exceptNote().isEmpty() ? "" : ": " + c.exceptNote());
        } else if (!c.condition().isEmpty()) {
            skip = p.headings().get(0) + " (" + p.id() + "): " + c.condition();
        }
        String listName = c.listName();
        int list = listName == null ? -1 : scopes.position(listName);
        String all = c.products().equals("ALL") ? "applies to every product of the origin entered " + p.from() + " to "
                + (p.to() == null ? "open" : p.to().toString()) : null;
        String suffix = (p.basis() == AdditionalDutyProgram.Basis.CONTENT
                ? "; levied on the metal content value (the whole value when none is declared)" : "")
                + (c.note().isEmpty() ? "" : "; " + c.note());
        String uncertain = p.uncertain().isEmpty() ? null : p.id() + " [uncertain: " + p.uncertain() + "]";
        String prohibition = p.kind() != Kind.PROHIBITION ? null : p.name() + " from " + p.from() + " ("
                + p.source() + ")" + (p.uncertain().isEmpty() ? "" : " [uncertain: " + p.uncertain() + "]");
        boolean footnote = c.products().equals("FOOTNOTE");
        return new Candidate(p, c.family(), listName, list, all, footnote, skip, suffix, uncertain, prohibition);
    }

    private boolean isKnown(HtsNumber heading) {
        Boolean k = known.get(heading);
        if (k == null) {
            k = !programs.programsFor(heading).isEmpty();
            if (known.size() >= CACHE_LIMIT) {
                known.clear();
            }
            known.put(heading, k);
        }
        return k;
    }

    /** The number's chapter 1-97 ad valorem rate (the ad valorem part of a compound rate), or {@code null}. */
    private BigDecimal baseRate(HtsNumber hts, LocalDate date, Set<String> notes) {
        Optional<RateExpression> rate = schedule.find(hts, date).map(TariffRow::general);
        if (rate.isEmpty()) {
            return null;
        }
        RateExpression r = rate.get();
        if (notes != null && r.form() == RateExpression.Form.COMPOUND) {
            notes.add("the floor is judged on the ad valorem part of " + r.text() + "; with the specific part's ad "
                    + "valorem equivalent (duty / value) the floor's share may be smaller");
        } else if (notes != null && r.form() == RateExpression.Form.SPECIFIC) {
            notes.add("the floor is judged on an ad valorem rate of 0: " + r.text() + " is specific; use its ad "
                    + "valorem equivalent (duty / value)");
        }
        return r.form() == RateExpression.Form.SPECIFIC ? BigDecimal.ZERO : r.adValoremPartPercent().orElse(null);
    }

    /**
     * The entry with each line's chapter 99 headings replaced by the advised ones (in CSMS order, before the line's
     * other numbers). A heading levied on metal content gets the line's value as its content value: declare the real
     * content when it is less.
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
                AdditionalDutyProgram p = byId.get(h.programId());
                if (p != null && p.basis() == AdditionalDutyProgram.Basis.CONTENT && base.value() != null) {
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

    /** The product lists in use (bundled, then the caller's), by name. */
    public Map<String, ProductList> productLists() {
        return lists;
    }

    /** The programs table it dates against. */
    public AdditionalDutyPrograms programs() {
        return programs;
    }

    @Override
    public String toString() {
        return "Chapter99Advisor[" + programs.programs().size() + " programs, " + lists.size() + " product lists]";
    }

    /** Builds a {@link Chapter99Advisor}. Not thread-safe. */
    public static final class Builder {
        private TariffSchedule schedule;
        private AdditionalDutyPrograms programs = AdditionalDutyPrograms.defaults();
        private Map<String, ProductList> bundledLists;
        private final Map<String, ProductList> lists = new LinkedHashMap<>();

        private Builder() {
        }

        /** The tariff schedule whose footnotes and rates it reads (default: the bundled tariff history). */
        public Builder tariffSchedule(TariffSchedule s) {
            this.schedule = Objects.requireNonNull(s, "tariffSchedule");
            return this;
        }

        /** The dated programs table (default: the bundled one). */
        public Builder programs(AdditionalDutyPrograms p) {
            this.programs = Objects.requireNonNull(p, "programs");
            return this;
        }

        /** Programs and product scopes from a data bundle (e.g. one {@code AceDataUpdater} installed). */
        public Builder data(AceData data) {
            Objects.requireNonNull(data, "data");
            this.programs = AdditionalDutyPrograms.from(data);
            this.bundledLists = scopes(data);
            return this;
        }

        /**
         * Adds a product list under its name: it replaces a bundled list of that name, or extends the scopes when a
         * program names it (e.g. {@code s338-autos-duty}, {@code s232-pharma}); a second caller list of the same
         * name is refused.
         */
        public Builder addProductList(ProductList list) {
            Objects.requireNonNull(list, "list");
            if (lists.putIfAbsent(list.name(), list) != null) {
                throw new IllegalArgumentException("a product list named " + list.name() + " was already added");
            }
            return this;
        }

        /** Builds the advisor. */
        public Chapter99Advisor build() {
            return new Chapter99Advisor(this);
        }
    }
}
