package org.acesdk.model.entry;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.acesdk.model.code.EntryNumber;
import org.acesdk.model.code.PortCode;

/**
 * The rest of an entry summary's header (CATAIR AE): the 10-record's indicators, the trip identifier (21) and the
 * associated warehouse entry (30).
 *
 * @param cargoReleaseCertification {@code A} to certify for ACE cargo release (10-record position 40)
 * @param electronicInvoice an electronic invoice is provided (41)
 * @param consolidatedSummary a consolidated summary (42)
 * @param shipmentUsage {@code P} personal, {@code X} commercial sample (43)
 * @param liveEntry a live entry: summary and payment at release (44)
 * @param deferredTax {@code 1} conventional, {@code 2} EFT IR-tax deferral (45)
 * @param tradeAgreementReconciliation flagged for trade-agreement reconciliation (46)
 * @param reconciliationIssue the reconciliation issue code, {@code 001}-{@code 007} (47-49)
 * @param preliminaryStatementDate the preliminary statement print date (52-57)
 * @param periodicStatementMonth the periodic statement month, {@code 01}-{@code 12} (58-59)
 * @param statementBranch the statement client branch (60-61)
 * @param bondWaiverReason the bond waiver reason, 995-999 (62-64)
 * @param acceleratedLiquidation accelerated liquidation requested (66)
 * @param knownImporter a known importer (67)
 * @param pgaIndicator {@code Y} expedited release with PGA data, {@code F} weekly FTZ (68)
 * @param tibDeclaration the TIB declaration, required for entry type 23 (69)
 * @param consolidatedExpressInformal consolidated express informal (70)
 * @param tripId the carrier's trip identifier (record 21), 5 characters
 * @param warehouseEntry the associated warehouse entry (record 30), for withdrawals
 * @param notifyParty the designated notify party (CBP Form 4811) number (11-record positions 27-38); personal data
 * @param stateOfDestination the U.S. state of destination, USPS code (11-record 61-62)
 * @param ftzIdentifier the foreign trade zone identifier (11-record 63-71)
 * @param arrival the 20-record's details beyond the carrier, or {@code null} (the arrival is then the import date)
 */
public record SummaryDetail(
        @Pattern(regexp = "[AY]") String cargoReleaseCertification,
        boolean electronicInvoice,
        boolean consolidatedSummary,
        @Pattern(regexp = "[PX]") String shipmentUsage,
        boolean liveEntry,
        @Pattern(regexp = "[12]") String deferredTax,
        boolean tradeAgreementReconciliation,
        @Pattern(regexp = "00[1-7]") String reconciliationIssue,
        LocalDate preliminaryStatementDate,
        @Pattern(regexp = "0[1-9]|1[0-2]") String periodicStatementMonth,
        @Pattern(regexp = "[A-Z0-9]{1,2}") String statementBranch,
        @Pattern(regexp = "99[5-9]") String bondWaiverReason,
        boolean acceleratedLiquidation,
        boolean knownImporter,
        @Pattern(regexp = "[YF]") String pgaIndicator,
        boolean tibDeclaration,
        boolean consolidatedExpressInformal,
        @Pattern(regexp = "[A-Z0-9]{1,5}") String tripId,
        @Valid WarehouseEntry warehouseEntry,
        org.acesdk.model.code.ImporterNumber notifyParty,
        @Pattern(regexp = "[A-Z]{2}") String stateOfDestination,
        @Pattern(regexp = "[A-Z0-9]{1,9}") String ftzIdentifier,
        @Valid Arrival arrival) {

    /** Nothing beyond the core header. */
    public static final SummaryDetail NONE = new SummaryDetail(null, false, false, null, false, null, false, null,
            null, null, null, null, false, false, null, false, false, null, null, null, null, null, null);

    /** Whether nothing is set. */
    public boolean isEmpty() {
        return equals(NONE);
    }

    /** A copy with the TIB declaration set. */
    public SummaryDetail withTibDeclaration(boolean tib) {
        return toBuilder().tibDeclaration(tib).build();
    }

    /** A copy with the associated warehouse entry set. */
    public SummaryDetail withWarehouseEntry(WarehouseEntry w) {
        return toBuilder().warehouseEntry(w).build();
    }

    /** A copy with the arrival details set. */
    public SummaryDetail withArrival(Arrival a) {
        return toBuilder().arrival(a).build();
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.cargoReleaseCertification = cargoReleaseCertification;
        b.electronicInvoice = electronicInvoice;
        b.consolidatedSummary = consolidatedSummary;
        b.shipmentUsage = shipmentUsage;
        b.liveEntry = liveEntry;
        b.deferredTax = deferredTax;
        b.tradeAgreementReconciliation = tradeAgreementReconciliation;
        b.reconciliationIssue = reconciliationIssue;
        b.preliminaryStatementDate = preliminaryStatementDate;
        b.periodicStatementMonth = periodicStatementMonth;
        b.statementBranch = statementBranch;
        b.bondWaiverReason = bondWaiverReason;
        b.acceleratedLiquidation = acceleratedLiquidation;
        b.knownImporter = knownImporter;
        b.pgaIndicator = pgaIndicator;
        b.tibDeclaration = tibDeclaration;
        b.consolidatedExpressInformal = consolidatedExpressInformal;
        b.tripId = tripId;
        b.warehouseEntry = warehouseEntry;
        b.notifyParty = notifyParty;
        b.stateOfDestination = stateOfDestination;
        b.ftzIdentifier = ftzIdentifier;
        b.arrival = arrival;
        return b;
    }

    /** Builds a {@link SummaryDetail}; {@link #build()} gives {@link #NONE} when nothing is set. */
    public static final class Builder {
        private String cargoReleaseCertification;
        private boolean electronicInvoice;
        private boolean consolidatedSummary;
        private String shipmentUsage;
        private boolean liveEntry;
        private String deferredTax;
        private boolean tradeAgreementReconciliation;
        private String reconciliationIssue;
        private LocalDate preliminaryStatementDate;
        private String periodicStatementMonth;
        private String statementBranch;
        private String bondWaiverReason;
        private boolean acceleratedLiquidation;
        private boolean knownImporter;
        private String pgaIndicator;
        private boolean tibDeclaration;
        private boolean consolidatedExpressInformal;
        private String tripId;
        private WarehouseEntry warehouseEntry;
        private org.acesdk.model.code.ImporterNumber notifyParty;
        private String stateOfDestination;
        private String ftzIdentifier;
        private Arrival arrival;

        private Builder() {
        }

        /** Sets cargoReleaseCertification. */
        public Builder cargoReleaseCertification(String v) {
            this.cargoReleaseCertification = v;
            return this;
        }

        /** Sets electronicInvoice. */
        public Builder electronicInvoice(boolean v) {
            this.electronicInvoice = v;
            return this;
        }

        /** Sets consolidatedSummary. */
        public Builder consolidatedSummary(boolean v) {
            this.consolidatedSummary = v;
            return this;
        }

        /** Sets shipmentUsage. */
        public Builder shipmentUsage(String v) {
            this.shipmentUsage = v;
            return this;
        }

        /** Sets liveEntry. */
        public Builder liveEntry(boolean v) {
            this.liveEntry = v;
            return this;
        }

        /** Sets deferredTax. */
        public Builder deferredTax(String v) {
            this.deferredTax = v;
            return this;
        }

        /** Sets tradeAgreementReconciliation. */
        public Builder tradeAgreementReconciliation(boolean v) {
            this.tradeAgreementReconciliation = v;
            return this;
        }

        /** Sets reconciliationIssue. */
        public Builder reconciliationIssue(String v) {
            this.reconciliationIssue = v;
            return this;
        }

        /** Sets preliminaryStatementDate. */
        public Builder preliminaryStatementDate(LocalDate v) {
            this.preliminaryStatementDate = v;
            return this;
        }

        /** Sets periodicStatementMonth. */
        public Builder periodicStatementMonth(String v) {
            this.periodicStatementMonth = v;
            return this;
        }

        /** Sets statementBranch. */
        public Builder statementBranch(String v) {
            this.statementBranch = v;
            return this;
        }

        /** Sets bondWaiverReason. */
        public Builder bondWaiverReason(String v) {
            this.bondWaiverReason = v;
            return this;
        }

        /** Sets acceleratedLiquidation. */
        public Builder acceleratedLiquidation(boolean v) {
            this.acceleratedLiquidation = v;
            return this;
        }

        /** Sets knownImporter. */
        public Builder knownImporter(boolean v) {
            this.knownImporter = v;
            return this;
        }

        /** Sets pgaIndicator. */
        public Builder pgaIndicator(String v) {
            this.pgaIndicator = v;
            return this;
        }

        /** Sets tibDeclaration. */
        public Builder tibDeclaration(boolean v) {
            this.tibDeclaration = v;
            return this;
        }

        /** Sets consolidatedExpressInformal. */
        public Builder consolidatedExpressInformal(boolean v) {
            this.consolidatedExpressInformal = v;
            return this;
        }

        /** Sets tripId. */
        public Builder tripId(String v) {
            this.tripId = v;
            return this;
        }

        /** Sets warehouseEntry. */
        public Builder warehouseEntry(WarehouseEntry v) {
            this.warehouseEntry = v;
            return this;
        }

        /** Sets notifyParty. */
        public Builder notifyParty(org.acesdk.model.code.ImporterNumber v) {
            this.notifyParty = v;
            return this;
        }

        /** Sets stateOfDestination. */
        public Builder stateOfDestination(String v) {
            this.stateOfDestination = v;
            return this;
        }

        /** Sets ftzIdentifier. */
        public Builder ftzIdentifier(String v) {
            this.ftzIdentifier = v;
            return this;
        }

        /** Sets arrival. */
        public Builder arrival(Arrival v) {
            this.arrival = v;
            return this;
        }

        /** The detail. */
        public SummaryDetail build() {
            return new SummaryDetail(cargoReleaseCertification, electronicInvoice, consolidatedSummary, shipmentUsage, liveEntry, deferredTax, tradeAgreementReconciliation, reconciliationIssue, preliminaryStatementDate, periodicStatementMonth, statementBranch, bondWaiverReason, acceleratedLiquidation, knownImporter, pgaIndicator, tibDeclaration, consolidatedExpressInformal, tripId, warehouseEntry, notifyParty, stateOfDestination, ftzIdentifier, arrival);
        }
    }

    /**
     * The importing carrier's arrival (record 20), beyond the carrier code on the summary.
     *
     * @param portOfUnlading the district/port of unlading
     * @param estimatedArrival the estimated date of arrival (when not the import date)
     * @param locationOfGoods the FIRMS code where the goods are
     * @param conveyanceName the vessel's name
     * @param vesselCode the Lloyd's vessel code
     * @param examPort the designated exam port (remote filing)
     * @param inBondDate the in-bond/in-transit date
     */
    public record Arrival(org.acesdk.model.code.PortCode portOfUnlading, LocalDate estimatedArrival,
            @Pattern(regexp = "[A-Z0-9]{1,4}") String locationOfGoods, @jakarta.validation.constraints.Size(max = 20)
            String conveyanceName, @Pattern(regexp = "[A-Z0-9]{1,7}") String vesselCode,
            org.acesdk.model.code.PortCode examPort, LocalDate inBondDate) {
    }

    /**
     * The warehouse entry goods are withdrawn from (record 30).
     *
     * @param entryNumber the warehouse entry's number
     * @param port its district/port
     * @param finalWithdrawal whether this is the final withdrawal from it
     */
    public record WarehouseEntry(@NotNull EntryNumber entryNumber, @NotNull PortCode port, boolean finalWithdrawal) {
    }
}
