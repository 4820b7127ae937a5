package org.acesdk.model.entry;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.acesdk.model.code.CountryCode;
import org.acesdk.model.code.ForeignPortCode;
import org.acesdk.model.code.ManufacturerId;
import org.acesdk.model.code.SpecialProgram;
import org.acesdk.model.internal.Lists;
import org.acesdk.model.money.Money;

/**
 * One line item of an entry summary (CBP Form 7501 columns 27-34; CATAIR 40-record group).
 *
 * @param lineNumber the line number, 1-999, unique and ascending
 * @param countryOfOrigin the country of origin
 * @param countryOfExport the country of export
 * @param exportDate the date of exportation
 * @param manufacturerId the manufacturer or shipper id (MID)
 * @param foreignPortOfLading the Schedule K foreign port of lading
 * @param specialProgram the special program claimed, if any
 * @param relatedParty whether buyer and seller are related
 * @param grossWeightKg the gross shipping weight in kilograms
 * @param charges aggregate charges (freight, insurance) excluded from value
 * @param description the commercial description
 * @param tariffs 1-8 tariff numbers: chapter 98/99 first, the chapter 1-97 number last
 * @param adCvdCases up to two AD/CVD cases
 * @param invoice the invoice behind this line
 * @param detail the line's other records (FTZ status, ruling, visa, licences, declarations, revenue, census
 *     overrides), or {@code null} when none
 */
public record EntryLine(
        @Min(1) @Max(999) int lineNumber,
        @NotNull CountryCode countryOfOrigin,
        CountryCode countryOfExport,
        LocalDate exportDate,
        ManufacturerId manufacturerId,
        ForeignPortCode foreignPortOfLading,
        SpecialProgram specialProgram,
        boolean relatedParty,
        @PositiveOrZero BigDecimal grossWeightKg,
        Money charges,
        @Size(max = 70) String description,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) @NotNull @Size(min = 1, max = 8) List<@Valid @NotNull TariffLine> tariffs,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) @Size(max = 2) List<@Valid @NotNull AdCvdCase> adCvdCases,
        @Valid InvoiceReference invoice,
        @Valid LineDetail detail) {

    /** Canonical constructor: a {@code null} list becomes empty and every list is an immutable copy. */
    public EntryLine {
        tariffs = Lists.copy(tariffs, "tariffs");
        adCvdCases = Lists.copy(adCvdCases, "adCvdCases");
        detail = detail == null || detail.isEmpty() ? null : detail;
    }

    /** The line's other records, never {@code null} ({@link LineDetail#NONE} when none). */
    public LineDetail details() {
        return detail == null ? LineDetail.NONE : detail;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to make an edited copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link EntryLine}; a builder is not thread-safe, the value it builds is. */
    public static final class Builder {
        private int lineNumber;
        private CountryCode countryOfOrigin;
        private CountryCode countryOfExport;
        private LocalDate exportDate;
        private ManufacturerId manufacturerId;
        private ForeignPortCode foreignPortOfLading;
        private SpecialProgram specialProgram;
        private boolean relatedParty;
        private BigDecimal grossWeightKg;
        private Money charges;
        private String description;
        private final List<TariffLine> tariffs = new ArrayList<>();
        private final List<AdCvdCase> adCvdCases = new ArrayList<>();
        private InvoiceReference invoice;
        private LineDetail detail;

        private Builder() {
        }

        private Builder(EntryLine source) {
            this.lineNumber = source.lineNumber();
            this.countryOfOrigin = source.countryOfOrigin();
            this.countryOfExport = source.countryOfExport();
            this.exportDate = source.exportDate();
            this.manufacturerId = source.manufacturerId();
            this.foreignPortOfLading = source.foreignPortOfLading();
            this.specialProgram = source.specialProgram();
            this.relatedParty = source.relatedParty();
            this.grossWeightKg = source.grossWeightKg();
            this.charges = source.charges();
            this.description = source.description();
            this.tariffs.addAll(source.tariffs());
            this.adCvdCases.addAll(source.adCvdCases());
            this.invoice = source.invoice();
            this.detail = source.detail();
        }

        /** Sets detail: the line's other records (41, 43, 51, 52, 54, 60, 61, CW02). */
        public Builder detail(LineDetail detail) {
            this.detail = detail;
            return this;
        }

        /** Sets lineNumber: the line number, 1-999, unique and ascending. */
        public Builder lineNumber(int lineNumber) {
            this.lineNumber = lineNumber;
            return this;
        }

        /** Sets countryOfOrigin: the country of origin. */
        public Builder countryOfOrigin(CountryCode countryOfOrigin) {
            this.countryOfOrigin = countryOfOrigin;
            return this;
        }

        /** Sets countryOfOrigin from text; see {@link CountryCode#parse(String)}. */
        public Builder countryOfOrigin(String countryOfOrigin) {
            this.countryOfOrigin = countryOfOrigin == null ? null : CountryCode.parse(countryOfOrigin);
            return this;
        }

        /** Sets countryOfExport: the country of export. */
        public Builder countryOfExport(CountryCode countryOfExport) {
            this.countryOfExport = countryOfExport;
            return this;
        }

        /** Sets countryOfExport from text; see {@link CountryCode#parse(String)}. */
        public Builder countryOfExport(String countryOfExport) {
            this.countryOfExport = countryOfExport == null ? null : CountryCode.parse(countryOfExport);
            return this;
        }

        /** Sets exportDate: the date of exportation. */
        public Builder exportDate(LocalDate exportDate) {
            this.exportDate = exportDate;
            return this;
        }

        /** Sets manufacturerId: the manufacturer or shipper id (MID). */
        public Builder manufacturerId(ManufacturerId manufacturerId) {
            this.manufacturerId = manufacturerId;
            return this;
        }

        /** Sets manufacturerId from text; see {@link ManufacturerId#parse(String)}. */
        public Builder manufacturerId(String manufacturerId) {
            this.manufacturerId = manufacturerId == null ? null : ManufacturerId.parse(manufacturerId);
            return this;
        }

        /** Sets foreignPortOfLading: the Schedule K foreign port of lading. */
        public Builder foreignPortOfLading(ForeignPortCode foreignPortOfLading) {
            this.foreignPortOfLading = foreignPortOfLading;
            return this;
        }

        /** Sets foreignPortOfLading from text; see {@link ForeignPortCode#parse(String)}. */
        public Builder foreignPortOfLading(String foreignPortOfLading) {
            this.foreignPortOfLading = foreignPortOfLading == null ? null : ForeignPortCode.parse(foreignPortOfLading);
            return this;
        }

        /** Sets specialProgram: the special program claimed, if any. */
        public Builder specialProgram(SpecialProgram specialProgram) {
            this.specialProgram = specialProgram;
            return this;
        }

        /** Sets relatedParty: whether buyer and seller are related. */
        public Builder relatedParty(boolean relatedParty) {
            this.relatedParty = relatedParty;
            return this;
        }

        /** Sets grossWeightKg: the gross shipping weight in kilograms. */
        public Builder grossWeightKg(BigDecimal grossWeightKg) {
            this.grossWeightKg = grossWeightKg;
            return this;
        }

        /** Sets charges: aggregate charges (freight, insurance) excluded from value. */
        public Builder charges(Money charges) {
            this.charges = charges;
            return this;
        }

        /** Sets charges from text; see {@link Money#parse(String)}. */
        public Builder charges(String charges) {
            this.charges = charges == null ? null : Money.parse(charges);
            return this;
        }

        /** Sets description: the commercial description. */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** Replaces tariffs with the given elements. */
        public Builder tariffs(List<TariffLine> tariffs) {
            this.tariffs.clear();
            if (tariffs != null) {
                this.tariffs.addAll(tariffs);
            }
            return this;
        }

        /** Adds one element to tariffs. */
        public Builder addTariff(TariffLine tariff) {
            this.tariffs.add(tariff);
            return this;
        }

        /** Replaces adCvdCases with the given elements. */
        public Builder adCvdCases(List<AdCvdCase> adCvdCases) {
            this.adCvdCases.clear();
            if (adCvdCases != null) {
                this.adCvdCases.addAll(adCvdCases);
            }
            return this;
        }

        /** Adds one element to adCvdCases. */
        public Builder addAdCvdCase(AdCvdCase adCvdCas) {
            this.adCvdCases.add(adCvdCas);
            return this;
        }

        /** Sets invoice: the invoice behind this line. */
        public Builder invoice(InvoiceReference invoice) {
            this.invoice = invoice;
            return this;
        }

        /** Builds the immutable value. Shape is checked by validation, not here, so that every problem is reported. */
        public EntryLine build() {
            return new EntryLine(lineNumber, countryOfOrigin, countryOfExport, exportDate, manufacturerId, foreignPortOfLading, specialProgram, relatedParty, grossWeightKg, charges, description, tariffs, adCvdCases, invoice, detail);
        }
    }
}
