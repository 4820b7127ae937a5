package org.acesdk.model.release;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.acesdk.model.code.BondType;
import org.acesdk.model.code.EntryNumber;
import org.acesdk.model.code.EntryType;
import org.acesdk.model.code.FilingAction;
import org.acesdk.model.code.ImporterNumber;
import org.acesdk.model.code.ModeOfTransport;
import org.acesdk.model.code.PortCode;
import org.acesdk.model.code.ScacCode;
import org.acesdk.model.internal.Lists;
import org.acesdk.model.money.Money;

/**
 * A cargo release request: CBP Form 3461, transmitted as CATAIR application SE.
 *
 * @param action add, replace or delete
 * @param entryNumber the entry number
 * @param entryType the entry type
 * @param importerNumber the importer of record number
 * @param modeOfTransport the mode of transportation
 * @param bondType the bond type
 * @param estimatedValue the estimated entry value, in U.S. dollars
 * @param portOfEntry the planned port of entry
 * @param portOfUnlading the port of unlading
 * @param arrivalDate the estimated date of arrival
 * @param carrierCode the carrier (SCAC)
 * @param voyageNumber the voyage, flight or trip number
 * @param conveyanceName the vessel or conveyance name
 * @param locationOfGoods the FIRMS code where the goods are
 * @param contactName the filer's contact name
 * @param contactPhone the filer's contact phone
 * @param bills the bills of lading
 * @param lines the line items
 * @param entryDateElection the entry date election code (SE11), or {@code null}
 * @param electedEntryDate the elected entry date (SE11), or {@code null}
 */
public record CargoRelease(
        @NotNull FilingAction action,
        @NotNull EntryNumber entryNumber,
        @NotNull EntryType entryType,
        @NotNull ImporterNumber importerNumber,
        @NotNull ModeOfTransport modeOfTransport,
        @NotNull BondType bondType,
        @NotNull Money estimatedValue,
        @NotNull PortCode portOfEntry,
        PortCode portOfUnlading,
        @NotNull LocalDate arrivalDate,
        ScacCode carrierCode,
        @Size(max = 5) String voyageNumber,
        @Size(max = 20) String conveyanceName,
        @Pattern(regexp = "[A-Z0-9]{4}") String locationOfGoods,
        @Size(max = 40) String contactName,
        @Size(max = 15) String contactPhone,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) @NotNull @Size(min = 1, max = 99) List<@Valid @NotNull BillOfLading> bills,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) @NotNull @Size(min = 1, max = 999) List<@Valid @NotNull ReleaseLine> lines,
        @Pattern(regexp = "[A-Z0-9]") String entryDateElection,
        LocalDate electedEntryDate) {

    /** Canonical constructor: a {@code null} list becomes empty and every list is an immutable copy. */
    public CargoRelease {
        bills = Lists.copy(bills, "bills");
        lines = Lists.copy(lines, "lines");
    }

    /** A cargo release without an entry date election. */
    public CargoRelease(FilingAction action, EntryNumber entryNumber, EntryType entryType, ImporterNumber importerNumber,
            ModeOfTransport modeOfTransport, BondType bondType, Money estimatedValue, PortCode portOfEntry,
            PortCode portOfUnlading, LocalDate arrivalDate, ScacCode carrierCode, String voyageNumber,
            String conveyanceName, String locationOfGoods, String contactName, String contactPhone,
            List<BillOfLading> bills, List<ReleaseLine> lines) {
        this(action, entryNumber, entryType, importerNumber, modeOfTransport, bondType, estimatedValue, portOfEntry,
                portOfUnlading, arrivalDate, carrierCode, voyageNumber, conveyanceName, locationOfGoods, contactName,
                contactPhone, bills, lines, null, null);
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to make an edited copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link CargoRelease}; a builder is not thread-safe, the value it builds is. */
    public static final class Builder {
        private FilingAction action;
        private EntryNumber entryNumber;
        private EntryType entryType;
        private ImporterNumber importerNumber;
        private ModeOfTransport modeOfTransport;
        private BondType bondType;
        private Money estimatedValue;
        private PortCode portOfEntry;
        private PortCode portOfUnlading;
        private LocalDate arrivalDate;
        private ScacCode carrierCode;
        private String voyageNumber;
        private String conveyanceName;
        private String locationOfGoods;
        private String contactName;
        private String contactPhone;
        private String entryDateElection;
        private LocalDate electedEntryDate;
        private final List<BillOfLading> bills = new ArrayList<>();
        private final List<ReleaseLine> lines = new ArrayList<>();

        private Builder() {
        }

        private Builder(CargoRelease source) {
            this.action = source.action();
            this.entryNumber = source.entryNumber();
            this.entryType = source.entryType();
            this.importerNumber = source.importerNumber();
            this.modeOfTransport = source.modeOfTransport();
            this.bondType = source.bondType();
            this.estimatedValue = source.estimatedValue();
            this.portOfEntry = source.portOfEntry();
            this.portOfUnlading = source.portOfUnlading();
            this.arrivalDate = source.arrivalDate();
            this.carrierCode = source.carrierCode();
            this.voyageNumber = source.voyageNumber();
            this.conveyanceName = source.conveyanceName();
            this.locationOfGoods = source.locationOfGoods();
            this.contactName = source.contactName();
            this.contactPhone = source.contactPhone();
            this.entryDateElection = source.entryDateElection();
            this.electedEntryDate = source.electedEntryDate();
            this.bills.addAll(source.bills());
            this.lines.addAll(source.lines());
        }

        /** Sets action: add, replace or delete. */
        public Builder action(FilingAction action) {
            this.action = action;
            return this;
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

        /** Sets modeOfTransport: the mode of transportation. */
        public Builder modeOfTransport(ModeOfTransport modeOfTransport) {
            this.modeOfTransport = modeOfTransport;
            return this;
        }

        /** Sets bondType: the bond type. */
        public Builder bondType(BondType bondType) {
            this.bondType = bondType;
            return this;
        }

        /** Sets estimatedValue: the estimated entry value, in U.S. dollars. */
        public Builder estimatedValue(Money estimatedValue) {
            this.estimatedValue = estimatedValue;
            return this;
        }

        /** Sets estimatedValue from text; see {@link Money#parse(String)}. */
        public Builder estimatedValue(String estimatedValue) {
            this.estimatedValue = estimatedValue == null ? null : Money.parse(estimatedValue);
            return this;
        }

        /** Sets portOfEntry: the planned port of entry. */
        public Builder portOfEntry(PortCode portOfEntry) {
            this.portOfEntry = portOfEntry;
            return this;
        }

        /** Sets portOfEntry from text; see {@link PortCode#parse(String)}. */
        public Builder portOfEntry(String portOfEntry) {
            this.portOfEntry = portOfEntry == null ? null : PortCode.parse(portOfEntry);
            return this;
        }

        /** Sets portOfUnlading: the port of unlading. */
        public Builder portOfUnlading(PortCode portOfUnlading) {
            this.portOfUnlading = portOfUnlading;
            return this;
        }

        /** Sets portOfUnlading from text; see {@link PortCode#parse(String)}. */
        public Builder portOfUnlading(String portOfUnlading) {
            this.portOfUnlading = portOfUnlading == null ? null : PortCode.parse(portOfUnlading);
            return this;
        }

        /** Sets arrivalDate: the estimated date of arrival. */
        public Builder arrivalDate(LocalDate arrivalDate) {
            this.arrivalDate = arrivalDate;
            return this;
        }

        /** Sets carrierCode: the carrier (SCAC). */
        public Builder carrierCode(ScacCode carrierCode) {
            this.carrierCode = carrierCode;
            return this;
        }

        /** Sets carrierCode from text; see {@link ScacCode#parse(String)}. */
        public Builder carrierCode(String carrierCode) {
            this.carrierCode = carrierCode == null ? null : ScacCode.parse(carrierCode);
            return this;
        }

        /** Sets voyageNumber: the voyage, flight or trip number. */
        public Builder voyageNumber(String voyageNumber) {
            this.voyageNumber = voyageNumber;
            return this;
        }

        /** Sets conveyanceName: the vessel or conveyance name. */
        public Builder conveyanceName(String conveyanceName) {
            this.conveyanceName = conveyanceName;
            return this;
        }

        /** Sets locationOfGoods: the FIRMS code where the goods are. */
        public Builder locationOfGoods(String locationOfGoods) {
            this.locationOfGoods = locationOfGoods;
            return this;
        }

        /** Sets contactName: the filer's contact name. */
        public Builder contactName(String contactName) {
            this.contactName = contactName;
            return this;
        }

        /** Sets entryDateElection: the entry date election code (SE11). */
        public Builder entryDateElection(String entryDateElection) {
            this.entryDateElection = entryDateElection;
            return this;
        }

        /** Sets electedEntryDate: the elected entry date (SE11). */
        public Builder electedEntryDate(LocalDate electedEntryDate) {
            this.electedEntryDate = electedEntryDate;
            return this;
        }

        /** Sets contactPhone: the filer's contact phone. */
        public Builder contactPhone(String contactPhone) {
            this.contactPhone = contactPhone;
            return this;
        }

        /** Replaces bills with the given elements. */
        public Builder bills(List<BillOfLading> bills) {
            this.bills.clear();
            if (bills != null) {
                this.bills.addAll(bills);
            }
            return this;
        }

        /** Adds one element to bills. */
        public Builder addBill(BillOfLading bill) {
            this.bills.add(bill);
            return this;
        }

        /** Replaces lines with the given elements. */
        public Builder lines(List<ReleaseLine> lines) {
            this.lines.clear();
            if (lines != null) {
                this.lines.addAll(lines);
            }
            return this;
        }

        /** Adds one element to lines. */
        public Builder addLine(ReleaseLine line) {
            this.lines.add(line);
            return this;
        }

        /** Builds the immutable value. Shape is checked by validation, not here, so that every problem is reported. */
        public CargoRelease build() {
            return new CargoRelease(action, entryNumber, entryType, importerNumber, modeOfTransport, bondType,
                    estimatedValue, portOfEntry, portOfUnlading, arrivalDate, carrierCode, voyageNumber, conveyanceName,
                    locationOfGoods, contactName, contactPhone, bills, lines, entryDateElection, electedEntryDate);
        }
    }
}
