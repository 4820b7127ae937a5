package org.acesdk.rules.duty;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Exchange rates held in memory, applying 19 CFR 159.34: the certified quarterly rate for the date of
 * exportation, unless that day's certified daily rate differs from it by 5% or more, in which case the daily rate.
 * Immutable; build with {@link #builder()}.
 */
public final class InMemoryExchangeRates implements ExchangeRates {
    private static final BigDecimal FIVE_PERCENT = new BigDecimal("0.05");

    private final Map<Currency, TreeMap<LocalDate, BigDecimal>> quarterly;
    private final Map<Currency, Map<LocalDate, BigDecimal>> daily;

    private InMemoryExchangeRates(Builder b) {
        Map<Currency, TreeMap<LocalDate, BigDecimal>> q = new HashMap<>();
        b.quarterly.forEach((c, m) -> q.put(c, new TreeMap<>(m)));
        Map<Currency, Map<LocalDate, BigDecimal>> d = new HashMap<>();
        b.daily.forEach((c, m) -> d.put(c, Map.copyOf(m)));
        this.quarterly = Map.copyOf(q);
        this.daily = Map.copyOf(d);
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Optional<BigDecimal> usdPerUnit(Currency currency, LocalDate exportDate) {
        if (currency == null || exportDate == null) {
            return Optional.empty();
        }
        TreeMap<LocalDate, BigDecimal> q = quarterly.get(currency);
        Map.Entry<LocalDate, BigDecimal> quarter = q == null ? null : q.floorEntry(exportDate);
        BigDecimal day = daily.getOrDefault(currency, Map.of()).get(exportDate);
        if (quarter == null) {
            return Optional.ofNullable(day);
        }
        if (day != null) {
            BigDecimal diff = day.subtract(quarter.getValue()).abs().divide(quarter.getValue(), MathContext.DECIMAL64);
            if (diff.compareTo(FIVE_PERCENT) >= 0) {
                return Optional.of(day);
            }
        }
        return Optional.of(quarter.getValue());
    }

    /** Builds {@link InMemoryExchangeRates}. */
    public static final class Builder {
        private final Map<Currency, Map<LocalDate, BigDecimal>> quarterly = new HashMap<>();
        private final Map<Currency, Map<LocalDate, BigDecimal>> daily = new HashMap<>();

        private Builder() {
        }

        /** Sets the certified quarterly rate in force from {@code from} (usually the first day of a quarter). */
        public Builder quarterly(Currency currency, LocalDate from, BigDecimal usdPerUnit) {
            quarterly.computeIfAbsent(Objects.requireNonNull(currency, "currency"), k -> new HashMap<>())
                    .put(Objects.requireNonNull(from, "from"), positive(usdPerUnit));
            return this;
        }

        /** Sets the certified daily rate for one day. */
        public Builder daily(Currency currency, LocalDate day, BigDecimal usdPerUnit) {
            daily.computeIfAbsent(Objects.requireNonNull(currency, "currency"), k -> new HashMap<>())
                    .put(Objects.requireNonNull(day, "day"), positive(usdPerUnit));
            return this;
        }

        private static BigDecimal positive(BigDecimal r) {
            if (r == null || r.signum() <= 0) {
                throw new IllegalArgumentException("an exchange rate must be a positive decimal");
            }
            return r;
        }

        /** Builds the immutable rates. */
        public InMemoryExchangeRates build() {
            return new InMemoryExchangeRates(this);
        }
    }
}
