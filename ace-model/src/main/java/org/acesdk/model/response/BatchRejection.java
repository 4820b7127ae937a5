package org.acesdk.model.response;

import java.util.List;
import java.util.Optional;

/**
 * CBP's rejection of a whole batch or block (X0 references and X1 conditions, ending with X1 {@code R 999 BATCH
 * REJECTED}) as a typed result. Each condition carries the X0 reference in force for it; every field is kept, so the
 * rejection can be written back record for record.
 *
 * @param conditions the conditions, in order
 * @param finalDisposition the final X1 ({@code R}), or {@code null} when the records end without one
 * @param trailingReferences X0 references after the last condition, which no condition carries; usually empty
 */
public record BatchRejection(List<AnswerCondition> conditions, AnswerCondition finalDisposition,
        List<AnswerReference> trailingReferences) {
    /** Copies the lists. */
    public BatchRejection {
        conditions = List.copyOf(conditions);
        trailingReferences = trailingReferences == null ? List.of() : List.copyOf(trailingReferences);
    }

    /** A rejection without trailing references. */
    public BatchRejection(List<AnswerCondition> conditions, AnswerCondition finalDisposition) {
        this(conditions, finalDisposition, List.of());
    }

    /** Whether CBP gave the final rejection. */
    public boolean rejected() {
        return finalDisposition != null && "R".equals(finalDisposition.dispositionCode());
    }

    /** The application of the block a condition names ({@code BLOCK} reference, columns 38-39), when it names one. */
    public static Optional<String> blockApplication(AnswerCondition c) {
        for (AnswerReference r : c.context()) {
            // the reference data starts at column 26; the block's application id stands at 38-39
            if (r.type().equals("BLOCK") && r.data().length() >= 14) {
                String app = r.data().substring(12, 14).trim();
                return app.isEmpty() ? Optional.empty() : Optional.of(app);
            }
        }
        return Optional.empty();
    }

    /** The record's text with personal data masked (it holds text from CBP's answer). */
    @Override
    public String toString() {
        return org.acesdk.model.internal.Redact.describe(this);
    }
}
