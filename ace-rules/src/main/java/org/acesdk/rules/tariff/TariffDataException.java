package org.acesdk.rules.tariff;

/** Tariff data could not be loaded; names the row (1-based) and field that is wrong. Nothing was half-loaded. */
public class TariffDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final long rowNumber;
    private final String field;

    /**
     * Creates the exception.
     *
     * @param rowNumber the 1-based row, or 0 for the file as a whole
     * @param field the field or column, may be empty
     * @param problem what is wrong
     */
    public TariffDataException(long rowNumber, String field, String problem) {
        super((rowNumber > 0 ? "row " + rowNumber : "file") + (field == null || field.isEmpty() ? "" : ", field " + field)
                + ": " + org.acesdk.model.internal.Redact.text(problem));
        this.rowNumber = rowNumber;
        this.field = field == null ? "" : field;
    }

    /** The 1-based row number, or 0 for the file as a whole. */
    public long rowNumber() {
        return rowNumber;
    }

    /** The field or column at fault, or empty. */
    public String field() {
        return field;
    }
}
