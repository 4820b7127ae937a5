package org.acesdk.rules.duty;

/** Whether a user fee is owed on an entry, owed nothing, or could not be computed (see the assessment's findings). */
public enum FeeStatus {
    /** The fee is owed, at the amount assessed. */
    OWED,
    /** The fee does not apply, or applies at zero (exempt, below a reporting threshold, another mode of transport). */
    NOT_OWED,
    /** The fee could not be computed: no fee period or fee figure on file, or no tariff data; a finding says why. */
    NOT_COMPUTED
}
