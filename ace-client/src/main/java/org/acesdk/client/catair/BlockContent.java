package org.acesdk.client.catair;

import java.util.List;

/**
 * The content of one outgoing block: its application, processing port and filer, and the 80-character records of
 * its transactions.
 *
 * @param applicationId e.g. {@code AE}, {@code SE}
 * @param port the processing district/port (4)
 * @param filerCode the filer code (3)
 * @param userText text CBP echoes in the response block (at most 21), or {@code null}
 * @param records the transaction records, each exactly 80 characters
 */
public record BlockContent(String applicationId, String port, String filerCode, String userText, List<String> records) {
    /** Copies the list. */
    public BlockContent {
        records = List.copyOf(records);
    }
}
