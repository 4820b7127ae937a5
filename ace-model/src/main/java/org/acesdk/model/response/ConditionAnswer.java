package org.acesdk.model.response;

import java.util.List;

/**
 * An answer of E0 references and E1 conditions in an application without its own layout for them (a TIB extension
 * TX, a payment PZ...), as a typed result: each condition with the references before it, the final disposition apart.
 *
 * @param applicationId the application, e.g. {@code PZ}
 * @param conditions the conditions, in order
 * @param finalDisposition the final E1 ({@code A} or {@code R}), or {@code null}
 */
public record ConditionAnswer(String applicationId, List<AnswerCondition> conditions,
        AnswerCondition finalDisposition) {
    /** Copies the list. */
    public ConditionAnswer {
        conditions = List.copyOf(conditions);
    }

    /** Accepted, rejected, or pending without a final disposition. */
    public Disposition disposition() {
        if (finalDisposition == null) {
            return Disposition.PENDING;
        }
        return "A".equals(finalDisposition.dispositionCode()) ? Disposition.ACCEPTED : Disposition.REJECTED;
    }
}
