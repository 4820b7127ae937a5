package org.acesdk.rules.refund;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.acesdk.model.code.EntryNumber;
import org.acesdk.model.money.Money;

/**
 * A refund plan: every entry's verdict and refund, the CAPE files to upload, and the entries not to correct now.
 *
 * @param filingDay the day the declarations would be filed
 * @param entries each entry's plan, in input order
 */
public record RefundPlan(LocalDate filingDay, List<PlannedRefund> entries) {
    /** Copies the list. */
    public RefundPlan {
        entries = List.copyOf(entries);
    }

    /** The entries to declare now (eligible, or eligible when they liquidate). */
    public List<EntryNumber> toDeclare() {
        List<EntryNumber> out = new ArrayList<>();
        for (PlannedRefund p : entries) {
            if (p.verdict().declare() && p.entryNumber() != null && !p.principal().isZero()) {
                out.add(p.entryNumber());
            }
        }
        return out;
    }

    /** The CAPE declaration files of {@link #toDeclare()}, at most 9,999 entries each. */
    public List<String> capeFiles() {
        return CapeDeclaration.files(toDeclare());
    }

    /** The entries that must not get a post-summary correction now (CBP error 864 while CAPE processes them). */
    public List<EntryNumber> pscBlocked() {
        List<EntryNumber> out = new ArrayList<>();
        for (PlannedRefund p : entries) {
            if (p.pscBlocked() && p.entryNumber() != null) {
                out.add(p.entryNumber());
            }
        }
        return out;
    }

    /** The number of entries by verdict. */
    public Map<CapeVerdict.Kind, Integer> counts() {
        Map<CapeVerdict.Kind, Integer> m = new EnumMap<>(CapeVerdict.Kind.class);
        for (PlannedRefund p : entries) {
            m.merge(p.verdict().kind(), 1, Integer::sum);
        }
        return m;
    }

    /** The principal to be refunded on the entries declared now. */
    public Money principalDeclared() {
        Money sum = Money.ZERO_USD;
        for (PlannedRefund p : entries) {
            if (p.verdict().declare()) {
                sum = sum.plus(p.principal());
            }
        }
        return sum;
    }
}
