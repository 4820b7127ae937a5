package org.acesdk.rules;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.acesdk.model.code.FilerCode;
import org.acesdk.rules.duty.AdditionalDutyPrograms;
import org.acesdk.rules.duty.ExchangeRates;
import org.acesdk.rules.duty.FeeSchedule;
import org.acesdk.rules.tariff.TariffSchedule;

/**
 * What rules and the duty calculator need besides the filing: the clock and effective date, and reference data
 * (tariff schedule, fee tables, chapter 99 programs, exchange rates, ports, policy values). Immutable and
 * thread-safe; build with {@link #builder()}, copy with {@link #toBuilder()}.
 */
public final class RuleContext {
    private final Clock clock;
    private final LocalDate effectiveDate;
    private final TariffSchedule tariffSchedule;
    private final FeeSchedule feeSchedule;
    private final AdditionalDutyPrograms additionalDutyPrograms;
    private final ExchangeRates exchangeRates;
    private final PortDirectory ports;
    private final Policy policy;
    private final FilerCode filerCode;
    private final Map<String, String> options;
    private final org.acesdk.rules.advisor.Chapter99Advisor chapter99Advisor;
    private final boolean fillChapter99Headings;
    private final org.acesdk.rules.pga.PgaFlags pgaFlags;

    private RuleContext(Builder b) {
        this.clock = b.clock;
        this.effectiveDate = b.effectiveDate;
        this.tariffSchedule = b.tariffSchedule;
        this.feeSchedule = b.feeSchedule;
        this.additionalDutyPrograms = b.additionalDutyPrograms;
        this.exchangeRates = b.exchangeRates;
        this.ports = b.ports;
        this.policy = b.policy;
        this.filerCode = b.filerCode;
        this.options = Map.copyOf(b.options);
        this.chapter99Advisor = b.chapter99Advisor;
        this.fillChapter99Headings = b.fillChapter99Headings;
        this.pgaFlags = b.pgaFlags;
    }

    /**
     * A context with the system UTC clock and the bundled reference data ({@link org.acesdk.data.AceData#bundled()}):
     * the tariff history of every bundled USITC revision, fees, chapter 99 programs, ports and policy values.
     */
    public static RuleContext defaults() {
        return builder().build();
    }

    /** A new builder with the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this context's values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The clock that says what "now" is (deadlines, dates in the future). */
    public Clock clock() {
        return clock;
    }

    /** Today, by the clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The date that overrides the filing's own dates for picking rates, when set. */
    public Optional<LocalDate> effectiveDate() {
        return Optional.ofNullable(effectiveDate);
    }

    /**
     * The date that picks rates: the override when set, else the filing's date, else today.
     *
     * @param filingDate the filing's own date (e.g. the entry date), may be {@code null}
     * @return the effective date
     */
    public LocalDate effectiveDate(LocalDate filingDate) {
        if (effectiveDate != null) {
            return effectiveDate;
        }
        return filingDate != null ? filingDate : today();
    }

    /** The tariff schedule, when one is loaded. */
    public Optional<TariffSchedule> tariffSchedule() {
        return Optional.ofNullable(tariffSchedule);
    }

    /** The user-fee tables. */
    public FeeSchedule feeSchedule() {
        return feeSchedule;
    }

    /** The chapter 99 program table. */
    public AdditionalDutyPrograms additionalDutyPrograms() {
        return additionalDutyPrograms;
    }

    /** The certified exchange rates. */
    public ExchangeRates exchangeRates() {
        return exchangeRates;
    }

    /** The port directory. */
    public PortDirectory ports() {
        return ports;
    }

    /** The policy values. */
    public Policy policy() {
        return policy;
    }

    /** The filer code the filings should carry, when known. */
    public Optional<FilerCode> filerCode() {
        return Optional.ofNullable(filerCode);
    }

    /** Free-form options for custom rules. */
    public Map<String, String> options() {
        return options;
    }

    /** The chapter 99 advisor, when one was given (the chapter 99 rule pack and the fill option need it). */
    public Optional<org.acesdk.rules.advisor.Chapter99Advisor> chapter99Advisor() {
        return Optional.ofNullable(chapter99Advisor);
    }

    /** Whether the duty calculator replaces each line's chapter 99 headings with the advised ones first. */
    public boolean fillChapter99Headings() {
        return fillChapter99Headings;
    }

    /** The PGA flags of HTS numbers the PGA rules check lines against (none unless the caller loads them). */
    public org.acesdk.rules.pga.PgaFlags pgaFlags() {
        return pgaFlags;
    }

    /** Builds a {@link RuleContext}; not thread-safe. */
    public static final class Builder {
        private Clock clock = Clock.systemUTC();
        private LocalDate effectiveDate;
        private TariffSchedule tariffSchedule = org.acesdk.rules.tariff.TariffHistory.bundled();
        private FeeSchedule feeSchedule = FeeSchedule.defaults();
        private AdditionalDutyPrograms additionalDutyPrograms = AdditionalDutyPrograms.defaults();
        private ExchangeRates exchangeRates = ExchangeRates.none();
        private PortDirectory ports = PortDirectory.defaults();
        private Policy policy = Policy.defaults();
        private FilerCode filerCode;
        private Map<String, String> options = Map.of();
        private org.acesdk.rules.advisor.Chapter99Advisor chapter99Advisor;
        private boolean fillChapter99Headings;
        private org.acesdk.rules.pga.PgaFlags pgaFlags = org.acesdk.rules.pga.PgaFlags.none();

        private Builder() {
        }

        private Builder(RuleContext c) {
            clock = c.clock;
            effectiveDate = c.effectiveDate;
            tariffSchedule = c.tariffSchedule;
            feeSchedule = c.feeSchedule;
            additionalDutyPrograms = c.additionalDutyPrograms;
            exchangeRates = c.exchangeRates;
            ports = c.ports;
            policy = c.policy;
            filerCode = c.filerCode;
            options = c.options;
            chapter99Advisor = c.chapter99Advisor;
            fillChapter99Headings = c.fillChapter99Headings;
            pgaFlags = c.pgaFlags;
        }

        /**
         * Takes every table from a data bundle: tariff history, fees, chapter 99 programs, ports and policy values
         * (the default is {@link org.acesdk.data.AceData#bundled()}).
         *
         * @param data the data, e.g. {@code AceData.fromDirectory(dir)} after an update
         * @return this builder
         */
        public Builder data(org.acesdk.data.AceData data) {
            Objects.requireNonNull(data, "data");
            this.tariffSchedule = org.acesdk.rules.tariff.TariffHistory.from(data);
            this.feeSchedule = FeeSchedule.from(data);
            this.additionalDutyPrograms = AdditionalDutyPrograms.from(data);
            this.ports = PortDirectory.from(data);
            this.policy = Policy.from(data);
            return this;
        }

        /** Sets the clock (default: system UTC). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Overrides the date that picks rates; {@code null} uses the filing's dates. */
        public Builder effectiveDate(LocalDate effectiveDate) {
            this.effectiveDate = effectiveDate;
            return this;
        }

        /**
         * Sets the tariff schedule (default: the bundled history); {@code null} for none (HTS existence checks are then
         * skipped and the duty calculator cannot price lines).
         */
        public Builder tariffSchedule(TariffSchedule tariffSchedule) {
            this.tariffSchedule = tariffSchedule;
            return this;
        }

        /** Sets the fee tables. */
        public Builder feeSchedule(FeeSchedule feeSchedule) {
            this.feeSchedule = Objects.requireNonNull(feeSchedule, "feeSchedule");
            return this;
        }

        /** Sets the chapter 99 program table. */
        public Builder additionalDutyPrograms(AdditionalDutyPrograms programs) {
            this.additionalDutyPrograms = Objects.requireNonNull(programs, "programs");
            return this;
        }

        /** Sets the exchange rates. */
        public Builder exchangeRates(ExchangeRates exchangeRates) {
            this.exchangeRates = Objects.requireNonNull(exchangeRates, "exchangeRates");
            return this;
        }

        /** Sets the port directory. */
        public Builder ports(PortDirectory ports) {
            this.ports = Objects.requireNonNull(ports, "ports");
            return this;
        }

        /** Sets the policy values. */
        public Builder policy(Policy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** Sets the filer code filings should carry. */
        public Builder filerCode(FilerCode filerCode) {
            this.filerCode = filerCode;
            return this;
        }

        /** Sets free-form options for custom rules. */
        public Builder options(Map<String, String> options) {
            this.options = Map.copyOf(Objects.requireNonNull(options, "options"));
            return this;
        }

        /** Sets the chapter 99 advisor (default: none). */
        public Builder chapter99Advisor(org.acesdk.rules.advisor.Chapter99Advisor advisor) {
            this.chapter99Advisor = advisor;
            return this;
        }

        /** Sets the PGA flags of HTS numbers, from the caller's copy of the ACE tariff reference (default: none). */
        public Builder pgaFlags(org.acesdk.rules.pga.PgaFlags flags) {
            this.pgaFlags = Objects.requireNonNull(flags, "pgaFlags");
            return this;
        }

        /** Asks the duty calculator to fill in the advised chapter 99 headings before computing (default: off). */
        public Builder fillChapter99Headings(boolean fill) {
            this.fillChapter99Headings = fill;
            return this;
        }

        /**
         * Builds the immutable context.
         *
         * @return the context
         * @throws IllegalArgumentException if filling chapter 99 headings is asked without an advisor
         */
        public RuleContext build() {
            if (fillChapter99Headings && chapter99Advisor == null) {
                throw new IllegalArgumentException("fillChapter99Headings needs a chapter99Advisor");
            }
            return new RuleContext(this);
        }
    }
}
