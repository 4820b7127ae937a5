package org.acesdk.rules.psc;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where an accepted entry summary stands in time when its correction is sent.
 *
 * @param transmitDate the day the PSC is (to be) transmitted
 * @param scheduledLiquidation the scheduled liquidation date, or {@code null} for CBP's usual 314 days after entry
 * @param extendedLiquidation the liquidation date after an extension (19 CFR 159.12), or {@code null}
 * @param liquidated whether the entry has liquidated
 * @param capeRefundInProcess whether a CAPE refund declaration is being processed for the entry
 */
public record PscTimeline(LocalDate transmitDate, LocalDate scheduledLiquidation, LocalDate extendedLiquidation,
        boolean liquidated, boolean capeRefundInProcess) {
    /** Days after entry CBP usually liquidates (POST-ENTRY.md section 4). */
    public static final int USUAL_LIQUIDATION_DAYS = 314;

    /** Checks the transmit date. */
    public PscTimeline {
        Objects.requireNonNull(transmitDate, "transmitDate");
    }

    /** A PSC sent on the day, the entry unliquidated, on CBP's usual schedule, no refund in process. */
    public static PscTimeline on(LocalDate transmitDate) {
        return new PscTimeline(transmitDate, null, null, false, false);
    }

    /** The liquidation date that counts: the extended one, else the scheduled one, else 314 days after entry. */
    public LocalDate liquidationDate(LocalDate entryDate) {
        if (extendedLiquidation != null) {
            return extendedLiquidation;
        }
        return scheduledLiquidation != null ? scheduledLiquidation : entryDate.plusDays(USUAL_LIQUIDATION_DAYS);
    }
}
