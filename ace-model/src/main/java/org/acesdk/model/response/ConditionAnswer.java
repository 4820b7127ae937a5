package org.acesdk.model.response;

import java.util.List;

/**
 * An answer of E0 references and E1 conditions in an application without its own layout for them (a TIB extension
 * TX, a payment PZ...), as a typed result: each condition with the references before it, the final disposition apart.
 *
 * @param applicationId the application, e.g. {@code PZ}
 * @param conditions the conditions, in order
 * @param finalDisposition the final E1 ({@code A} or {@code R}), or {@code null}
 * @param trailingReferences E0 references after the last condition, which no condition carries; usually empty
 */
public record ConditionAnswer(String applicationId, List<AnswerCondition> conditions,
        AnswerCondition finalDisposition, List<AnswerReference> trailingReferences) {
    /** Copies the lists. */
    public ConditionAnswer {
        conditions = List.copyOf(conditions);
        trailingReferences = trailingReferences == null ? List.of() : List.copyOf(trailingReferences);
    }

    /** An answer without trailing references. */
    public ConditionAnswer(String applicationId, List<AnswerCondition> conditions, AnswerCondition finalDisposition) {
        this(applicationId, conditions, finalDisposition, List.of());
    }

    /** Accepted, rejected, or pending without a final disposition. */
    public Disposition disposition() {
        if (finalDisposition == null) {
            return Disposition.PENDING;
        }
        return "A".equals(finalDisposition.dispositionCode()) ? Disposition.ACCEPTED : Disposition.REJECTED;
    }

    /** The record's text with personal data masked (it holds text from CBP's answer). */
    @Override
    public String toString() {
        return org.acesdk.model.internal.Redact.describe(this);
    }
}
