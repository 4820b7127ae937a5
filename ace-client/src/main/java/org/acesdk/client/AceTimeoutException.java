package org.acesdk.client;

/** The call's total time (or an await's deadline) ran out before an answer arrived. */
public class AceTimeoutException extends AceConnectionException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what timed out
     * @param cause the last attempt's failure, or {@code null}
     */
    public AceTimeoutException(String message, Throwable cause) {
        super(message, "timeout", cause);
    }
}
