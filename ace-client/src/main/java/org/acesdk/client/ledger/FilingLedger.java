package org.acesdk.client.ledger;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A durable record of submissions (SPI). The client writes a submission here before its first send, marks it sent
 * when the gateway acknowledges it, records each answer once, and on restart resumes what is unfinished with the
 * original keys. {@link JdbcFilingLedger} is the implementation on a database. Implementations must be thread-safe
 * and make each method atomic and durable before it returns.
 */
public interface FilingLedger extends AutoCloseable {

    /**
     * Records a new submission in state {@link LedgerState#PREPARED}, unless a live one (prepared, sent, or answered
     * and not rejected) with the same fingerprint exists: then that one is returned and nothing is written.
     *
     * @param draft the submission (its state and times are ignored; the ledger sets them)
     * @param now the time to record
     * @return the record now in the ledger: the new one, or the live one for the same filing
     * @throws LedgerException if the ledger cannot be written, or the key is already recorded for another filing
     */
    LedgerRecord prepare(LedgerRecord draft, Instant now);

    /**
     * Marks a submission sent, with its batch id.
     *
     * @param idempotencyKey the submission's key
     * @param batchId the gateway's batch id
     * @param now the time to record
     */
    void markSent(String idempotencyKey, String batchId, Instant now);

    /**
     * Records one answer, once: a message already recorded for this submission is not recorded again.
     *
     * @param idempotencyKey the submission's key
     * @param answer the answer
     * @return whether it was new
     */
    boolean recordAnswer(String idempotencyKey, LedgerAnswer answer);

    /**
     * Marks a submission answered with CBP's final batch state.
     *
     * @param idempotencyKey the submission's key
     * @param outcome {@code PROCESSED} or {@code REJECTED}
     * @param now the time to record
     */
    void markAnswered(String idempotencyKey, String outcome, Instant now);

    /**
     * Marks a submission failed: refused before it could arrive, so it was never filed.
     *
     * @param idempotencyKey the submission's key
     * @param code the failure's error code
     * @param now the time to record
     */
    void markFailed(String idempotencyKey, String code, Instant now);

    /** The submission recorded under a key. */
    Optional<LedgerRecord> find(String idempotencyKey);

    /** The submission the gateway knows by a batch id. */
    Optional<LedgerRecord> findByBatch(String batchId);

    /** The submissions still prepared or sent, oldest first. */
    List<LedgerRecord> unfinished();

    /** The answers recorded for a submission, in the order recorded. */
    List<LedgerAnswer> answers(String idempotencyKey);

    /** Releases the ledger's resources; the default does nothing. */
    @Override
    default void close() {
    }
}
