package org.acesdk.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import org.acesdk.rules.internal.ShapeValidation;

/**
 * The one entry point for checking filings before they are transmitted: first the documents' shape (Jakarta Bean
 * Validation), then the business rules of every rule pack, in order. Never throws for bad filings: everything
 * wrong is a finding in the {@link ValidationReport}. Immutable and thread-safe; share one instance.
 *
 * <pre>{@code
 * ValidationReport report = AceValidator.standard().validate(entrySummary);
 * if (!report.isValid()) System.out.println(report.toText());
 * }</pre>
 */
public final class AceValidator {
    private final List<Rule<?>> rules;
    private final RuleContext defaultContext;
    private final boolean shapeValidation;

    private AceValidator(List<Rule<?>> rules, RuleContext defaultContext, boolean shapeValidation) {
        this.rules = Collections.unmodifiableList(new ArrayList<>(rules));
        this.defaultContext = defaultContext;
        this.shapeValidation = shapeValidation;
    }

    private static final class Standard {
        private static final AceValidator INSTANCE = builder().build();
    }

    /** The validator with every rule pack on the class path (built-in and discovered), and the default context. */
    public static AceValidator standard() {
        return Standard.INSTANCE;
    }

    /** A builder, to choose packs, switch rules off or set the default context. */
    public static Builder builder() {
        return new Builder();
    }

    /** Every rule, in evaluation order. */
    public List<Rule<?>> rules() {
        return rules;
    }

    /** The context {@link #validate(Object)} uses. */
    public RuleContext defaultContext() {
        return defaultContext;
    }

    /** Validates with the default context. */
    public ValidationReport validate(Object filing) {
        return validate(filing, defaultContext);
    }

    /**
     * Validates a filing.
     *
     * @param filing an {@code EntrySummary}, {@code CargoRelease}, {@code ImporterSecurityFiling},
     *     {@code ExportInformation} or any type custom rules apply to
     * @param context the clock, effective date and reference data
     * @return the report; never {@code null}
     */
    public ValidationReport validate(Object filing, RuleContext context) {
        if (filing == null) {
            return new ValidationReport("null", List.of(new Finding(RuleId.of("CORE-001"), Severity.ERROR, "",
                    "the filing is null", "", "")));
        }
        RuleContext ctx = context == null ? defaultContext : context;
        List<Finding> out = new ArrayList<>();
        if (shapeValidation) {
            try {
                out.addAll(ShapeValidation.validate(filing));
            } catch (RuntimeException e) {
                out.add(new Finding(RuleId.of("CORE-002"), Severity.ERROR, "", "shape validation failed ("
                        + e.getClass().getSimpleName() + ")", "", ""));
            }
        }
        for (Rule<?> r : rules) {
            if (r.appliesTo().isInstance(filing)) {
                out.addAll(evaluate(r, filing, ctx));
            }
        }
        return new ValidationReport(filing.getClass().getSimpleName(), out);
    }

    private static <T> List<Finding> evaluate(Rule<T> rule, Object filing, RuleContext ctx) {
        return rule.evaluate(rule.appliesTo().cast(filing), ctx);
    }

    /** Builds an {@link AceValidator}. */
    public static final class Builder {
        private final List<RulePack> packs = new ArrayList<>();
        private final List<Rule<?>> extraRules = new ArrayList<>();
        private final Set<RuleId> disabled = new HashSet<>();
        private boolean serviceLoader = true;
        private ClassLoader classLoader;
        private RuleContext context = RuleContext.defaults();
        private boolean shapeValidation = true;

        private Builder() {
        }

        /** Whether to discover packs with {@link ServiceLoader} (default {@code true}). */
        public Builder discoverPacks(boolean discover) {
            this.serviceLoader = discover;
            return this;
        }

        /** The class loader for discovery (default: this library's). */
        public Builder classLoader(ClassLoader classLoader) {
            this.classLoader = classLoader;
            return this;
        }

        /** Adds a pack explicitly. */
        public Builder addPack(RulePack pack) {
            packs.add(Objects.requireNonNull(pack, "pack"));
            return this;
        }

        /** Adds one rule after all packs' rules. */
        public Builder addRule(Rule<?> rule) {
            extraRules.add(Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /** Switches rules off by id. */
        public Builder disable(String... ruleIds) {
            for (String id : ruleIds) {
                disabled.add(RuleId.of(id));
            }
            return this;
        }

        /** Sets the default context. */
        public Builder context(RuleContext context) {
            this.context = Objects.requireNonNull(context, "context");
            return this;
        }

        /** Whether to run Bean Validation first (default {@code true}). */
        public Builder shapeValidation(boolean on) {
            this.shapeValidation = on;
            return this;
        }

        /**
         * Builds the validator.
         *
         * @return the validator
         * @throws IllegalArgumentException if two rules share an id, or two packs share a name
         */
        public AceValidator build() {
            Map<String, RulePack> byName = new LinkedHashMap<>();
            List<RulePack> all = new ArrayList<>(packs);
            if (serviceLoader) {
                ClassLoader cl = classLoader != null ? classLoader : AceValidator.class.getClassLoader();
                for (RulePack p : ServiceLoader.load(RulePack.class, cl)) {
                    all.add(p);
                }
            }
            for (RulePack p : all) {
                RulePack prev = byName.putIfAbsent(p.name(), p);
                if (prev != null && prev.getClass() != p.getClass()) {
                    throw new IllegalArgumentException("two rule packs are named '" + p.name() + "': "
                            + prev.getClass().getName() + " and " + p.getClass().getName());
                }
            }
            List<RulePack> ordered = new ArrayList<>(byName.values());
            ordered.sort(Comparator.comparingInt(RulePack::order).thenComparing(RulePack::name));
            Set<RuleId> off = new HashSet<>(disabled);
            for (RulePack p : ordered) {
                off.addAll(p.disabledRules());
            }
            RuleSet.Builder<Object> set = RuleSet.builder(Object.class);
            for (RulePack p : ordered) {
                for (Rule<?> r : p.rules()) {
                    set.add(widen(r));
                }
            }
            for (Rule<?> r : extraRules) {
                set.add(widen(r));
            }
            List<Rule<?>> kept = new ArrayList<>();
            for (Rule<?> r : set.build().rules()) {
                if (!off.contains(r.id())) {
                    kept.add(r);
                }
            }
            return new AceValidator(kept, context, shapeValidation);
        }

        @SuppressWarnings("unchecked")
        private static Rule<Object> widen(Rule<?> r) {
            return (Rule<Object>) r;
        }
    }
}
