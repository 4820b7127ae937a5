package org.acesdk.client.catair;

import java.util.Objects;
import java.util.Set;

/**
 * One field of a record layout: its name, 1-based inclusive columns, data class, implied decimals, whether it is
 * mandatory, and the codes it allows (empty for any).
 *
 * @param name the field name, camelCase
 * @param start first column, 1-based
 * @param end last column, inclusive
 * @param type the data class
 * @param decimals implied decimal places (numeric fields)
 * @param required whether the encoder requires a value (mandatory in CBP's terms)
 * @param allowed the allowed codes, empty when any value of the class is allowed
 * @param note a source note, e.g. {@code [inferred]}
 */
public record FieldSpec(String name, int start, int end, FieldType type, int decimals, boolean required,
        Set<String> allowed, String note) {

    /** Checks the columns and copies the codes. */
    public FieldSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (start < 1 || end > 80 || end < start) {
            throw new IllegalArgumentException("field " + name + ": columns " + start + "-" + end + " are not within 1-80");
        }
        if (decimals < 0 || decimals > 9) {
            throw new IllegalArgumentException("field " + name + ": decimals must be 0-9");
        }
        if (((type == FieldType.DATE_MMDDYY || type == FieldType.DATE_YYMMDD) && end - start + 1 != 6) || ((type == FieldType.DATE_CCYYMMDD
                || type == FieldType.DATE_MMDDCCYY) && end - start + 1 != 8)) {
            throw new IllegalArgumentException("field " + name + ": a date field has the wrong width");
        }
        allowed = Set.copyOf(allowed == null ? Set.of() : allowed);
        note = note == null ? "" : note;
    }

    /** The width in characters. */
    public int length() {
        return end - start + 1;
    }

    /** The columns, e.g. {@code 14-23}. */
    public String columns() {
        return start == end ? String.valueOf(start) : start + "-" + end;
    }

    /** A copy with implied decimals. */
    public FieldSpec dec(int d) {
        return new FieldSpec(name, start, end, type, d, required, allowed, note);
    }

    /** A mandatory copy. */
    public FieldSpec mandatory() {
        return new FieldSpec(name, start, end, type, decimals, true, allowed, note);
    }

    /** A copy allowing only these codes. */
    public FieldSpec codes(String... codes) {
        return new FieldSpec(name, start, end, type, decimals, required, Set.of(codes), note);
    }

    /** A copy with a source note. */
    public FieldSpec note(String n) {
        return new FieldSpec(name, start, end, type, decimals, required, allowed, n);
    }

    /** A field of the given columns and class. */
    public static FieldSpec of(String name, int start, int end, FieldType type) {
        return new FieldSpec(name, start, end, type, 0, false, Set.of(), "");
    }
}
