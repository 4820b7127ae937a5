package org.acesdk.client;

import java.util.List;
import org.acesdk.model.response.CbpResponse;

/**
 * A batch's state at the gateway and CBP's decoded responses.
 *
 * @param batchId the batch id
 * @param state the state
 * @param responses CBP's responses, decoded from CATAIR
 */
public record BatchStatus(String batchId, BatchState state, List<CbpResponse> responses) {
    /** Copies the list. */
    public BatchStatus {
        responses = List.copyOf(responses);
    }

    /** The status with anything the gateway sent masked (responses print masked by themselves). */
    @Override
    public String toString() {
        return "BatchStatus[batchId=" + org.acesdk.model.internal.Redact.text(batchId) + ", state=" + state
                + ", responses=" + responses + "]";
    }
}
