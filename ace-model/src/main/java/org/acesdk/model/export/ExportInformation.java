package org.acesdk.model.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.acesdk.model.code.CountryCode;
import org.acesdk.model.code.InternalTransactionNumber;
import org.acesdk.model.code.ModeOfTransport;
import org.acesdk.model.code.PortCode;
import org.acesdk.model.internal.Lists;
import org.acesdk.model.party.Party;

/**
 * Electronic Export Information (EEI) for AES: the export filing, or its exemption legend.
 *
 * @param shipmentReference the filer's shipment reference number
 * @param usppi the U.S. principal party in interest
 * @param ultimateConsignee the ultimate consignee
 * @param countryOfDestination the country of ultimate destination
 * @param modeOfTransport the mode of transport leaving the United States
 * @param portOfExport the U.S. port of export
 * @param dateOfExport the date of export
 * @param departure when the carrier departs (or, for truck and rail, arrives at the border)
 * @param filedAt when the EEI was filed
 * @param lines the commodity lines
 * @param itn the ITN AES returned, once filed
 * @param exemptionLegend the exemption legend when no EEI is filed, e.g. {@code NOEEI 30.37(a)}
 */
public record ExportInformation(
        @NotNull @Size(min = 1, max = 17) String shipmentReference,
        @NotNull @Valid Party usppi,
        @NotNull @Valid Party ultimateConsignee,
        @NotNull CountryCode countryOfDestination,
        @NotNull ModeOfTransport modeOfTransport,
        @NotNull PortCode portOfExport,
        @NotNull LocalDate dateOfExport,
        Instant departure,
        Instant filedAt,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) @NotNull @Size(min = 1, max = 998) List<@Valid @NotNull ExportLine> lines,
        InternalTransactionNumber itn,
        @Size(max = 40) String exemptionLegend) {

    /** Canonical constructor: a {@code null} list becomes empty and every list is an immutable copy. */
    public ExportInformation {
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
        }

        /** Sets shipmentReference: the filer's shipment reference number. */
        public Builder shipmentReference(String shipmentReference) {
            this.shipmentReference = shipmentReference;
            return this;
        }

        /** Sets usppi: the U.S. principal party in interest. */
        public Builder usppi(Party usppi) {
            this.usppi = usppi;
            return this;
        }

        /** Sets ultimateConsignee: the ultimate consignee. */
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

        /** Sets portOfExport: the U.S. port of export. */
        public Builder portOfExport(PortCode portOfExport) {
            this.portOfExport = portOfExport;
            return this;
        }

        /** Sets portOfExport from text; see {@link PortCode#parse(String)}. */
        public Builder portOfExport(String portOfExport) {
            this.portOfExport = portOfExport == null ? null : PortCode.parse(portOfExport);
            return this;
        }

        /** Sets dateOfExport: the date of export. */
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
        public Builder addLine(ExportLine line) {
            this.lines.add(line);
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

        /** Sets exemptionLegend: the exemption legend when no EEI is filed, e.g. {@code NOEEI 30.37(a)}. */
        public Builder exemptionLegend(String exemptionLegend) {
            this.exemptionLegend = exemptionLegend;
            return this;
        }

        /** Builds the immutable value. Shape is checked by validation, not here, so that every problem is reported. */
        public ExportInformation build() {
            return new ExportInformation(shipmentReference, usppi, ultimateConsignee, countryOfDestination, modeOfTransport, portOfExport, dateOfExport, departure, filedAt, lines, itn, exemptionLegend);
        }
    }
}
