package org.acesdk.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable, ordered set of rules for one filing type. Rules run in the order they were added; building a set
 * with two rules of the same id fails, so no rule is ever silently dropped.
 *
 * @param <T> the filing type
 */
public final class RuleSet<T> {
    private final Class<T> type;
    private final List<Rule<? super T>> rules;

    private RuleSet(Class<T> type, List<Rule<? super T>> rules) {
        this.type = type;
        this.rules = Collections.unmodifiableList(new ArrayList<>(rules));
    }

    /**
     * A builder for a rule set over the given type.
     *
     * @param type the filing type
     * @param <T> the filing type
     * @return the builder
     */
    public static <T> Builder<T> builder(Class<T> type) {
        return new Builder<>(Objects.requireNonNull(type, "type"));
    }

    /** The filing type. */
    public Class<T> type() {
        return type;
    }

    /** The rules in evaluation order. */
    public List<Rule<? super T>> rules() {
        return rules;
    }

    /** The rule with this id, if present. */
    public Optional<Rule<? super T>> find(RuleId id) {
        for (Rule<? super T> r : rules) {
            if (r.id().equals(id)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** A copy without the rules whose ids are given. */
    public RuleSet<T> without(Collection<RuleId> ids) {
        Set<RuleId> drop = Set.copyOf(ids);
        List<Rule<? super T>> kept = new ArrayList<>();
        for (Rule<? super T> r : rules) {
            if (!drop.contains(r.id())) {
                kept.add(r);
            }
        }
        return new RuleSet<>(type, kept);
    }

    /**
     * Evaluates every rule in order; a rule that throws contributes an ERROR finding instead.
     *
     * @param filing the filing
     * @param context the context
     * @return all findings, in rule order
     */
    public List<Finding> evaluate(T filing, RuleContext context) {
        List<Finding> out = new ArrayList<>();
        for (Rule<? super T> r : rules) {
            out.addAll(evaluateOne(r, filing, context));
        }
        return out;
    }

    private static <T> List<Finding> evaluateOne(Rule<T> rule, Object filing, RuleContext context) {
        return rule.evaluate(rule.appliesTo().cast(filing), context);
    }

    /** The number of rules. */
    public int size() {
        return rules.size();
    }

    /**
     * Builds a {@link RuleSet}.
     *
     * @param <T> the filing type
     */
    public static final class Builder<T> {
        private final Class<T> type;
        private final List<Rule<? super T>> rules = new ArrayList<>();

        private Builder(Class<T> type) {
            this.type = type;
        }

        /** Adds a rule at the end. */
        public Builder<T> add(Rule<? super T> rule) {
            rules.add(Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /** Adds rules at the end, in order. */
        public Builder<T> addAll(Collection<? extends Rule<? super T>> more) {
            for (Rule<? super T> r : more) {
                add(r);
            }
            return this;
        }

        /**
         * Builds the set.
         *
         * @return the immutable rule set
         * @throws IllegalArgumentException if two rules share an id
         */
        public RuleSet<T> build() {
            Map<RuleId, Rule<?>> seen = new HashMap<>();
            for (Rule<? super T> r : rules) {
                Rule<?> prev = seen.put(r.id(), r);
                if (prev != null) {
                    throw new IllegalArgumentException("duplicate rule id " + r.id() + ": '" + prev.description()
                            + "' and '" + r.description() + "'");
                }
            }
            return new RuleSet<>(type, rules);
        }
    }
}
