package org.acesdk.client;

import java.time.Instant;
import org.acesdk.model.code.EntryNumber;
import org.acesdk.rules.ValidationReport;
import org.acesdk.rules.duty.DutyAssessment;

/**
 * A submission the gateway accepted for processing.
 *
 * @param batchId the gateway's batch id
 * @param idempotencyKey the key used on every attempt
 * @param entryNumber the entry number filed, or {@code null} for raw batches
 * @param applicationId the CATAIR application, e.g. {@code AE}
 * @param receivedAt when the gateway received it
 * @param state the batch state reported
 * @param replayed whether the gateway recognised the key and returned the earlier batch (no second filing)
 * @param attempts how many attempts it took
 * @param validation the validation report, or {@code null} when not validated
 * @param assessment the duty assessment encoded, or {@code null} when not an entry summary
 */
public record Transmission(String batchId, String idempotencyKey, EntryNumber entryNumber, String applicationId,
        Instant receivedAt, BatchState state, boolean replayed, int attempts, ValidationReport validation,
        DutyAssessment assessment) {

    /** The submission in short, with anything the gateway sent masked; the reports are summarised, not printed. */
    @Override
    public String toString() {
        return org.acesdk.model.internal.Redact.text("Transmission[batchId=" + batchId + ", idempotencyKey="
                + idempotencyKey + ", entryNumber=" + entryNumber + ", applicationId=" + applicationId
                + ", receivedAt=" + receivedAt + ", state=" + state + ", replayed=" + replayed + ", attempts="
                + attempts + ", validation=" + (validation == null ? "none" : validation.findings().size()
                + " findings") + ", assessment=" + (assessment == null ? "none" : assessment.isComplete()
                ? "complete" : "incomplete") + "]");
    }
}
