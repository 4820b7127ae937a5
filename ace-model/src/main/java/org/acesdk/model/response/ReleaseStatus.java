package org.acesdk.model.response;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The parts of a cargo release status notification (application SO), one record type each, with every field the
 * layouts define. Containers only: see {@link CargoReleaseAnswer}.
 */
public final class ReleaseStatus {
    private ReleaseStatus() {
    }

    /**
     * A reference (SO20).
     *
     * @param qualifier e.g. {@code CR} (the filer's reference)
     * @param reference the reference
     */
    public record Reference(String qualifier, String reference) {

        /** The record's text with personal data masked (it holds text from CBP's answer). */
        @Override
        public String toString() {
            return org.acesdk.model.internal.Redact.describe(this);
        }
    }

    /**
     * A bill and what happened to it (SO40 and the SO50 records after it).
     *
     * @param type the bill type ({@code M} master, {@code H} house, {@code R} regular...)
     * @param issuer the issuer code (SCAC)
     * @param number the bill number
     * @param quantity the quantity, or {@code null}
     * @param unit the quantity's unit as printed
     * @param manifestedQuantity the manifested quantity, or {@code null}
     * @param dispositions the bill's dispositions, in order
     */
    public record Bill(String type, String issuer, String number, BigDecimal quantity, String unit,
            BigDecimal manifestedQuantity, List<BillDisposition> dispositions) {
        /** Copies the list. */
        public Bill {
            dispositions = List.copyOf(dispositions);
        }

        /** The record's text with personal data masked (it holds text from CBP's answer). */
        @Override
        public String toString() {
            return org.acesdk.model.internal.Redact.describe(this);
        }
    }

    /**
     * A bill disposition (SO50).
     *
     * @param date the disposition date
     * @param time the time as printed (HHMM)
     * @param code the disposition code
     * @param narrative the narrative
     * @param split the split indicator
     * @param carrierCode the carrier
     * @param voyageNumber the voyage or flight
     * @param arrivalDate the arrival date
     * @param arrivalPort the arrival port
     */
    public record BillDisposition(LocalDate date, String time, String code, String narrative, String split,
            String carrierCode, String voyageNumber, LocalDate arrivalDate, String arrivalPort) {

        /** The record's text with personal data masked (it holds text from CBP's answer). */
        @Override
        public String toString() {
            return org.acesdk.model.internal.Redact.describe(this);
        }
    }

    /**
     * An entry disposition (SO60): a release, a hold, a review.
     *
     * @param date the disposition date
     * @param time the time as printed (HHMM)
     * @param code the disposition code ({@code 01}/{@code 98} release, {@code 99} suspended...)
     * @param narrative the narrative
     * @param releaseDate the release date, when released
     * @param releaseOrigin the release origin code
     * @param documentType the document type
     */
    public record EntryDisposition(LocalDate date, String time, String code, String narrative, LocalDate releaseDate,
            String releaseOrigin, String documentType) {

        /** The record's text with personal data masked (it holds text from CBP's answer). */
        @Override
        public String toString() {
            return org.acesdk.model.internal.Redact.describe(this);
        }
    }

    /**
     * A partner agency's status (SO70) and its references (SO71).
     *
     * @param agency the agency code, e.g. {@code FDA}, {@code NHT}
     * @param program the program code
     * @param date the status date
     * @param time the status time as printed
     * @param entryStatus the entry status code
     * @param entryMessage the status text, e.g. {@code MAY PROCEED}
     * @param lineStatus the line status code
     * @param pgaLineStatus the agency's line status code
     * @param reasonCode the reason code
     * @param beginCbpLine the first CBP line the status covers
     * @param beginPgaLine the first agency line
     * @param rangeIndicator the range indicator
     * @param endCbpLine the last CBP line
     * @param endPgaLine the last agency line
     * @param documentType the document type
     * @param holdType the hold type
     * @param groupVersion the processing group version (columns 79-80)
     * @param references the SO71 references after it
     */
    public record PgaStatus(String agency, String program, LocalDate date, String time, String entryStatus,
            String entryMessage, String lineStatus, String pgaLineStatus, String reasonCode, String beginCbpLine,
            String beginPgaLine, String rangeIndicator, String endCbpLine, String endPgaLine, String documentType,
            String holdType, String groupVersion, List<PgaReference> references) {
        /** Copies the list. */
        public PgaStatus {
            references = List.copyOf(references);
        }

        /** The agency, typed. */
        public org.acesdk.model.pga.PgaAgency agencyCode() {
            return org.acesdk.model.pga.PgaAgency.fromCode(agency);
        }

        /** The status, typed: the agency line's, else the line's, else the entry's. */
        public org.acesdk.model.pga.PgaStatusCode status() {
            String c = pgaLineStatus != null ? pgaLineStatus : lineStatus != null ? lineStatus : entryStatus;
            return org.acesdk.model.pga.PgaStatusCode.fromCode(c);
        }

        /** The record's text with personal data masked (it holds text from CBP's answer). */
        @Override
        public String toString() {
            return org.acesdk.model.internal.Redact.describe(this);
        }
    }

    /**
     * A partner agency reference (SO71).
     *
     * @param qualifier the qualifier
     * @param referenceNumber the reference number
     * @param receiptDate the receipt date
     * @param receiptTime the receipt time as printed
     * @param subReasons the sub-reasons text
     * @param qualifier2 the second qualifier
     * @param referenceNumber2 the second reference number
     */
    public record PgaReference(String qualifier, String referenceNumber, LocalDate receiptDate, String receiptTime,
            String subReasons, String qualifier2, String referenceNumber2) {

        /** The record's text with personal data masked (it holds text from CBP's answer). */
        @Override
        public String toString() {
            return org.acesdk.model.internal.Redact.describe(this);
        }
    }
}
