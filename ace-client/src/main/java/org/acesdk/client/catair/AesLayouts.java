package org.acesdk.client.catair;

import static org.acesdk.client.catair.FieldSpec.of;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The AES proprietary record layouts (AESTIR Part II 1(a), as read in the SDK's AES reference): the batch and block
 * records A, B, Y, Z, the shipment records SC1-SC3, the parties N01-N03, the commodity lines CL1, CL2, EV1, PGA, and
 * the answer's condition record ES1. Positions are 1-based and inclusive, each record 80 characters.
 *
 * <p>The input A, Y and Z, CL1 and ES1 are laid out from samples only, not from a published layout: {@link #INFERRED}
 * names them, and {@link AesCodec} encodes them only when built with {@code inferredLayouts(true)}. The DDTC record ODT
 * is not here: its positions are not published.
 */
public final class AesLayouts {
    /** Batch header (input {@code XP}, output {@code XT}/{@code XN}); inferred from the output layouts and samples. */
    public static final RecordLayout A = RecordLayout.of("A", "AES batch header",
            of("filerId", 6, 14, FieldType.AN).mandatory(),
            of("password", 15, 20, FieldType.X),
            of("filerIdType", 21, 21, FieldType.A).mandatory().codes("D", "S", "E"),
            of("applicationId", 22, 23, FieldType.AN).mandatory(),
            of("transmitterDate", 24, 31, FieldType.DATE_CCYYMMDD).mandatory(),
            of("batchControl", 32, 37, FieldType.AN),
            of("dataEntryCenter", 38, 38, FieldType.A),
            of("transmitterId", 39, 47, FieldType.AN).mandatory());
    /** Block header: one USPPI per block. */
    public static final RecordLayout B = RecordLayout.of("B", "AES block header (USPPI)",
            of("usppiId", 4, 14, FieldType.AN).mandatory(),
            of("usppiIdType", 15, 15, FieldType.A).mandatory().codes("D", "S", "E", "T"),
            of("usppiName", 26, 55, FieldType.X).mandatory(),
            of("aesGenerated", 80, 80, FieldType.AN));
    /** Shipment control 1: the shipment, its action, mode, carrier, ports and date. */
    public static final RecordLayout SC1 = RecordLayout.of("SC1", "Shipment control 1",
            of("relatedParties", 4, 4, FieldType.A).codes("Y", "N"),
            of("modeOfTransport", 5, 6, FieldType.AN),
            of("countryOfDestination", 7, 8, FieldType.A),
            of("stateOfOrigin", 9, 10, FieldType.A),
            of("carrier", 11, 14, FieldType.AN),
            of("shipmentReference", 15, 31, FieldType.X).mandatory(),
            of("action", 32, 32, FieldType.A).mandatory().codes("A", "R", "C", "X"),
            of("conveyanceName", 33, 55, FieldType.X),
            of("filingOption", 56, 56, FieldType.AN),
            of("aeiFilingType", 57, 57, FieldType.A),
            of("portOfUnlading", 58, 62, FieldType.AN),
            of("portOfExport", 63, 66, FieldType.AN),
            of("dateOfExport", 67, 74, FieldType.DATE_CCYYMMDD),
            of("hazardousMaterials", 76, 76, FieldType.A).codes("Y", "N"),
            of("aesGenerated", 80, 80, FieldType.AN));
    /** Shipment control 2: in-bond, zone, routed export, original ITN. */
    public static final RecordLayout SC2 = RecordLayout.of("SC2", "Shipment control 2",
            of("inBondCode", 4, 5, FieldType.AN).mandatory().codes("36", "37", "67", "68", "70"),
            of("entryNumber", 6, 20, FieldType.AN),
            of("ftzIdentifier", 21, 29, FieldType.AN),
            of("routedExport", 41, 41, FieldType.A).mandatory().codes("Y", "N"),
            of("originalItn", 42, 56, FieldType.AN));
    /** Transportation detail: equipment, seal, transportation reference. */
    public static final RecordLayout SC3 = RecordLayout.of("SC3", "Transportation detail",
            of("equipmentNumber", 4, 17, FieldType.AN),
            of("sealNumber", 18, 32, FieldType.X),
            of("transportationReference", 33, 62, FieldType.X));
    /** Party name: USPPI (E), forwarding agent (F), ultimate (C) or intermediate (I) consignee. */
    public static final RecordLayout N01 = RecordLayout.of("N01", "Party name",
            of("partyId", 4, 14, FieldType.AN),
            of("partyIdType", 15, 15, FieldType.A).codes("D", "S", "E", "T"),
            of("partyType", 16, 16, FieldType.A).mandatory().codes("E", "F", "C", "I"),
            of("name", 17, 46, FieldType.X),
            of("contactFirstName", 47, 59, FieldType.X),
            of("contactLastName", 60, 79, FieldType.X),
            of("soldEnRoute", 80, 80, FieldType.A).codes("Y", "N"));
    /** Party address. */
    public static final RecordLayout N02 = RecordLayout.of("N02", "Party address",
            of("address1", 4, 35, FieldType.X),
            of("address2", 36, 67, FieldType.X),
            of("phone", 68, 80, FieldType.AN));
    /** Party city, state, country, postal code; the USPPI's IRS number; the consignee type. */
    public static final RecordLayout N03 = RecordLayout.of("N03", "Party city, state, country",
            of("city", 4, 28, FieldType.X),
            of("state", 29, 30, FieldType.A),
            of("country", 31, 32, FieldType.A),
            of("postalCode", 33, 41, FieldType.AN),
            of("irsNumber", 42, 50, FieldType.AN),
            of("irsIdType", 51, 51, FieldType.A).codes("S", "E"),
            of("consigneeType", 52, 52, FieldType.A).codes("D", "G", "O", "R"));
    /** Commodity line 1; inferred from one sample: nothing after position 71 is known. */
    public static final RecordLayout CL1 = RecordLayout.of("CL1", "Commodity line 1",
            of("exportInformationCode", 4, 5, FieldType.AN),
            of("lineNumber", 7, 10, FieldType.N),
            of("description", 11, 55, FieldType.X),
            of("licenseValue", 56, 65, FieldType.N),
            of("lineAction", 67, 67, FieldType.A),
            of("licenseCode", 68, 70, FieldType.AN),
            of("originIndicator", 71, 71, FieldType.A).codes("D", "F"),
            of("outputFlag", 80, 80, FieldType.AN));
    /** Commodity line 2: classification, quantities, value, weight, ECCN, licence number. */
    public static final RecordLayout CL2 = RecordLayout.of("CL2", "Commodity line 2",
            of("commodityNumber", 4, 13, FieldType.SN),
            of("unit1", 14, 16, FieldType.AN),
            of("quantity1", 17, 26, FieldType.N),
            of("value", 27, 36, FieldType.N),
            of("unit2", 37, 39, FieldType.AN),
            of("quantity2", 40, 49, FieldType.N),
            of("shippingWeight", 50, 59, FieldType.N),
            of("eccn", 60, 64, FieldType.AN),
            of("licenseNumber", 65, 78, FieldType.X));
    /** Used vehicle. */
    public static final RecordLayout EV1 = RecordLayout.of("EV1", "Used vehicle",
            of("vehicleId", 4, 28, FieldType.AN).mandatory(),
            of("qualifier", 29, 29, FieldType.A).mandatory().codes("V", "P"),
            of("titleNumber", 30, 44, FieldType.AN),
            of("titleState", 45, 46, FieldType.A));
    /** Partner government agency data, as the agency lays it out (AESTIR appendix Q). */
    public static final RecordLayout PGA = RecordLayout.of("PGA", "Partner government agency",
            of("agencyId", 4, 6, FieldType.AN).mandatory(),
            of("data", 7, 79, FieldType.X));
    /** Block trailer: repeats the B record's USPPI; inferred from samples. */
    public static final RecordLayout Y = RecordLayout.of("Y", "AES block trailer",
            of("usppiId", 4, 14, FieldType.AN),
            of("usppiIdType", 15, 15, FieldType.A),
            of("usppiName", 26, 55, FieldType.X));
    /** Batch trailer: repeats the A record without the password. */
    public static final RecordLayout Z = RecordLayout.of("Z", "AES batch trailer",
            of("filerId", 6, 14, FieldType.AN).mandatory(),
            of("filerIdType", 21, 21, FieldType.A).mandatory(),
            of("applicationId", 22, 23, FieldType.AN).mandatory(),
            of("transmitterDate", 24, 31, FieldType.DATE_CCYYMMDD).mandatory(),
            of("batchControl", 32, 37, FieldType.AN),
            of("transmitterId", 39, 47, FieldType.AN).mandatory(),
            of("aesGenerated", 80, 80, FieldType.AN));
    /** A condition of AES's answer: response code, final disposition, severity, narrative, ITN; inferred from samples. */
    public static final RecordLayout ES1 = RecordLayout.of("ES1", "Response condition",
            of("responseCode", 4, 6, FieldType.AN).mandatory(),
            of("disposition", 8, 8, FieldType.A),
            of("severity", 9, 9, FieldType.A),
            of("narrative", 11, 50, FieldType.X),
            of("itn", 51, 65, FieldType.AN));

    /** The records laid out from samples only (AES reference 4.1, 4.9, 4.14, 4.17): encoded only on request. */
    public static final Set<String> INFERRED = Set.of("A", "Y", "Z", "CL1", "ES1");

    private static final List<RecordLayout> ALL = List.of(A, B, SC1, SC2, SC3, N01, N02, N03, CL1, CL2, EV1, PGA, Y, Z,
            ES1);
    private static final Map<String, RecordLayout> BY_ID;

    static {
        Map<String, RecordLayout> m = new java.util.HashMap<>();
        for (RecordLayout l : ALL) {
            m.put(l.recordId(), l);
        }
        BY_ID = Map.copyOf(m);
    }

    private AesLayouts() {
    }

    /** Every AES layout the SDK knows. */
    public static List<RecordLayout> all() {
        return ALL;
    }

    /** The layout of an AES record: by its first three characters, or its first for A, B, Y, Z; else none. */
    public static java.util.Optional<RecordLayout> find(String record) {
        if (record == null || record.isEmpty()) {
            return java.util.Optional.empty();
        }
        RecordLayout l = record.length() >= 3 ? BY_ID.get(record.substring(0, 3)) : null;
        return java.util.Optional.ofNullable(l != null ? l : BY_ID.get(record.substring(0, 1)));
    }
}
