package org.acesdk.rules;

import java.util.List;
import java.util.Set;

/**
 * A bundle of rules discovered with {@link java.util.ServiceLoader}: list an implementation in
 * {@code META-INF/services/org.acesdk.rules.RulePack} and {@link AceValidator#standard()} picks it up. A pack can
 * also switch built-in rules off by id.
 */
public interface RulePack {

    /** A short, unique name for the pack, e.g. {@code ace-entry-summary}. */
    String name();

    /** The pack's rules, in the order they should run. */
    List<Rule<?>> rules();

    /** Ids of rules (from any pack) this pack switches off. */
    default Set<RuleId> disabledRules() {
        return Set.of();
    }

    /** Where the pack's rules run relative to other packs: lower first, then by name. Built-in packs use 100-499. */
    default int order() {
        return 1000;
    }
}
