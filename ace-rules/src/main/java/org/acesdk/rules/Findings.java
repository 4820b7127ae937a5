package org.acesdk.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects the findings of one rule evaluation; the rule's id, severity and references are filled in, so a rule
 * only says where and what. Not thread-safe: each evaluation gets its own.
 */
public final class Findings {
    private final Rule<?> rule;
    private final List<Finding> out = new ArrayList<>(2);

    Findings(Rule<?> rule) {
        this.rule = rule;
    }

    /**
     * Records a finding with the rule's own severity.
     *
     * @param path where in the filing
     * @param message what is wrong, naming the field and value
     */
    public void add(String path, String message) {
        add(rule.severity(), path, message);
    }

    /**
     * Records a finding with an explicit severity, for rules whose severity depends on the case.
     *
     * @param severity the severity
     * @param path where in the filing
     * @param message what is wrong
     */
    public void add(Severity severity, String path, String message) {
        out.add(new Finding(rule.id(), severity, path, message, rule.cbpReference(), rule.conditionCode()));
    }

    List<Finding> list() {
        return Collections.unmodifiableList(out);
    }
}
