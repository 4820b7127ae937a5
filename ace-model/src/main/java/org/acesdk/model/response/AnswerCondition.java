package org.acesdk.model.response;

import java.util.List;
import java.util.Optional;

/**
 * One condition CBP reported on an entry summary (an E1 record), with what it is about. It has one meaning whatever
 * the record: a code, a severity, a reason and a narrative; the final disposition of a summary is not a condition (see
 * {@link EntrySummaryAnswer#finalDisposition()}).
 *
 * @param dispositionCode the record's disposition column: blank for a condition, {@code A} or {@code R} for the final
 *     disposition
 * @param severityCode the severity as printed ({@code F} fatal, {@code W} warning, {@code I} informational, or blank)
 * @param code the condition code, e.g. {@code 198}, {@code 27C}
 * @param reasonCode the reason code, or empty
 * @param narrative the narrative text
 * @param context the references in force for it, outermost first (e.g. the line, then the tariff number)
 * @param newReferences how many of the context's last references CBP sent, in order, immediately before this
 *     condition (the rest carry over from the previous condition)
 * @param filerCode the filer code the record repeats, or empty
 * @param entryNumber the entry number text the record repeats, or empty
 * @param version the summary version CBP assigned, or {@code null}
 * @param filerReference the filer's reference the record repeats, or empty
 * @param detail columns 51-80 as printed where the application gives them no layout (payments, extensions), or
 *     empty
 * @param replacedReferences the references CBP sent since the previous condition before those
 *     {@code newReferences}, in order: usually empty; a reference a later one replaced (and what was sent with it)
 *     is kept here so that nothing read is dropped
 */
public record AnswerCondition(String dispositionCode, String severityCode, String code, String reasonCode,
        String narrative, List<AnswerReference> context, int newReferences, String filerCode, String entryNumber,
        Integer version, String filerReference, String detail, List<AnswerReference> replacedReferences) {

    /** A condition without replaced references. */
    public AnswerCondition(String dispositionCode, String severityCode, String code, String reasonCode,
            String narrative, List<AnswerReference> context, int newReferences, String filerCode, String entryNumber,
            Integer version, String filerReference, String detail) {
        this(dispositionCode, severityCode, code, reasonCode, narrative, context, newReferences, filerCode,
                entryNumber, version, filerReference, detail, List.of());
    }

    /** Copies the lists; nulls become empty text. */
    public AnswerCondition {
        replacedReferences = replacedReferences == null ? List.of() : List.copyOf(replacedReferences);
        dispositionCode = dispositionCode == null ? "" : dispositionCode;
        severityCode = severityCode == null ? "" : severityCode;
        code = code == null ? "" : code;
        reasonCode = reasonCode == null ? "" : reasonCode;
        narrative = narrative == null ? "" : narrative;
        context = List.copyOf(context);
        if (newReferences < 0 || newReferences > context.size()) {
            throw new IllegalArgumentException("newReferences must be 0 to " + context.size());
        }
        filerCode = filerCode == null ? "" : filerCode;
        entryNumber = entryNumber == null ? "" : entryNumber;
        filerReference = filerReference == null ? "" : filerReference;
        detail = detail == null ? "" : detail;
    }

    /** The severity ({@code UNKNOWN} for a letter the SDK does not know; {@code null} when blank). */
    public ConditionSeverity severity() {
        switch (severityCode) {
            case "":
                return null;
            case "F":
                return ConditionSeverity.FATAL;
            case "W":
                return ConditionSeverity.WARNING;
            case "I":
                return ConditionSeverity.INFORMATIONAL;
            default:
                return ConditionSeverity.UNKNOWN;
        }
    }

    /** The entry line the condition is about, when CBP named one. */
    public Optional<Integer> lineItem() {
        for (AnswerReference r : context) {
            Optional<Integer> l = r.lineItem();
            if (l.isPresent()) {
                return l;
            }
        }
        return Optional.empty();
    }

    /** The HTS number the condition is about, when CBP named one ({@code TARIFF} reference). */
    public Optional<String> htsNumber() {
        return context.stream().filter(r -> r.type().equals("TARIFF")).map(r -> r.data().trim()).findFirst();
    }

    /** The narrative with personal data masked. */
    @Override
    public String toString() {
        return org.acesdk.model.internal.Redact.text("AnswerCondition[" + dispositionCode + severityCode + " " + code
                + " " + narrative + (detail.isEmpty() ? "" : " " + detail) + (context.isEmpty() ? "" : " at " + context)
                + (replacedReferences.isEmpty() ? "" : " after " + replacedReferences) + "]");
    }
}
