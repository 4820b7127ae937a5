package org.acesdk.model.response;

import java.util.List;
import java.util.Objects;
import org.acesdk.model.code.InternalTransactionNumber;
import org.acesdk.model.export.ShipmentAction;

/**
 * AES's answer to one shipment (application XT, or an unsolicited hold or release): the final disposition, the ITN,
 * and each condition with the record and field it names where the SDK knows the response code.
 *
 * @param usppiId the USPPI id of the block, as AES echoes it (a Social Security number when the type is {@code S})
 * @param usppiIdType the USPPI id type: {@code E} EIN, {@code D} DUNS, {@code S} SSN, {@code T} foreign
 * @param usppiName the USPPI name of the block
 * @param shipmentReference the shipment reference number of the echoed SC1, which matches the answer to the filing
 * @param action the echoed shipment action, or {@code null} when AES generated the SC1
 * @param disposition {@code ACCEPTED} or {@code REJECTED} from the final condition, {@code PENDING} without one
 * @param itn the ITN of the final condition, or {@code null}
 * @param conditions every condition, in order, the final one last
 * @param echoes the records AES echoed for this shipment, in order: the SC1, then each line's CL1, CL2 ... that has
 *     conditions
 */
public record ExportResponse(String usppiId, String usppiIdType, String usppiName, String shipmentReference,
        ShipmentAction action, Disposition disposition, InternalTransactionNumber itn, List<Condition> conditions,
        List<String> echoes) {

    /** Copies the lists; a missing disposition is {@code PENDING}. */
    public ExportResponse {
        conditions = List.copyOf(conditions == null ? List.of() : conditions);
        echoes = List.copyOf(echoes == null ? List.of() : echoes);
        disposition = disposition == null ? Disposition.PENDING : disposition;
    }

    /** Whether AES accepted the shipment (warnings, verify and compliance alerts included). */
    public boolean accepted() {
        return Disposition.ACCEPTED.equals(disposition);
    }

    /** Whether AES put the shipment on hold ({@code 97H}). */
    public boolean onHold() {
        return conditions.stream().anyMatch(c -> c.finalDisposition() && "97H".equals(c.code()));
    }

    /** The conditions of that severity. */
    public List<Condition> conditions(AesSeverity severity) {
        return conditions.stream().filter(c -> c.severity() == severity).toList();
    }

    /** The conditions of a commodity line (1-based, as in the CL1 echo). */
    public List<Condition> lineConditions(int lineNumber) {
        return conditions.stream().filter(c -> Objects.equals(c.lineNumber(), lineNumber)).toList();
    }

    /** The USPPI id masked when it is a Social Security number. */
    @Override
    public String toString() {
        return "ExportResponse[shipmentReference=" + shipmentReference + ", disposition=" + disposition + ", itn=" + itn
                + ", usppiId=" + ("S".equals(usppiIdType) ? "***" : usppiId) + ", conditions=" + conditions + "]";
    }

    /**
     * One ES1 condition.
     *
     * @param code the Appendix A response code, e.g. {@code 515}, kept as read (new codes appear every few months)
     * @param severity the severity
     * @param severityCode the severity letter as read (a space for a notification)
     * @param finalDisposition whether this is the shipment's final condition (disposition {@code A} or {@code R})
     * @param narrative the narrative text
     * @param itn the ITN on the condition, or {@code null}
     * @param lineNumber the commodity line (from the CL1 echo before it), or {@code null} for the shipment
     * @param recordId the input record the code concerns, e.g. {@code CL2}, or {@code null} when the SDK does not know
     * @param field the field of that record, e.g. {@code eccn}, or {@code null}
     * @param path the filing's path the code concerns, e.g. {@code lines[0].eccn}, or {@code null}
     */
    public record Condition(String code, AesSeverity severity, String severityCode, boolean finalDisposition,
            String narrative, InternalTransactionNumber itn, Integer lineNumber, String recordId, String field,
            String path) {

        /** Checks the code and severity. */
        public Condition {
            Objects.requireNonNull(code, "code");
            severity = severity == null ? AesSeverity.fromCode(severityCode) : severity;
            severityCode = severityCode == null ? severity.code() : severityCode;
        }
    }
}
