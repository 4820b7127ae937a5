package org.acesdk.model.response;


/**
 * One condition CBP reported about a transmission: code, severity and narrative text.
 *
 * @param code the condition code, e.g. {@code 999} or {@code G07}
 * @param severity fatal, warning or informational
 * @param reason the reason or message id, where the record carries one
 * @param text the narrative text
 * @param recordType the record that carried the condition, e.g. {@code E1}, {@code X1}, {@code SE90}
 * @param lineNumber the line number in the response the condition came from, 1-based
 */
public record Condition(
        String code,
        ConditionSeverity severity,
        String reason,
        String text,
        String recordType,
        Integer lineNumber) {

    /** The condition with personal data masked in its text (CBP's narratives can echo importer numbers). */
    public Condition redacted() {
        return new Condition(code, severity, org.acesdk.model.internal.Redact.text(reason),
                org.acesdk.model.internal.Redact.text(text), recordType, lineNumber);
    }

    /** The condition, its text masked. */
    @Override
    public String toString() {
        return "Condition[code=" + code + ", severity=" + severity + ", reason="
                + org.acesdk.model.internal.Redact.text(reason) + ", text="
                + org.acesdk.model.internal.Redact.text(text)
                + ", recordType=" + recordType + ", lineNumber=" + lineNumber + "]";
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to make an edited copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link Condition}; a builder is not thread-safe, the value it builds is. */
    public static final class Builder {
        private String code;
        private ConditionSeverity severity;
        private String reason;
        private String text;
        private String recordType;
        private Integer lineNumber;

        private Builder() {
        }

        private Builder(Condition source) {
            this.code = source.code();
            this.severity = source.severity();
            this.reason = source.reason();
            this.text = source.text();
            this.recordType = source.recordType();
            this.lineNumber = source.lineNumber();
        }

        /** Sets code: the condition code, e.g. {@code 999} or {@code G07}. */
        public Builder code(String code) {
            this.code = code;
            return this;
        }

        /** Sets severity: fatal, warning or informational. */
        public Builder severity(ConditionSeverity severity) {
            this.severity = severity;
            return this;
        }

        /** Sets reason: the reason or message id, where the record carries one. */
        public Builder reason(String reason) {
            this.reason = reason;
            return this;
        }

        /** Sets text: the narrative text. */
        public Builder text(String text) {
            this.text = text;
            return this;
        }

        /** Sets recordType: the record that carried the condition, e.g. {@code E1}, {@code X1}, {@code SE90}. */
        public Builder recordType(String recordType) {
            this.recordType = recordType;
            return this;
        }

        /** Sets lineNumber: the line number in the response the condition came from, 1-based. */
        public Builder lineNumber(Integer lineNumber) {
            this.lineNumber = lineNumber;
            return this;
        }

        /** Builds the immutable value. Shape is checked by validation, not here, so that every problem is reported. */
        public Condition build() {
            return new Condition(code, severity, reason, text, recordType, lineNumber);
        }
    }
}
