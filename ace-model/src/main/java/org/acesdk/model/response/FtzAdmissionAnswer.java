package org.acesdk.model.response;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * CBP's answer to a foreign-trade-zone admission (application NF, answering FT or FZ) as a typed result: the
 * admission it concerns (NF90), the status notifications about it (NF91), the input records CBP echoes, and CBP's
 * messages (NF95). Positions follow the FTZ answer decoding documented with the samples; fields kept as text where
 * CBP's meaning is not published. {@code toString} leaves out the echoed records, which hold operator and applicant
 * numbers. The admission fields are empty text where the NF90 leaves them blank, and all {@code null} when the
 * records carry no NF90.
 *
 * @param admissionType the admission type (NF90 column 3), e.g. {@code A}
 * @param zoneId the zone identifier (4-12)
 * @param calendarYear the two-digit calendar year of the admission (13-14)
 * @param controlNumber the admission control number (15-22)
 * @param port the port code (23-26)
 * @param directDelivery the direct-delivery indicator (27), {@code Y} or {@code N}
 * @param statuses the status notifications, in order
 * @param echoedRecords the input records CBP echoes (80 characters each), in order
 * @param messages CBP's messages, in order
 */
public record FtzAdmissionAnswer(String admissionType, String zoneId, String calendarYear, String controlNumber,
        String port, String directDelivery, List<Status> statuses, List<String> echoedRecords,
        List<Message> messages) {
    /** Copies the lists. */
    public FtzAdmissionAnswer {
        statuses = List.copyOf(statuses);
        echoedRecords = List.copyOf(echoedRecords);
        messages = List.copyOf(messages);
    }

    /**
     * A status notification (NF91).
     *
     * @param dispositionCode the disposition code (3-5), e.g. {@code B7}, {@code BF} authorized
     * @param referenceQualifier the reference qualifier (6-8)
     * @param referenceId the reference identifier (9-43)
     * @param actionDate the action date (44-49, YYMMDD, read as 20YY), or {@code null}
     * @param actionTime the action time (50-53, HHMM), or {@code null}
     * @param firms the FIRMS code (58-61), or {@code null}
     */
    public record Status(String dispositionCode, String referenceQualifier, String referenceId, LocalDate actionDate,
            LocalTime actionTime, String firms) {

        /** The record's text with personal data masked (it holds text from CBP's answer). */
        @Override
        public String toString() {
            return org.acesdk.model.internal.Redact.describe(this);
        }
    }

    /**
     * A message (NF95).
     *
     * @param messageType the narrative message type (3-4), or {@code null} when blank
     * @param errorCode the error code (5-7), e.g. {@code 009}
     * @param remarks the remarks (8-67) as printed, trailing spaces dropped
     */
    public record Message(String messageType, String errorCode, String remarks) {

        /** The record's text with personal data masked (it holds text from CBP's answer). */
        @Override
        public String toString() {
            return org.acesdk.model.internal.Redact.describe(this);
        }
    }

    /** The answer without the echoed records (they hold operator and applicant numbers). */
    @Override
    public String toString() {
        return org.acesdk.model.internal.Redact.text("FtzAdmissionAnswer[admissionType=" + admissionType + ", zoneId="
                + zoneId + ", calendarYear="
                + calendarYear + ", controlNumber=" + controlNumber + ", port=" + port + ", directDelivery="
                + directDelivery + ", statuses=" + statuses + ", echoedRecords=" + echoedRecords.size()
                + ", messages=" + messages + "]");
    }
}
