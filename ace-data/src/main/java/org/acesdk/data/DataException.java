package org.acesdk.data;

/**
 * Data that cannot be read or used: a malformed export or table, a failed check, a failed update. Names the table,
 * file, row or field at fault; never carries the data's own values beyond what locates the fault.
 */
public class DataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong and where
     */
    public DataException(String message) {
        super(org.acesdk.model.internal.Redact.text(message));
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what is wrong and where
     * @param cause the underlying failure
     */
    public DataException(String message, Throwable cause) {
        super(org.acesdk.model.internal.Redact.text(message), cause);
    }
}
