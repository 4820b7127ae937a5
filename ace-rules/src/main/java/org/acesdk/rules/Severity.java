package org.acesdk.rules;

/** How serious a finding is. */
public enum Severity {
    /** CBP would reject the filing. */
    ERROR,
    /** Likely a problem, or CBP may question the filing. */
    WARNING,
    /** For information only. */
    INFO
}
