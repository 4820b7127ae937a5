package org.acesdk.client.catair;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.acesdk.model.code.CountryCode;
import org.acesdk.model.code.HtsNumber;
import org.acesdk.model.code.ImporterNumber;
import org.acesdk.model.code.InternalTransactionNumber;
import org.acesdk.model.code.ModeOfTransport;
import org.acesdk.model.code.PortCode;
import org.acesdk.model.code.UnitOfMeasure;
import org.acesdk.model.export.ExportContact;
import org.acesdk.model.export.ExportInformation;
import org.acesdk.model.export.ExportLine;
import org.acesdk.model.export.ExportPga;
import org.acesdk.model.export.FilingOption;
import org.acesdk.model.export.ShipmentAction;
import org.acesdk.model.export.TransportDetail;
import org.acesdk.model.export.UsedVehicle;
import org.acesdk.model.money.Money;
import org.acesdk.model.money.Quantity;
import org.acesdk.model.party.Address;
import org.acesdk.model.party.Party;
import org.acesdk.model.response.AesSeverity;
import org.acesdk.model.response.Disposition;
import org.acesdk.model.response.ExportResponse;

/** Reads AES batches: filings (XP) into the model, answers (XT, XN) into {@link ExportResponse}s. */
final class AesReader {
    private AesReader() {
    }

    private static List<CatairRecord> records(CharSequence text) {
        List<String> lines = CatairReader.standard().split(text);
        List<CatairRecord> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            RecordLayout l = AesLayouts.find(raw).orElse(null);
            out.add(l == null ? new CatairRecord(i + 1, raw, null, new Object[0])
                    : CatairReader.standard().decodeWith(l, raw, i + 1));
        }
        return out;
    }

    /** What a walk over an AES batch does with its shipments: the batch and block framing is {@link #walk}'s. */
    private interface Walk<S> {
        /** An SC1 opens a shipment of the block's USPPI (id, type, name; {@code null} outside a block). */
        S open(CatairRecord sc1, String[] usppi);

        /** A record before any SC1 of the block: a new shipment for it, or an error. */
        S orphan(CatairRecord r, String[] usppi);

        /** A record of the open shipment. */
        void add(S shipment, CatairRecord r);

        /** A record of no known layout; the open shipment may be {@code null}. */
        void unknown(S shipment, CatairRecord r);
    }

    /**
     * Walks an AES batch: A and Z are skipped, B names the block's USPPI, SC1 opens a shipment, Y closes it, every
     * other record goes to the open shipment.
     */
    private static <S> List<S> walk(CharSequence text, Walk<S> w) {
        List<S> out = new ArrayList<>();
        S open = null;
        String[] usppi = null;
        for (CatairRecord r : records(text)) {
            if (!r.isKnown()) {
                w.unknown(open, r);
                continue;
            }
            switch (r.recordId()) {
                case "A":
                case "Z":
                    break;
                case "B":
                    usppi = new String[] {r.text("usppiId"), r.text("usppiIdType"), r.text("usppiName")};
                    break;
                case "Y":
                    if (open != null) {
                        out.add(open);
                        open = null;
                    }
                    break;
                case "SC1":
                    if (open != null) {
                        out.add(open);
                    }
                    open = w.open(r, usppi);
                    break;
                default:
                    if (open == null) {
                        open = w.orphan(r, usppi);
                    }
                    w.add(open, r);
            }
        }
        if (open != null) {
            out.add(open);
        }
        return out;
    }

    // ------------------------------------------------------------------ filings

    static List<ExportInformation> filings(CharSequence text) {
        List<Shipment> shipments = walk(text, new Walk<>() {
            @Override
            public Shipment open(CatairRecord sc1, String[] usppi) {
                if (usppi == null) {
                    throw new CatairException(sc1.lineNumber(), "SC1", null, "", "a shipment outside a B block");
                }
                return new Shipment(sc1, usppi);
            }

            @Override
            public Shipment orphan(CatairRecord r, String[] usppi) {
                throw new CatairException(r.lineNumber(), r.recordId(), null, "", "a " + r.recordId()
                        + " record before any SC1");
            }

            @Override
            public void add(Shipment shipment, CatairRecord r) {
                shipment.add(r);
            }

            @Override
            public void unknown(Shipment shipment, CatairRecord r) {
                throw new CatairException(r.lineNumber(), r.raw().substring(0, Math.min(3, r.raw().length())), null,
                        "1-3", "not an AES input record");
            }
        });
        List<ExportInformation> out = new ArrayList<>(shipments.size());
        for (Shipment x : shipments) {
            out.add(x.build());
        }
        return out;
    }

    /** One shipment being read. */
    private static final class Shipment {
        final ExportInformation.Builder b = ExportInformation.builder();
        final String[] usppi;
        final List<ExportLine> lines = new ArrayList<>();
        ExportLine.Builder line;
        String partyType;
        Party.Builder party;
        Address.Builder address;
        boolean hasAddress;
        String first;
        String last;
        String phone;

        Shipment(CatairRecord r, String[] usppi) {
            this.usppi = usppi;
            String mot = r.text("modeOfTransport");
            String option = r.text("filingOption");
            b.shipmentReference(r.text("shipmentReference"))
                    .action(r.required("action", ShipmentAction::fromCode))
                    .relatedParties(bool(r, "relatedParties"))
                    .modeOfTransport(mot == null ? null : ModeOfTransport.fromCode(mot))
                    .countryOfDestination(r.parsed("countryOfDestination", CountryCode::parse))
                    .stateOfOrigin(r.text("stateOfOrigin")).carrier(r.text("carrier"))
                    .conveyanceName(r.text("conveyanceName"))
                    .filingOption(option == null ? null : r.parsed("filingOption", FilingOption::fromCode))
                    .portOfUnlading(r.text("portOfUnlading"))
                    .portOfExport(r.parsed("portOfExport", PortCode::parse)).dateOfExport(r.date("dateOfExport"))
                    .hazardousMaterials(bool(r, "hazardousMaterials"));
            String id = usppi[0];
            String type = usppi[1];
            if ("E".equals(type) && id != null && id.length() == 11) {
                b.usppiId(r.parsed("shipmentReference", t -> ImporterNumber.parse(id)));
            } else if ("S".equals(type) && id != null && id.length() == 9) {
                b.usppiId(ImporterNumber.parse(id.substring(0, 3) + "-" + id.substring(3, 5) + "-" + id.substring(5)));
            }
        }

        private static Boolean bool(CatairRecord r, String field) {
            String v = r.text(field);
            return v == null ? null : v.equals("Y");
        }

        void add(CatairRecord r) {
            switch (r.recordId()) {
                case "SC2":
                    b.inBondCode(r.text("inBondCode")).inBondEntryNumber(r.text("entryNumber"))
                            .ftzIdentifier(r.text("ftzIdentifier")).routedExport(bool(r, "routedExport"))
                            .originalItn(r.parsed("originalItn", InternalTransactionNumber::parse));
                    break;
                case "SC3":
                    b.addTransportDetail(new TransportDetail(r.text("equipmentNumber"), r.text("sealNumber"),
                            r.text("transportationReference")));
                    break;
                case "N01":
                    finishParty();
                    partyType = r.text("partyType");
                    party = Party.builder().name(r.text("name"));
                    String pid = r.text("partyId");
                    String ptype = r.text("partyIdType");
                    if (pid != null && !"E".equals(partyType)) {
                        party.identifier(pid).identifierQualifier(qualifier(ptype));
                    } else if (pid != null && "D".equals(ptype)) {
                        party.identifier(pid).identifierQualifier("DUNS");
                    }
                    first = r.text("contactFirstName");
                    last = r.text("contactLastName");
                    phone = null;
                    if ("C".equals(partyType)) {
                        b.soldEnRoute(bool(r, "soldEnRoute"));
                    }
                    address = Address.builder();
                    hasAddress = false;
                    break;
                case "N02":
                    if (address != null) {
                        addStreet(r.text("address1"));
                        addStreet(r.text("address2"));
                        phone = r.text("phone");
                    }
                    break;
                case "N03":
                    if (address != null) {
                        String city = r.text("city");
                        CountryCode c = r.parsed("country", CountryCode::parse);
                        hasAddress |= city != null || c != null;
                        address.city(city).subdivision(r.text("state")).postalCode(r.text("postalCode")).country(c);
                        if ("C".equals(partyType)) {
                            b.consigneeType(r.text("consigneeType"));
                        }
                    }
                    break;
                case "CL1":
                    finishParty();
                    finishLine();
                    BigDecimal lv = r.decimal("licenseValue");
                    line = ExportLine.builder().exportInformationCode(r.text("exportInformationCode"))
                            .description(r.text("description")).licenseCode(r.text("licenseCode"))
                            .originIndicator(r.text("originIndicator"))
                            .licenseValue(lv == null || lv.signum() == 0 ? null : Money.usd(lv));
                    break;
                case "CL2":
                    if (line == null) {
                        throw new CatairException(r.lineNumber(), "CL2", null, "", "a CL2 without its CL1");
                    }
                    BigDecimal q2 = r.decimal("quantity2");
                    BigDecimal w = r.decimal("shippingWeight");
                    BigDecimal h = r.decimal("commodityNumber");
                    line.commodityNumber(h == null ? (HtsNumber) null : r.parsed("commodityNumber",
                                    t -> HtsNumber.parse(String.format("%010d", h.longValueExact()))))
                            .quantity(quantity(r, "unit1", "quantity1"))
                            .value(r.decimal("value") == null ? null : Money.usd(r.decimal("value")))
                            .quantity2(r.text("unit2") == null || q2 == null ? null : quantity(r, "unit2", "quantity2"))
                            .shippingWeightKg(w == null ? null : w.longValueExact()).eccn(r.text("eccn"))
                            .licenseNumber(r.text("licenseNumber"));
                    break;
                case "EV1":
                    lineOf(r).addUsedVehicle(new UsedVehicle(r.text("vehicleId"), r.text("qualifier"),
                            r.text("titleNumber"), r.text("titleState")));
                    break;
                case "PGA":
                    String data = r.raw().substring(6, 79).replaceAll(" +$", "");
                    lineOf(r).addPga(new ExportPga(r.text("agencyId"), data));
                    break;
                default:
                    throw new CatairException(r.lineNumber(), r.recordId(), null, "", "not expected in a shipment");
            }
        }

        private ExportLine.Builder lineOf(CatairRecord r) {
            if (line == null) {
                throw new CatairException(r.lineNumber(), r.recordId(), null, "", "a line record before any CL1");
            }
            return line;
        }

        private static Quantity quantity(CatairRecord r, String unit, String amount) {
            String u = r.text(unit);
            BigDecimal a = r.decimal(amount);
            if (u == null) {
                return null;
            }
            return Quantity.of(a == null ? BigDecimal.ZERO : a, UnitOfMeasure.fromCode(u));
        }

        private void addStreet(String s) {
            if (s != null) {
                address.addStreetLine(s);
                hasAddress = true;
            }
        }

        private static String qualifier(String type) {
            if (type == null) {
                return null;
            }
            switch (type) {
                case "D":
                    return "DUNS";
                case "E":
                    return "EIN";
                case "T":
                    return "FOREIGN";
                default:
                    return type;
            }
        }

        void finishParty() {
            if (party == null) {
                return;
            }
            Party p = party.address(hasAddress ? address.build() : null).build();
            switch (partyType) {
                case "E":
                    b.usppi(p);
                    if (first != null || last != null || phone != null) {
                        b.usppiContact(new ExportContact(first, last, phone));
                    }
                    break;
                case "F":
                    b.forwardingAgent(p);
                    break;
                case "C":
                    b.ultimateConsignee(p.name() == null && p.address() == null ? null : p);
                    break;
                case "I":
                    b.intermediateConsignee(p);
                    break;
                default:
                    break;
            }
            party = null;
        }

        void finishLine() {
            if (line != null) {
                lines.add(line.build());
                line = null;
            }
        }

        ExportInformation build() {
            finishParty();
            finishLine();
            ExportInformation x = b.lines(lines).build();
            if (x.usppi() == null && usppi[2] != null) {
                // a cancel carries no parties: the USPPI is the block's
                Party.Builder p = Party.builder().name(usppi[2]);
                if ("D".equals(usppi[1])) {
                    p.identifier(usppi[0]).identifierQualifier("DUNS");
                }
                x = x.toBuilder().usppi(p.build()).build();
            }
            return x;
        }
    }

    // ------------------------------------------------------------------ responses

    static List<ExportResponse> responses(CharSequence text) {
        List<Answer> answers = walk(text, new Walk<>() {
            @Override
            public Answer open(CatairRecord sc1, String[] usppi) {
                Answer a = new Answer(usppi);
                a.reference = sc1.text("shipmentReference");
                a.action = sc1.text("action") == null ? null : sc1.parsed("action", ShipmentAction::fromCode);
                a.echoes.add(sc1.raw());
                return a;
            }

            @Override
            public Answer orphan(CatairRecord r, String[] usppi) {
                return new Answer(usppi); // a batch or block condition, before any shipment
            }

            @Override
            public void add(Answer a, CatairRecord r) {
                if (r.recordId().equals("ES1")) {
                    a.condition(r);
                    return;
                }
                if (r.recordId().equals("CL1")) {
                    java.math.BigDecimal n = r.decimal("lineNumber");
                    a.line = n == null ? null : n.intValue();
                }
                a.echoes.add(r.raw());
            }

            @Override
            public void unknown(Answer a, CatairRecord r) {
                if (a != null) {
                    a.echoes.add(r.raw());
                }
            }
        });
        List<ExportResponse> out = new ArrayList<>(answers.size());
        for (Answer a : answers) {
            out.add(a.build());
        }
        return out;
    }

    /** One shipment's answer being read. */
    private static final class Answer {
        final String[] usppi;
        String reference;
        ShipmentAction action;
        Disposition disposition;
        InternalTransactionNumber itn;
        Integer line;
        final List<ExportResponse.Condition> conditions = new ArrayList<>();
        final List<String> echoes = new ArrayList<>();

        Answer(String[] usppi) {
            this.usppi = usppi == null ? new String[3] : usppi; // an answer without a B record (AES generates one)
        }

        void condition(CatairRecord r) {
            String code = r.text("responseCode");
            String d = r.text("disposition");
            String sev = r.raw().substring(8, 9);
            boolean fin = d != null;
            InternalTransactionNumber n = r.parsed("itn", InternalTransactionNumber::parse);
            Integer at = fin ? null : line;
            AesResponseCode k = AesResponseCode.find(code).orElse(null);
            String path = k == null || k.path() == null ? null
                    : k.path().replace("lines[*]", at == null ? "lines" : "lines[" + (at - 1) + "]");
            conditions.add(new ExportResponse.Condition(code, AesSeverity.fromCode(sev), sev, fin,
                    r.text("narrative"), n, at, k == null ? null : k.recordId(), k == null ? null : k.field(), path));
            if (fin) {
                disposition = Disposition.fromCode(d);
                if (n != null) {
                    itn = n;
                }
            }
        }

        ExportResponse build() {
            return new ExportResponse(usppi[0], usppi[1], usppi[2], reference, action, disposition, itn, conditions,
                    echoes);
        }
    }
}
