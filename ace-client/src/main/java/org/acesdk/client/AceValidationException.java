package org.acesdk.client;

import org.acesdk.rules.ValidationReport;

/**
 * The client refused to transmit a filing that fails validation (ERROR findings), cannot be assessed completely,
 * or cannot be encoded; nothing was sent. {@link #report()} lists every reason.
 */
public class AceValidationException extends AceException {
    private static final long serialVersionUID = 1L;
    private final transient ValidationReport report;

    /**
     * Creates the exception.
     *
     * @param message a summary
     * @param report the findings
     */
    public AceValidationException(String message, ValidationReport report) {
        super(message, null, 0, "validation_failed", false, null);
        this.report = report;
    }

    /** The findings that stopped the transmission. */
    public ValidationReport report() {
        return report;
    }
}
