package org.acesdk.rules;

import java.util.List;
import java.util.Objects;

/**
 * A validation rule: a stable id, a severity, a one-line description, the CBP source it mirrors, and a pure check.
 * Rules are immutable and thread-safe.
 *
 * @param <T> the filing type the rule applies to
 */
public final class Rule<T> {
    private final RuleId id;
    private final Severity severity;
    private final Class<T> appliesTo;
    private final String description;
    private final String cbpReference;
    private final String conditionCode;
    private final RuleLogic<? super T> logic;

    private Rule(RuleId id, Severity severity, Class<T> appliesTo, String description, String cbpReference,
            String conditionCode, RuleLogic<? super T> logic) {
        this.id = Objects.requireNonNull(id, "id");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.appliesTo = Objects.requireNonNull(appliesTo, "appliesTo");
        this.description = Objects.requireNonNull(description, "description");
        this.cbpReference = cbpReference == null ? "" : cbpReference;
        this.conditionCode = conditionCode == null ? "" : conditionCode;
        this.logic = Objects.requireNonNull(logic, "logic");
    }

    /**
     * Defines a rule.
     *
     * @param id the stable id, e.g. {@code AE-LINE-012}
     * @param severity the severity of its findings
     * @param appliesTo the filing type it checks
     * @param description one line saying what it checks
     * @param cbpReference the CBP source (CFR section, CATAIR chapter), may be empty
     * @param conditionCode the CBP condition code CBP reports for this problem, may be empty
     * @param logic the check
     * @param <T> the filing type
     * @return the rule
     */
    public static <T> Rule<T> of(String id, Severity severity, Class<T> appliesTo, String description,
            String cbpReference, String conditionCode, RuleLogic<? super T> logic) {
        return new Rule<>(RuleId.of(id), severity, appliesTo, description, cbpReference, conditionCode, logic);
    }

    /** The rule's stable id. */
    public RuleId id() {
        return id;
    }

    /** The severity of the rule's findings. */
    public Severity severity() {
        return severity;
    }

    /** The filing type this rule checks. */
    public Class<T> appliesTo() {
        return appliesTo;
    }

    /** One line saying what the rule checks. */
    public String description() {
        return description;
    }

    /** The CBP source the rule mirrors, or empty. */
    public String cbpReference() {
        return cbpReference;
    }

    /** The CBP condition code for this problem, or empty when none is known. */
    public String conditionCode() {
        return conditionCode;
    }

    /**
     * Evaluates the rule. A check that throws gives one ERROR finding naming the rule instead of an exception.
     *
     * @param filing the filing
     * @param context the context
     * @return the findings, possibly empty
     */
    public List<Finding> evaluate(T filing, RuleContext context) {
        Findings f = new Findings(this);
        try {
            logic.check(filing, context, f);
            return f.list();
        } catch (RuntimeException | StackOverflowError e) {
            return List.of(new Finding(id, Severity.ERROR, "", "rule " + id + " failed to evaluate ("
                    + e.getClass().getSimpleName() + "); the filing could not be checked by it", cbpReference,
                    conditionCode));
        }
    }

    @Override
    public String toString() {
        return id + " [" + severity + "] " + description;
    }
}
