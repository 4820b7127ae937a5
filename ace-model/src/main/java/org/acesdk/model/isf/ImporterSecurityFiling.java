package org.acesdk.model.isf;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.acesdk.model.code.ImporterNumber;
import org.acesdk.model.code.ScacCode;
import org.acesdk.model.internal.Lists;
import org.acesdk.model.party.Party;

/**
 * An Importer Security Filing (19 CFR 149): ISF-10 from the importer, or ISF-5 for FROB, IE and T&amp;E shipments.
 *
 * @param kind ISF-10 or ISF-5
 * @param shipmentType the shipment type code, 01 standard
 * @param importerNumber the ISF importer number
 * @param consigneeNumbers the consignee numbers (ISF-10)
 * @param seller the seller (ISF-10)
 * @param buyer the buyer (ISF-10)
 * @param shipTo the ship-to party
 * @param containerStuffingLocation the container stuffing location (ISF-10; may follow later)
 * @param consolidator the consolidator (ISF-10; may follow later)
 * @param bookingParty the booking party (ISF-5)
 * @param foreignPortOfUnlading the foreign port of unlading (ISF-5)
 * @param placeOfDelivery the place of delivery (ISF-5)
 * @param carrierCode the vessel operator (SCAC)
 * @param billOfLading the house or master bill of lading
 * @param estimatedLading when the cargo is to be laden aboard the vessel at the foreign port
 * @param estimatedArrival when the vessel is to arrive in the United States
 * @param lines the commodity lines
 */
public record ImporterSecurityFiling(
        @NotNull IsfKind kind,
        @Pattern(regexp = "0[1-9]|10") String shipmentType,
        @NotNull ImporterNumber importerNumber,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) @Size(max = 99) List<@NotNull ImporterNumber> consigneeNumbers,
        @Valid Party seller,
        @Valid Party buyer,
        @Valid Party shipTo,
        @Valid Party containerStuffingLocation,
        @Valid Party consolidator,
        @Valid Party bookingParty,
        @Size(max = 5) String foreignPortOfUnlading,
        @Size(max = 5) String placeOfDelivery,
        ScacCode carrierCode,
        @NotNull @Size(min = 1, max = 50) String billOfLading,
        @NotNull Instant estimatedLading,
        Instant estimatedArrival,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) @NotNull @Size(min = 1, max = 999) List<@Valid @NotNull IsfLine> lines) {

    /** Canonical constructor: a {@code null} list becomes empty and every list is an immutable copy. */
    public ImporterSecurityFiling {
        consigneeNumbers = Lists.copy(consigneeNumbers, "consigneeNumbers");
        lines = Lists.copy(lines, "lines");
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to make an edited copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link ImporterSecurityFiling}; a builder is not thread-safe, the value it builds is. */
    public static final class Builder {
        private IsfKind kind;
        private String shipmentType;
        private ImporterNumber importerNumber;
        private final List<ImporterNumber> consigneeNumbers = new ArrayList<>();
        private Party seller;
        private Party buyer;
        private Party shipTo;
        private Party containerStuffingLocation;
        private Party consolidator;
        private Party bookingParty;
        private String foreignPortOfUnlading;
        private String placeOfDelivery;
        private ScacCode carrierCode;
        private String billOfLading;
        private Instant estimatedLading;
        private Instant estimatedArrival;
        private final List<IsfLine> lines = new ArrayList<>();

        private Builder() {
        }

        private Builder(ImporterSecurityFiling source) {
            this.kind = source.kind();
            this.shipmentType = source.shipmentType();
            this.importerNumber = source.importerNumber();
            this.consigneeNumbers.addAll(source.consigneeNumbers());
            this.seller = source.seller();
            this.buyer = source.buyer();
            this.shipTo = source.shipTo();
            this.containerStuffingLocation = source.containerStuffingLocation();
            this.consolidator = source.consolidator();
            this.bookingParty = source.bookingParty();
            this.foreignPortOfUnlading = source.foreignPortOfUnlading();
            this.placeOfDelivery = source.placeOfDelivery();
            this.carrierCode = source.carrierCode();
            this.billOfLading = source.billOfLading();
            this.estimatedLading = source.estimatedLading();
            this.estimatedArrival = source.estimatedArrival();
            this.lines.addAll(source.lines());
        }

        /** Sets kind: iSF-10 or ISF-5. */
        public Builder kind(IsfKind kind) {
            this.kind = kind;
            return this;
        }

        /** Sets shipmentType: the shipment type code, 01 standard. */
        public Builder shipmentType(String shipmentType) {
            this.shipmentType = shipmentType;
            return this;
        }

        /** Sets importerNumber: the ISF importer number. */
        public Builder importerNumber(ImporterNumber importerNumber) {
            this.importerNumber = importerNumber;
            return this;
        }

        /** Sets importerNumber from text; see {@link ImporterNumber#parse(String)}. */
        public Builder importerNumber(String importerNumber) {
            this.importerNumber = importerNumber == null ? null : ImporterNumber.parse(importerNumber);
            return this;
        }

        /** Replaces consigneeNumbers with the given elements. */
        public Builder consigneeNumbers(List<ImporterNumber> consigneeNumbers) {
            this.consigneeNumbers.clear();
            if (consigneeNumbers != null) {
                this.consigneeNumbers.addAll(consigneeNumbers);
            }
            return this;
        }

        /** Adds one element to consigneeNumbers. */
        public Builder addConsigneeNumber(ImporterNumber consigneeNumber) {
            this.consigneeNumbers.add(consigneeNumber);
            return this;
        }

        /** Adds one element to consigneeNumbers, parsed from text. */
        public Builder addConsigneeNumber(String consigneeNumber) {
            return addConsigneeNumber(ImporterNumber.parse(consigneeNumber));
        }

        /** Sets seller: the seller (ISF-10). */
        public Builder seller(Party seller) {
            this.seller = seller;
            return this;
        }

        /** Sets buyer: the buyer (ISF-10). */
        public Builder buyer(Party buyer) {
            this.buyer = buyer;
            return this;
        }

        /** Sets shipTo: the ship-to party. */
        public Builder shipTo(Party shipTo) {
            this.shipTo = shipTo;
            return this;
        }

        /** Sets containerStuffingLocation: the container stuffing location (ISF-10; may follow later). */
        public Builder containerStuffingLocation(Party containerStuffingLocation) {
            this.containerStuffingLocation = containerStuffingLocation;
            return this;
        }

        /** Sets consolidator: the consolidator (ISF-10; may follow later). */
        public Builder consolidator(Party consolidator) {
            this.consolidator = consolidator;
            return this;
        }

        /** Sets bookingParty: the booking party (ISF-5). */
        public Builder bookingParty(Party bookingParty) {
            this.bookingParty = bookingParty;
            return this;
        }

        /** Sets foreignPortOfUnlading: the foreign port of unlading (ISF-5). */
        public Builder foreignPortOfUnlading(String foreignPortOfUnlading) {
            this.foreignPortOfUnlading = foreignPortOfUnlading;
            return this;
        }

        /** Sets placeOfDelivery: the place of delivery (ISF-5). */
        public Builder placeOfDelivery(String placeOfDelivery) {
            this.placeOfDelivery = placeOfDelivery;
            return this;
        }

        /** Sets carrierCode: the vessel operator (SCAC). */
        public Builder carrierCode(ScacCode carrierCode) {
            this.carrierCode = carrierCode;
            return this;
        }

        /** Sets carrierCode from text; see {@link ScacCode#parse(String)}. */
        public Builder carrierCode(String carrierCode) {
            this.carrierCode = carrierCode == null ? null : ScacCode.parse(carrierCode);
            return this;
        }

        /** Sets billOfLading: the house or master bill of lading. */
        public Builder billOfLading(String billOfLading) {
            this.billOfLading = billOfLading;
            return this;
        }

        /** Sets estimatedLading: when the cargo is to be laden aboard the vessel at the foreign port. */
        public Builder estimatedLading(Instant estimatedLading) {
            this.estimatedLading = estimatedLading;
            return this;
        }

        /** Sets estimatedArrival: when the vessel is to arrive in the United States. */
        public Builder estimatedArrival(Instant estimatedArrival) {
            this.estimatedArrival = estimatedArrival;
            return this;
        }

        /** Replaces lines with the given elements. */
        public Builder lines(List<IsfLine> lines) {
            this.lines.clear();
            if (lines != null) {
                this.lines.addAll(lines);
            }
            return this;
        }

        /** Adds one element to lines. */
        public Builder addLine(IsfLine line) {
            this.lines.add(line);
            return this;
        }

        /** Builds the immutable value. Shape is checked by validation, not here, so that every problem is reported. */
        public ImporterSecurityFiling build() {
            return new ImporterSecurityFiling(kind, shipmentType, importerNumber, consigneeNumbers, seller, buyer, shipTo, containerStuffingLocation, consolidator, bookingParty, foreignPortOfUnlading, placeOfDelivery, carrierCode, billOfLading, estimatedLading, estimatedArrival, lines);
        }
    }
}
