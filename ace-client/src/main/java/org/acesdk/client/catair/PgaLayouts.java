package org.acesdk.client.catair;

import static org.acesdk.client.catair.FieldType.A;
import static org.acesdk.client.catair.FieldType.AN;
import static org.acesdk.client.catair.FieldType.DATE_MMDDCCYY;
import static org.acesdk.client.catair.FieldType.FILLER;
import static org.acesdk.client.catair.FieldType.N;
import static org.acesdk.client.catair.FieldType.SN;
import static org.acesdk.client.catair.FieldType.X;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The record layouts of the PGA Message Set (CBP CATAIR chapter of July 1, 2026, as transcribed by two independent
 * implementations and checked against a commercial one's transmissions): OI, PG00-PG02, PG04-PG08, PG10, PG13,
 * PG14, PG17-PG35, PG50, PG51, PG55 and PG60, identical in AE and SE; and the pre-ACE FD01-FD05 records, decoded only.
 * An unused numeric field is spaces; dates are {@code MMDDCCYY}. Notes mark what rests on one source or is uncertain.
 */
public final class PgaLayouts {
    private PgaLayouts() {
    }

    private static FieldSpec f(String name, int start, int end, FieldType type) {
        return FieldSpec.of(name, start, end, type);
    }

    private static FieldSpec fill(int start, int end) {
        return FieldSpec.of("filler", start, end, FILLER);
    }

    private static final String ONE_SOURCE = "spec transcription only; no wire sample";

    /** OI: commercial description, one per tariff before its PG01s. */
    public static final RecordLayout OI = RecordLayout.of("OI", "PGA commercial description",
            f("filler", 3, 10, FILLER), f("description", 11, 80, X));
    /** PG00: substitution. */
    public static final RecordLayout PG00 = RecordLayout.of("PG00", "Substitution",
            f("indicator", 5, 5, X).mandatory().codes("S", "E", "R"),
            f("number", 6, 9, AN).note("[uncertain] mandatory in one transcription, conditional in the other"),
            fill(10, 80));
    /** PG01: agency, program, processing, intended use, disclaimer. */
    public static final RecordLayout PG01 = RecordLayout.of("PG01", "PGA line: agency and program",
            f("lineNumber", 5, 7, N).mandatory(), f("agency", 8, 10, AN).mandatory(), f("program", 11, 13, X),
            f("processing", 14, 16, AN), f("electronicImage", 17, 17, A), f("confidential", 18, 18, A),
            f("productIdQualifier", 19, 22, AN), f("productId", 23, 41, X), f("intendedUse", 42, 57, X),
            f("intendedUseDescription", 58, 78, X), f("correction", 79, 79, X), f("disclaimer", 80, 80, A));
    /** PG02: product or component identifier. */
    public static final RecordLayout PG02 = RecordLayout.of("PG02", "Product identifier",
            f("itemType", 5, 5, A), f("qualifier1", 6, 9, AN), f("number1", 10, 28, X), f("qualifier2", 29, 32, AN),
            f("number2", 33, 51, X), f("qualifier3", 52, 55, AN), f("number3", 56, 74, X), fill(75, 80));
    /** PG04: constituent or active ingredient. */
    public static final RecordLayout PG04 = RecordLayout.of("PG04", "Constituent",
            f("activeIngredient", 5, 5, A), f("name", 6, 56, X), f("quantity", 57, 68, SN).dec(2),
            f("unit", 69, 73, AN), f("percent", 74, 80, SN).dec(4));
    /** PG05: scientific species. */
    public static final RecordLayout PG05 = RecordLayout.of("PG05", "Scientific species",
            f("genus", 5, 26, X), f("species", 27, 48, X), f("subspecies", 49, 66, X), f("speciesCode", 67, 73, AN),
            f("fwsDescriptionCode", 74, 80, AN));
    /** PG06: source, processing, origin. */
    public static final RecordLayout PG06 = RecordLayout.of("PG06", "Source / origin",
            f("sourceType", 5, 7, AN).mandatory(), f("country", 8, 9, X), f("location", 10, 29, X),
            f("processingStart", 30, 37, DATE_MMDDCCYY), f("processingEnd", 38, 45, DATE_MMDDCCYY),
            f("processingType", 46, 50, AN), f("processingDescription", 51, 80, X));
    /** PG07: brand, model, manufacture date, item identity number. */
    public static final RecordLayout PG07 = RecordLayout.of("PG07", "Brand, model, item identity",
            f("brandName", 5, 39, X), f("model", 40, 54, X),
            f("manufactureDate", 55, 60, AN).note("MMCCYY, month 00 when only the year is known"),
            f("identityQualifier", 61, 63, AN), f("identityNumber", 64, 80, X));
    /** PG08: additional item identity numbers. */
    public static final RecordLayout PG08 = RecordLayout.of("PG08", "Additional item identity numbers",
            f("number1", 5, 21, X), f("number2", 22, 38, X), f("number3", 39, 55, X), f("number4", 56, 72, X),
            fill(73, 80));
    /** PG10: commodity category or characteristic. */
    public static final RecordLayout PG10 = RecordLayout.of("PG10", "Commodity characteristic",
            f("categoryType", 5, 10, AN), f("category", 11, 15, AN), f("commodityQualifier", 16, 19, X),
            f("characteristicQualifier", 20, 23, AN), f("description", 24, 80, X));
    /** PG13: LPCO issuer. */
    public static final RecordLayout PG13 = RecordLayout.of("PG13", "LPCO issuer",
            f("issuer", 5, 39, X), f("issuerQualifier", 40, 42, A), f("issuerLocation", 43, 45, A),
            f("issuerRegion", 46, 70, X), fill(71, 80));
    /** PG14: LPCO details. */
    public static final RecordLayout PG14 = RecordLayout.of("PG14", "LPCO details",
            f("transactionType", 5, 5, SN), f("lpcoType", 6, 8, AN), f("number", 9, 41, X),
            f("dateQualifier", 42, 42, SN), f("date", 43, 50, DATE_MMDDCCYY), f("quantity", 51, 66, SN).dec(4),
            f("unit", 67, 71, AN), f("exemptionCode", 72, 80, X));
    /** PG17: common names (FWS). */
    public static final RecordLayout PG17 = RecordLayout.of("PG17", "Common name",
            f("specificName", 5, 34, X).note(ONE_SOURCE), f("generalName", 35, 64, X), f("liveVenomous", 65, 65, A),
            f("cartons", 66, 70, SN), fill(71, 80));
    /** PG18: hazardous material. */
    public static final RecordLayout PG18 = RecordLayout.of("PG18", "Hazardous material",
            f("unCode", 5, 14, AN).note(ONE_SOURCE), f("hazardClass", 15, 18, X), f("epaWasteCode", 19, 22, AN),
            f("description", 23, 72, X), f("packingGroup", 73, 73, SN), fill(74, 80));
    /** PG19: entity identification. */
    public static final RecordLayout PG19 = RecordLayout.of("PG19", "Entity",
            f("role", 5, 7, AN).mandatory(), f("idCode", 8, 10, AN), f("number", 11, 25, X), f("name", 26, 57, X),
            f("address1", 58, 80, X));
    /** PG20: entity address. */
    public static final RecordLayout PG20 = RecordLayout.of("PG20", "Entity address",
            f("address2", 5, 36, X), f("suite", 37, 41, X), f("city", 42, 62, X), f("state", 63, 65, AN),
            f("country", 66, 67, A), f("postalCode", 68, 76, X), fill(77, 80));
    /** PG21: individual (point of contact). */
    public static final RecordLayout PG21 = RecordLayout.of("PG21", "Point of contact",
            f("qualifier", 5, 7, AN), f("name", 8, 30, X), f("phone", 31, 45, X), f("email", 46, 80, X));
    /** PG22: importer's declaration. */
    public static final RecordLayout PG22 = RecordLayout.of("PG22", "Declaration",
            f("signedDocument", 5, 5, A), f("documentId", 6, 12, AN), f("conformance", 13, 17, X),
            f("role", 18, 20, AN), f("code", 21, 24, AN), f("certification", 25, 25, A),
            f("signatureDate", 26, 33, DATE_MMDDCCYY), f("invoiceNumber", 34, 50, X), f("description", 51, 80, X));
    /** PG23: affirmation of compliance. */
    public static final RecordLayout PG23 = RecordLayout.of("PG23", "Affirmation of compliance",
            f("code", 5, 9, X).mandatory(), f("qualifier", 10, 79, X), fill(80, 80));
    /** PG24: remarks. */
    public static final RecordLayout PG24 = RecordLayout.of("PG24", "Remarks",
            f("type", 5, 7, AN), f("code", 8, 12, AN), f("text", 13, 80, X));
    /** PG25: temperature, lot, PGA values. */
    public static final RecordLayout PG25 = RecordLayout.of("PG25", "Temperature, lot, values",
            f("temperatureQualifier", 5, 5, A), f("degreeType", 6, 6, A), f("negative", 7, 7, A),
            f("temperature", 8, 13, SN).dec(2), f("recordingLocation", 14, 14, A), f("lotQualifier", 15, 15, AN),
            f("lotNumber", 16, 40, X), f("productionStart", 41, 48, DATE_MMDDCCYY),
            f("productionEnd", 49, 56, DATE_MMDDCCYY), f("lineValue", 57, 68, SN),
            f("unitValue", 69, 80, SN).dec(2));
    /** PG26: packaging. */
    public static final RecordLayout PG26 = RecordLayout.of("PG26", "Packaging",
            f("level", 5, 5, N).mandatory(), f("quantity", 6, 17, SN).dec(2), f("unit", 18, 22, X),
            f("packageId", 23, 47, X), f("method", 48, 50, AN), f("material", 51, 65, X),
            f("packageFiller", 66, 80, X));
    /** PG27: shipping containers. */
    public static final RecordLayout PG27 = RecordLayout.of("PG27", "Shipping containers",
            f("number1", 5, 24, AN).mandatory(), f("type1", 25, 25, SN), f("length1", 26, 27, SN),
            f("number2", 28, 47, AN), f("type2", 48, 48, SN), f("length2", 49, 50, SN), f("number3", 51, 70, AN),
            f("type3", 71, 71, SN), f("length3", 72, 73, SN), fill(74, 80));
    /** PG28: can dimensions and package tracking. */
    public static final RecordLayout PG28 = RecordLayout.of("PG28", "Can dimensions / tracking",
            f("dimension1", 5, 8, X).note("[uncertain] N by the spec; one source space-pads"),
            f("dimension2", 9, 12, X), f("dimension3", 13, 16, X), f("trackingCode", 17, 20, AN),
            f("trackingNumber", 21, 70, AN), fill(71, 80));
    /** PG29: commodity quantities. */
    public static final RecordLayout PG29 = RecordLayout.of("PG29", "Quantities",
            f("netUnit", 5, 7, AN).note(ONE_SOURCE), f("net", 8, 19, SN).dec(2), f("grossUnit", 20, 22, AN),
            f("gross", 23, 34, SN).dec(2), f("unitNetUnit", 35, 37, AN), f("unitNet", 38, 49, SN).dec(2),
            f("unitGrossUnit", 50, 52, AN), f("unitGross", 53, 64, SN).dec(2), fill(65, 80));
    /** PG30: inspection, arrival, testing. */
    public static final RecordLayout PG30 = RecordLayout.of("PG30", "Inspection / arrival / testing",
            f("status", 5, 5, A).mandatory(), f("date", 6, 13, DATE_MMDDCCYY), f("time", 14, 17, AN),
            f("locationCode", 18, 21, AN).note("[uncertain] sources send 2 with a port"), f("location", 22, 71, X),
            fill(72, 80));
    /** PG31: harvesting vessel. */
    public static final RecordLayout PG31 = RecordLayout.of("PG31", "Harvesting vessel",
            f("characteristicType", 5, 7, AN).mandatory().note(ONE_SOURCE), f("characteristic", 8, 42, X),
            f("unit", 43, 45, AN), f("netWeight", 46, 55, SN).dec(2), fill(56, 80));
    /** PG32: commodity routing. */
    public static final RecordLayout PG32 = RecordLayout.of("PG32", "Routing",
            f("routingType", 5, 7, AN).mandatory().note(ONE_SOURCE), f("country", 8, 9, A),
            f("subUnitQualifier", 10, 12, AN), f("subUnitNumber", 13, 21, X), f("subUnitName", 22, 76, X),
            fill(77, 80));
    /** PG33: geographic area. */
    public static final RecordLayout PG33 = RecordLayout.of("PG33", "Geographic area",
            f("areaCode", 5, 13, X).note(ONE_SOURCE), f("areaName", 14, 78, X), fill(79, 80));
    /** PG34: travel document. */
    public static final RecordLayout PG34 = RecordLayout.of("PG34", "Travel document",
            f("documentType", 5, 7, AN).mandatory().note(ONE_SOURCE), f("nationality", 8, 9, A),
            f("documentNumber", 10, 44, X), fill(45, 80));
    /** PG35: conformance bond. */
    public static final RecordLayout PG35 = RecordLayout.of("PG35", "Conformance bond",
            f("suretyCode", 5, 7, AN).note(ONE_SOURCE), f("serialNumber", 8, 37, X), f("bondQualifier", 38, 38, SN),
            f("amount", 39, 46, SN), fill(47, 80));
    /** PG50: start of a repeating group. */
    public static final RecordLayout PG50 = RecordLayout.of("PG50", "Group start", fill(5, 80));
    /** PG51: end of a repeating group. */
    public static final RecordLayout PG51 = RecordLayout.of("PG51", "Group end", fill(5, 80));
    /** PG55: additional entity roles. */
    public static final RecordLayout PG55 = RecordLayout.of("PG55", "Additional entity roles",
            f("role1", 5, 7, AN), f("role2", 8, 10, AN), f("role3", 11, 13, AN), f("role4", 14, 16, AN),
            f("role5", 17, 19, AN), f("role6", 20, 22, AN), f("role7", 23, 25, AN), f("role8", 26, 28, AN),
            f("role9", 29, 31, AN), f("role10", 32, 34, AN), fill(35, 80));
    /** PG60: additional information (the encoder writes at most 72 characters: columns 8-79). */
    public static final RecordLayout PG60 = RecordLayout.of("PG60", "Additional information",
            f("qualifier", 5, 7, AN).mandatory(),
            f("text", 8, 80, X).note("[uncertain] 8-80 in two transcriptions, 8-79 in the commercial class"));

    /** FD01 (pre-ACE, decode only): product, storage, country, first affirmation, manufacturer, shipper. */
    public static final RecordLayout FD01 = RecordLayout.of("FD01", "Legacy FDA line (decode only)",
            f("lineNumber", 5, 7, SN), f("productCode", 8, 14, X), f("storage", 15, 15, X), f("unused", 16, 17, X),
            f("country", 18, 19, X), f("affirmationCode", 20, 22, X), f("affirmationQualifier", 23, 47, X),
            f("manufacturer", 48, 62, X), f("shipper", 63, 77, X), fill(78, 80));
    /** FD02 (decode only): five quantity and unit pairs. */
    public static final RecordLayout FD02 = RecordLayout.of("FD02", "Legacy FDA quantities (decode only)",
            f("quantity1", 5, 14, SN).dec(2), f("unit1", 15, 18, X), f("quantity2", 19, 28, SN).dec(2),
            f("unit2", 29, 32, X), f("quantity3", 33, 42, SN).dec(2), f("unit3", 43, 46, X),
            f("quantity4", 47, 56, SN).dec(2), f("unit4", 57, 60, X), f("quantity5", 61, 70, SN).dec(2),
            f("unit5", 71, 74, X), fill(75, 80));
    /** FD03 (decode only): value, consignee FEI, brand, container dimensions. */
    public static final RecordLayout FD03 = RecordLayout.of("FD03", "Legacy FDA value and brand (decode only)",
            f("value", 5, 14, SN), f("consigneeFei", 15, 26, X), f("brandName", 27, 64, X),
            f("dimension1", 65, 68, X), f("dimension2", 69, 72, X), f("dimension3", 73, 76, X), fill(77, 80));
    /** FD04 (decode only): sixth quantity, contact, unit value. */
    public static final RecordLayout FD04 = RecordLayout.of("FD04", "Legacy FDA contact (decode only)",
            f("quantity6", 5, 14, SN).dec(2), f("unit6", 15, 18, X), f("contactName", 19, 28, X),
            f("contactPhone", 29, 38, X), f("unitValue", 39, 50, SN).dec(2), fill(51, 80));
    /** FD05 (decode only): additional affirmation. */
    public static final RecordLayout FD05 = RecordLayout.of("FD05", "Legacy FDA affirmation (decode only)",
            f("affirmationCode", 5, 7, X), f("affirmationQualifier", 8, 32, X), fill(33, 80));

    /** Every layout by record identifier. */
    static final Map<String, RecordLayout> ALL = index(OI, PG00, PG01, PG02, PG04, PG05, PG06, PG07, PG08, PG10, PG13,
            PG14, PG17, PG18, PG19, PG20, PG21, PG22, PG23, PG24, PG25, PG26, PG27, PG28, PG29, PG30, PG31, PG32, PG33,
            PG34, PG35, PG50, PG51, PG55, PG60, FD01, FD02, FD03, FD04, FD05);

    private static Map<String, RecordLayout> index(RecordLayout... ls) {
        Map<String, RecordLayout> m = new LinkedHashMap<>();
        for (RecordLayout l : ls) {
            m.put(l.recordId(), l);
        }
        return Map.copyOf(m);
    }

    /** Every PGA layout (OI, PGnn, and the decode-only FDnn), in record order. */
    public static List<RecordLayout> all() {
        return List.of(OI, PG00, PG01, PG02, PG04, PG05, PG06, PG07, PG08, PG10, PG13, PG14, PG17, PG18, PG19, PG20,
                PG21, PG22, PG23, PG24, PG25, PG26, PG27, PG28, PG29, PG30, PG31, PG32, PG33, PG34, PG35, PG50, PG51,
                PG55, PG60, FD01, FD02, FD03, FD04, FD05);
    }
}
