package org.acesdk.client.catair;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.acesdk.model.code.ImporterNumber;
import org.acesdk.model.export.ExportContact;
import org.acesdk.model.export.ExportInformation;
import org.acesdk.model.export.ExportLine;
import org.acesdk.model.export.ExportPga;
import org.acesdk.model.export.ShipmentAction;
import org.acesdk.model.export.TransportDetail;
import org.acesdk.model.export.UsedVehicle;
import org.acesdk.model.money.Money;
import org.acesdk.model.money.Quantity;
import org.acesdk.model.party.Address;
import org.acesdk.model.party.Party;
import org.acesdk.model.response.Disposition;
import org.acesdk.model.response.ExportResponse;

/**
 * Encodes Electronic Export Information in the AES proprietary format (application {@code XP}) and reads AES's
 * answers ({@code XT}, {@code XN}) into typed {@link ExportResponse}s. One block per USPPI; per shipment SC1, SC2, SC3
 * (one per transportation detail), N01-N03 per party (USPPI, forwarding agent, ultimate and intermediate consignee),
 * and per line CL1, CL2, EV1 (each used vehicle) and PGA. A cancel is its SC1 alone.
 *
 * <p>The A, Y, Z, CL1 and ES1 records are laid out from samples only ({@link AesLayouts#INFERRED}); a codec encodes
 * them only when built with {@link Builder#inferredLayouts(boolean) inferredLayouts(true)}, and says so otherwise.
 * Decoding never needs the flag. Not encoded, because their positions are not published: the DDTC record ODT (a line
 * under a DDTC licence code is refused) and the CL1 PGA indicator. Values go as whole dollars (half up), quantities and
 * weights as whole units. Immutable and thread-safe.
 */
public final class AesCodec {
    /** Licence codes whose lines need the DDTC (ODT) record. */
    private static final Set<String> DDTC = Set.of("SAG", "SAU", "SCA", "SGB", "S00", "S05", "S61", "S73", "S85",
            "S94", "VDS");
    private static final AesCodec STANDARD = new AesCodec(false, LineSeparator.LF);
    /** Re-encodes the ES1 records of answers already received (cbpResponses). */
    private static final AesCodec ECHO = new AesCodec(true, LineSeparator.LF);

    private final boolean inferredLayouts;
    private final LineSeparator separator;

    private AesCodec(boolean inferredLayouts, LineSeparator separator) {
        this.inferredLayouts = inferredLayouts;
        this.separator = separator;
    }

    /** The codec of confirmed layouts only: it decodes everything and refuses to encode the inferred records. */
    public static AesCodec standard() {
        return STANDARD;
    }

    /** A new builder (confirmed layouts only, records separated by LF). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this codec's settings. */
    public Builder toBuilder() {
        return new Builder().inferredLayouts(inferredLayouts).separator(separator);
    }

    /** Whether the records laid out from samples only (A, Y, Z, CL1, ES1) are encoded. */
    public boolean inferredLayouts() {
        return inferredLayouts;
    }

    /** Whether the text is an AES batch: its first record is an A with application XP, XT or XN in columns 22-23. */
    public static boolean isAes(CharSequence text) {
        if (text == null || text.length() < 23 || text.charAt(0) != 'A') {
            return false;
        }
        String app = text.subSequence(21, 23).toString();
        return app.equals("XP") || app.equals("XT") || app.equals("XN");
    }

    // ------------------------------------------------------------------ encoding

    /**
     * Encodes a whole XP batch: A, one block (B ... Y) per USPPI in order of first appearance, Z.
     *
     * @param envelope the filer and transmitter
     * @param date the transmitter date
     * @param batchControl the filer's batch control number (up to 6 letters or digits), or {@code null}
     * @param shipments the shipments
     * @return the batch text, records separated by this codec's separator and ended by it
     * @throws CatairException naming the record and field that cannot be written
     */
    public String batch(AesEnvelope envelope, LocalDate date, String batchControl, List<ExportInformation> shipments) {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(date, "date");
        Map<String, List<ExportInformation>> blocks = new LinkedHashMap<>();
        Map<String, String[]> usppis = new LinkedHashMap<>();
        for (ExportInformation x : shipments) {
            String[] id = usppiId(x);
            String key = id[0] + id[1];
            blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(x);
            usppis.putIfAbsent(key, new String[] {id[0], id[1], x.usppi() == null ? null : x.usppi().name()});
        }
        List<String> out = new ArrayList<>();
        RecordBuffer b = new RecordBuffer();
        out.add(header(b, AesLayouts.A, envelope, "XP", date, batchControl, true));
        for (Map.Entry<String, List<ExportInformation>> e : blocks.entrySet()) {
            String[] u = usppis.get(e.getKey());
            out.add(block(b, AesLayouts.B, u[0], u[1], u[2]));
            for (ExportInformation x : e.getValue()) {
                out.addAll(shipment(x));
            }
            out.add(block(b, AesLayouts.Y, u[0], u[1], u[2]));
        }
        out.add(header(b, AesLayouts.Z, envelope, "XP", date, batchControl, false));
        return join(out);
    }

    /**
     * Encodes one shipment's records (SC1 ... the last line's PGA), without the batch and block records.
     *
     * @param x the shipment
     * @return the records
     * @throws CatairException naming the record and field that cannot be written
     */
    public List<String> shipment(ExportInformation x) {
        Objects.requireNonNull(x, "shipment");
        List<String> out = new ArrayList<>();
        RecordBuffer b = new RecordBuffer();
        ShipmentAction action = x.effectiveAction();
        b.start(AesLayouts.SC1).set("relatedParties", yn(x.relatedParties()))
                .set("modeOfTransport", x.modeOfTransport() == null ? null : x.modeOfTransport().code())
                .set("countryOfDestination", x.countryOfDestination() == null ? null : x.countryOfDestination().code())
                .set("stateOfOrigin", x.stateOfOrigin()).set("carrier", x.carrier())
                .set("shipmentReference", x.shipmentReference()).set("action", action.code())
                .set("conveyanceName", x.conveyanceName())
                .set("filingOption", x.effectiveFilingOption().code())
                .set("portOfUnlading", x.portOfUnlading())
                .set("portOfExport", x.portOfExport() == null ? null : x.portOfExport().code())
                .set("dateOfExport", x.dateOfExport()).set("hazardousMaterials", yn(x.hazardousMaterials()));
        out.add(b.toRecord());
        if (action == ShipmentAction.CANCEL) {
            return out;
        }
        b.start(AesLayouts.SC2).set("inBondCode", x.inBondCode() == null ? "70" : x.inBondCode())
                .set("entryNumber", x.inBondEntryNumber()).set("ftzIdentifier", x.ftzIdentifier())
                .set("routedExport", yn(x.routedExport()))
                .set("originalItn", x.originalItn() == null ? null : x.originalItn().toString());
        out.add(b.toRecord());
        for (TransportDetail t : x.transportDetails()) {
            if (blank(t.equipmentNumber()) && blank(t.sealNumber()) && blank(t.transportationReference())) {
                continue;
            }
            b.start(AesLayouts.SC3).set("equipmentNumber", t.equipmentNumber()).set("sealNumber", t.sealNumber())
                    .set("transportationReference", t.transportationReference());
            out.add(b.toRecord());
        }
        String[] id = usppiId(x);
        ImporterNumber irs = x.usppiId();
        party(out, b, "E", x.usppi(), id[0], id[1], x.usppiContact(), null, null,
                irs == null ? null : digits(irs.reveal()).substring(0, 9), irs == null ? null : id[1]);
        if (x.forwardingAgent() != null) {
            party(out, b, "F", x.forwardingAgent(), null, null, null, null, null, null, null);
        }
        if (x.ultimateConsignee() != null || Boolean.TRUE.equals(x.soldEnRoute())) {
            party(out, b, "C", x.ultimateConsignee(), null, null, null, yn(x.soldEnRoute()), x.consigneeType(), null,
                    null);
        }
        if (x.intermediateConsignee() != null) {
            party(out, b, "I", x.intermediateConsignee(), null, null, null, null, null, null, null);
        }
        for (int i = 0; i < x.lines().size(); i++) {
            line(out, b, x.lines().get(i), i + 1);
        }
        return out;
    }

    private void line(List<String> out, RecordBuffer b, ExportLine l, int number) {
        String code = l.licenseCode();
        if (code != null && DDTC.contains(code)) {
            throw new CatairException(0, "ODT", "licenseCode", "", "line " + number + " has DDTC licence code " + code
                    + ": its ODT record's positions are not published, so the SDK cannot file it yet");
        }
        inferred("CL1");
        b.start(AesLayouts.CL1).set("exportInformationCode", l.exportInformationCode()).set("lineNumber", number)
                .set("description", l.description())
                .set("licenseValue", l.licenseValue() == null ? BigDecimal.ZERO : dollars(l.licenseValue()))
                .set("lineAction", "A").set("licenseCode", code).set("originIndicator", l.originIndicator());
        out.add(b.toRecord());
        b.start(AesLayouts.CL2)
                .set("commodityNumber", l.commodityNumber() == null ? null
                        : new BigDecimal(l.commodityNumber().digits()))
                .set("unit1", unit(l.quantity())).set("quantity1", whole(l.quantity(), "quantity1"))
                .set("value", l.value() == null ? null : dollars(l.value()))
                .set("unit2", unit(l.quantity2())).set("quantity2", whole(l.quantity2(), "quantity2"))
                .set("shippingWeight", l.shippingWeightKg() == null ? 0L : l.shippingWeightKg())
                .set("eccn", l.eccn()).set("licenseNumber", l.licenseNumber());
        out.add(b.toRecord());
        for (UsedVehicle v : l.usedVehicles()) {
            b.start(AesLayouts.EV1).set("vehicleId", v.vehicleId()).set("qualifier", v.qualifier())
                    .set("titleNumber", v.titleNumber()).set("titleState", v.titleState());
            out.add(b.toRecord());
        }
        for (ExportPga p : l.pga()) {
            b.start(AesLayouts.PGA).set("agencyId", p.agencyId()).set("data", p.data());
            out.add(b.toRecord());
        }
    }

    private static void party(List<String> out, RecordBuffer b, String type, Party p, String id, String idType,
            ExportContact contact, String soldEnRoute, String consigneeType, String irsNumber, String irsType) {
        String partyId = id;
        String partyIdType = idType;
        if (partyId == null && p != null && p.identifier() != null) {
            partyId = digitsOrText(p.identifier());
            partyIdType = idTypeOf(p.identifierQualifier());
        }
        b.start(AesLayouts.N01).set("partyId", partyId).set("partyIdType", partyIdType).set("partyType", type)
                .set("name", p == null ? null : p.name())
                .set("contactFirstName", contact == null ? null : contact.firstName())
                .set("contactLastName", contact == null ? null : contact.lastName()).set("soldEnRoute", soldEnRoute);
        out.add(b.toRecord());
        Address a = p == null ? null : p.address();
        List<String> street = a == null ? List.of() : a.streetLines();
        b.start(AesLayouts.N02).set("address1", street.isEmpty() ? null : street.get(0))
                .set("address2", street.size() < 2 ? null : street.get(1))
                .set("phone", contact == null ? null : contact.phone());
        out.add(b.toRecord());
        String state = a == null ? null : a.subdivision();
        b.start(AesLayouts.N03).set("city", a == null ? null : a.city()).set("state", state)
                .set("country", a == null || a.country() == null ? null : a.country().code())
                .set("postalCode", a == null || a.postalCode() == null ? null : a.postalCode().replace("-", ""))
                .set("irsNumber", irsNumber).set("irsIdType", irsType).set("consigneeType", consigneeType);
        out.add(b.toRecord());
    }

    /** The USPPI's AES id and type: the IRS number (EIN with suffix, or SSN), else the party's DUNS or foreign id. */
    static String[] usppiId(ExportInformation x) {
        ImporterNumber n = x.usppiId();
        if (n != null) {
            switch (n.format()) {
                case IRS_NUMBER:
                    return new String[] {digits(n.reveal()), "E"};
                case SOCIAL_SECURITY_NUMBER:
                    return new String[] {digits(n.reveal()), "S"};
                default:
                    throw new CatairException(0, "B", "usppiId", "4-14",
                            "a CBP-assigned number does not identify a USPPI in AES");
            }
        }
        Party p = x.usppi();
        if (p != null && p.identifier() != null) {
            return new String[] {digitsOrText(p.identifier()), idTypeOf(p.identifierQualifier())};
        }
        throw new CatairException(0, "B", "usppiId", "4-14", "the USPPI has no id (usppiId, or the party's DUNS)");
    }

    private static String idTypeOf(String qualifier) {
        if (qualifier == null) {
            return null;
        }
        switch (qualifier.trim().toUpperCase(java.util.Locale.ROOT)) {
            case "DUNS":
            case "DUN":
            case "D":
                return "D";
            case "EIN":
            case "EI":
            case "E":
                return "E";
            case "FOREIGN":
            case "T":
                return "T";
            default:
                throw new CatairException(0, "N01", "partyIdType", "15", "identifier qualifier '" + qualifier
                        + "' is none of DUNS, EIN, FOREIGN");
        }
    }

    private String header(RecordBuffer b, RecordLayout l, AesEnvelope env, String app, LocalDate date,
            String batchControl, boolean withPassword) {
        inferred(l.recordId());
        b.start(l).set("filerId", env.filerId()).set("filerIdType", env.filerIdType()).set("applicationId", app)
                .set("transmitterDate", date).set("batchControl", batchControl)
                .set("transmitterId", env.transmitterId());
        if (l == AesLayouts.A && withPassword) {
            // the input A: the password, and N for the data entry center indicator (centres no longer transmit)
            b.set("password", env.password()).set("dataEntryCenter", "N");
        }
        return b.toRecord();
    }

    private String block(RecordBuffer b, RecordLayout l, String usppiId, String type, String name) {
        if (l != AesLayouts.B) {
            inferred(l.recordId());
        }
        return b.start(l).set("usppiId", usppiId).set("usppiIdType", type).set("usppiName", name).toRecord();
    }

    /** Refuses a record laid out from samples only, unless this codec was asked to encode them. */
    void inferred(String recordId) {
        if (!inferredLayouts && AesLayouts.INFERRED.contains(recordId)) {
            throw new CatairException(0, recordId, null, "", "the AES " + recordId + " record is laid out from"
                    + " samples only, not from a published layout; build the codec with inferredLayouts(true) to"
                    + " encode it (and check it in CBP's certification environment)");
        }
    }

    String join(List<String> records) {
        StringBuilder sb = new StringBuilder(records.size() * 82);
        for (String r : records) {
            sb.append(r).append(separator.text());
        }
        return sb.toString();
    }

    private static String yn(Boolean b) {
        return b == null ? null : b ? "Y" : "N";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String digits(String s) {
        return s.replaceAll("[^0-9A-Z]", "");
    }

    private static String digitsOrText(String s) {
        return s.trim().replace("-", "").replace(" ", "");
    }

    private static BigDecimal dollars(Money m) {
        if (!m.isUsd()) {
            throw new CatairException(0, "CL2", "value", "27-36", "AES takes U.S. dollars, not " + m.currency());
        }
        return m.amount().setScale(0, RoundingMode.HALF_UP);
    }

    private static String unit(Quantity q) {
        return q == null ? null : q.unitCode();
    }

    private static BigDecimal whole(Quantity q, String field) {
        if (q == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal a = q.amount().stripTrailingZeros();
        if (a.scale() > 0) {
            throw new CatairException(0, "CL2", field, field.equals("quantity1") ? "17-26" : "40-49",
                    "AES takes whole units; " + a.toPlainString() + " has a fraction");
        }
        return a.setScale(0, RoundingMode.UNNECESSARY);
    }

    // ------------------------------------------------------------------ decoding

    /**
     * Decodes an XP batch into its shipments (the fake AES reads filings this way).
     *
     * @param text the batch
     * @return the shipments, in order
     * @throws CatairException naming the record, line and field that cannot be read
     */
    public static List<ExportInformation> filings(CharSequence text) {
        return AesReader.filings(text);
    }

    /**
     * Decodes an XT (or XN) answer into one typed response per shipment; a batch or block rejection with no shipment
     * is a response without a shipment reference.
     *
     * @param text the answer batch
     * @return the responses, in order
     * @throws CatairException naming the record and line that cannot be read
     */
    public static List<ExportResponse> responses(CharSequence text) {
        return AesReader.responses(text);
    }

    /**
     * AES's answer as the SDK's generic responses (one per shipment, application {@code XT} or {@code XN}): the
     * disposition, each ES1 as a condition (severity fatal, warning, or informational for verify, compliance and
     * notifications), and the shipment's records. {@link #responses(CharSequence)} gives the typed answer.
     *
     * @param text the answer batch
     * @return the responses
     */
    public static List<org.acesdk.model.response.CbpResponse> cbpResponses(CharSequence text) {
        // the A record names XT or XN; an answer without one is an XT
        String app = isAes(text) ? text.subSequence(21, 23).toString() : "XT";
        List<org.acesdk.model.response.CbpResponse> out = new ArrayList<>();
        for (ExportResponse r : responses(text)) {
            List<org.acesdk.model.response.Condition> cs = new ArrayList<>();
            for (ExportResponse.Condition c : r.conditions()) {
                org.acesdk.model.response.ConditionSeverity sev = switch (c.severity()) {
                    case FATAL -> org.acesdk.model.response.ConditionSeverity.FATAL;
                    case WARNING -> org.acesdk.model.response.ConditionSeverity.WARNING;
                    default -> org.acesdk.model.response.ConditionSeverity.INFORMATIONAL;
                };
                cs.add(new org.acesdk.model.response.Condition(c.code(), sev, null, c.narrative(), "ES1",
                        c.lineNumber()));
            }
            List<String> raw = new ArrayList<>();
            if (r.shipmentReference() != null) {
                raw.add(new RecordBuffer().start(AesLayouts.B).set("usppiId", r.usppiId())
                        .set("usppiIdType", r.usppiIdType()).set("usppiName", r.usppiName()).toRecordAsIs());
            }
            raw.addAll(ECHO.shipmentAnswer(new RecordBuffer(), r));
            out.add(new org.acesdk.model.response.CbpResponse(app, null, r.disposition(), cs, raw));
        }
        return out;
    }

    /**
     * Encodes AES's answer (application {@code XT}) to the responses given, as AES does: the A record echoed without
     * the password, per USPPI a block of each shipment's SC1 echo, its conditions, each line echo with its
     * conditions, and the final condition last. The testkit's fake AES answers this way.
     *
     * @param envelope the filer and transmitter echoed in A and Z
     * @param date the date written in A and Z
     * @param batchControl the filer's batch control number, echoed
     * @param responses the responses, each with its echoes
     * @return the answer batch
     */
    public String answer(AesEnvelope envelope, LocalDate date, String batchControl, List<ExportResponse> responses) {
        List<String> out = new ArrayList<>();
        RecordBuffer b = new RecordBuffer();
        out.add(header(b, AesLayouts.A, envelope, "XT", date, batchControl, false));
        String open = null;
        String[] usppi = null;
        for (ExportResponse r : responses) {
            String key = r.usppiIdType() + "|" + r.usppiId() + "|" + r.usppiName();
            if (!key.equals(open)) {
                if (usppi != null) {
                    out.add(block(b, AesLayouts.Y, usppi[0], usppi[1], usppi[2]));
                }
                usppi = new String[] {r.usppiId(), r.usppiIdType(), r.usppiName()};
                out.add(b.start(AesLayouts.B).set("usppiId", usppi[0]).set("usppiIdType", usppi[1])
                        .set("usppiName", usppi[2]).toRecordAsIs());
                open = key;
            }
            out.addAll(shipmentAnswer(b, r));
        }
        if (usppi != null) {
            out.add(block(b, AesLayouts.Y, usppi[0], usppi[1], usppi[2]));
        }
        out.add(header(b, AesLayouts.Z, envelope, "XT", date, batchControl, false));
        return join(out);
    }

    /** One shipment's part of an answer: SC1 echo, shipment conditions, line echoes and conditions, final. */
    List<String> shipmentAnswer(RecordBuffer b, ExportResponse r) {
        List<String> out = new ArrayList<>();
        List<String> echoes = r.echoes();
        int i = 0;
        if (!echoes.isEmpty() && echoes.get(0).startsWith("SC1")) {
            out.add(echoes.get(0));
            i = 1;
        }
        for (ExportResponse.Condition c : r.conditions()) {
            if (!c.finalDisposition() && c.lineNumber() == null) {
                out.add(es1(b, c, r.disposition()));
            }
        }
        while (i < echoes.size()) {
            String cl1 = echoes.get(i++);
            out.add(cl1);
            while (i < echoes.size() && !echoes.get(i).startsWith("CL1")) {
                out.add(echoes.get(i++));
            }
            Integer line = cl1.startsWith("CL1") ? lineNumberOf(cl1) : null;
            for (ExportResponse.Condition c : r.conditions()) {
                if (!c.finalDisposition() && line != null && line.equals(c.lineNumber())) {
                    out.add(es1(b, c, r.disposition()));
                }
            }
        }
        for (ExportResponse.Condition c : r.conditions()) {
            if (c.finalDisposition()) {
                out.add(es1(b, c, r.disposition()));
            }
        }
        return out;
    }

    static Integer lineNumberOf(String cl1) {
        String n = cl1.length() >= 10 ? cl1.substring(6, 10).trim() : "";
        return n.matches("[0-9]{1,4}") ? Integer.valueOf(n) : null;
    }

    private String es1(RecordBuffer b, ExportResponse.Condition c, Disposition d) {
        inferred("ES1");
        String disposition = !c.finalDisposition() ? null : Disposition.REJECTED.equals(d) ? "R" : "A";
        String severity = c.severityCode() == null || c.severityCode().isBlank() || c.severityCode().equals("?")
                ? null : c.severityCode();
        return b.start(AesLayouts.ES1).set("responseCode", c.code()).set("disposition", disposition)
                .set("severity", severity).set("narrative", c.narrative())
                .set("itn", c.itn() == null ? null : c.itn().toString()).toRecord();
    }

    /** Builds an {@link AesCodec}. */
    public static final class Builder {
        private boolean inferredLayouts;
        private LineSeparator separator = LineSeparator.LF;

        private Builder() {
        }

        /**
         * Whether to encode the records laid out from samples only (A, Y, Z, CL1, ES1): needed to file at all until
         * CBP's layout confirms them.
         */
        public Builder inferredLayouts(boolean on) {
            this.inferredLayouts = on;
            return this;
        }

        /** The record separator (LF by default; AES samples concatenate records with none). */
        public Builder separator(LineSeparator s) {
            this.separator = Objects.requireNonNull(s, "separator");
            return this;
        }

        /** Builds the codec. */
        public AesCodec build() {
            return new AesCodec(inferredLayouts, separator);
        }
    }
}
