package org.acesdk.rules.refund;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.acesdk.model.entry.EntryLine;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.model.entry.TariffLine;
import org.acesdk.model.money.Money;
import org.acesdk.rules.Finding;
import org.acesdk.rules.RuleContext;
import org.acesdk.rules.duty.DutyAssessment;
import org.acesdk.rules.duty.DutyCalculator;
import org.acesdk.rules.duty.LineAssessment;
import org.acesdk.rules.duty.TariffAssessment;

/**
 * Plans IEEPA refunds on one machine: each filed entry re-assessed on the rates of its entry date with and without its
 * IEEPA headings, CBP's CAPE verdict for a declaration filed on the planning day, the expected refund and an interest
 * estimate, the CAPE files, and the entries that must not get a PSC while CAPE processes them (error 864). Immutable
 * and thread-safe; {@link #plan(Stream)} reads the stream once, in order.
 *
 * <p>Interest: 19 U.S.C. 1505(c) pays interest on overpaid duty from the date of deposit to liquidation or
 * reliquidation at the rate the Secretary of the Treasury sets (the IRS rates of 26 U.S.C. 6621, set quarterly). The
 * SDK does not bundle those rates: give an annual rate, and the planner estimates simple interest from the summary
 * date (else the entry date) to the expected refund day (the planning day plus {@link #REFUND_LAG_DAYS}, the middle of
 * CBP's "60-90 days after acceptance"). It is an estimate, not CBP's computation; ES-022 reports CBP's figure.
 */
public final class RefundPlanner {
    /** Days from acceptance to refund assumed by the interest estimate. */
    public static final int REFUND_LAG_DAYS = 75;

    /** Progress of a long run, called on the planning thread after each entry. */
    @FunctionalInterface
    public interface Listener {
        /** Called after each entry with the number planned so far. */
        void planned(long count);

        /** A listener that does nothing. */
        static Listener none() {
            return n -> { };
        }
    }

    private final DutyCalculator calculator;
    private final LocalDate filingDay;
    private final BigDecimal annualRate;
    private final Listener listener;

    private RefundPlanner(Builder b) {
        this.calculator = DutyCalculator.create(b.context);
        this.filingDay = b.filingDay;
        this.annualRate = b.annualRate;
        this.listener = b.listener;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The day the plan's declarations would be filed. */
    public LocalDate filingDay() {
        return filingDay;
    }

    /** The entry as the law now stands: every IEEPA heading (9903.01.xx, 9903.02.xx) removed from its lines. */
    public static EntrySummary withoutIeepa(EntrySummary e) {
        List<EntryLine> lines = new ArrayList<>(e.lines().size());
        for (EntryLine l : e.lines()) {
            List<TariffLine> ts = new ArrayList<>(l.tariffs().size());
            for (TariffLine t : l.tariffs()) {
                if (!CapeRules.isIeepa(t.htsNumber())) {
                    ts.add(t);
                }
            }
            lines.add(ts.size() == l.tariffs().size() ? l : l.toBuilder().tariffs(ts).build());
        }
        return e.toBuilder().lines(lines).build();
    }

    /**
     * Re-assesses one entry on the rates of its entry date: as filed, and without its IEEPA duties.
     *
     * @param e the entry summary as filed
     * @return the re-assessment
     */
    public Reassessment reassess(EntrySummary e) {
        DutyAssessment filed = calculator.assess(e);
        DutyAssessment now = calculator.assess(withoutIeepa(e));
        Map<String, Money> total = new LinkedHashMap<>();
        List<Reassessment.Line> lines = new ArrayList<>();
        for (int i = 0; i < filed.lines().size(); i++) {
            LineAssessment a = filed.lines().get(i);
            LineAssessment b = i < now.lines().size() ? now.lines().get(i) : null;
            Map<String, Money> diff = new LinkedHashMap<>();
            add(diff, a, 1);
            if (b != null) {
                add(diff, b, -1);
            }
            diff.values().removeIf(Money::isZero);
            diff.forEach((k, v) -> total.merge(k, v, Money::plus));
            lines.add(new Reassessment.Line(a.lineNumber(), a.duty(), b == null ? Money.ZERO_USD : b.duty(), diff));
        }
        total.values().removeIf(Money::isZero);
        List<Finding> findings = new ArrayList<>(filed.findings());
        findings.addAll(now.findings());
        return new Reassessment(e.entryNumber(), e.entryDate(), filed.totalDuty(), now.totalDuty(), total, lines,
                filed.isComplete() && now.isComplete(), findings);
    }

    private static void add(Map<String, Money> m, LineAssessment a, int sign) {
        for (TariffAssessment t : a.tariffs()) {
            if (t.duty() == null || t.category() == null) {
                continue;
            }
            Money d = sign > 0 ? t.duty() : Money.ZERO_USD.minus(t.duty());
            m.merge(t.category().name(), d, Money::plus);
        }
    }

    /**
     * Plans one entry.
     *
     * @param f the entry and its status
     * @return its verdict, re-assessment, refund and interest estimate
     */
    public PlannedRefund plan(FiledEntry f) {
        CapeVerdict verdict = CapeRules.verdict(f, filingDay);
        Reassessment r = reassess(f.entry());
        Money principal = r.difference().isNegative() ? Money.ZERO_USD : r.difference();
        Money interest = null;
        if (annualRate != null && !principal.isZero()) {
            LocalDate deposit = f.entry().summaryDate() != null ? f.entry().summaryDate() : f.entry().entryDate();
            long days = Math.max(0, ChronoUnit.DAYS.between(deposit, filingDay.plusDays(REFUND_LAG_DAYS)));
            interest = Money.usd(principal.amount().multiply(annualRate).multiply(BigDecimal.valueOf(days))
                    .divide(BigDecimal.valueOf(365), 2, RoundingMode.HALF_UP));
        }
        return new PlannedRefund(f.entry().entryNumber(), f.entry().importerNumber(), verdict, r, principal,
                interest, verdict.declare());
    }

    /**
     * Plans every entry of a stream, in order, calling the listener after each.
     *
     * @param entries the filed entries
     * @return the plan
     */
    public RefundPlan plan(Stream<FiledEntry> entries) {
        List<PlannedRefund> out = new ArrayList<>();
        long n = 0;
        Iterator<FiledEntry> it = entries.iterator();
        while (it.hasNext()) {
            out.add(plan(it.next()));
            listener.planned(++n);
        }
        return new RefundPlan(filingDay, out);
    }

    /** Builds a {@link RefundPlanner}; {@link #build()} checks the values. */
    public static final class Builder {
        private RuleContext context = RuleContext.defaults();
        private LocalDate filingDay;
        private BigDecimal annualRate;
        private Listener listener = Listener.none();

        private Builder() {
        }

        /** The rules' context: tariff history, chapter 99 data, fees (the bundled data by default). */
        public Builder context(RuleContext c) {
            this.context = Objects.requireNonNull(c, "context");
            return this;
        }

        /** The day the CAPE declarations would be filed (required): it decides the phase rules. */
        public Builder filingDay(LocalDate day) {
            this.filingDay = day;
            return this;
        }

        /**
         * The annual interest rate of the estimate, e.g. {@code 0.07}; without one no interest is estimated. Take the
         * IRS overpayment rate of each quarter from CBP's or the IRS's notice.
         */
        public Builder annualInterestRate(BigDecimal rate) {
            this.annualRate = rate;
            return this;
        }

        /** The progress listener. */
        public Builder listener(Listener l) {
            this.listener = Objects.requireNonNull(l, "listener");
            return this;
        }

        /**
         * Builds the planner.
         *
         * @return the planner
         * @throws IllegalArgumentException without a filing day, or for a rate outside 0-25%
         */
        public RefundPlanner build() {
            if (filingDay == null) {
                throw new IllegalArgumentException("filingDay is required: the CAPE rules depend on it");
            }
            if (annualRate != null && (annualRate.signum() < 0 || annualRate.compareTo(new BigDecimal("0.25")) > 0)) {
                throw new IllegalArgumentException("annualInterestRate must be 0 to 0.25");
            }
            return new RefundPlanner(this);
        }
    }
}
