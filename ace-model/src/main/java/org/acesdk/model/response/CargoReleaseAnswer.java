package org.acesdk.model.response;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.acesdk.model.code.EntryNumber;
import org.acesdk.model.internal.Redact;

/**
 * A cargo release status notification (application SO) as a typed result: the entry, its bills with their
 * dispositions, the entry's dispositions (release, hold, review) and each partner agency's status. Every field of the
 * records is kept, so the answer can be written back record for record. {@code toString} masks the importer number.
 *
 * @param port the port
 * @param filerCode the entry filer code
 * @param entryNumberText the entry number as printed
 * @param entryType the entry type code
 * @param importerNumberText the importer of record number as printed (personal data: it can be an SSN)
 * @param carrierCode the carrier
 * @param vesselName the vessel name
 * @param voyageNumber the voyage or flight
 * @param arrivalDate the arrival date
 * @param splitShipment the split shipment indicator
 * @param correctionResponse the correction response indicator
 * @param references the references (SO20)
 * @param bills the bills (SO40) with their dispositions (SO50)
 * @param dispositions the entry dispositions (SO60), in order
 * @param pgaStatuses the partner agency statuses (SO70) with their references (SO71)
 */
public record CargoReleaseAnswer(String port, String filerCode, String entryNumberText, String entryType,
        String importerNumberText, String carrierCode, String vesselName, String voyageNumber, LocalDate arrivalDate,
        String splitShipment, String correctionResponse, List<ReleaseStatus.Reference> references,
        List<ReleaseStatus.Bill> bills, List<ReleaseStatus.EntryDisposition> dispositions,
        List<ReleaseStatus.PgaStatus> pgaStatuses) {

    /** Copies the lists. */
    public CargoReleaseAnswer {
        references = List.copyOf(references);
        bills = List.copyOf(bills);
        dispositions = List.copyOf(dispositions);
        pgaStatuses = List.copyOf(pgaStatuses);
    }

    /** The entry number, when it is a valid one. */
    public Optional<EntryNumber> entryNumber() {
        try {
            return Optional.of(EntryNumber.parse((filerCode == null ? "" : filerCode.trim())
                    + (entryNumberText == null ? "" : entryNumberText.trim())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The latest entry disposition, when there is one. */
    public Optional<ReleaseStatus.EntryDisposition> latestDisposition() {
        return dispositions.isEmpty() ? Optional.empty() : Optional.of(dispositions.get(dispositions.size() - 1));
    }

    /** The release date, when an entry disposition gives one. */
    public Optional<LocalDate> releaseDate() {
        for (int i = dispositions.size() - 1; i >= 0; i--) {
            if (dispositions.get(i).releaseDate() != null) {
                return Optional.of(dispositions.get(i).releaseDate());
            }
        }
        return Optional.empty();
    }

    /** One agency's statuses, in order, e.g. {@code FDA}. */
    public List<ReleaseStatus.PgaStatus> pgaStatusesOf(String agency) {
        return pgaStatuses.stream().filter(s -> agency.equals(s.agency())).toList();
    }

    /** The answer, importer number masked. */
    @Override
    public String toString() {
        return Redact.text("CargoReleaseAnswer[port=" + port + ", entry=" + filerCode + " " + entryNumberText
                + ", entryType=" + entryType + ", importer=" + (importerNumberText == null ? "null" : "****")
                + ", carrier=" + carrierCode + ", references=" + references + ", bills=" + bills + ", dispositions="
                + dispositions + ", pgaStatuses=" + pgaStatuses + "]");
    }
}
