package org.acesdk.model.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.acesdk.model.code.CountryCode;
import org.acesdk.model.code.ImporterNumber;
import org.acesdk.model.code.InternalTransactionNumber;
import org.acesdk.model.code.ModeOfTransport;
import org.acesdk.model.code.PortCode;
import org.acesdk.model.internal.Lists;
import org.acesdk.model.party.Party;

/**
 * Electronic Export Information (EEI) for AES: the export filing, or its exemption legend.
 *
 * A filing names the shipment by its reference; AES answers with an ITN. The fields follow the AES proprietary
 * records (SC1, SC2, SC3, N01-N03 and, per line, CL1, CL2, EV1, PGA) and 15 CFR 30.6.
 *
 * @param shipmentReference the filer's shipment reference number, unique per shipment, no spaces (SC1)
 * @param usppi the U.S. principal party in interest
 * @param ultimateConsignee the ultimate consignee; may be absent only when the goods are to be sold en route
 * @param countryOfDestination the country of ultimate destination
 * @param modeOfTransport the mode of transport leaving the United States
 * @param portOfExport the U.S. port of export (Schedule D): port of lading for vessel and air, border port otherwise
 * @param dateOfExport the date of export (estimated when not yet known)
 * @param departure when the carrier departs (or, for truck and rail, arrives at the border)
 * @param filedAt when the EEI was filed
 * @param lines the commodity lines
 * @param itn the ITN AES returned, once filed
 * @param exemptionLegend the exemption legend when no EEI is filed, e.g. {@code NOEEI § 30.37(a)}
 * @param action what AES is asked to do; {@code null} means add
 * @param filingOption when the EEI is filed: before departure (the default) or after
 * @param usppiId the USPPI's IRS number (EIN with its two-character suffix) or SSN: personal data, masked in text
 * @param usppiContact the USPPI's contact
 * @param forwardingAgent the forwarding agent filing for the USPPI, if any
 * @param intermediateConsignee the intermediate consignee, if any
 * @param consigneeType the ultimate consignee type: {@code D} direct consumer, {@code G} government, {@code R} reseller, {@code O} other
 * @param soldEnRoute whether the goods are to be sold en route (the consignee is reported within 4 days of export)
 * @param relatedParties whether the USPPI and the ultimate consignee are related (10% or more)
 * @param stateOfOrigin the U.S. state (USPS code) where the goods begin their journey
 * @param carrier the carrier's SCAC (vessel, rail, truck) or IATA code (air)
 * @param conveyanceName the vessel name, or the carrier name for other modes
 * @param portOfUnlading the foreign port of unlading (Schedule K), vessel and air
 * @param hazardousMaterials whether the shipment holds hazardous materials (DOT definition)
 * @param inBondCode the in-bond code: {@code 70} not in bond, {@code 36}/{@code 37} warehouse, {@code 67}/{@code 68} FTZ withdrawals
 * @param inBondEntryNumber the import entry or in-bond number of goods exported in bond or from an FTZ
 * @param ftzIdentifier the foreign trade zone identifier
 * @param routedExport whether this is a routed export transaction
 * @param originalItn the ITN of a shipment this one replaces or divides
 * @param transportDetails equipment, seals and transportation references
 */
public record ExportInformation(
        @NotNull @Size(min = 1, max = 17) @Pattern(regexp = "[!-~]*") String shipmentReference,
        @NotNull @Valid Party usppi,
        @Valid Party ultimateConsignee,
        @NotNull CountryCode countryOfDestination,
        @NotNull ModeOfTransport modeOfTransport,
        @NotNull PortCode portOfExport,
        @NotNull LocalDate dateOfExport,
        Instant departure,
        Instant filedAt,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) @NotNull @Size(min = 1, max = 998) List<@Valid @NotNull ExportLine> lines,
        InternalTransactionNumber itn,
        @Size(max = 60) String exemptionLegend,
        ShipmentAction action,
        FilingOption filingOption,
        ImporterNumber usppiId,
        @Valid ExportContact usppiContact,
        @Valid Party forwardingAgent,
        @Valid Party intermediateConsignee,
        @Pattern(regexp = "[DGOR]") String consigneeType,
        Boolean soldEnRoute,
        Boolean relatedParties,
        @Pattern(regexp = "[A-Z]{2}") String stateOfOrigin,
        @Pattern(regexp = "[A-Z0-9]{2,4}") String carrier,
        @Size(max = 23) String conveyanceName,
        @Pattern(regexp = "[A-Z0-9]{1,5}") String portOfUnlading,
        Boolean hazardousMaterials,
        @Pattern(regexp = "36|37|67|68|70") String inBondCode,
        @Size(max = 15) @Pattern(regexp = "[A-Z0-9]*") String inBondEntryNumber,
        @Size(max = 9) @Pattern(regexp = "[A-Z0-9]*") String ftzIdentifier,
        Boolean routedExport,
        InternalTransactionNumber originalItn,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) @Size(max = 99) List<@Valid @NotNull TransportDetail> transportDetails) {

    /** Canonical constructor: a {@code null} list becomes empty and every list is an immutable copy. */
    public ExportInformation {
        lines = Lists.copy(lines, "lines");
        transportDetails = Lists.copy(transportDetails, "transportDetails");
    }

    /** The action AES is asked for: {@link ShipmentAction#ADD} when none is set. */
    public ShipmentAction effectiveAction() {
        return action == null ? ShipmentAction.ADD : action;
    }

    /** The filing option: {@link FilingOption#PREDEPARTURE} when none is set. */
    public FilingOption effectiveFilingOption() {
        return filingOption == null ? FilingOption.PREDEPARTURE : filingOption;
    }

    /** The USPPI's id in text: masked when it is a Social Security number. */
    @Override
    public String toString() {
        return "ExportInformation[shipmentReference=" + shipmentReference + ", action=" + effectiveAction()
                + ", usppi=" + (usppi == null ? null : usppi.name()) + ", usppiId="
                + (usppiId == null ? null : usppiId.masked()) + ", countryOfDestination=" + countryOfDestination
                + ", modeOfTransport=" + modeOfTransport + ", portOfExport=" + portOfExport + ", dateOfExport="
                + dateOfExport + ", lines=" + lines.size() + ", itn=" + itn + "]";
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to make an edited copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link ExportInformation}; a builder is not thread-safe, the value it builds is. */
    public static final class Builder {
        private String shipmentReference;
        private Party usppi;
        private Party ultimateConsignee;
        private CountryCode countryOfDestination;
        private ModeOfTransport modeOfTransport;
        private PortCode portOfExport;
        private LocalDate dateOfExport;
        private Instant departure;
        private Instant filedAt;
        private final List<ExportLine> lines = new ArrayList<>();
        private InternalTransactionNumber itn;
        private String exemptionLegend;
        private ShipmentAction action;
        private FilingOption filingOption;
        private ImporterNumber usppiId;
        private ExportContact usppiContact;
        private Party forwardingAgent;
        private Party intermediateConsignee;
        private String consigneeType;
        private Boolean soldEnRoute;
        private Boolean relatedParties;
        private String stateOfOrigin;
        private String carrier;
        private String conveyanceName;
        private String portOfUnlading;
        private Boolean hazardousMaterials;
        private String inBondCode;
        private String inBondEntryNumber;
        private String ftzIdentifier;
        private Boolean routedExport;
        private InternalTransactionNumber originalItn;
        private final List<TransportDetail> transportDetails = new ArrayList<>();

        private Builder() {
        }

        private Builder(ExportInformation source) {
            this.shipmentReference = source.shipmentReference();
            this.usppi = source.usppi();
            this.ultimateConsignee = source.ultimateConsignee();
            this.countryOfDestination = source.countryOfDestination();
            this.modeOfTransport = source.modeOfTransport();
            this.portOfExport = source.portOfExport();
            this.dateOfExport = source.dateOfExport();
            this.departure = source.departure();
            this.filedAt = source.filedAt();
            this.lines.addAll(source.lines());
            this.itn = source.itn();
            this.exemptionLegend = source.exemptionLegend();
            this.action = source.action();
            this.filingOption = source.filingOption();
            this.usppiId = source.usppiId();
            this.usppiContact = source.usppiContact();
            this.forwardingAgent = source.forwardingAgent();
            this.intermediateConsignee = source.intermediateConsignee();
            this.consigneeType = source.consigneeType();
            this.soldEnRoute = source.soldEnRoute();
            this.relatedParties = source.relatedParties();
            this.stateOfOrigin = source.stateOfOrigin();
            this.carrier = source.carrier();
            this.conveyanceName = source.conveyanceName();
            this.portOfUnlading = source.portOfUnlading();
            this.hazardousMaterials = source.hazardousMaterials();
            this.inBondCode = source.inBondCode();
            this.inBondEntryNumber = source.inBondEntryNumber();
            this.ftzIdentifier = source.ftzIdentifier();
            this.routedExport = source.routedExport();
            this.originalItn = source.originalItn();
            this.transportDetails.addAll(source.transportDetails());
        }

        /** Sets shipmentReference: the filer's shipment reference number, unique per shipment, no spaces (SC1). */
        public Builder shipmentReference(String shipmentReference) {
            this.shipmentReference = shipmentReference;
            return this;
        }

        /** Sets usppi: the U.S. principal party in interest. */
        public Builder usppi(Party usppi) {
            this.usppi = usppi;
            return this;
        }

        /** Sets ultimateConsignee: the ultimate consignee; may be absent only when the goods are to be sold en route. */
        public Builder ultimateConsignee(Party ultimateConsignee) {
            this.ultimateConsignee = ultimateConsignee;
            return this;
        }

        /** Sets countryOfDestination: the country of ultimate destination. */
        public Builder countryOfDestination(CountryCode countryOfDestination) {
            this.countryOfDestination = countryOfDestination;
            return this;
        }

        /** Sets countryOfDestination from text; see {@link CountryCode#parse(String)}. */
        public Builder countryOfDestination(String countryOfDestination) {
            this.countryOfDestination = countryOfDestination == null ? null : CountryCode.parse(countryOfDestination);
            return this;
        }

        /** Sets modeOfTransport: the mode of transport leaving the United States. */
        public Builder modeOfTransport(ModeOfTransport modeOfTransport) {
            this.modeOfTransport = modeOfTransport;
            return this;
        }

        /** Sets portOfExport: the U.S. port of export (Schedule D): port of lading for vessel and air, border port otherwise. */
        public Builder portOfExport(PortCode portOfExport) {
            this.portOfExport = portOfExport;
            return this;
        }

        /** Sets portOfExport from text; see {@link PortCode#parse(String)}. */
        public Builder portOfExport(String portOfExport) {
            this.portOfExport = portOfExport == null ? null : PortCode.parse(portOfExport);
            return this;
        }

        /** Sets dateOfExport: the date of export (estimated when not yet known). */
        public Builder dateOfExport(LocalDate dateOfExport) {
            this.dateOfExport = dateOfExport;
            return this;
        }

        /** Sets departure: when the carrier departs (or, for truck and rail, arrives at the border). */
        public Builder departure(Instant departure) {
            this.departure = departure;
            return this;
        }

        /** Sets filedAt: when the EEI was filed. */
        public Builder filedAt(Instant filedAt) {
            this.filedAt = filedAt;
            return this;
        }

        /** Replaces lines with the given elements. */
        public Builder lines(List<ExportLine> lines) {
            this.lines.clear();
            if (lines != null) {
                this.lines.addAll(lines);
            }
            return this;
        }

        /** Adds one element to lines. */
        public Builder addLine(ExportLine value) {
            this.lines.add(value);
            return this;
        }

        /** Sets itn: the ITN AES returned, once filed. */
        public Builder itn(InternalTransactionNumber itn) {
            this.itn = itn;
            return this;
        }

        /** Sets itn from text; see {@link InternalTransactionNumber#parse(String)}. */
        public Builder itn(String itn) {
            this.itn = itn == null ? null : InternalTransactionNumber.parse(itn);
            return this;
        }

        /** Sets exemptionLegend: the exemption legend when no EEI is filed, e.g. {@code NOEEI § 30.37(a)}. */
        public Builder exemptionLegend(String exemptionLegend) {
            this.exemptionLegend = exemptionLegend;
            return this;
        }

        /** Sets action: what AES is asked to do; {@code null} means add. */
        public Builder action(ShipmentAction action) {
            this.action = action;
            return this;
        }

        /** Sets filingOption: when the EEI is filed: before departure (the default) or after. */
        public Builder filingOption(FilingOption filingOption) {
            this.filingOption = filingOption;
            return this;
        }

        /** Sets usppiId: the USPPI's IRS number (EIN with its two-character suffix) or SSN: personal data, masked in text. */
        public Builder usppiId(ImporterNumber usppiId) {
            this.usppiId = usppiId;
            return this;
        }

        /** Sets usppiContact: the USPPI's contact. */
        public Builder usppiContact(ExportContact usppiContact) {
            this.usppiContact = usppiContact;
            return this;
        }

        /** Sets forwardingAgent: the forwarding agent filing for the USPPI, if any. */
        public Builder forwardingAgent(Party forwardingAgent) {
            this.forwardingAgent = forwardingAgent;
            return this;
        }

        /** Sets intermediateConsignee: the intermediate consignee, if any. */
        public Builder intermediateConsignee(Party intermediateConsignee) {
            this.intermediateConsignee = intermediateConsignee;
            return this;
        }

        /** Sets consigneeType: the ultimate consignee type: {@code D} direct consumer, {@code G} government, {@code R} reseller, {@code O} other. */
        public Builder consigneeType(String consigneeType) {
            this.consigneeType = consigneeType;
            return this;
        }

        /** Sets soldEnRoute: whether the goods are to be sold en route (the consignee is reported within 4 days of export). */
        public Builder soldEnRoute(Boolean soldEnRoute) {
            this.soldEnRoute = soldEnRoute;
            return this;
        }

        /** Sets relatedParties: whether the USPPI and the ultimate consignee are related (10% or more). */
        public Builder relatedParties(Boolean relatedParties) {
            this.relatedParties = relatedParties;
            return this;
        }

        /** Sets stateOfOrigin: the U.S. state (USPS code) where the goods begin their journey. */
        public Builder stateOfOrigin(String stateOfOrigin) {
            this.stateOfOrigin = stateOfOrigin;
            return this;
        }

        /** Sets carrier: the carrier's SCAC (vessel, rail, truck) or IATA code (air). */
        public Builder carrier(String carrier) {
            this.carrier = carrier;
            return this;
        }

        /** Sets conveyanceName: the vessel name, or the carrier name for other modes. */
        public Builder conveyanceName(String conveyanceName) {
            this.conveyanceName = conveyanceName;
            return this;
        }

        /** Sets portOfUnlading: the foreign port of unlading (Schedule K), vessel and air. */
        public Builder portOfUnlading(String portOfUnlading) {
            this.portOfUnlading = portOfUnlading;
            return this;
        }

        /** Sets hazardousMaterials: whether the shipment holds hazardous materials (DOT definition). */
        public Builder hazardousMaterials(Boolean hazardousMaterials) {
            this.hazardousMaterials = hazardousMaterials;
            return this;
        }

        /** Sets inBondCode: the in-bond code: {@code 70} not in bond, {@code 36}/{@code 37} warehouse, {@code 67}/{@code 68} FTZ withdrawals. */
        public Builder inBondCode(String inBondCode) {
            this.inBondCode = inBondCode;
            return this;
        }

        /** Sets inBondEntryNumber: the import entry or in-bond number of goods exported in bond or from an FTZ. */
        public Builder inBondEntryNumber(String inBondEntryNumber) {
            this.inBondEntryNumber = inBondEntryNumber;
            return this;
        }

        /** Sets ftzIdentifier: the foreign trade zone identifier. */
        public Builder ftzIdentifier(String ftzIdentifier) {
            this.ftzIdentifier = ftzIdentifier;
            return this;
        }

        /** Sets routedExport: whether this is a routed export transaction. */
        public Builder routedExport(Boolean routedExport) {
            this.routedExport = routedExport;
            return this;
        }

        /** Sets originalItn from text; see {@link InternalTransactionNumber#parse(String)}. */
        public Builder originalItn(String originalItn) {
            this.originalItn = originalItn == null ? null : InternalTransactionNumber.parse(originalItn);
            return this;
        }

        /** Sets originalItn: the ITN of a shipment this one replaces or divides. */
        public Builder originalItn(InternalTransactionNumber originalItn) {
            this.originalItn = originalItn;
            return this;
        }

        /** Replaces transportDetails with the given elements. */
        public Builder transportDetails(List<TransportDetail> transportDetails) {
            this.transportDetails.clear();
            if (transportDetails != null) {
                this.transportDetails.addAll(transportDetails);
            }
            return this;
        }

        /** Adds one element to transportDetails. */
        public Builder addTransportDetail(TransportDetail value) {
            this.transportDetails.add(value);
            return this;
        }

        /** Builds the immutable value. Shape is checked by validation, not here, so that every problem is reported. */
        public ExportInformation build() {
            return new ExportInformation(shipmentReference, usppi, ultimateConsignee, countryOfDestination, modeOfTransport, portOfExport, dateOfExport, departure, filedAt, lines, itn, exemptionLegend, action, filingOption, usppiId, usppiContact, forwardingAgent, intermediateConsignee, consigneeType, soldEnRoute, relatedParties, stateOfOrigin, carrier, conveyanceName, portOfUnlading, hazardousMaterials, inBondCode, inBondEntryNumber, ftzIdentifier, routedExport, originalItn, transportDetails);
        }
    }
}
