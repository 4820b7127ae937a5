package org.acesdk.client.transport;

import java.io.IOException;

/** The response body exceeded the configured limit; it was not read further. */
public class ResponseTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param limit the limit in bytes
     */
    public ResponseTooLargeException(long limit) {
        super("the response body exceeds the limit of " + limit + " bytes");
    }
}
