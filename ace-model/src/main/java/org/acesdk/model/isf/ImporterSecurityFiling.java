package org.acesdk.model.isf;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.acesdk.model.code.FilingAction;
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
 * @param estimatedLading when the cargo is to be laden aboard the vessel at the foreign port (judges timeliness; not on
 *     the wire)
 * @param estimatedArrival when the vessel is to arrive in the United States
 * @param lines the commodity lines
 * @param action add (the default), replace (an amendment) or delete; replace and delete name the transaction number
 * @param actionReason the flexible-filing code: {@code CT} complete, {@code FR} flexible range, {@code FT} flexible
 *     timing (stuffing location or consolidator to follow), {@code FX} both
 * @param transactionNumber the ISF transaction number CBP returned ({@code FFF-NNNNNNNNNNN}), for replace and delete
 * @param modeOfTransport {@code 11} containerized, {@code 10} break bulk
 * @param bond the bond securing the ISF, or {@code null}
 * @param billType {@code BM} house bill (the default) or {@code OB} ocean (regular) bill
 * @param masterBillOfLading the master bill over a house bill, or {@code null}
 * @param containers the containers (SF25)
 * @param references further references (SF20: {@code SBN}, {@code V1}, {@code CR})
 * @param otherBills further bills of the same type the ISF covers (an SF15 each)
 */
public record ImporterSecurityFiling(
        @NotNull IsfKind kind,
        @Pattern(regexp = "0[1-9]|1[01]") String shipmentType,
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
        Instant estimatedLading,
        Instant estimatedArrival,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) @NotNull @Size(min = 1, max = 999) List<@Valid @NotNull IsfLine> lines,
        FilingAction action,
        @Pattern(regexp = "CT|FR|FT|FX") String actionReason,
        @Pattern(regexp = "[A-Z0-9]{3}-?[0-9]{11}") String transactionNumber,
        @Pattern(regexp = "1[01]") String modeOfTransport,
        @Valid IsfBond bond,
        @Pattern(regexp = "BM|OB") String billType,
        @Size(max = 50) String masterBillOfLading,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) @Size(max = 999) List<@Valid @NotNull IsfContainer> containers,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) @Size(max = 99) List<@Valid @NotNull IsfReference> references,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) @Size(max = 99) List<@NotNull @Size(min = 1, max = 50) String> otherBills) {

    /** Canonical constructor: a {@code null} list becomes empty and every list is an immutable copy. */
    public ImporterSecurityFiling {
        consigneeNumbers = Lists.copy(consigneeNumbers, "consigneeNumbers");
        lines = Lists.copy(lines, "lines");
        containers = Lists.copy(containers, "containers");
        references = Lists.copy(references, "references");
        otherBills = Lists.copy(otherBills, "otherBills");
    }

    /** The action, {@link FilingAction#ADD} when none is set. */
    public FilingAction effectiveAction() {
        return action == null ? FilingAction.ADD : action;
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
        private FilingAction action;
        private String actionReason;
        private String transactionNumber;
        private String modeOfTransport;
        private IsfBond bond;
        private String billType;
        private String masterBillOfLading;
        private final List<IsfContainer> containers = new ArrayList<>();
        private final List<IsfReference> references = new ArrayList<>();
        private final List<String> otherBills = new ArrayList<>();

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
            this.action = source.action();
            this.actionReason = source.actionReason();
            this.transactionNumber = source.transactionNumber();
            this.modeOfTransport = source.modeOfTransport();
            this.bond = source.bond();
            this.billType = source.billType();
            this.masterBillOfLading = source.masterBillOfLading();
            this.containers.addAll(source.containers());
            this.references.addAll(source.references());
            this.otherBills.addAll(source.otherBills());
        }

        /** Adds a further bill of the same type. */
        public Builder addOtherBill(String bill) {
            this.otherBills.add(bill);
            return this;
        }

        /** Sets action: add, replace (amendment) or delete. */
        public Builder action(FilingAction action) {
            this.action = action;
            return this;
        }

        /** Sets actionReason: CT, FR, FT or FX. */
        public Builder actionReason(String actionReason) {
            this.actionReason = actionReason;
            return this;
        }

        /** Sets transactionNumber: the ISF transaction number CBP returned. */
        public Builder transactionNumber(String transactionNumber) {
            this.transactionNumber = transactionNumber;
            return this;
        }

        /** Sets modeOfTransport: 11 containerized, 10 break bulk. */
        public Builder modeOfTransport(String modeOfTransport) {
            this.modeOfTransport = modeOfTransport;
            return this;
        }

        /** Sets bond: the bond securing the ISF. */
        public Builder bond(IsfBond bond) {
            this.bond = bond;
            return this;
        }

        /** Sets billType: BM house bill or OB ocean bill. */
        public Builder billType(String billType) {
            this.billType = billType;
            return this;
        }

        /** Sets masterBillOfLading: the master bill over a house bill. */
        public Builder masterBillOfLading(String masterBillOfLading) {
            this.masterBillOfLading = masterBillOfLading;
            return this;
        }

        /** Replaces containers with the given elements. */
        public Builder containers(List<IsfContainer> containers) {
            this.containers.clear();
            if (containers != null) {
                this.containers.addAll(containers);
            }
            return this;
        }

        /** Adds one container. */
        public Builder addContainer(IsfContainer container) {
            this.containers.add(container);
            return this;
        }

        /** Replaces references with the given elements. */
        public Builder references(List<IsfReference> references) {
            this.references.clear();
            if (references != null) {
                this.references.addAll(references);
            }
            return this;
        }

        /** Adds one reference. */
        public Builder addReference(IsfReference reference) {
            this.references.add(reference);
            return this;
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
            return new ImporterSecurityFiling(kind, shipmentType, importerNumber, consigneeNumbers, seller, buyer, shipTo, containerStuffingLocation, consolidator, bookingParty, foreignPortOfUnlading, placeOfDelivery, carrierCode, billOfLading, estimatedLading, estimatedArrival, lines, action, actionReason, transactionNumber, modeOfTransport, bond, billType, masterBillOfLading, containers, references, otherBills);
        }
    }
}
