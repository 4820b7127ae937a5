package org.acesdk.client.ledger;

import java.time.Instant;
import java.util.Objects;

/**
 * One recorded submission.
 *
 * @param idempotencyKey the key sent on every attempt of this submission
 * @param applicationId the CATAIR application, e.g. {@code AE}
 * @param reference what the filing is about (an entry number, an ISF transaction), or {@code null}
 * @param fingerprint a digest of the filing's records (the envelope's date aside): the same filing, the same print
 * @param batchText the exact batch sent (and re-sent on resumption); personal data, never printed
 * @param state where it stands
 * @param batchId the gateway's batch id once known, else {@code null}
 * @param outcome CBP's final batch state once answered ({@code PROCESSED}, {@code REJECTED}) or the failure code
 * @param createdAt when it was recorded
 * @param updatedAt when it last changed
 */
public record LedgerRecord(String idempotencyKey, String applicationId, String reference, String fingerprint,
        String batchText, LedgerState state, String batchId, String outcome, Instant createdAt, Instant updatedAt) {
    /** Checks the required parts. */
    public LedgerRecord {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(batchText, "batchText");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** The record without its batch text (which holds importer numbers) or reference. */
    @Override
    public String toString() {
        return "LedgerRecord[key=" + idempotencyKey + ", app=" + applicationId + ", state=" + state + ", batchId="
                + batchId + ", outcome=" + outcome + ", " + batchText.length() + " chars, updated " + updatedAt + "]";
    }
}
