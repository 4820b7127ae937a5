package org.acesdk.model.response;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import org.acesdk.model.code.EntryNumber;
import org.acesdk.model.internal.Lists;
import org.acesdk.model.internal.Redact;

/**
 * What CBP answered to one transmission, decoded: entry number, disposition and conditions, plus the raw records.
 *
 * @param applicationId the response application, e.g. {@code AX}, {@code SO}
 * @param entryNumber the entry number the answer concerns, when it names one
 * @param disposition accepted, rejected or pending
 * @param conditions the conditions reported
 * @param rawLines the records of the response, as received
 */
public record CbpResponse(
        String applicationId,
        EntryNumber entryNumber,
        @NotNull Disposition disposition,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@NotNull Condition> conditions,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@NotNull String> rawLines) {

    /** Canonical constructor: a {@code null} list becomes empty and every list is an immutable copy. */
    public CbpResponse {
        conditions = Lists.copy(conditions, "conditions");
        rawLines = Lists.copy(rawLines, "rawLines");
    }

    /** The response with importer, consignee and party numbers masked in its raw records and condition texts. */
    public CbpResponse redacted() {
        List<Condition> masked = new ArrayList<>(conditions.size());
        for (Condition c : conditions) {
            masked.add(c.redacted());
        }
        return new CbpResponse(applicationId, entryNumber, disposition, masked, Redact.records(rawLines));
    }

    /** The response with personal data masked (raw records can hold importer numbers, which can be SSNs). */
    @Override
    public String toString() {
        CbpResponse r = redacted();
        return "CbpResponse[applicationId=" + applicationId + ", entryNumber=" + entryNumber + ", disposition="
                + disposition + ", conditions=" + r.conditions + ", rawLines=" + r.rawLines + "]";
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to make an edited copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Whether CBP accepted the transmission. */
    public boolean isAccepted() {
        return disposition == Disposition.ACCEPTED;
    }

    /** Whether CBP rejected the transmission. */
    public boolean isRejected() {
        return disposition == Disposition.REJECTED;
    }

    /** Builds a {@link CbpResponse}; a builder is not thread-safe, the value it builds is. */
    public static final class Builder {
        private String applicationId;
        private EntryNumber entryNumber;
        private Disposition disposition;
        private final List<Condition> conditions = new ArrayList<>();
        private final List<String> rawLines = new ArrayList<>();

        private Builder() {
        }

        private Builder(CbpResponse source) {
            this.applicationId = source.applicationId();
            this.entryNumber = source.entryNumber();
            this.disposition = source.disposition();
            this.conditions.addAll(source.conditions());
            this.rawLines.addAll(source.rawLines());
        }

        /** Sets applicationId: the response application, e.g. {@code AX}, {@code SO}. */
        public Builder applicationId(String applicationId) {
            this.applicationId = applicationId;
            return this;
        }

        /** Sets entryNumber: the entry number the answer concerns, when it names one. */
        public Builder entryNumber(EntryNumber entryNumber) {
            this.entryNumber = entryNumber;
            return this;
        }

        /** Sets entryNumber from text; see {@link EntryNumber#parse(String)}. */
        public Builder entryNumber(String entryNumber) {
            this.entryNumber = entryNumber == null ? null : EntryNumber.parse(entryNumber);
            return this;
        }

        /** Sets disposition: accepted, rejected or pending. */
        public Builder disposition(Disposition disposition) {
            this.disposition = disposition;
            return this;
        }

        /** Replaces conditions with the given elements. */
        public Builder conditions(List<Condition> conditions) {
            this.conditions.clear();
            if (conditions != null) {
                this.conditions.addAll(conditions);
            }
            return this;
        }

        /** Adds one element to conditions. */
        public Builder addCondition(Condition condition) {
            this.conditions.add(condition);
            return this;
        }

        /** Replaces rawLines with the given elements. */
        public Builder rawLines(List<String> rawLines) {
            this.rawLines.clear();
            if (rawLines != null) {
                this.rawLines.addAll(rawLines);
            }
            return this;
        }

        /** Adds one element to rawLines. */
        public Builder addRawLine(String rawLine) {
            this.rawLines.add(rawLine);
            return this;
        }

        /** Builds the immutable value. Shape is checked by validation, not here, so that every problem is reported. */
        public CbpResponse build() {
            return new CbpResponse(applicationId, entryNumber, disposition, conditions, rawLines);
        }
    }
}
