package org.acesdk.rules.duty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;

/**
 * Certified exchange rates (19 CFR 159.31-34): how many U.S. dollars one unit of a foreign currency is worth for
 * merchandise exported on a date. Implementations must be thread-safe.
 */
public interface ExchangeRates {

    /**
     * The certified rate for the date of exportation.
     *
     * @param currency the foreign currency
     * @param exportDate the date of exportation
     * @return U.S. dollars per unit of the currency, or empty when no certified rate is on file
     */
    Optional<BigDecimal> usdPerUnit(Currency currency, LocalDate exportDate);

    /** Rates that know no currency: every conversion reports a missing rate. */
    static ExchangeRates none() {
        return (c, d) -> Optional.empty();
    }
}
