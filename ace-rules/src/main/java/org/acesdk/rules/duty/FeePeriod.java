package org.acesdk.rules.duty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The user fees in force for one period (a U.S. government fiscal year, 1 October - 30 September).
 *
 * @param label e.g. {@code FY2026}
 * @param from first day in force
 * @param to last day in force
 * @param mpfRatePercent merchandise processing fee (class 499) rate, percent of value
 * @param mpfMinimum the smallest MPF total on a formal entry
 * @param mpfMaximum the largest MPF total on a formal entry
 * @param hmfRatePercent harbor maintenance fee (class 501) rate, percent of value
 * @param hmfReportThreshold an HMF total at or below this is reported as zero
 * @param fixedFees fixed fees by accounting class, e.g. {@code 311} informal entry, {@code 496} dutiable mail
 * @param source where the figures come from
 */
public record FeePeriod(String label, LocalDate from, LocalDate to, BigDecimal mpfRatePercent, BigDecimal mpfMinimum,
        BigDecimal mpfMaximum, BigDecimal hmfRatePercent, BigDecimal hmfReportThreshold,
        Map<String, BigDecimal> fixedFees, String source) {

    /** Checks the parts. */
    public FeePeriod {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(mpfRatePercent, "mpfRatePercent");
        Objects.requireNonNull(mpfMinimum, "mpfMinimum");
        Objects.requireNonNull(mpfMaximum, "mpfMaximum");
        Objects.requireNonNull(hmfRatePercent, "hmfRatePercent");
        Objects.requireNonNull(hmfReportThreshold, "hmfReportThreshold");
        fixedFees = Map.copyOf(fixedFees == null ? Map.of() : fixedFees);
        source = source == null ? "" : source;
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("fee period " + label + " ends before it starts");
        }
        if (mpfMaximum.compareTo(mpfMinimum) < 0) {
            throw new IllegalArgumentException("fee period " + label + ": MPF maximum below minimum");
        }
    }

    /** Whether the date falls in this period. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    /** The fixed fee of an accounting class, when on file. */
    public Optional<BigDecimal> fixedFee(String accountingClass) {
        return Optional.ofNullable(fixedFees.get(accountingClass));
    }
}
