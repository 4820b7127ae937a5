package org.acesdk.rules.refund;

/**
 * Whether CBP's CAPE would take an entry for an IEEPA refund on a given day, and the rule that decides it.
 *
 * @param kind the verdict
 * @param ruleId the stable id of the deciding rule, e.g. {@code CAPE-TYPE-09}
 * @param reason why, in words (with CBP's message where one is known)
 * @param source where the rule comes from
 */
public record CapeVerdict(Kind kind, String ruleId, String reason, String source) {

    /** The verdicts. */
    public enum Kind {
        /** CAPE takes it now; the refund follows (CBP: generally 60-90 days after acceptance). */
        ELIGIBLE,
        /** CAPE takes it, but refunds it only when it liquidates (suspended, extended, withdrawals). */
        ELIGIBLE_AT_LIQUIDATION,
        /** Not in a deployed phase yet: file it when the phase that covers it opens. */
        NOT_YET,
        /** CAPE refuses it; another route (protest, PSC, reconciliation, litigation) may apply. */
        EXCLUDED,
        /** No IEEPA duty was declared or paid: nothing to refund. */
        NO_IEEPA_DUTY
    }

    /** Whether the entry goes on a CAPE declaration now. */
    public boolean declare() {
        return kind == Kind.ELIGIBLE || kind == Kind.ELIGIBLE_AT_LIQUIDATION;
    }
}
