package org.acesdk.rules;

/**
 * The check a rule performs: a pure function of the filing and the context that reports what it finds.
 *
 * @param <T> the filing type
 */
@FunctionalInterface
public interface RuleLogic<T> {
    /**
     * Checks the filing.
     *
     * @param filing the filing, never {@code null}
     * @param context the effective date and reference data
     * @param findings where to report problems
     */
    void check(T filing, RuleContext context, Findings findings);
}
