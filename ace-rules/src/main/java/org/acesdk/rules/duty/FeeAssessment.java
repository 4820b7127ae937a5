package org.acesdk.rules.duty;

import org.acesdk.model.money.Money;

/**
 * One user fee on the entry, as the 89 (fee totals) record reports it.
 *
 * @param accountingClass the CBP accounting class, e.g. {@code 499} MPF, {@code 501} HMF, {@code 311} informal
 * @param name a readable name
 * @param amount the amount, in cents
 * @param explanation how it was computed, e.g. {@code sum of line MPF $21.52 raised to the FY2026 minimum $33.58}
 */
public record FeeAssessment(String accountingClass, String name, Money amount, String explanation) {
}
