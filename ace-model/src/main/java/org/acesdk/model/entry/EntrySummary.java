package org.acesdk.model.entry;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.acesdk.model.code.EntryNumber;
import org.acesdk.model.code.EntryType;
import org.acesdk.model.code.ImporterNumber;
import org.acesdk.model.code.ModeOfTransport;
import org.acesdk.model.code.PaymentType;
import org.acesdk.model.code.PortCode;
import org.acesdk.model.code.ScacCode;
import org.acesdk.model.internal.Lists;
import org.acesdk.model.money.Money;

/**
 * An entry summary: CBP Form 7501, transmitted as CATAIR application AE.
 *
 * @param entryNumber the entry number
 * @param entryType the entry type
 * @param portOfEntry the port of entry (Schedule D)
 * @param modeOfTransport the mode of transportation
 * @param entryDate the entry date (the date that picks rates)
 * @param importDate the date of importation
 * @param summaryDate the date the summary is filed, if known
 * @param importerNumber the importer of record number
 * @param consigneeNumber the ultimate consignee number
 * @param bond the bond
 * @param carrierCode the importing carrier (SCAC)
 * @param billOfLading the master bill of lading or air waybill number
 * @param paymentType how duty is paid
 * @param filerReference the filer's own reference for the entry (10-record positions 22-30)
 * @param lines the line items, 1-999
 * @param detail the header's other data (10-record indicators, trip, warehouse entry), or {@code null} when none
 */
public record EntrySummary(
        @NotNull EntryNumber entryNumber,
        @NotNull EntryType entryType,
        @NotNull PortCode portOfEntry,
        @NotNull ModeOfTransport modeOfTransport,
        @NotNull LocalDate entryDate,
        @NotNull LocalDate importDate,
        LocalDate summaryDate,
        @NotNull ImporterNumber importerNumber,
        ImporterNumber consigneeNumber,
        @Valid Bond bond,
        ScacCode carrierCode,
        @Size(max = 50) String billOfLading,
        PaymentType paymentType,
        @Size(max = 9) String filerReference,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) @NotNull @Size(min = 1, max = 999) List<@Valid @NotNull EntryLine> lines,
        @Valid SummaryDetail detail) {

    /** Canonical constructor: a {@code null} list becomes empty and every list is an immutable copy. */
    public EntrySummary {
        lines = Lists.copy(lines, "lines");
        detail = detail == null || detail.isEmpty() ? null : detail;
    }

    /** The header's other data, never {@code null} ({@link SummaryDetail#NONE} when none). */
    public SummaryDetail details() {
        return detail == null ? SummaryDetail.NONE : detail;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to make an edited copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The sum of the values reported on the lines' tariff numbers, in U.S. dollars. */
    public Money totalEnteredValue() {
        Money total = Money.ZERO_USD;
        for (EntryLine line : lines) {
            for (TariffLine t : line.tariffs()) {
                if (t.value() != null && t.value().isUsd()) {
                    total = total.plus(t.value());
                }
            }
        }
        return total;
    }

    /** Builds a {@link EntrySummary}; a builder is not thread-safe, the value it builds is. */
    public static final class Builder {
        private EntryNumber entryNumber;
        private EntryType entryType;
        private PortCode portOfEntry;
        private ModeOfTransport modeOfTransport;
        private LocalDate entryDate;
        private LocalDate importDate;
        private LocalDate summaryDate;
        private ImporterNumber importerNumber;
        private ImporterNumber consigneeNumber;
        private Bond bond;
        private ScacCode carrierCode;
        private String billOfLading;
        private PaymentType paymentType;
        private String filerReference;
        private final List<EntryLine> lines = new ArrayList<>();
        private SummaryDetail detail;

        private Builder() {
        }

        private Builder(EntrySummary source) {
            this.entryNumber = source.entryNumber();
            this.entryType = source.entryType();
            this.portOfEntry = source.portOfEntry();
            this.modeOfTransport = source.modeOfTransport();
            this.entryDate = source.entryDate();
            this.importDate = source.importDate();
            this.summaryDate = source.summaryDate();
            this.importerNumber = source.importerNumber();
            this.consigneeNumber = source.consigneeNumber();
            this.bond = source.bond();
            this.carrierCode = source.carrierCode();
            this.billOfLading = source.billOfLading();
            this.paymentType = source.paymentType();
            this.filerReference = source.filerReference();
            this.lines.addAll(source.lines());
            this.detail = source.detail();
        }

        /** Sets entryNumber: the entry number. */
        public Builder entryNumber(EntryNumber entryNumber) {
            this.entryNumber = entryNumber;
            return this;
        }

        /** Sets entryNumber from text; see {@link EntryNumber#parse(String)}. */
        public Builder entryNumber(String entryNumber) {
            this.entryNumber = entryNumber == null ? null : EntryNumber.parse(entryNumber);
            return this;
        }

        /** Sets entryType: the entry type. */
        public Builder entryType(EntryType entryType) {
            this.entryType = entryType;
            return this;
        }

        /** Sets portOfEntry: the port of entry (Schedule D). */
        public Builder portOfEntry(PortCode portOfEntry) {
            this.portOfEntry = portOfEntry;
            return this;
        }

        /** Sets portOfEntry from text; see {@link PortCode#parse(String)}. */
        public Builder portOfEntry(String portOfEntry) {
            this.portOfEntry = portOfEntry == null ? null : PortCode.parse(portOfEntry);
            return this;
        }

        /** Sets modeOfTransport: the mode of transportation. */
        public Builder modeOfTransport(ModeOfTransport modeOfTransport) {
            this.modeOfTransport = modeOfTransport;
            return this;
        }

        /** Sets entryDate: the entry date (the date that picks rates). */
        public Builder entryDate(LocalDate entryDate) {
            this.entryDate = entryDate;
            return this;
        }

        /** Sets importDate: the date of importation. */
        public Builder importDate(LocalDate importDate) {
            this.importDate = importDate;
            return this;
        }

        /** Sets summaryDate: the date the summary is filed, if known. */
        public Builder summaryDate(LocalDate summaryDate) {
            this.summaryDate = summaryDate;
            return this;
        }

        /** Sets importerNumber: the importer of record number. */
        public Builder importerNumber(ImporterNumber importerNumber) {
            this.importerNumber = importerNumber;
            return this;
        }

        /** Sets importerNumber from text; see {@link ImporterNumber#parse(String)}. */
        public Builder importerNumber(String importerNumber) {
            this.importerNumber = importerNumber == null ? null : ImporterNumber.parse(importerNumber);
            return this;
        }

        /** Sets consigneeNumber: the ultimate consignee number. */
        public Builder consigneeNumber(ImporterNumber consigneeNumber) {
            this.consigneeNumber = consigneeNumber;
            return this;
        }

        /** Sets consigneeNumber from text; see {@link ImporterNumber#parse(String)}. */
        public Builder consigneeNumber(String consigneeNumber) {
            this.consigneeNumber = consigneeNumber == null ? null : ImporterNumber.parse(consigneeNumber);
            return this;
        }

        /** Sets bond: the bond. */
        public Builder bond(Bond bond) {
            this.bond = bond;
            return this;
        }

        /** Sets carrierCode: the importing carrier (SCAC). */
        public Builder carrierCode(ScacCode carrierCode) {
            this.carrierCode = carrierCode;
            return this;
        }

        /** Sets carrierCode from text; see {@link ScacCode#parse(String)}. */
        public Builder carrierCode(String carrierCode) {
            this.carrierCode = carrierCode == null ? null : ScacCode.parse(carrierCode);
            return this;
        }

        /** Sets billOfLading: the master bill of lading or air waybill number. */
        public Builder billOfLading(String billOfLading) {
            this.billOfLading = billOfLading;
            return this;
        }

        /** Sets paymentType: how duty is paid. */
        public Builder paymentType(PaymentType paymentType) {
            this.paymentType = paymentType;
            return this;
        }

        /** Sets filerReference: the filer's own reference for the entry (10-record positions 22-30). */
        public Builder filerReference(String filerReference) {
            this.filerReference = filerReference;
            return this;
        }

        /** Replaces lines with the given elements. */
        public Builder lines(List<EntryLine> lines) {
            this.lines.clear();
            if (lines != null) {
                this.lines.addAll(lines);
            }
            return this;
        }

        /** Adds one element to lines. */
        public Builder addLine(EntryLine line) {
            this.lines.add(line);
            return this;
        }

        /** Sets detail: the header's other data (10-record indicators, trip identifier, warehouse entry). */
        public Builder detail(SummaryDetail detail) {
            this.detail = detail;
            return this;
        }

        /** Builds the immutable value. Shape is checked by validation, not here, so that every problem is reported. */
        public EntrySummary build() {
            return new EntrySummary(entryNumber, entryType, portOfEntry, modeOfTransport, entryDate, importDate, summaryDate, importerNumber, consigneeNumber, bond, carrierCode, billOfLading, paymentType, filerReference, lines, detail);
        }
    }
}
