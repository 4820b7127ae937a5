package org.acesdk.rules.internal;

import jakarta.validation.Constraint;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.acesdk.rules.Finding;
import org.acesdk.rules.RuleId;
import org.acesdk.rules.Severity;

/**
 * The Bean Validation constraints of record types, compiled once per type into plain checks. It understands exactly
 * the constraints the SDK's documents use ({@code @NotNull}, {@code @Size}, {@code @Min}, {@code @Max},
 * {@code @Pattern}, {@code @PositiveOrZero}, {@code @Valid} on components and on list elements, default messages, no
 * groups) and reports what Hibernate Validator reports for them: the same rule ids, paths and messages (a test keeps
 * the two equal). A type using anything else is {@linkplain #supports(Class) not supported} and is left to Hibernate
 * Validator. Not API.
 */
final class RecordShapes {
    private static final String SOURCE = "CATAIR record layout";
    private static final RuleId NOT_NULL = RuleId.of("BV-NOTNULL");
    private static final RuleId SIZE = RuleId.of("BV-SIZE");
    private static final RuleId MIN = RuleId.of("BV-MIN");
    private static final RuleId MAX = RuleId.of("BV-MAX");
    private static final RuleId PATTERN = RuleId.of("BV-PATTERN");
    private static final RuleId POSITIVE_OR_ZERO = RuleId.of("BV-POSITIVEORZERO");
    private static final Set<Class<? extends Annotation>> KNOWN = Set.of(NotNull.class, Size.class, Min.class,
            Max.class, Pattern.class, PositiveOrZero.class);

    private static final String LIST_ELEMENT = "<list element>";
    private static final ClassValue<Plan> PLANS = new ClassValue<>() {
        @Override
        protected Plan computeValue(Class<?> type) {
            try {
                return compile(type, new HashSet<>());
            } catch (Unsupported e) {
                return null;
            }
        }
    };

    private RecordShapes() {
    }

    /** Whether every constraint reachable from this type is one this class checks. */
    static boolean supports(Class<?> type) {
        return PLANS.get(type) != null;
    }

    /**
     * Checks a value of a {@linkplain #supports(Class) supported} type.
     *
     * @param root the value
     * @return the findings, unsorted
     */
    static List<Finding> validate(Object root) {
        Plan plan = PLANS.get(root.getClass());
        if (plan == null) {
            throw new IllegalArgumentException("not a supported type: " + root.getClass().getSimpleName());
        }
        List<Finding> out = new ArrayList<>();
        plan.check(root, null, out);
        return out;
    }

    /**
     * The compiled checks of one component of a supported record type, for a walker that visits the components
     * itself ({@link EntryShapes}); empty when the component has none.
     *
     * @param type the record type
     * @param component the component's name
     * @param elements the checks of the list's elements rather than of the component
     * @return the checks, never {@code null}
     */
    static Check[] checks(Class<?> type, String component, boolean elements) {
        Plan plan = PLANS.get(type);
        if (plan == null) {
            throw new IllegalArgumentException("not a supported type: " + type.getSimpleName());
        }
        for (Component c : plan.components) {
            if (c.name.equals(component)) {
                return elements ? c.elementChecks : c.checks;
            }
        }
        return new Check[0];
    }

    /** The names of the components of a supported record type that carry checks or cascade. */
    static Set<String> constrainedComponents(Class<?> type) {
        Set<String> names = new java.util.TreeSet<>();
        for (Component c : PLANS.get(type).components) {
            names.add(c.name);
        }
        return names;
    }

    /** A reason a type cannot be compiled. */
    private static final class Unsupported extends Exception {
        private static final long serialVersionUID = 1L;

        Unsupported(String why) {
            super(why, null, false, false);
        }
    }

    /** The checks of one record type, component by component. */
    private static final class Plan {
        private final Component[] components;

        Plan(Component[] components) {
            this.components = components;
        }

        void check(Object bean, At at, List<Finding> out) {
            for (Component c : components) {
                c.check(bean, at, out);
            }
        }
    }

    /** Where a value sits, rendered only when a finding needs it: {@code lines[3].invoice}. */
    private static final class At {
        private final At parent;
        private final String name;
        private final int index;

        At(At parent, String name, int index) {
            this.parent = parent;
            this.name = name;
            this.index = index;
        }

        String path(String leaf) {
            StringBuilder sb = new StringBuilder();
            append(sb);
            if (leaf != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(leaf);
            }
            return sb.toString();
        }

        private void append(StringBuilder sb) {
            if (parent != null) {
                parent.append(sb);
                sb.append('.');
            }
            sb.append(name);
            if (index >= 0) {
                sb.append('[').append(index).append(']');
            }
        }

        static String path(At at, String leaf) {
            return at == null ? leaf : at.path(leaf);
        }
    }

    /** One record component: its own checks, its element checks, and where to cascade. */
    private static final class Component {
        private final String name;
        private final java.util.function.Function<Object, Object> accessor;
        private final Check[] checks;
        private final Check[] elementChecks;
        private final Class<?> cascadeType;
        private final boolean cascadeElements;
        /** Whether the component is a list with element checks or cascades. */
        private final boolean listWork;
        /** The cascaded record type: the component's own, or its list's element type. */
        private final Class<?> target;
        /** Its plan, looked up on first use (not at compile time: types may refer to each other). */
        private Plan targetPlan;

        Component(String name, java.util.function.Function<Object, Object> accessor, Check[] checks,
                Check[] elementChecks, Class<?> cascadeType, Class<?> elementType) {
            this.name = name;
            this.accessor = accessor;
            this.checks = checks;
            this.elementChecks = elementChecks;
            this.cascadeType = cascadeType;
            this.cascadeElements = elementType != null;
            this.target = cascadeType != null ? cascadeType : elementType;
            this.listWork = elementChecks.length > 0 || elementType != null;
        }

        /**
         * The plan of the cascaded type. Records are final, so every cascaded value is of exactly that type; a race
         * only repeats the lookup, and a plan's fields are final, so it is safely shared.
         */
        private Plan plan() {
            Plan p = targetPlan;
            if (p == null) {
                p = PLANS.get(target);
                targetPlan = p;
            }
            return p;
        }

        void check(Object bean, At at, List<Finding> out) {
            Object value = accessor.apply(bean);
            for (Check c : checks) {
                if (!c.valid(value)) {
                    out.add(c.finding(At.path(at, name), name));
                }
            }
            if (value == null) {
                return;
            }
            if (cascadeType != null) {
                plan().check(value, new At(at, name, -1), out);
            }
            if (listWork) {
                // element checks and element cascades are compiled only for List components
                List<?> list = (List<?>) value;
                for (int i = 0; i < list.size(); i++) {
                    Object element = list.get(i);
                    for (Check c : elementChecks) {
                        if (!c.valid(element)) {
                            out.add(c.finding(new At(at, name, i).path(LIST_ELEMENT), LIST_ELEMENT));
                        }
                    }
                    if (cascadeElements && element != null) {
                        plan().check(element, new At(at, name, i), out);
                    }
                }
            }
        }
    }

    /** One constraint: a kind and its bounds, evaluated by one switch so that the checking loop stays monomorphic. */
    static final class Check {
        static final int NOT_NULL_CHECK = 0;
        static final int TEXT_SIZE = 1;
        static final int LIST_SIZE = 2;
        static final int AT_LEAST = 3;
        static final int AT_MOST = 4;
        static final int CHAR_RUN = 5;
        static final int REGEX = 6;

        private final int kind;
        private final RuleId id;
        private final String message;
        private final long min;
        private final long max;
        private final CharRun run;
        private final java.util.regex.Pattern regex;

        Check(int kind, RuleId id, String message, long min, long max, CharRun run, java.util.regex.Pattern regex) {
            this.kind = kind;
            this.id = id;
            this.message = message;
            this.min = min;
            this.max = max;
            this.run = run;
            this.regex = regex;
        }

        /** {@link #valid(Object)} for a primitive whole number, without boxing it. */
        boolean valid(long value) {
            switch (kind) {
                case AT_LEAST:
                    return value >= min;
                case AT_MOST:
                    return value <= max;
                default:
                    return valid((Object) value);
            }
        }

        boolean valid(Object value) {
            if (value == null) {
                return kind != NOT_NULL_CHECK;
            }
            switch (kind) {
                case NOT_NULL_CHECK:
                    return true;
                case TEXT_SIZE: {
                    // String first: a cast to an interface costs a type scan on every call
                    int n = value instanceof String ? ((String) value).length() : ((CharSequence) value).length();
                    return n >= min && n <= max;
                }
                case LIST_SIZE: {
                    int n = ((Collection<?>) value).size();
                    return n >= min && n <= max;
                }
                case AT_LEAST:
                    return compare(value, min) >= 0;
                case AT_MOST:
                    return compare(value, max) <= 0;
                case CHAR_RUN:
                    return value instanceof String ? run.matches((String) value) : run.matches(value.toString());
                default:
                    return regex.matcher((CharSequence) value).matches();
            }
        }

        Finding finding(String path, String leaf) {
            return new Finding(id, Severity.ERROR, path, leaf + " " + message, SOURCE, "");
        }
    }

    private static Plan compile(Class<?> type, Set<Class<?>> compiling) throws Unsupported {
        if (!type.isRecord()) {
            throw new Unsupported(type.getName() + " is not a record");
        }
        if (!Modifier.isPublic(type.getModifiers())) {
            throw new Unsupported(type.getName() + " is not public");
        }
        if (hasConstraint(type.getDeclaredAnnotations())) {
            throw new Unsupported(type.getName() + " has a class-level constraint");
        }
        for (Method m : type.getDeclaredMethods()) {
            if (hasConstraint(m.getDeclaredAnnotations()) && !isAccessor(type, m)) {
                throw new Unsupported(type.getName() + "." + m.getName() + " has a method constraint");
            }
        }
        compiling.add(type);
        List<Component> components = new ArrayList<>();
        for (RecordComponent rc : type.getRecordComponents()) {
            Component c = component(type, rc, compiling);
            if (c.checks.length > 0 || c.elementChecks.length > 0 || c.cascadeType != null || c.cascadeElements) {
                components.add(c);
            }
        }
        return new Plan(components.toArray(new Component[0]));
    }

    private static boolean isAccessor(Class<?> type, Method m) {
        for (RecordComponent rc : type.getRecordComponents()) {
            if (rc.getAccessor().equals(m)) {
                return true;
            }
        }
        return false;
    }

    private static Component component(Class<?> type, RecordComponent rc, Set<Class<?>> compiling)
            throws Unsupported {
        Field field;
        try {
            field = type.getDeclaredField(rc.getName());
        } catch (NoSuchFieldException e) {
            throw new Unsupported("no field for " + rc.getName());
        }
        Annotation[] own = field.getDeclaredAnnotations();
        Class<?> valueType = field.getType();
        List<Check> checks = new ArrayList<>();
        boolean valid = false;
        for (Annotation a : own) {
            if (a instanceof Valid) {
                valid = true;
            } else {
                Check c = check(a, valueType, rc.getName());
                if (c != null) {
                    checks.add(c);
                }
            }
        }
        List<Check> elementChecks = new ArrayList<>();
        Class<?> cascadeElementType = null;
        AnnotatedType annotated = field.getAnnotatedType();
        if (annotated instanceof AnnotatedParameterizedType) {
            AnnotatedType[] args = ((AnnotatedParameterizedType) annotated).getAnnotatedActualTypeArguments();
            boolean isList = List.class.equals(valueType);
            for (AnnotatedType arg : args) {
                Annotation[] elementAnnotations = arg.getDeclaredAnnotations();
                if (elementAnnotations.length == 0) {
                    continue;
                }
                if (!isList) {
                    throw new Unsupported(rc.getName() + ": element constraints on " + valueType.getSimpleName());
                }
                Class<?> elementType = arg.getType() instanceof Class ? (Class<?>) arg.getType() : Object.class;
                for (Annotation a : elementAnnotations) {
                    if (a instanceof Valid) {
                        cascadeElementType = elementType;
                        requireCompiled(elementType, compiling);
                    } else {
                        Check c = check(a, elementType, rc.getName() + " element");
                        if (c != null) {
                            elementChecks.add(c);
                        }
                    }
                }
            }
        }
        Class<?> cascadeType = null;
        if (valid) {
            if (Collection.class.isAssignableFrom(valueType) || Map.class.isAssignableFrom(valueType)
                    || valueType.isArray()) {
                throw new Unsupported(rc.getName() + ": @Valid on a container");
            }
            requireCompiled(valueType, compiling);
            cascadeType = valueType;
        }
        java.util.function.Function<Object, Object> accessor = accessor(rc);
        return new Component(rc.getName(), accessor, checks.toArray(new Check[0]),
                elementChecks.toArray(new Check[0]), cascadeType, cascadeElementType);
    }

    /**
     * The component's accessor as a small generated function (the JIT inlines it, unlike a reflective call or a
     * method handle held in a field).
     */
    @SuppressWarnings("unchecked")
    private static java.util.function.Function<Object, Object> accessor(RecordComponent rc) throws Unsupported {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            MethodHandle target = lookup.unreflect(rc.getAccessor());
            java.lang.invoke.CallSite site = java.lang.invoke.LambdaMetafactory.metafactory(lookup, "apply",
                    MethodType.methodType(java.util.function.Function.class),
                    MethodType.methodType(Object.class, Object.class), target,
                    MethodType.methodType(rc.getType().isPrimitive() ? box(rc.getType()) : rc.getType(),
                            rc.getDeclaringRecord()));
            return (java.util.function.Function<Object, Object>) site.getTarget().invoke();
        } catch (Throwable e) {
            throw new Unsupported(rc.getName() + ": accessor not accessible (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static Class<?> box(Class<?> primitive) {
        return MethodType.methodType(primitive).wrap().returnType();
    }

    /** A cascaded type must itself compile, and be final so that every value has exactly its constraints. */
    private static void requireCompiled(Class<?> type, Set<Class<?>> compiling) throws Unsupported {
        if (!type.isRecord()) {
            throw new Unsupported(type.getName() + " is cascaded but not a record");
        }
        if (!compiling.contains(type) && PLANS.get(type) == null) {
            throw new Unsupported(type.getName() + " is not supported");
        }
    }

    private static boolean hasConstraint(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof Valid || isConstraint(a)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConstraint(Annotation a) {
        return a.annotationType().isAnnotationPresent(Constraint.class)
                || a.annotationType().getName().endsWith("$List") && a.annotationType().getEnclosingClass() != null
                        && a.annotationType().getEnclosingClass().isAnnotationPresent(Constraint.class);
    }

    /** The check for one annotation; {@code null} for annotations that are not constraints. */
    private static Check check(Annotation a, Class<?> valueType, String where) throws Unsupported {
        if (!isConstraint(a)) {
            return null;
        }
        if (!KNOWN.contains(a.annotationType())) {
            throw new Unsupported(where + ": @" + a.annotationType().getSimpleName() + " is not compiled");
        }
        if (a instanceof NotNull) {
            NotNull n = (NotNull) a;
            plain(n.message(), "NotNull", n.groups(), n.payload(), where);
            return new Check(Check.NOT_NULL_CHECK, NOT_NULL, "must not be null", 0, 0, null, null);
        }
        if (a instanceof Size) {
            Size s = (Size) a;
            plain(s.message(), "Size", s.groups(), s.payload(), where);
            if (!(CharSequence.class.isAssignableFrom(valueType) || Collection.class.isAssignableFrom(valueType))) {
                throw new Unsupported(where + ": @Size on " + valueType.getSimpleName());
            }
            int min = s.min();
            int max = s.max();
            return new Check(CharSequence.class.isAssignableFrom(valueType) ? Check.TEXT_SIZE : Check.LIST_SIZE, SIZE,
                    "size must be between " + min + " and " + max, min, max, null, null);
        }
        if (a instanceof Min) {
            Min m = (Min) a;
            plain(m.message(), "Min", m.groups(), m.payload(), where);
            requireWholeOrDecimal(valueType, where, "Min");
            long bound = m.value();
            return new Check(Check.AT_LEAST, MIN, "must be greater than or equal to " + bound, bound, 0, null, null);
        }
        if (a instanceof Max) {
            Max m = (Max) a;
            plain(m.message(), "Max", m.groups(), m.payload(), where);
            requireWholeOrDecimal(valueType, where, "Max");
            long bound = m.value();
            return new Check(Check.AT_MOST, MAX, "must be less than or equal to " + bound, 0, bound, null, null);
        }
        if (a instanceof PositiveOrZero) {
            PositiveOrZero p = (PositiveOrZero) a;
            plain(p.message(), "PositiveOrZero", p.groups(), p.payload(), where);
            requireWholeOrDecimal(valueType, where, "PositiveOrZero");
            return new Check(Check.AT_LEAST, POSITIVE_OR_ZERO, "must be greater than or equal to 0", 0, 0, null, null);
        }
        Pattern p = (Pattern) a;
        plain(p.message(), "Pattern", p.groups(), p.payload(), where);
        if (p.flags().length > 0 || !CharSequence.class.isAssignableFrom(valueType)) {
            throw new Unsupported(where + ": @Pattern with flags or on " + valueType.getSimpleName());
        }
        java.util.regex.Pattern regex = java.util.regex.Pattern.compile(p.regexp());
        CharRun run = CharRun.of(p.regexp());
        return new Check(run != null ? Check.CHAR_RUN : Check.REGEX, PATTERN, "must match \"" + p.regexp() + "\"", 0, 0,
                run, regex);
    }

    private static void plain(String message, String name, Class<?>[] groups, Class<?>[] payload, String where)
            throws Unsupported {
        if (!message.equals("{jakarta.validation.constraints." + name + ".message}") || groups.length > 0
                || payload.length > 0) {
            throw new Unsupported(where + ": @" + name + " with a message, groups or payload");
        }
    }

    private static void requireWholeOrDecimal(Class<?> type, String where, String name) throws Unsupported {
        if (!(type == int.class || type == long.class || type == short.class || type == byte.class
                || type == Integer.class || type == Long.class || type == Short.class || type == Byte.class
                || type == BigDecimal.class || type == BigInteger.class)) {
            throw new Unsupported(where + ": @" + name + " on " + type.getSimpleName());
        }
    }

    private static int compare(Object value, long bound) {
        if (value instanceof BigDecimal) {
            return ((BigDecimal) value).compareTo(BigDecimal.valueOf(bound));
        }
        if (value instanceof BigInteger) {
            return ((BigInteger) value).compareTo(BigInteger.valueOf(bound));
        }
        return Long.compare(((Number) value).longValue(), bound);
    }

    /**
     * A pattern that is one ASCII character class repeated, such as {@code [A-Z0-9]{3}} or {@code [A-Za-z0-9-]{1,17}},
     * matched without the regex engine. Anything richer is left to {@link java.util.regex.Pattern}.
     */
    static final class CharRun {
        private static final java.util.regex.Pattern FORM =
                java.util.regex.Pattern.compile("\\[([A-Za-z0-9-]+)\\](?:\\{([0-9]+)(?:,([0-9]+))?\\})?");
        private final boolean[] allowed = new boolean[128];
        private final int min;
        private final int max;

        private CharRun(int min, int max) {
            this.min = min;
            this.max = max;
        }

        /** The run for a pattern of that form, otherwise {@code null}. */
        static CharRun of(String regexp) {
            java.util.regex.Matcher m = FORM.matcher(regexp);
            if (!m.matches()) {
                return null;
            }
            int min = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
            int max = m.group(3) == null ? min : Integer.parseInt(m.group(3));
            CharRun run = new CharRun(min, max);
            String cls = m.group(1);
            for (int i = 0; i < cls.length(); i++) {
                char c = cls.charAt(i);
                if (i + 2 < cls.length() && cls.charAt(i + 1) == '-') {
                    char to = cls.charAt(i + 2);
                    if (to < c) {
                        return null;
                    }
                    for (char x = c; x <= to; x++) {
                        run.allowed[x] = true;
                    }
                    i += 2;
                } else {
                    run.allowed[c] = true;
                }
            }
            return run;
        }

        boolean matches(String s) {
            int n = s.length();
            if (n < min || n > max) {
                return false;
            }
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                if (c >= 128 || !allowed[c]) {
                    return false;
                }
            }
            return true;
        }
    }
}
