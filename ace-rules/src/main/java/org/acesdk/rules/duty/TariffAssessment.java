package org.acesdk.rules.duty;

import java.math.BigDecimal;
import org.acesdk.model.code.HtsNumber;
import org.acesdk.model.money.Money;

/**
 * The duty on one tariff number of a line, with everything that explains it.
 *
 * @param htsNumber the tariff number
 * @param category where it stands in the reporting order
 * @param rateText the rate as printed, e.g. {@code 2.9%} or {@code The duty provided in the applicable subheading + 25%}
 * @param computation the appendix F computation
 * @param basis what the rate was applied to, e.g. {@code value $14172} or {@code 5000 KG}
 * @param duty the duty, in cents; {@code null} when it could not be computed (a finding says why)
 * @param source where the rate came from, e.g. {@code HTS 7326.90.86.88 (row 25012), 2026 Revision 4, general}
 * @param effectivePercent the ad valorem equivalent applied, when the rate is a single percentage
 */
public record TariffAssessment(HtsNumber htsNumber, StackingCategory category, String rateText,
        ComputationCode computation, String basis, Money duty, String source, BigDecimal effectivePercent) {
}
