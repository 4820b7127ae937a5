package org.acesdk.client.catair;

/**
 * A CATAIR record could not be written or read. Names the record type, field and columns, and for decoding the
 * 1-based line number; never repeats field content that could be personal data.
 */
public class CatairException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int lineNumber;
    private final String recordType;
    private final String field;
    private final String columns;

    /**
     * Creates the exception.
     *
     * @param lineNumber the 1-based line in the input, or 0 when encoding
     * @param recordType the record identifier, e.g. {@code 50}
     * @param field the field name, or empty for the whole record
     * @param columns the columns, e.g. {@code 14-23}, or empty
     * @param problem what is wrong
     */
    public CatairException(int lineNumber, String recordType, String field, String columns, String problem) {
        super(describe(lineNumber, recordType, field, columns) + org.acesdk.model.internal.Redact.text(problem));
        this.lineNumber = lineNumber;
        this.recordType = recordType == null ? "" : recordType;
        this.field = field == null ? "" : field;
        this.columns = columns == null ? "" : columns;
    }

    private static String describe(int line, String record, String field, String columns) {
        StringBuilder sb = new StringBuilder();
        if (line > 0) {
            sb.append("line ").append(line).append(", ");
        }
        sb.append("record ").append(record == null || record.isEmpty() ? "?" : record);
        if (field != null && !field.isEmpty()) {
            sb.append(", field ").append(field);
        }
        if (columns != null && !columns.isEmpty()) {
            sb.append(" (columns ").append(columns).append(')');
        }
        return sb.append(": ").toString();
    }

    /** The 1-based line number in the input, or 0 when encoding. */
    public int lineNumber() {
        return lineNumber;
    }

    /** The record identifier, e.g. {@code 50}. */
    public String recordType() {
        return recordType;
    }

    /** The field name, or empty. */
    public String field() {
        return field;
    }

    /** The columns, e.g. {@code 14-23}, or empty. */
    public String columns() {
        return columns;
    }
}
