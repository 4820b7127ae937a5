package org.acesdk.rules.duty;

import java.math.BigDecimal;
import org.acesdk.model.money.Money;

/**
 * The deposit on one AD or CVD case.
 *
 * @param caseNumber the case number
 * @param antidumping {@code true} for AD (case starting A), {@code false} for CVD
 * @param bonded whether the deposit is bonded rather than paid in cash
 * @param rate the deposit rate (percent, or dollars per unit when specific)
 * @param specific whether the rate is per unit
 * @param basis what the rate was applied to
 * @param deposit the deposit, in cents; {@code null} when it could not be computed
 */
public record AdCvdAssessment(String caseNumber, boolean antidumping, boolean bonded, BigDecimal rate,
        boolean specific, String basis, Money deposit) {
}
