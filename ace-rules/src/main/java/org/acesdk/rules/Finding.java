package org.acesdk.rules;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * One problem (or remark) a rule found: which rule, how serious, where in the filing, and a message that names
 * the field and the bad value (masked where personal).
 *
 * @param ruleId the rule that produced it
 * @param severity how serious it is
 * @param path where in the filing, e.g. {@code lines[3].tariffs[0].htsNumber}; empty for the whole filing
 * @param message a human-readable message
 * @param cbpReference the CBP source the rule mirrors (CFR section, CATAIR chapter), may be empty
 * @param conditionCode the CBP condition code CBP would report for this problem, when known
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Finding(RuleId ruleId, Severity severity, String path, String message, String cbpReference,
        String conditionCode) {

    /** Checks the required parts; {@code null} texts become empty. */
    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        path = path == null ? "" : path;
        message = message == null ? "" : message;
        cbpReference = cbpReference == null ? "" : cbpReference;
        conditionCode = conditionCode == null ? "" : conditionCode;
    }

    /** Whether this finding means CBP would reject the filing. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** One line: severity, rule id, path and message. */
    @Override
    public String toString() {
        return severity + " " + ruleId + (path.isEmpty() ? "" : " at " + path) + ": " + message;
    }
}
