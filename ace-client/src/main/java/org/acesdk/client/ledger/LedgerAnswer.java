package org.acesdk.client.ledger;

import java.time.Instant;
import java.util.Objects;

/**
 * One answer from CBP recorded against a submission, once per message.
 *
 * @param messageId the gateway's message id (unique per submission)
 * @param applicationId the answer's application, e.g. {@code AX}
 * @param body the answer's CATAIR text; may hold personal data, never printed
 * @param receivedAt when the client recorded it
 */
public record LedgerAnswer(String messageId, String applicationId, String body, Instant receivedAt) {
    /** Checks the parts. */
    public LedgerAnswer {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    /** The answer without its body. */
    @Override
    public String toString() {
        return "LedgerAnswer[" + messageId + ", " + applicationId + ", " + body.length() + " chars]";
    }
}
