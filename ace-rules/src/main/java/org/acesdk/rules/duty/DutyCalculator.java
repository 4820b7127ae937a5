package org.acesdk.rules.duty;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.acesdk.model.code.EntryType;
import org.acesdk.model.code.HtsNumber;
import org.acesdk.model.code.ModeOfTransport;
import org.acesdk.model.code.UnitOfMeasure;
import org.acesdk.model.entry.AdCvdCase;
import org.acesdk.model.entry.EntryLine;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.model.entry.TariffLine;
import org.acesdk.model.money.Money;
import org.acesdk.model.money.Quantity;
import org.acesdk.rules.Finding;
import org.acesdk.rules.RuleContext;
import org.acesdk.rules.RuleId;
import org.acesdk.rules.Severity;
import org.acesdk.rules.tariff.RateExpression;
import org.acesdk.rules.tariff.TariffRow;
import org.acesdk.rules.tariff.TariffSchedule;

/**
 * Computes the duties, fees and AD/CVD deposits of an entry summary to the cent, as CBP does: entered value in
 * whole dollars; each tariff number's duty rounded to cents; chapter 99 additional duties on the chapter 1-97 value
 * in CSMS order; MPF per line, summed and clamped to the fiscal year's bounds; HMF for vessel cargo, reported as zero
 * at or below the threshold. Nothing it cannot compute becomes a silent zero: it is left out of the totals and
 * reported as an ERROR finding, and {@link DutyAssessment#isComplete()} is false. Stateless and thread-safe.
 */
public final class DutyCalculator {
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private final RuleContext defaultContext;

    private DutyCalculator(RuleContext defaultContext) {
        this.defaultContext = Objects.requireNonNull(defaultContext, "defaultContext");
    }

    /** A calculator whose {@link #assess(EntrySummary)} uses the given context. */
    public static DutyCalculator create(RuleContext defaultContext) {
        return new DutyCalculator(defaultContext);
    }

    /** Days past the newest tariff revision after which an entry date draws a staleness warning. */
    public static final int STALE_AFTER_DAYS = 30;

    /** A calculator with the default context (bundled tariff history, fee and program tables). */
    public static DutyCalculator create() {
        return new DutyCalculator(RuleContext.defaults());
    }

    /** Assesses with the calculator's default context. */
    public DutyAssessment assess(EntrySummary entry) {
        return assess(entry, defaultContext);
    }

    /**
     * Assesses an entry summary.
     *
     * @param entry the entry summary
     * @param context the tariff schedule, fee tables, programs, exchange rates and dates
     * @return the assessment; never {@code null}, never throws for a filing that passed validation
     */
    public DutyAssessment assess(EntrySummary entry, RuleContext context) {
        Objects.requireNonNull(entry, "entry");
        RuleContext ctx = context == null ? defaultContext : context;
        if (ctx.fillChapter99Headings() && ctx.chapter99Advisor().isPresent()) {
            LocalDate on = ctx.effectiveDate(entry.entryDate());
            entry = ctx.chapter99Advisor().get().fill(entry, on);
        }
        Run run = new Run(entry, ctx);
        return run.assess();
    }

    private static final Comparator<TariffAssessment> BY_CATEGORY = Comparator.comparing(TariffAssessment::category);

    /** One assessment's working state. */
    private static final class Run {
        private final EntrySummary entry;
        private final RuleContext ctx;
        private final LocalDate date;
        private final List<Finding> findings = new ArrayList<>();
        private final Optional<TariffSchedule> schedule;

        Run(EntrySummary entry, RuleContext ctx) {
            this.entry = entry;
            this.ctx = ctx;
            this.date = ctx.effectiveDate(entry.entryDate());
            this.schedule = ctx.tariffSchedule();
            this.owesMpf = mpfRule();
            this.owesHmf = hmfRule();
        }

        /** Whether the entry owes ad valorem MPF and HMF at all: the same for every line. */
        private final boolean owesMpf;
        private final boolean owesHmf;
        /** Whether duty or AD/CVD deposits are owed on the entry (for the HMF reporting threshold). */
        private boolean dutyOwed;

        // texts that repeat within one assessment, made once: the revision's name, the MPF rate, the current line
        // value's texts (compared by identity: one value object per line), and rows' source texts
        private String revisionName;
        private String mpfRate;
        private BigDecimal lineValue;
        private String linePlain;
        private String lineValueText;
        private final Map<TariffRow, String> rowSources = new java.util.IdentityHashMap<>();
        /** Base rows' source texts for the general column. */
        private final Map<TariffRow, String> generalSources = new java.util.IdentityHashMap<>();

        void finding(String rule, Severity s, String path, String message) {
            findings.add(new Finding(RuleId.of(rule), s, path, message, "", ""));
        }

        DutyAssessment assess() {
            Optional<FeePeriod> period = ctx.feeSchedule().periodAt(date);
            if (period.isEmpty()) {
                FeePeriod last = ctx.feeSchedule().lastPeriod();
                if (date.isAfter(last.to())) {
                    // fees change only by notice (19 CFR 24.22(k)): the last published figures continue
                    period = Optional.of(last);
                    finding("DUTY-FEE-003", Severity.WARNING, "entryDate", "the entry date " + date
                            + " is past the last fee period on file (" + last.label() + ", to " + last.to()
                            + "); its figures are used until a newer notice is loaded (19 CFR 24.22(k)): update the data");
                } else {
                    finding("DUTY-FEE-001", Severity.ERROR, "entryDate", "no user fee period covers " + date);
                }
            }
            Optional<LocalDate> newest = ctx.tariffSchedule().flatMap(TariffSchedule::newestRevisionDate);
            if (newest.isPresent() && date.isAfter(newest.get().plusDays(STALE_AFTER_DAYS))) {
                finding("DUTY-DATA-001", Severity.WARNING, "entryDate", "the entry date " + date + " is more than "
                        + STALE_AFTER_DAYS + " days past the newest tariff revision on file (effective "
                        + newest.get() + "); later revisions may change rates: update the data (AceDataUpdater)");
            }
            List<LineAssessment> lines = new ArrayList<>(entry.lines().size());
            for (int i = 0; i < entry.lines().size(); i++) {
                lines.add(line(i, entry.lines().get(i), period));
            }
            // summed as decimals from zero dollars and cents (all amounts are U.S. dollars), wrapped as money once
            BigDecimal zero = Money.ZERO_USD.amount();
            BigDecimal dutySum = zero;
            BigDecimal adBonded = zero;
            BigDecimal adCash = zero;
            BigDecimal cvdBonded = zero;
            BigDecimal cvdCash = zero;
            BigDecimal mpfSum = zero;
            BigDecimal hmfSum = zero;
            boolean anyMpf = false;
            for (LineAssessment l : lines) {
                dutySum = dutySum.add(l.duty().amount());
                mpfSum = mpfSum.add(l.mpf().amount());
                hmfSum = hmfSum.add(l.hmf().amount());
                anyMpf |= !l.mpf().isZero();
                for (AdCvdAssessment a : l.adCvd()) {
                    if (a.deposit() == null) {
                        continue;
                    }
                    BigDecimal d = a.deposit().amount();
                    if (a.antidumping()) {
                        adBonded = a.bonded() ? adBonded.add(d) : adBonded;
                        adCash = a.bonded() ? adCash : adCash.add(d);
                    } else {
                        cvdBonded = a.bonded() ? cvdBonded.add(d) : cvdBonded;
                        cvdCash = a.bonded() ? cvdCash : cvdCash.add(d);
                    }
                }
            }
            Money duty = Money.usd(dutySum);
            Money adB = Money.usd(adBonded);
            Money adC = Money.usd(adCash);
            Money cvdB = Money.usd(cvdBonded);
            Money cvdC = Money.usd(cvdCash);
            Money lineMpf = Money.usd(mpfSum);
            Money lineHmf = Money.usd(hmfSum);
            List<FeeAssessment> fees = new ArrayList<>();
            if (period.isPresent()) {
                dutyOwed = dutySum.signum() > 0 || adBonded.add(adCash).add(cvdBonded).add(cvdCash).signum() > 0;
                fees(period.get(), lineMpf, anyMpf, lineHmf, fees);
            }
            Money totalFees = Money.ZERO_USD;
            for (FeeAssessment f : fees) {
                totalFees = totalFees.plus(f.amount());
            }
            Money grand = duty.plus(totalFees).plus(adB).plus(adC).plus(cvdB).plus(cvdC);
            return new DutyAssessment(entry.entryNumber(), date, schedule.flatMap(s -> s.revisionName(date)).orElse(""),
                    period.map(FeePeriod::label).orElse(""), lines, fees, duty, totalFees, adB, adC, cvdB, cvdC,
                    grand, findings);
        }

        private boolean mpfRule() {
            EntryType t = entry.entryType();
            return t != null && !t.isInformal() && t.isConsumption() && !t.code().startsWith("3");
        }

        private boolean hmfRule() {
            EntryType t = entry.entryType();
            ModeOfTransport m = entry.modeOfTransport();
            return t != null && m != null && m.isVessel() && !t.isInformal() && t != EntryType.FTZ_CONSUMPTION
                    && !t.code().startsWith("3") && t.isConsumption()
                    && (entry.portOfEntry() == null || ctx.ports().isHarborMaintenanceFeePort(entry.portOfEntry()));
        }

        private void fees(FeePeriod p, Money lineMpf, boolean anyMpf, Money lineHmf, List<FeeAssessment> out) {
            EntryType t = entry.entryType();
            if (owesMpf && anyMpf) {
                BigDecimal sum = lineMpf.amount();
                BigDecimal mpf = sum.max(p.mpfMinimum()).min(p.mpfMaximum());
                String how = "sum of line MPF $" + sum.toPlainString()
                        + (mpf.compareTo(sum) > 0 ? " raised to the " + p.label() + " minimum $" + p.mpfMinimum()
                        : mpf.compareTo(sum) < 0 ? " capped at the " + p.label() + " maximum $" + p.mpfMaximum()
                        : " (within the " + p.label() + " bounds $" + p.mpfMinimum() + "-$" + p.mpfMaximum() + ")");
                out.add(new FeeAssessment("499", "Merchandise processing fee", Money.usd(mpf.setScale(2)), how));
            }
            if (owesHmf) {
                BigDecimal hmf = lineHmf.amount();
                // a total HMF of $3.00 or less is not collected only when nothing else is owed on the summary
                // (19 CFR 24.24; ACE reporting): with duty or MPF owed it is reported and paid
                boolean elseOwed = dutyOwed || !out.isEmpty() && out.stream().anyMatch(f -> !f.amount().isZero());
                if (hmf.compareTo(p.hmfReportThreshold()) <= 0 && !elseOwed) {
                    out.add(new FeeAssessment("501", "Harbor maintenance fee", Money.ZERO_USD, "line HMF $"
                            + hmf.toPlainString() + " is at or below $" + p.hmfReportThreshold()
                            + " and nothing else is owed, so it is reported as zero"));
                } else {
                    out.add(new FeeAssessment("501", "Harbor maintenance fee", Money.usd(hmf), p.hmfRatePercent()
                            .stripTrailingZeros().toPlainString() + "% of vessel cargo value at port "
                            + entry.portOfEntry()));
                }
            }
            if (t != null && t.isInformal()) {
                boolean mail = entry.modeOfTransport() == ModeOfTransport.MAIL;
                String cls = mail ? "496" : "311";
                Optional<BigDecimal> fee = p.fixedFee(cls);
                if (fee.isPresent()) {
                    out.add(new FeeAssessment(cls, mail ? "Dutiable mail fee" : "Informal entry fee",
                            Money.usd(fee.get()), p.label() + " fixed fee, " + p.source()));
                } else {
                    finding("DUTY-FEE-002", Severity.ERROR, "entryType", "the " + (mail ? "dutiable mail" : "informal entry")
                            + " fee (class " + cls + ") for " + p.label() + " is not on file");
                }
            }
        }

        private LineAssessment line(int i, EntryLine l, Optional<FeePeriod> period) {
            TariffLine base = null;
            int baseIndex = -1;
            for (int j = 0; j < l.tariffs().size(); j++) {
                TariffLine t = l.tariffs().get(j);
                if (t.htsNumber() != null && !t.htsNumber().isChapter99() && !t.htsNumber().isChapter98()) {
                    base = t;
                    baseIndex = j;
                }
            }
            BigDecimal value = enteredValue(base, l, i, baseIndex);
            List<TariffAssessment> ts = new ArrayList<>(l.tariffs().size());
            BigDecimal lineDuty = Money.ZERO_USD.amount();  // zero dollars and cents, as the totals
            for (int j = 0; j < l.tariffs().size(); j++) {
                TariffLine t = l.tariffs().get(j);
                if (t.htsNumber() == null) {
                    continue;
                }
                TariffAssessment a = t.htsNumber().isChapter99() ? chapter99(t, value, base, i, j)
                        : base(t, l, value, base != null ? base.quantities() : List.of(), i, j);
                ts.add(a);
                if (a.duty() != null) {
                    lineDuty = lineDuty.add(a.duty().amount());
                }
            }
            ts.sort(BY_CATEGORY);
            List<AdCvdAssessment> cases = new ArrayList<>();
            for (int k = 0; k < l.adCvdCases().size(); k++) {
                cases.add(adCvd(l.adCvdCases().get(k), value, base, i, k));
            }
            Money mpf = Money.ZERO_USD;
            String mpfNote;
            if (!owesMpf) {
                mpfNote = "no ad valorem MPF for entry type " + (entry.entryType() == null ? "?" : entry.entryType().code());
            } else if (ctx.feeSchedule().isMpfExemptProgram(l.specialProgram())) {
                mpfNote = "exempt: program " + l.specialProgram().code() + " claimed";
            } else if (anyMpfExemptNumber(l)) {
                mpfNote = "exempt: chapter 98 provision";
            } else if (period.isPresent()) {
                mpf = Money.usd(RoundingPoint.LINE_FEE.apply(value.multiply(period.get().mpfRatePercent())
                        .movePointLeft(2)));
                mpfNote = mpfRateText(period.get()) + "% of $" + plain(value);
            } else {
                mpfNote = "no fee period on file";
            }
            Money hmf = Money.ZERO_USD;
            if (owesHmf && period.isPresent()) {
                hmf = Money.usd(RoundingPoint.LINE_FEE.apply(value.multiply(period.get().hmfRatePercent())
                        .movePointLeft(2)));
            }
            return new LineAssessment(l.lineNumber(), Money.usd(value), ts, cases, mpf, hmf, Money.usd(lineDuty),
                    mpfNote);
        }

        /** The line's entered value in whole U.S. dollars, converting a foreign currency at the certified rate. */
        private BigDecimal enteredValue(TariffLine base, EntryLine l, int line, int tariff) {
            if (base == null || base.value() == null) {
                return BigDecimal.ZERO;
            }
            Money v = base.value();
            if (v.isUsd()) {
                return RoundingPoint.ENTERED_VALUE.apply(v.amount());
            }
            LocalDate exported = l.exportDate() != null ? l.exportDate() : entry.importDate();
            Optional<BigDecimal> rate = exported == null ? Optional.empty()
                    : ctx.exchangeRates().usdPerUnit(v.currency(), exported);
            if (rate.isEmpty()) {
                finding("DUTY-FX-001", Severity.ERROR, tariffPath(line, tariff) + ".value",
                        "no certified rate for " + v.currency().getCurrencyCode()
                        + " on the date of exportation " + exported + "; the line's value could not be converted");
                return BigDecimal.ZERO;
            }
            BigDecimal usd = RoundingPoint.ENTERED_VALUE.apply(v.amount().multiply(rate.get()));
            finding("DUTY-FX-002", Severity.INFO, tariffPath(line, tariff) + ".value",
                    v + " converted at " + rate.get().toPlainString()
                    + " USD per " + v.currency().getCurrencyCode() + " (certified rate for " + exported + ") = $" + usd);
            return usd;
        }

        private Optional<TariffRow> row(HtsNumber h) {
            return schedule.isPresent() ? schedule.get().find(h, date) : Optional.empty();
        }

        /** {@code value $1234}: the same text for every number on a line, so made once per line. */
        private String valueText(BigDecimal value) {
            lineTexts(value);
            return lineValueText;
        }

        /** The line value's plain text ({@code 1234}), made once per line. */
        private String plain(BigDecimal value) {
            lineTexts(value);
            return linePlain;
        }

        private void lineTexts(BigDecimal value) {
            if (value != lineValue) {
                linePlain = value.toPlainString();
                lineValueText = "value $" + linePlain;
                lineValue = value;
            }
        }

        private String mpfRateText(FeePeriod p) {
            if (mpfRate == null) {
                mpfRate = p.mpfRatePercent().toPlainString();
            }
            return mpfRate;
        }

        /** A chapter 99 row's source text, with the revision: the same headings recur on many lines. */
        private String rowSource(TariffRow r) {
            return rowSources.computeIfAbsent(r, x -> x.source() + ", " + revision());
        }

        private String baseSource(TariffRow r, String column) {
            return r.source() + (revision().isEmpty() ? "" : ", " + revision()) + ", " + column;
        }

        private boolean anyMpfExemptNumber(EntryLine l) {
            for (TariffLine t : l.tariffs()) {
                if (t.htsNumber() != null && ctx.feeSchedule().isMpfExemptNumber(t.htsNumber())) {
                    return true;
                }
            }
            return false;
        }

        private String revision() {
            String r = revisionName;
            if (r == null) {
                r = schedule.flatMap(s -> s.revisionName(date)).orElse("");
                revisionName = r;
            }
            return r;
        }

        /** Where a tariff sits, for findings: built only when there is one. */
        private String tariffPath(int line, int tariff) {
            return "lines[" + line + "].tariffs[" + tariff + "]";
        }

        private TariffAssessment base(TariffLine t, EntryLine l, BigDecimal value, List<Quantity> quantities,
                int line, int tariff) {
            StackingCategory cat = ctx.additionalDutyPrograms().category(t.htsNumber());
            Optional<TariffRow> row = row(t.htsNumber());
            if (row.isEmpty()) {
                String why = schedule.isEmpty() ? "no tariff schedule is loaded"
                        : revision().isEmpty() ? "no tariff revision is loaded for " + date
                        : t.htsNumber() + " is not in " + revision();
                finding("DUTY-HTS-001", Severity.ERROR, tariffPath(line, tariff) + ".htsNumber",
                        why + "; the duty on " + t.htsNumber()
                        + " was not computed");
                return new TariffAssessment(t.htsNumber(), cat, "", ComputationCode.OTHER, "", null, "", null);
            }
            TariffRow r = row.get();
            RateExpression rate = r.general();
            String column = "general";
            if (l.countryOfOrigin() != null && ctx.policy().column2Countries().contains(l.countryOfOrigin().code())) {
                rate = r.other();
                column = "column 2";
            } else if (l.specialProgram() != null && l.specialProgram().isKnown()) {
                Optional<RateExpression> sp = r.special().rateFor(l.specialProgram());
                if (sp.isPresent()) {
                    rate = sp.get();
                    column = "special (" + l.specialProgram().code() + ")";
                }
            }
            String source = "general".equals(column)
                    ? generalSources.computeIfAbsent(r, x -> baseSource(x, "general")) : baseSource(r, column);
            if (!rate.isParsed()) {
                finding("DUTY-RATE-001", Severity.ERROR, tariffPath(line, tariff) + ".htsNumber",
                        "the " + column + " rate of "
                        + t.htsNumber() + " '" + rate.text() + "' is not understood; its duty was not computed");
                return new TariffAssessment(t.htsNumber(), cat, rate.text(), ComputationCode.OTHER, "", null, source,
                        null);
            }
            if (rate.form() == RateExpression.Form.INDIRECT) {
                finding("DUTY-RATE-003", Severity.ERROR, tariffPath(line, tariff) + ".htsNumber",
                        "the " + column + " rate of "
                        + t.htsNumber() + " refers to another provision ('" + rate.text()
                        + "'); determine that rate and declare the line under it");
                return new TariffAssessment(t.htsNumber(), cat, rate.text(), ComputationCode.OTHER, "", null, source,
                        null);
            }
            if (!rate.qualification().isEmpty()) {
                finding("DUTY-RATE-004", Severity.WARNING, tariffPath(line, tariff) + ".htsNumber",
                        "the rate of " + t.htsNumber()
                        + " carries a condition the calculation does not apply: " + rate.qualification());
            }
            if (rate.form() == RateExpression.Form.NONE) {
                finding("DUTY-RATE-002", Severity.ERROR, tariffPath(line, tariff) + ".htsNumber",
                        t.htsNumber() + " carries no "
                        + column + " rate; its duty was not computed");
                return new TariffAssessment(t.htsNumber(), cat, rate.text(), ComputationCode.OTHER, "", null, source,
                        null);
            }
            Needs needs = new Needs(quantities);
            Optional<BigDecimal> amount = rate.amount(value, needs);
            List<Integer> used = needs.used();
            List<String> missing = needs.missing();
            String basis = basis(rate, value, quantities, used);
            if (amount.isEmpty()) {
                finding("DUTY-QTY-001", Severity.ERROR, tariffPath(line, tariff) + ".quantities",
                        "the rate '" + rate.text() + "' of "
                        + t.htsNumber() + " needs " + String.join(" and ", missing) + "; its duty was not computed");
                return new TariffAssessment(t.htsNumber(), cat, rate.text(), code(rate, used), basis, null, source,
                        rate.adValoremPercent().orElse(null));
            }
            Money duty = Money.usd(RoundingPoint.TARIFF_DUTY.apply(amount.get()));
            return new TariffAssessment(t.htsNumber(), cat, rate.text(), code(rate, used), basis, duty, source,
                    rate.adValoremPercent().orElse(null));
        }

        /** The chapter 1-97 ad valorem rate of the line's base number (a floor's reference), or zero. */
        private BigDecimal baseAdValorem(TariffLine base) {
            return base == null ? BigDecimal.ZERO : row(base.htsNumber()).map(TariffRow::general)
                    .flatMap(RateExpression::adValoremPartPercent).orElse(BigDecimal.ZERO);
        }

        private TariffAssessment chapter99(TariffLine t, BigDecimal value, TariffLine baseLine, int line,
                int tariff) {
            StackingCategory cat = ctx.additionalDutyPrograms().category(t.htsNumber());
            Optional<AdditionalDutyProgram> known = ctx.additionalDutyPrograms().find(t.htsNumber(), date);
            if (known.isPresent()) {
                return programmed(t, known.get(), cat, value, baseLine, line, tariff);
            }
            Optional<TariffRow> row = row(t.htsNumber());
            RateExpression rate = row.map(TariffRow::general).orElse(null);
            String source;
            BigDecimal percent = null;
            String basisText = "";
            if (rate != null && rate.form() == RateExpression.Form.NONE) {
                return new TariffAssessment(t.htsNumber(), cat, rate.text().isEmpty() ? "No change" : rate.text(),
                        ComputationCode.FREE, "no additional duty", Money.ZERO_USD, rowSource(row.get()),
                        BigDecimal.ZERO);
            }
            if (rate != null && rate.adValoremPercent().isPresent()) {
                percent = rate.adValoremPercent().get();
                basisText = rate.terms().get(0).basis();
                source = rowSource(row.get());
            } else {
                Optional<AdditionalDutyProgram> p = ctx.additionalDutyPrograms().find(t.htsNumber(), date);
                if (p.isEmpty()) {
                    finding("DUTY-CH99-001", Severity.ERROR, tariffPath(line, tariff) + ".htsNumber",
                            "no rate is known for "
                            + t.htsNumber() + " on " + date + (rate == null ? "" : " (schedule text '" + rate.text() + "')")
                            + "; its duty was not computed");
                    return new TariffAssessment(t.htsNumber(), cat, rate == null ? "" : rate.text(),
                            ComputationCode.OTHER, "", null, "", null);
                }
                percent = p.get().ratePercent();
                source = "program " + p.get().id() + " (" + p.get().name() + "; " + p.get().source() + ")";
                rate = RateExpression.adValorem(percent);
            }
            BigDecimal base = value;
            String basis = valueText(value);
            if (basisText.contains("content")) {
                if (t.contentValue() != null && t.contentValue().isUsd()) {
                    base = RoundingPoint.ENTERED_VALUE.apply(t.contentValue().amount());
                    basis = "content value $" + base.toPlainString();
                } else {
                    finding("DUTY-CH99-002", Severity.WARNING, tariffPath(line, tariff) + ".contentValue",
                            t.htsNumber() + " is levied "
                            + basisText + "; no contentValue was declared, so the full value $" + value.toPlainString()
                            + " was used");
                }
            }
            Money duty = Money.usd(RoundingPoint.TARIFF_DUTY.apply(base.multiply(percent).movePointLeft(2)));
            return new TariffAssessment(t.htsNumber(), cat, rate.text(), ComputationCode.AD_VALOREM, basis, duty,
                    source, percent);
        }

        /**
         * A declared heading the program table knows on the date: its rate as the law sets it (a floor lifts the
         * line's MFN to the floor; an exemption adds nothing), on the content value where the program says so.
         */
        private TariffAssessment programmed(TariffLine t, AdditionalDutyProgram p, StackingCategory cat,
                BigDecimal value, TariffLine baseLine, int line, int tariff) {
            String source = "program " + p.id() + " (" + p.name() + "; " + p.source() + ")";
            BigDecimal baseAv = baseAdValorem(baseLine);
            BigDecimal percent = p.additionalPercent(baseAv);
            if (percent.signum() == 0) {
                return new TariffAssessment(t.htsNumber(), cat, p.kind() == AdditionalDutyProgram.Kind.FLOOR
                        ? p.ratePercent().toPlainString() + "% in total (MFN " + baseAv.toPlainString() + "%)"
                        : "No change", ComputationCode.FREE, "no additional duty", Money.ZERO_USD, source,
                        BigDecimal.ZERO);
            }
            String rateText = p.kind() == AdditionalDutyProgram.Kind.FLOOR
                    ? p.ratePercent().toPlainString() + "% in total: " + percent.toPlainString() + "% over MFN "
                    + baseAv.toPlainString() + "%"
                    : "+" + percent.toPlainString() + "%";
            BigDecimal base = value;
            String basis = valueText(value);
            if (p.basis() != AdditionalDutyProgram.Basis.VALUE) {
                if (t.contentValue() != null && t.contentValue().isUsd()) {
                    base = RoundingPoint.ENTERED_VALUE.apply(t.contentValue().amount());
                    basis = "content value $" + base.toPlainString();
                } else {
                    finding("DUTY-CH99-002", Severity.WARNING, tariffPath(line, tariff) + ".contentValue",
                            t.htsNumber() + " is levied on the " + (p.basis() == AdditionalDutyProgram.Basis.CONTENT
                            ? "metal content" : "non-U.S. content") + " value; no contentValue was declared, so the "
                            + "full value $" + value.toPlainString() + " was used");
                }
            }
            Money duty = Money.usd(RoundingPoint.TARIFF_DUTY.apply(base.multiply(percent).movePointLeft(2)));
            return new TariffAssessment(t.htsNumber(), cat, rateText, ComputationCode.AD_VALOREM, basis, duty,
                    source, percent);
        }

        private AdCvdAssessment adCvd(AdCvdCase c, BigDecimal value, TariffLine base, int line, int k) {
            boolean ad = c.isAntidumping();
            BigDecimal rate = c.depositRate() == null ? BigDecimal.ZERO : c.depositRate();
            if (c.specificRate()) {
                List<Quantity> qs = base == null ? List.of() : base.quantities();
                if (qs.isEmpty()) {
                    finding("DUTY-ADCVD-001", Severity.ERROR, "lines[" + line + "].adCvdCases[" + k + "]",
                            "case " + c.caseNumber()
                            + " has a specific rate but the line has no quantity");
                    return new AdCvdAssessment(c.caseNumber(), ad, c.bonded(), rate, true, "", null);
                }
                // the quantity in the rate's own unit: $0.06/kg applies to the kilograms, whatever comes first
                Quantity q = null;
                if (c.rateUnit() != null) {
                    for (Quantity x : qs) {
                        if (x.unit().equals(c.rateUnit())) {
                            q = x;
                            break;
                        }
                    }
                    if (q == null) {
                        finding("DUTY-ADCVD-002", Severity.ERROR, "lines[" + line + "].adCvdCases[" + k + "]",
                                "case " + c.caseNumber() + " has a rate per " + c.rateUnit().code()
                                + " but the line reports no quantity in " + c.rateUnit().code());
                        return new AdCvdAssessment(c.caseNumber(), ad, c.bonded(), rate, true, "", null);
                    }
                } else if (qs.size() == 1) {
                    q = qs.get(0);
                } else {
                    finding("DUTY-ADCVD-003", Severity.ERROR, "lines[" + line + "].adCvdCases[" + k + "].rateUnit",
                            "case " + c.caseNumber() + " has a specific rate and the line reports " + qs.size()
                            + " quantities: give the rate's unit (rateUnit) so that the right one is used");
                    return new AdCvdAssessment(c.caseNumber(), ad, c.bonded(), rate, true, "", null);
                }
                Money dep = Money.usd(RoundingPoint.ADCVD_DEPOSIT.apply(q.amount().multiply(rate)));
                return new AdCvdAssessment(c.caseNumber(), ad, c.bonded(), rate, true, q.toString(), dep);
            }
            Money dep = Money.usd(RoundingPoint.ADCVD_DEPOSIT.apply(value.multiply(rate).movePointLeft(2)));
            return new AdCvdAssessment(c.caseNumber(), ad, c.bonded(), rate, false, "value $" + value.toPlainString(),
                    dep);
        }

        private String basis(RateExpression rate, BigDecimal value, List<Quantity> qs, List<Integer> used) {
            List<String> parts = new ArrayList<>();
            for (int u : used) {
                parts.add(qs.get(u).toString());
            }
            for (RateExpression.Term t : rate.terms()) {
                if (t.kind() == RateExpression.TermKind.AD_VALOREM) {
                    parts.add(valueText(value));
                    break;
                }
            }
            return parts.isEmpty() ? "-" : parts.size() == 1 ? parts.get(0) : String.join(" + ", parts);
        }

        private static ComputationCode code(RateExpression rate, List<Integer> used) {
            switch (rate.form()) {
                case FREE:
                    return ComputationCode.FREE;
                case AD_VALOREM:
                case ADDITIONAL:
                    return ComputationCode.AD_VALOREM;
                case SPECIFIC:
                    return used.isEmpty() || used.get(0) == 0 ? ComputationCode.SPECIFIC_Q1 : ComputationCode.SPECIFIC_Q2;
                case COMPOUND:
                    long specifics = rate.terms().stream().filter(t -> t.kind() == RateExpression.TermKind.SPECIFIC)
                            .count();
                    if (rate.terms().size() == 2 && specifics == 1) {
                        return used.isEmpty() || used.get(0) == 0 ? ComputationCode.COMPOUND_Q1
                                : ComputationCode.COMPOUND_Q2;
                    }
                    if (rate.terms().size() == 2 && specifics == 2) {
                        return ComputationCode.MULTIPLE_SPECIFIC;
                    }
                    return ComputationCode.OTHER;
                default:
                    return ComputationCode.OTHER;
            }
        }
    }

    /** Supplies a rate's terms with the line's quantities, noting which were used and what was missing. */
    private static final class Needs implements java.util.function.Function<RateExpression.Term, Optional<BigDecimal>> {
        private final List<Quantity> quantities;
        private List<Integer> used;
        private List<String> missing;

        Needs(List<Quantity> quantities) {
            this.quantities = quantities;
        }

        @Override
        public Optional<BigDecimal> apply(RateExpression.Term term) {
            if (term.kind() == RateExpression.TermKind.AD_VALOREM) {
                miss("the value " + term.basis());
                return Optional.empty();
            }
            int[] idx = new int[1];
            Optional<BigDecimal> q = quantityIn(term.unit(), quantities, idx);
            if (q.isEmpty()) {
                miss("a quantity in " + (term.unit() == null ? term.unitText() : term.unit().code()));
            } else {
                if (used == null) {
                    used = new ArrayList<>(2);
                }
                used.add(idx[0]);
            }
            return q;
        }

        private void miss(String what) {
            if (missing == null) {
                missing = new ArrayList<>(2);
            }
            missing.add(what);
        }

        List<Integer> used() {
            return used == null ? List.of() : used;
        }

        List<String> missing() {
            return missing == null ? List.of() : missing;
        }
    }

    /**
     * The quantity in a unit, converting between related units (number/dozen, pairs/dozen pairs, g/kg/t).
     *
     * @param unit the unit wanted; {@code null} when the rate's unit has no CBP code
     * @param quantities the line's quantities
     * @param index receives the position of the quantity used
     * @return the quantity, or empty
     */
    static Optional<BigDecimal> quantityIn(UnitOfMeasure unit, List<Quantity> quantities, int[] index) {
        if (unit == null) {
            return Optional.empty();
        }
        for (int i = 0; i < quantities.size(); i++) {
            if (java.util.Objects.equals(quantities.get(i).unit(), unit)) {
                index[0] = i;
                return Optional.of(quantities.get(i).amount());
            }
        }
        for (int i = 0; i < quantities.size(); i++) {
            Optional<BigDecimal> c = convert(quantities.get(i), unit);
            if (c.isPresent()) {
                index[0] = i;
                return c;
            }
        }
        return Optional.empty();
    }

    private static Optional<BigDecimal> convert(Quantity q, UnitOfMeasure to) {
        UnitOfMeasure from = q.unit();
        BigDecimal a = q.amount();
        MathContext mc = MathContext.DECIMAL128;
        if (from == UnitOfMeasure.NUMBER && to == UnitOfMeasure.DOZEN
                || from == UnitOfMeasure.PAIRS && to == UnitOfMeasure.DOZEN_PAIRS) {
            return Optional.of(a.divide(TWELVE, mc));
        }
        if (from == UnitOfMeasure.DOZEN && to == UnitOfMeasure.NUMBER
                || from == UnitOfMeasure.DOZEN_PAIRS && to == UnitOfMeasure.PAIRS) {
            return Optional.of(a.multiply(TWELVE));
        }
        if (from == UnitOfMeasure.GRAMS && to == UnitOfMeasure.KILOGRAMS
                || from == UnitOfMeasure.KILOGRAMS && to == UnitOfMeasure.METRIC_TONS) {
            return Optional.of(a.divide(THOUSAND, mc));
        }
        if (from == UnitOfMeasure.KILOGRAMS && to == UnitOfMeasure.GRAMS
                || from == UnitOfMeasure.METRIC_TONS && to == UnitOfMeasure.KILOGRAMS) {
            return Optional.of(a.multiply(THOUSAND));
        }
        return Optional.empty();
    }
}
