package org.acesdk.client;

import java.time.Instant;
import java.util.List;
import org.acesdk.model.response.CbpResponse;

/**
 * One message from the gateway's mailbox: a CBP response to some batch, decoded.
 *
 * @param messageId the message id
 * @param batchId the batch it answers, or {@code null} for unsolicited messages (e.g. SO notifications)
 * @param applicationId the response application, e.g. {@code AX}, {@code SO}
 * @param createdAt when the gateway stored it
 * @param responses the decoded responses
 * @param body the CATAIR text as received
 */
public record MailboxMessage(String messageId, String batchId, String applicationId, Instant createdAt,
        List<CbpResponse> responses, String body) {
    /** Copies the list. */
    public MailboxMessage {
        responses = List.copyOf(responses);
    }

    /** The ids only; the body may hold personal data. */
    @Override
    public String toString() {
        return "MailboxMessage[" + messageId + ", batch " + batchId + ", " + applicationId + "]";
    }
}
