package org.acesdk.client.catair;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.acesdk.model.code.InvalidValueException;

/**
 * One decoded 80-column record: its line number, raw text, layout (absent for record types the SDK does not
 * model, which are kept as raw records rather than dropped), and typed field values: {@code String} for A, AN and
 * X fields (trailing spaces trimmed), {@link BigDecimal} for N and SN fields, {@link LocalDate} for dates;
 * {@code null} where the field is blank. Immutable.
 */
public final class CatairRecord {
    private final int lineNumber;
    private final String raw;
    private final RecordLayout layout;
    private final Object[] values;

    CatairRecord(int lineNumber, String raw, RecordLayout layout, Object[] values) {
        this.lineNumber = lineNumber;
        this.raw = raw;
        this.layout = layout;
        this.values = values;
    }

    /** The 1-based line (record position) in the input. */
    public int lineNumber() {
        return lineNumber;
    }

    /** The record exactly as received, padded to 80 characters. */
    public String raw() {
        return raw;
    }

    /** Whether the SDK has a layout for this record type. */
    public boolean isKnown() {
        return layout != null;
    }

    /** The layout, when known. */
    public Optional<RecordLayout> layout() {
        return Optional.ofNullable(layout);
    }

    /** The record identifier: the layout's, or for unknown records the first two characters. */
    public String recordId() {
        return layout != null ? layout.recordId() : raw.substring(0, 2).trim();
    }

    private int index(String field) {
        if (layout == null) {
            throw new IllegalStateException("record " + recordId() + " at line " + lineNumber + " has no layout");
        }
        int i = layout.indexOf(Objects.requireNonNull(field, "field"));
        if (i < 0) {
            throw new IllegalArgumentException("record " + layout.recordId() + " has no field " + field);
        }
        return i;
    }

    /** The typed value of a field, or {@code null} when blank. */
    public Object value(String field) {
        return values[index(field)];
    }

    /**
     * A field's text turned into a value type, or {@code null} when the field is blank. A value the type refuses becomes
     * a {@link CatairException} naming this record, the field and its columns; for importer and consignee numbers
     * (which can be Social Security numbers) the message never repeats the value.
     */
    <T> T parsed(String field, Function<String, T> parser) {
        String v = text(field);
        if (v == null) {
            return null;
        }
        try {
            return parser.apply(v.trim());
        } catch (InvalidValueException e) {
            String f = field.toLowerCase(java.util.Locale.ROOT);
            String problem = f.contains("importer") || f.contains("consignee") ? "not a valid number"
                    : e.getMessage();
            throw new CatairException(lineNumber(), recordId(), field,
                    layout().orElseThrow().field(field).orElseThrow().columns(), problem);
        }
    }

    /** As {@link #parsed}, but a blank field is a {@link CatairException} naming the record, field and columns. */
    <T> T required(String field, Function<String, T> parser) {
        T v = parsed(field, parser);
        if (v == null) {
            throw new CatairException(lineNumber(), recordId(), field,
                    layout().orElseThrow().field(field).orElseThrow().columns(), "missing");
        }
        return v;
    }

    /** A text field's value (trailing spaces trimmed), or {@code null} when blank. */
    public String text(String field) {
        Object v = value(field);
        return v == null ? null : v.toString();
    }

    /** A text field's value, or the default when blank. */
    public String text(String field, String orElse) {
        String v = text(field);
        return v == null ? orElse : v;
    }

    /** A numeric field's value with its implied decimals applied, or {@code null} when blank. */
    public BigDecimal decimal(String field) {
        Object v = value(field);
        if (v != null && !(v instanceof BigDecimal)) {
            throw new IllegalArgumentException("field " + field + " of record " + recordId() + " is not numeric");
        }
        return (BigDecimal) v;
    }

    /** A date field's value, or {@code null} when blank. */
    public LocalDate date(String field) {
        Object v = value(field);
        if (v != null && !(v instanceof LocalDate)) {
            throw new IllegalArgumentException("field " + field + " of record " + recordId() + " is not a date");
        }
        return (LocalDate) v;
    }

    /** Every non-filler field's value by name, in column order (blank fields map to {@code null}). */
    public Map<String, Object> values() {
        Map<String, Object> m = new LinkedHashMap<>();
        if (layout != null) {
            for (int i = 0; i < values.length; i++) {
                if (layout.fields().get(i).type() != FieldType.FILLER) {
                    m.put(layout.fields().get(i).name(), values[i]);
                }
            }
        }
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CatairRecord && ((CatairRecord) o).raw.equals(raw)
                && ((CatairRecord) o).lineNumber == lineNumber && Arrays.equals(((CatairRecord) o).values, values);
    }

    @Override
    public int hashCode() {
        return raw.hashCode() * 31 + lineNumber;
    }

    /** The record id and line number; the content is not printed, as it may hold personal data. */
    @Override
    public String toString() {
        return "CatairRecord[" + recordId() + " at line " + lineNumber + (isKnown() ? "" : ", unknown type") + "]";
    }
}
