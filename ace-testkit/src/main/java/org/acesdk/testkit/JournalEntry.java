package org.acesdk.testkit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.acesdk.model.code.EntryNumber;

/**
 * One request the fake gateway received and what it did with it.
 *
 * @param sequence the order of arrival, from 1
 * @param at when, on the gateway's clock
 * @param method the HTTP method
 * @param path the path and query
 * @param headers the request headers, secrets redacted
 * @param body the request body (a CATAIR batch for submissions)
 * @param idempotencyKey the Idempotency-Key, or {@code null}
 * @param batchId the batch created or replayed, or {@code null}
 * @param entryNumbers the entry numbers decoded from the batch
 * @param status the HTTP status answered (0 when the connection was dropped)
 * @param outcome what the fake did: FILED, REPLAYED, CONFLICT, UNAUTHORIZED, ERROR, FAULT, READ, ADMIN
 * @param decisions per entry number: ACCEPTED, REJECTED, PENDING, HOLD or DUPLICATE
 * @param fault the fault injected, or {@code null}
 */
public record JournalEntry(int sequence, Instant at, String method, String path, Map<String, String> headers,
        String body, String idempotencyKey, String batchId, List<EntryNumber> entryNumbers, int status,
        String outcome, Map<EntryNumber, String> decisions, Fault fault) {

    /** Copies the collections. */
    public JournalEntry {
        headers = Map.copyOf(headers);
        entryNumbers = List.copyOf(entryNumbers);
        decisions = Map.copyOf(decisions);
    }

    /** Whether this request created a new filing. */
    public boolean filed() {
        return "FILED".equals(outcome);
    }

    /** The request line and outcome only (bodies can hold personal data). */
    @Override
    public String toString() {
        return "JournalEntry[#" + sequence + " " + method + " " + path + " -> " + status + " " + outcome
                + (batchId == null ? "" : " " + batchId) + (fault == null ? "" : " fault=" + fault.kind()) + "]";
    }
}
