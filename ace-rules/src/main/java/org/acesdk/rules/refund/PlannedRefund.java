package org.acesdk.rules.refund;

import org.acesdk.model.code.EntryNumber;
import org.acesdk.model.code.ImporterNumber;
import org.acesdk.model.money.Money;

/**
 * One entry's refund plan.
 *
 * @param entryNumber the entry number
 * @param importerNumber the importer of record (masked in text: it can be a Social Security number)
 * @param verdict CAPE's verdict on the planning day and the rule that decides it
 * @param reassessment the duty as filed and as owed now, by program
 * @param principal the duty to refund (the IEEPA duty paid), never negative
 * @param interest the interest estimate, or {@code null} when no rate was given or nothing is refunded
 * @param pscBlocked whether no post-summary correction should be filed now: CAPE is or will be processing it (864)
 */
public record PlannedRefund(EntryNumber entryNumber, ImporterNumber importerNumber, CapeVerdict verdict,
        Reassessment reassessment, Money principal, Money interest, boolean pscBlocked) {

    /** Principal plus the interest estimate. */
    public Money expectedRefund() {
        return interest == null ? principal : principal.plus(interest);
    }

    /** The importer number masked. */
    @Override
    public String toString() {
        return "PlannedRefund[entryNumber=" + entryNumber + ", importer="
                + (importerNumber == null ? null : importerNumber.masked()) + ", verdict=" + verdict.kind() + " "
                + verdict.ruleId() + ", principal=" + principal + ", interest=" + interest + "]";
    }
}
