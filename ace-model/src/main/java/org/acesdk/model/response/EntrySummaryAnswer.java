package org.acesdk.model.response;

import java.util.List;
import java.util.Optional;
import org.acesdk.model.code.EntryNumber;

/**
 * CBP's answer to one entry summary (application AX): the summary it is about, each condition with the line and
 * tariff number it concerns, and the final disposition. Every field of the E0 and E1 records is kept, so the answer
 * can be written back record for record.
 *
 * @param occurrence the summary's position in the block (the E0 SUMMRY occurrence), or {@code null}
 * @param literal the E0 SUMMRY literal, usually {@code REF ID:}
 * @param filerCode the entry filer code
 * @param entryNumberText the entry number as printed (serial and check digit)
 * @param filerReference the filer's reference CBP echoes, or empty
 * @param teamNumber the CBP team assigned, or empty
 * @param conditions the conditions, in order
 * @param finalDisposition the final E1 ({@code A} accepted, {@code R} rejected), or {@code null} when the answer
 *     ends without one
 * @param trailingReferences E0 references after the last condition, which no condition carries (kept so that nothing
 *     read is dropped); usually empty
 */
public record EntrySummaryAnswer(Integer occurrence, String literal, String filerCode, String entryNumberText,
        String filerReference, String teamNumber, List<AnswerCondition> conditions, AnswerCondition finalDisposition,
        List<AnswerReference> trailingReferences) {

    /** An answer without trailing references. */
    public EntrySummaryAnswer(Integer occurrence, String literal, String filerCode, String entryNumberText,
            String filerReference, String teamNumber, List<AnswerCondition> conditions,
            AnswerCondition finalDisposition) {
        this(occurrence, literal, filerCode, entryNumberText, filerReference, teamNumber, conditions, finalDisposition,
                List.of());
    }

    /** Copies the lists; nulls become empty text. */
    public EntrySummaryAnswer {
        trailingReferences = trailingReferences == null ? List.of() : List.copyOf(trailingReferences);
        literal = literal == null ? "" : literal;
        filerCode = filerCode == null ? "" : filerCode;
        entryNumberText = entryNumberText == null ? "" : entryNumberText;
        filerReference = filerReference == null ? "" : filerReference;
        teamNumber = teamNumber == null ? "" : teamNumber;
        conditions = List.copyOf(conditions);
    }

    /** The entry number, when it is a valid one. */
    public Optional<EntryNumber> entryNumber() {
        try {
            return Optional.of(EntryNumber.parse(filerCode.trim() + entryNumberText.trim()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Accepted, rejected, or pending when CBP has not given a final disposition. */
    public Disposition disposition() {
        if (finalDisposition == null) {
            return Disposition.PENDING;
        }
        return "A".equals(finalDisposition.dispositionCode()) ? Disposition.ACCEPTED : Disposition.REJECTED;
    }

    /** The summary version CBP assigned, from the final disposition, when given. */
    public Optional<Integer> version() {
        return finalDisposition == null ? Optional.empty() : Optional.ofNullable(finalDisposition.version());
    }

    /** The conditions about one line item. */
    public List<AnswerCondition> conditionsOnLine(int lineItem) {
        return conditions.stream().filter(c -> c.lineItem().orElse(-1) == lineItem).toList();
    }

    /** Whether any condition is fatal. */
    public boolean hasFatal() {
        return conditions.stream().anyMatch(c -> c.severity() == ConditionSeverity.FATAL);
    }

    /** The record's text with personal data masked (it holds text from CBP's answer). */
    @Override
    public String toString() {
        return org.acesdk.model.internal.Redact.describe(this);
    }
}
