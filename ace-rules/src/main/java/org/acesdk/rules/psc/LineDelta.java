package org.acesdk.rules.psc;

import org.acesdk.model.money.Money;

/**
 * The money a correction moves on one line: duty, fees and AD/CVD deposits as filed and as corrected.
 *
 * @param lineNumber the line number (a line only in one version counts zero in the other)
 * @param filed what the line owed as filed
 * @param corrected what it owes as corrected
 */
public record LineDelta(int lineNumber, Money filed, Money corrected) {
    /** Corrected minus filed: positive is more to pay, negative a refund. */
    public Money delta() {
        return corrected.minus(filed);
    }
}
