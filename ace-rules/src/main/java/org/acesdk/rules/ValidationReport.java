package org.acesdk.rules;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The outcome of validating one filing: every finding, in a stable order (shape violations by path, then rule
 * findings in rule order). Immutable.
 */
public final class ValidationReport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String filingType;
    private final List<Finding> findings;

    /**
     * Creates a report.
     *
     * @param filingType the simple name of the filing's type
     * @param findings the findings, in order
     */
    public ValidationReport(String filingType, List<Finding> findings) {
        this.filingType = filingType == null ? "" : filingType;
        this.findings = List.copyOf(findings);
    }

    /** Whether no finding is an ERROR: CBP should not reject the filing for any reason the rules know. */
    public boolean isValid() {
        for (Finding f : findings) {
            if (f.isError()) {
                return false;
            }
        }
        return true;
    }

    /** Every finding, in a stable order. */
    public List<Finding> findings() {
        return findings;
    }

    /** The ERROR findings. */
    public List<Finding> errors() {
        return bySeverity(Severity.ERROR);
    }

    /** The WARNING findings. */
    public List<Finding> warnings() {
        return bySeverity(Severity.WARNING);
    }

    /** The findings of one severity. */
    public List<Finding> bySeverity(Severity s) {
        return findings.stream().filter(f -> f.severity() == s).collect(Collectors.toUnmodifiableList());
    }

    /** The findings of one rule. */
    public List<Finding> byRule(String ruleId) {
        RuleId id = RuleId.of(ruleId);
        return findings.stream().filter(f -> f.ruleId().equals(id)).collect(Collectors.toUnmodifiableList());
    }

    /** Whether a rule reported anything. */
    public boolean has(String ruleId) {
        return !byRule(ruleId).isEmpty();
    }

    /** The simple name of the validated filing's type. */
    public String filingType() {
        return filingType;
    }

    /** A readable multi-line rendering. */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        sb.append(filingType).append(": ").append(isValid() ? "valid" : "INVALID").append(" (")
                .append(errors().size()).append(" errors, ").append(warnings().size()).append(" warnings, ")
                .append(bySeverity(Severity.INFO).size()).append(" notes)\n");
        for (Finding f : findings) {
            sb.append("  ").append(String.format("%-7s", f.severity())).append(' ').append(f.ruleId());
            if (!f.path().isEmpty()) {
                sb.append(" at ").append(f.path());
            }
            sb.append(": ").append(f.message());
            if (!f.cbpReference().isEmpty()) {
                sb.append(" [").append(f.cbpReference()).append(']');
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** A JSON rendering: {@code {"filingType","valid","findings":[...]}}. */
    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("filingType", filingType);
        root.put("valid", isValid());
        ArrayNode arr = root.putArray("findings");
        for (Finding f : findings) {
            ObjectNode n = arr.addObject();
            n.put("ruleId", f.ruleId().toString());
            n.put("severity", f.severity().name());
            n.put("path", f.path());
            n.put("message", f.message());
            if (!f.cbpReference().isEmpty()) {
                n.put("cbpReference", f.cbpReference());
            }
            if (!f.conditionCode().isEmpty()) {
                n.put("conditionCode", f.conditionCode());
            }
        }
        return root.toString();
    }

    @Override
    public String toString() {
        return "ValidationReport[" + filingType + ", " + (isValid() ? "valid" : "invalid") + ", " + findings.size()
                + " findings]";
    }
}
