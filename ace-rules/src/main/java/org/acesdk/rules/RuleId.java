package org.acesdk.rules;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/**
 * The stable, namespaced identifier of a rule, e.g. {@code AE-LINE-012}; an id is never reused for a different
 * check.
 */
public final class RuleId implements Comparable<RuleId> {
    private static final Pattern SHAPE = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+");
    private final String value;

    private RuleId(String value) {
        this.value = value;
    }

    /**
     * Creates a rule id.
     *
     * @param value upper-case segments joined by dashes, e.g. {@code AE-LINE-012}
     * @return the id
     * @throws IllegalArgumentException if the value does not have that shape
     */
    @JsonCreator
    public static RuleId of(String value) {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("rule id must be upper-case segments joined by dashes, e.g. AE-LINE-012: "
                    + (value == null ? "null" : "'" + (value.length() > 40 ? value.substring(0, 40) : value) + "'"));
        }
        return new RuleId(value);
    }

    /** The namespace: the first segment, e.g. {@code AE}. */
    public String namespace() {
        return value.substring(0, value.indexOf('-'));
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }

    @Override
    public int compareTo(RuleId o) {
        return value.compareTo(o.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RuleId && ((RuleId) o).value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
