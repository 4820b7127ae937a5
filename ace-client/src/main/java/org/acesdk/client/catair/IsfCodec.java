package org.acesdk.client.catair;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.acesdk.model.code.BondType;
import org.acesdk.model.code.CountryCode;
import org.acesdk.model.code.FilingAction;
import org.acesdk.model.code.HtsNumber;
import org.acesdk.model.code.ImporterNumber;
import org.acesdk.model.code.ScacCode;
import org.acesdk.model.isf.ImporterSecurityFiling;
import org.acesdk.model.isf.IsfBond;
import org.acesdk.model.isf.IsfContainer;
import org.acesdk.model.isf.IsfKind;
import org.acesdk.model.isf.IsfLine;
import org.acesdk.model.isf.IsfReference;
import org.acesdk.model.party.Address;
import org.acesdk.model.party.Party;

/**
 * Encodes and decodes Importer Security Filings as CATAIR SF transactions: SF10 header, SF15 bill, SF20 references
 * (the master bill as {@code MB}), SF25 containers, SF30 entities with their SF31 further names, SF35 address and SF36
 * geography (consignee
 * numbers as {@code CN}), and the commodity lines: for ISF-10 each manufacturer's SF30 {@code MF} group followed by its
 * SF40 lines (HTS and country of origin), for ISF-5 the SF40 lines and one SF50. A delete is the SF10 alone. The
 * estimated lading and arrival times are not on the wire (they judge timeliness). Stateless and thread-safe.
 */
public final class IsfCodec {
    private static final String UNSTRUCTURED = "15";

    private IsfCodec() {
    }

    /**
     * Encodes one ISF as 80-character records.
     *
     * @param isf the filing
     * @return the records
     * @throws CatairException naming the record and field that cannot be written
     */
    public static List<String> encode(ImporterSecurityFiling isf) {
        List<String> out = new ArrayList<>();
        RecordBuffer b = new RecordBuffer();
        boolean five = IsfKind.ISF_5.equals(isf.kind());
        FilingAction action = isf.effectiveAction();
        ImporterNumber ior = isf.importerNumber();
        b.start(CatairLayouts.SF_10).set("submissionType", five ? "2" : "1")
                .set("shipmentType", isf.shipmentType() == null ? "01" : isf.shipmentType())
                .set("actionCode", RecordBuffer.code("action", action, action.code()))
                .set("actionReason", isf.actionReason())
                .set("importerQualifier", ior == null ? null : qualifier(ior))
                .set("importerNumber", ior == null ? null : ior.reveal())
                .set("modeOfTransport", isf.modeOfTransport())
                .set("isfTransactionNumber", isf.transactionNumber())
                .set("carrierCode", isf.carrierCode() == null ? null : isf.carrierCode().code());
        IsfBond bond = isf.bond();
        if (bond != null) {
            b.set("bondHolder", bond.holder()).set("bondActivity", bond.activityCode())
                    .set("bondType", bond.type() == null ? null
                            : RecordBuffer.code("bond.type", bond.type(), bond.type().code()));
        }
        out.add(b.toRecord());
        if (action.equals(FilingAction.DELETE)) {
            return out;
        }
        List<String> bills = new ArrayList<>();
        bills.add(isf.billOfLading() == null ? "" : isf.billOfLading().trim());
        bills.addAll(isf.otherBills());
        for (String bill : bills) {
            b.start(CatairLayouts.SF_15).set("billType", isf.billType() == null ? "BM" : isf.billType())
                    .set("issuerCode", bill.length() > 4 ? bill.substring(0, 4) : bill)
                    .set("billNumber", bill.length() > 4 ? bill.substring(4) : null);
            out.add(b.toRecord());
        }
        if (isf.masterBillOfLading() != null) {
            b.start(CatairLayouts.SF_20).set("qualifier", "MB").set("reference", isf.masterBillOfLading());
            out.add(b.toRecord());
        }
        for (IsfReference r : isf.references()) {
            b.start(CatairLayouts.SF_20).set("qualifier", r.qualifier()).set("reference", r.value());
            out.add(b.toRecord());
        }
        for (IsfContainer c : isf.containers()) {
            b.start(CatairLayouts.SF_25).set("descriptionCode", c.descriptionCode()).set("initial", c.initial())
                    .set("number", c.number()).set("checkDigit", c.checkDigit()).set("sizeType", c.sizeType());
            out.add(b.toRecord());
        }
        for (ImporterNumber cn : isf.consigneeNumbers()) {
            b.start(CatairLayouts.SF_30).set("entityCode", "CN").set("identifierQualifier", qualifier(cn))
                    .set("identifier", cn.reveal());
            out.add(b.toRecord());
        }
        party(out, b, five ? "BKP" : "SE", five ? isf.bookingParty() : isf.seller());
        if (!five) {
            party(out, b, "BY", isf.buyer());
        }
        party(out, b, "ST", isf.shipTo());
        if (!five) {
            party(out, b, "LG", isf.containerStuffingLocation());
            party(out, b, "CS", isf.consolidator());
            // each manufacturer once, followed by its commodity lines
            Map<Party, List<IsfLine>> byManufacturer = new LinkedHashMap<>();
            for (IsfLine l : isf.lines()) {
                byManufacturer.computeIfAbsent(l.manufacturer(), k -> new ArrayList<>()).add(l);
            }
            for (Map.Entry<Party, List<IsfLine>> e : byManufacturer.entrySet()) {
                party(out, b, "MF", e.getKey());
                for (IsfLine l : e.getValue()) {
                    commodity(out, b, l.htsNumber(), l.countryOfOrigin());
                }
            }
        } else {
            for (IsfLine l : isf.lines()) {
                commodity(out, b, l.htsNumber(), null);
            }
            b.start(CatairLayouts.SF_50).set("qualifier1", isf.foreignPortOfUnlading() == null ? null : "K")
                    .set("foreignPortOfUnlading", isf.foreignPortOfUnlading())
                    .set("qualifier2", isf.placeOfDelivery() == null ? null : "D")
                    .set("placeOfDelivery", isf.placeOfDelivery());
            out.add(b.toRecord());
        }
        return out;
    }

    private static void commodity(List<String> out, RecordBuffer b, HtsNumber hts, CountryCode origin) {
        b.start(CatairLayouts.SF_40).set("htsNumber", hts == null ? null : hts.digits())
                .set("countryOfOrigin", origin == null ? null : origin.code());
        out.add(b.toRecord());
    }

    /** SF10/SF30's qualifier of an importer or consignee number: EI (IRS), ANI (CBP-assigned) or 34 (SSN), as SE10's. */
    private static String qualifier(ImporterNumber n) {
        return CargoReleaseCodec.importerType(n);
    }

    private static void party(List<String> out, RecordBuffer b, String code, Party p) {
        if (p == null) {
            return;
        }
        String q = p.identifierQualifier();
        b.start(CatairLayouts.SF_30).set("entityCode", code).set("entityName", p.name())
                .set("identifierQualifier", "DUNS".equals(q) ? "DUN" : q).set("identifier", p.identifier());
        out.add(b.toRecord());
        for (org.acesdk.model.party.OtherName n : p.otherNames()) {
            b.start(CatairLayouts.SF_31).set("entityCode", n.code()).set("name", n.name());
            out.add(b.toRecord());
        }
        Address a = p.address();
        if (a == null) {
            return;
        }
        List<String> lines = a.streetLines();
        for (int i = 0; i < lines.size(); i += 2) {
            b.start(CatairLayouts.SF_35).set("qualifier1", UNSTRUCTURED).set("address1", lines.get(i));
            if (i + 1 < lines.size()) {
                b.set("qualifier2", UNSTRUCTURED).set("address2", lines.get(i + 1));
            }
            out.add(b.toRecord());
        }
        b.start(CatairLayouts.SF_36).set("city", a.city()).set("subdivision", a.subdivision())
                .set("postalCode", a.postalCode()).set("country", a.country() == null ? null : a.country().code());
        out.add(b.toRecord());
    }

    /**
     * Decodes SF transactions (each starting at an SF10); SN echoes decode too (their SF90s are skipped).
     *
     * @param records the records, read in the SF layouts
     * @return the filings, in order
     * @throws CatairException naming a record that cannot be read
     */
    public static List<ImporterSecurityFiling> decode(List<CatairRecord> records) {
        List<ImporterSecurityFiling> out = new ArrayList<>();
        Reader r = null;
        for (CatairRecord read : records) {
            CatairRecord rec = CatairReader.inLayoutOf(read, "SF");
            if ("SF10".equals(rec.recordId())) {
                if (r != null) {
                    out.add(r.build());
                }
                r = new Reader(rec);
            } else if (r != null) {
                r.add(rec);
            }
        }
        if (r != null) {
            out.add(r.build());
        }
        return out;
    }

    /** One transaction being read. */
    private static final class Reader {
        final ImporterSecurityFiling.Builder b = ImporterSecurityFiling.builder();
        final boolean five;
        String entity;
        Party.Builder party;
        Address.Builder address;
        boolean hasAddress;
        Party manufacturer;
        final List<IsfLine> lines = new ArrayList<>();
        final List<HtsNumber> fiveLines = new ArrayList<>();
        int bills;

        Reader(CatairRecord r) {
            five = "2".equals(r.text("submissionType"));
            b.kind(five ? IsfKind.ISF_5 : IsfKind.ISF_10).shipmentType(r.text("shipmentType"))
                    .action(FilingAction.fromCode(r.text("actionCode"))).actionReason(r.text("actionReason"))
                    .importerNumber(r.parsed("importerNumber", ImporterNumber::parse))
                    .modeOfTransport(r.text("modeOfTransport")).transactionNumber(r.text("isfTransactionNumber"));
            ScacCode carrier = r.parsed("carrierCode", ScacCode::parse);
            b.carrierCode(carrier);
            String holder = r.text("bondHolder");
            if (holder != null || r.text("bondActivity") != null || r.text("bondType") != null) {
                String type = r.text("bondType");
                b.bond(new IsfBond(holder, r.text("bondActivity"), type == null ? null : BondType.fromCode(type)));
            }
        }

        void add(CatairRecord r) {
            switch (r.recordId()) {
                case "SF15": {
                    finishParty();
                    String bill = r.text("issuerCode", "") + r.text("billNumber", "");
                    if (bills++ == 0) {
                        b.billType(r.text("billType")).billOfLading(bill);
                    } else {
                        b.addOtherBill(bill);
                    }
                    break;
                }
                case "SF20":
                    if ("MB".equals(r.text("qualifier"))) {
                        b.masterBillOfLading(r.text("reference"));
                    } else {
                        b.addReference(new IsfReference(r.text("qualifier"), r.text("reference")));
                    }
                    break;
                case "SF25": {
                    java.math.BigDecimal check = r.decimal("checkDigit");
                    b.addContainer(new IsfContainer(r.text("descriptionCode"), r.text("initial"), r.text("number"),
                            check == null ? null : check.toPlainString(), r.text("sizeType")));
                    break;
                }
                case "SF30": {
                    finishParty();
                    entity = r.text("entityCode", "");
                    if (entity.equals("CN")) {
                        b.addConsigneeNumber(r.parsed("identifier", ImporterNumber::parse));
                        entity = null;
                        break;
                    }
                    String q = r.text("identifierQualifier");
                    party = Party.builder().name(r.text("entityName")).identifierQualifier("DUN".equals(q) ? "DUNS" : q)
                            .identifier(r.text("identifier"));
                    address = Address.builder();
                    hasAddress = false;
                    break;
                }
                case "SF31":
                    if (party != null) {
                        party.addOtherName(new org.acesdk.model.party.OtherName(r.text("entityCode", ""),
                                r.text("name", "")));
                    }
                    break;
                case "SF35":
                    if (address != null) {
                        hasAddress = true;
                        address.addStreetLine(r.text("address1"));
                        if (r.text("address2") != null) {
                            address.addStreetLine(r.text("address2"));
                        }
                    }
                    break;
                case "SF36":
                    if (address != null) {
                        hasAddress = true;
                        CountryCode c = r.parsed("country", CountryCode::parse);
                        address.city(r.text("city")).subdivision(r.text("subdivision"))
                                .postalCode(r.text("postalCode")).country(c);
                    }
                    break;
                case "SF40": {
                    finishParty();
                    HtsNumber h = r.parsed("htsNumber", HtsNumber::parse);
                    if (five) {
                        fiveLines.add(h);
                    } else {
                        CountryCode co = r.parsed("countryOfOrigin", CountryCode::parse);
                        lines.add(new IsfLine(manufacturer, co, h));
                    }
                    break;
                }
                case "SF50":
                    finishParty();
                    b.foreignPortOfUnlading(r.text("foreignPortOfUnlading")).placeOfDelivery(r.text("placeOfDelivery"));
                    break;
                default:
                    break;
            }
        }

        void finishParty() {
            if (party == null) {
                return;
            }
            Party p = party.address(hasAddress ? address.build() : null).build();
            switch (entity) {
                case "SE":
                    b.seller(p);
                    break;
                case "BY":
                    b.buyer(p);
                    break;
                case "ST":
                    b.shipTo(p);
                    break;
                case "LG":
                    b.containerStuffingLocation(p);
                    break;
                case "CS":
                    b.consolidator(p);
                    break;
                case "BKP":
                    b.bookingParty(p);
                    break;
                case "MF":
                    manufacturer = p;
                    break;
                default:
                    break;
            }
            party = null;
        }

        ImporterSecurityFiling build() {
            finishParty();
            if (five) {
                for (HtsNumber h : fiveLines) {
                    lines.add(new IsfLine(null, null, h));
                }
            }
            return b.lines(lines).build();
        }
    }
}
