package org.acesdk.rules.duty;

import java.util.List;
import org.acesdk.model.money.Money;

/**
 * The assessment of one entry line.
 *
 * @param lineNumber the line number
 * @param enteredValue the entered value in whole U.S. dollars
 * @param tariffs the duty on each tariff number, in CBP reporting order
 * @param adCvd the AD/CVD deposits
 * @param mpf the line's merchandise processing fee (before the entry total is clamped), in cents
 * @param hmf the line's harbor maintenance fee, in cents
 * @param duty the line's total duty (all tariff numbers), in cents
 * @param mpfNote why MPF is or is not charged on the line
 */
public record LineAssessment(int lineNumber, Money enteredValue, List<TariffAssessment> tariffs,
        List<AdCvdAssessment> adCvd, Money mpf, Money hmf, Money duty, String mpfNote) {

    /** Copies the lists. */
    public LineAssessment {
        tariffs = List.copyOf(tariffs);
        adCvd = List.copyOf(adCvd);
    }
}
