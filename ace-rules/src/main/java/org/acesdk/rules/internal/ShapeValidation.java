package org.acesdk.rules.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.acesdk.rules.Finding;
import org.acesdk.rules.RuleId;
import org.acesdk.rules.Severity;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Checks the Jakarta Bean Validation constraints of a filing and turns violations into findings with rule ids
 * {@code BV-<CONSTRAINT>}. Messages are the constraint's own template, never user input. The SDK's documents use a
 * handful of constraints, which {@link RecordShapes} compiles into plain checks (an order of magnitude faster than a
 * general validator; an entry summary's are walked by {@link EntryShapes}); any other type, such as a caller's own
 * filing class, goes to Hibernate Validator, bootstrapped on first use. Not API.
 */
public final class ShapeValidation {
    private ShapeValidation() {
    }

    private static final class Holder {
        private static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
                .configure()
                .ignoreXmlConfiguration()
                .traversableResolver(new TraverseAll())
                // the resolver always says yes: caching its answers per node only costs time
                .enableTraversableResolverResultCache(false)
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        private static final Validator VALIDATOR = FACTORY.getValidator();
    }

    /** Everything is reachable and cascadable: the documents are plain records, with no JPA lazy loading to probe. */
    private static final class TraverseAll implements jakarta.validation.TraversableResolver {
        @Override
        public boolean isReachable(Object bean, jakarta.validation.Path.Node node, Class<?> rootType,
                jakarta.validation.Path path, java.lang.annotation.ElementType type) {
            return true;
        }

        @Override
        public boolean isCascadable(Object bean, jakarta.validation.Path.Node node, Class<?> rootType,
                jakarta.validation.Path path, java.lang.annotation.ElementType type) {
            return true;
        }
    }

    /**
     * Validates the shape of a filing.
     *
     * @param filing the filing
     * @return findings sorted by path, then rule id
     */
    public static List<Finding> validate(Object filing) {
        List<Finding> out = filing instanceof org.acesdk.model.entry.EntrySummary
                ? EntryShapes.check((org.acesdk.model.entry.EntrySummary) filing)
                : RecordShapes.supports(filing.getClass()) ? RecordShapes.validate(filing)
                : validateWithHibernateValidator(filing);
        out.sort(ORDER);
        return out;
    }

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::path)
            .thenComparing(f -> f.ruleId().toString()).thenComparing(Finding::message);

    /** Hibernate Validator's findings, unsorted: for types {@link RecordShapes} does not compile, and for tests. */
    static List<Finding> validateWithHibernateValidator(Object filing) {
        Set<ConstraintViolation<Object>> violations = Holder.VALIDATOR.validate(filing);
        List<Finding> out = new ArrayList<>(violations.size());
        for (ConstraintViolation<Object> v : violations) {
            String constraint = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
            String path = v.getPropertyPath().toString();
            String leaf = path.isEmpty() ? "filing" : path.substring(path.lastIndexOf('.') + 1);
            out.add(new Finding(RuleId.of("BV-" + constraint.toUpperCase(Locale.ROOT)), Severity.ERROR, path,
                    leaf + " " + v.getMessage(), "CATAIR record layout", ""));
        }
        return out;
    }
}
