package org.acesdk.rules.refund;

import java.time.LocalDate;
import java.util.Set;
import org.acesdk.model.code.HtsNumber;
import org.acesdk.model.entry.EntryLine;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.model.entry.SummaryDetail;
import org.acesdk.model.entry.TariffLine;
import org.acesdk.rules.refund.CapeVerdict.Kind;

/**
 * CBP's CAPE eligibility rules for IEEPA refunds, dated, in the order they decide (the first that applies gives the
 * verdict). Sources: CSMS #68315804 (CAPE), the CAPE FAQ of 15 Apr 2026 and phase 1 (live 20 Apr 2026), CSMS
 * #69035485 (phase 2, live 29 Jun 2026), CSMS #69127837 (warehouse entries refused from 7 Jul 2026). Phase 3 (finally
 * liquidated entries) has no CSMS deploying it [uncertain]: those entries are excluded here.
 */
public final class CapeRules {
    /** Phase 1 opened at 8 a.m. EDT on this day. */
    public static final LocalDate PHASE_1 = LocalDate.of(2026, 4, 20);
    /** Phase 2 (reconciliation-flagged types 01, 02, 06 with no type 09 on file) opened on this day. */
    public static final LocalDate PHASE_2 = LocalDate.of(2026, 6, 29);
    /** From this day warehouse entries (21, 22) are refused ("ENTRY TYPE NOT ALLOWED"). */
    public static final LocalDate WAREHOUSE_REFUSED_FROM = LocalDate.of(2026, 7, 7);
    /** CAPE takes an entry liquidated (or reliquidated) at most this many days before. */
    public static final int DAYS_AFTER_LIQUIDATION = 80;
    private static final Set<String> WITHDRAWALS = Set.of("31", "32", "34", "38");
    private static final Set<String> PHASE_2_TYPES = Set.of("01", "02", "06");

    private CapeRules() {
    }

    /** Whether a chapter 99 number is an IEEPA heading (9903.01.xx, 9903.02.xx). */
    public static boolean isIeepa(HtsNumber h) {
        return h != null && h.isChapter99() && (h.digits().startsWith("990301") || h.digits().startsWith("990302"));
    }

    /** Whether the summary declares at least one IEEPA heading. */
    public static boolean declaresIeepa(EntrySummary e) {
        for (EntryLine l : e.lines()) {
            for (TariffLine t : l.tariffs()) {
                if (isIeepa(t.htsNumber())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the summary is flagged for reconciliation (10-record flags). */
    static boolean reconciliationFlagged(EntrySummary e) {
        SummaryDetail d = e.details();
        return d.reconciliationIssue() != null || d.tradeAgreementReconciliation();
    }

    private static CapeVerdict v(Kind k, String id, String reason, String source) {
        return new CapeVerdict(k, id, reason, source);
    }

    /**
     * The verdict on an entry for a CAPE declaration filed on a day.
     *
     * @param f the entry and its status
     * @param filingDay the day the declaration would be filed
     * @return the verdict and the rule that decides it
     */
    public static CapeVerdict verdict(FiledEntry f, LocalDate filingDay) {
        EntrySummary e = f.entry();
        EntryStatus s = f.status();
        String type = e.entryType() == null ? "" : e.entryType().code();
        final String faq = "CAPE FAQ of 15 Apr 2026; CSMS #68315804";
        if (!declaresIeepa(e)) {
            return v(Kind.NO_IEEPA_DUTY, "CAPE-IEEPA", "no IEEPA heading (9903.01.xx, 9903.02.xx) is declared; CAPE"
                    + " accepts only entries with one", faq);
        }
        if (s.cancelled()) {
            return v(Kind.EXCLUDED, "CAPE-CANCELLED", "ENTRY SUMMARY IS CANCELLED/REJECTED", faq);
        }
        if (type.equals("08")) {
            return v(Kind.EXCLUDED, "CAPE-TYPE-08", "entry type 08 (USMCA duty deferral) is not accepted", faq);
        }
        if (type.equals("09")) {
            return v(Kind.EXCLUDED, "CAPE-TYPE-09", "entry type 09 (reconciliation) is not accepted", faq);
        }
        if (type.equals("47")) {
            return v(Kind.EXCLUDED, "CAPE-TYPE-47", "entry type 47 (drawback) is not accepted", faq);
        }
        if (s.drawbackClaimed()) {
            return v(Kind.EXCLUDED, "CAPE-DRAWBACK", "ENTRY ON DRAWBACK: a drawback claim is associated with it",
                    faq);
        }
        if (s.openProtest()) {
            return v(Kind.EXCLUDED, "CAPE-PROTEST", "an open or suspended protest covers it; the protest decides",
                    faq);
        }
        if (s.finallyLiquidated()) {
            return v(Kind.EXCLUDED, "CAPE-FINAL", "ENTRY SUMMARY IS IN FINAL LIQUIDATION STATUS: phase 3 (finally"
                    + " liquidated entries) is not deployed [uncertain]", "CAPE FAQ; CIT filings of 9 Jun 2026");
        }
        if (s.liquidationDate() != null && s.liquidationDate().plusDays(DAYS_AFTER_LIQUIDATION).isBefore(filingDay)) {
            return v(Kind.EXCLUDED, "CAPE-80-DAYS", "liquidated on " + s.liquidationDate() + ", more than "
                    + DAYS_AFTER_LIQUIDATION + " days before " + filingDay, faq);
        }
        if (s.adCvdPendingLiquidation()) {
            return v(Kind.EXCLUDED, "CAPE-ADCVD-PENDING", "an AD/CVD summary pending liquidation after Commerce's"
                    + " instructions (19 U.S.C. 1504(d)) is not accepted", faq);
        }
        if (filingDay.isBefore(PHASE_1)) {
            return v(Kind.NOT_YET, "CAPE-PHASE-1", "CAPE opens on " + PHASE_1, "CSMS #68315804");
        }
        if (type.equals("21") || type.equals("22")) {
            if (!filingDay.isBefore(WAREHOUSE_REFUSED_FROM)) {
                return v(Kind.EXCLUDED, "CAPE-WAREHOUSE", "ENTRY TYPE NOT ALLOWED: warehouse entries are refused from "
                        + WAREHOUSE_REFUSED_FROM + "; their withdrawals (31, 32, 34, 38) are accepted",
                        "CSMS #69127837");
            }
            return v(Kind.ELIGIBLE_AT_LIQUIDATION, "CAPE-WAREHOUSE", "a warehouse entry is accepted before "
                    + WAREHOUSE_REFUSED_FROM + " and refunded when it liquidates", faq);
        }
        if (reconciliationFlagged(e)) {
            if (filingDay.isBefore(PHASE_2)) {
                return v(Kind.NOT_YET, "CAPE-RECON", "ENTRY SUMMARY FLAGGED FOR RECON: phase 2 takes it from "
                        + PHASE_2, "CSMS #69035485");
            }
            if (!PHASE_2_TYPES.contains(type)) {
                return v(Kind.EXCLUDED, "CAPE-RECON", "phase 2 takes reconciliation-flagged entries of types 01, 02"
                        + " and 06 only", "CSMS #69035485");
            }
            if (s.reconciliationFiled()) {
                return v(Kind.NOT_YET, "CAPE-RECON", "its reconciliation (type 09) is on file: such entries wait for"
                        + " a later phase", "CSMS #69035485");
            }
            return v(Kind.ELIGIBLE, "CAPE-PHASE-2", "phase 2: flagged for reconciliation, no type 09 on file; file"
                    + " the reconciliation after acceptance (first, if its deadline is under 30 days away)",
                    "CSMS #69035485");
        }
        if (s.liquidationSuspended() || WITHDRAWALS.contains(type)) {
            return v(Kind.ELIGIBLE_AT_LIQUIDATION, "CAPE-AT-LIQUIDATION", (WITHDRAWALS.contains(type)
                    ? "a warehouse withdrawal" : "liquidation is suspended, extended or under review")
                    + ": accepted, refunded when it liquidates", faq);
        }
        return v(Kind.ELIGIBLE, "CAPE-PHASE-1", "phase 1: IEEPA heading declared, "
                + (s.liquidationDate() == null ? "unliquidated" : "liquidated within " + DAYS_AFTER_LIQUIDATION
                        + " days") + ", nothing excludes it", faq);
    }
}
