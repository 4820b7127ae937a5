package org.acesdk.rules.refund;

import java.time.LocalDate;

/**
 * What ACE knows of a filed entry beyond its summary, as the filer's records or ACE reports (ES-003, entry summary
 * query) give it: liquidation, protests, drawback, reconciliation on file, cancellation.
 *
 * @param liquidationDate the date of liquidation or reliquidation, or {@code null} while unliquidated
 * @param finallyLiquidated whether the liquidation is final (past the protest period)
 * @param liquidationSuspended whether liquidation is suspended, extended or under review (AD/CVD included)
 * @param adCvdPendingLiquidation whether an AD/CVD summary is pending liquidation after Commerce's instructions
 * @param reconciliationFiled whether the reconciliation entry (type 09) covering it is on file
 * @param drawbackClaimed whether a drawback claim is associated with it
 * @param openProtest whether a protest on it is open or suspended
 * @param cancelled whether the summary is cancelled or rejected
 */
public record EntryStatus(LocalDate liquidationDate, boolean finallyLiquidated, boolean liquidationSuspended,
        boolean adCvdPendingLiquidation, boolean reconciliationFiled, boolean drawbackClaimed, boolean openProtest,
        boolean cancelled) {

    /** An unliquidated entry with nothing against it. */
    public static EntryStatus open() {
        return new EntryStatus(null, false, false, false, false, false, false, false);
    }

    /** A copy liquidated on that day (not finally). */
    public EntryStatus liquidatedOn(LocalDate day) {
        return new EntryStatus(day, false, liquidationSuspended, adCvdPendingLiquidation, reconciliationFiled,
                drawbackClaimed, openProtest, cancelled);
    }

    /** A copy finally liquidated on that day. */
    public EntryStatus finallyLiquidatedOn(LocalDate day) {
        return new EntryStatus(day, true, liquidationSuspended, adCvdPendingLiquidation, reconciliationFiled,
                drawbackClaimed, openProtest, cancelled);
    }

    /** A copy with liquidation suspended, extended or under review. */
    public EntryStatus suspended() {
        return new EntryStatus(liquidationDate, finallyLiquidated, true, adCvdPendingLiquidation, reconciliationFiled,
                drawbackClaimed, openProtest, cancelled);
    }

    /** A copy with an AD/CVD summary pending liquidation after Commerce's instructions. */
    public EntryStatus adCvdPending() {
        return new EntryStatus(liquidationDate, finallyLiquidated, liquidationSuspended, true, reconciliationFiled,
                drawbackClaimed, openProtest, cancelled);
    }

    /** A copy whose reconciliation entry is on file. */
    public EntryStatus withReconciliationFiled() {
        return new EntryStatus(liquidationDate, finallyLiquidated, liquidationSuspended, adCvdPendingLiquidation, true,
                drawbackClaimed, openProtest, cancelled);
    }

    /** A copy with a drawback claim. */
    public EntryStatus withDrawback() {
        return new EntryStatus(liquidationDate, finallyLiquidated, liquidationSuspended, adCvdPendingLiquidation,
                reconciliationFiled, true, openProtest, cancelled);
    }

    /** A copy with an open protest. */
    public EntryStatus withOpenProtest() {
        return new EntryStatus(liquidationDate, finallyLiquidated, liquidationSuspended, adCvdPendingLiquidation,
                reconciliationFiled, drawbackClaimed, true, cancelled);
    }

    /** A copy cancelled or rejected. */
    public EntryStatus cancelledOrRejected() {
        return new EntryStatus(liquidationDate, finallyLiquidated, liquidationSuspended, adCvdPendingLiquidation,
                reconciliationFiled, drawbackClaimed, openProtest, true);
    }

}
