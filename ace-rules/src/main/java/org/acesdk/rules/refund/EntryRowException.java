package org.acesdk.rules.refund;

/** A row of an entry export that cannot be read: names the row (1-based, header excluded) and the column. */
public final class EntryRowException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final long row;
    private final String column;

    /**
     * A row error.
     *
     * @param row the row, 1-based
     * @param column the column, or {@code null} for the row as a whole
     * @param problem what is wrong (never the value of an importer number)
     */
    public EntryRowException(long row, String column, String problem) {
        super("row " + row + (column == null ? "" : ", column " + column) + ": " + problem);
        this.row = row;
        this.column = column;
    }

    /** The row, 1-based. */
    public long row() {
        return row;
    }

    /** The column, or {@code null}. */
    public String column() {
        return column;
    }
}
