package org.acesdk.client.catair;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.acesdk.model.code.BondType;
import org.acesdk.model.code.CountryCode;
import org.acesdk.model.code.EntryNumber;
import org.acesdk.model.code.EntryType;
import org.acesdk.model.code.FilingAction;
import org.acesdk.model.code.HtsNumber;
import org.acesdk.model.code.ImporterNumber;
import org.acesdk.model.code.InvalidValueException;
import org.acesdk.model.code.ModeOfTransport;
import org.acesdk.model.code.PortCode;
import org.acesdk.model.code.ScacCode;
import org.acesdk.model.money.Money;
import org.acesdk.model.release.BillOfLading;
import org.acesdk.model.release.CargoRelease;
import org.acesdk.model.release.ReleaseLine;
import org.acesdk.rules.duty.RoundingPoint;

/**
 * Encodes a cargo release (CBP Form 3461) as one CATAIR SE transaction (SE10, SE11, SE13, SE15, SE16, SE40, SE60)
 * and decodes SE transactions back. Values are whole dollars. Stateless and thread-safe.
 */
public final class CargoReleaseCodec {
    private CargoReleaseCodec() {
    }

    static String importerType(ImporterNumber n) {
        switch (n.format()) {
            case IRS_NUMBER:
                return "EI";
            case CBP_ASSIGNED:
                return "ANI";
            default:
                return "34";
        }
    }

    /**
     * Encodes the release.
     *
     * @param c the cargo release
     * @return the records, in CATAIR order
     */
    public static List<String> encode(CargoRelease c) {
        List<String> out = new ArrayList<>();
        RecordBuffer b = new RecordBuffer();
        b.start(CatairLayouts.SE_10).set("actionCode", RecordBuffer.code("action", c.action(), c.action() == null ? null
                        : c.action().code()))
                .set("filerCode", c.entryNumber() == null ? null : c.entryNumber().filerCode().code())
                .set("entryNumber", c.entryNumber() == null ? null : c.entryNumber().serialWithCheckDigit())
                .set("entryType", RecordBuffer.code("entryType", c.entryType(), c.entryType() == null ? null : c.entryType().code()))
                .set("importerType", c.importerNumber() == null ? null : importerType(c.importerNumber()))
                .set("importerNumber", c.importerNumber() == null ? null : c.importerNumber().reveal())
                .set("modeOfTransport", RecordBuffer.code("modeOfTransport", c.modeOfTransport(), c.modeOfTransport() == null
                        ? null : c.modeOfTransport().code()))
                .set("bondType", RecordBuffer.code("bondType", c.bondType(), c.bondType() == null ? null : c.bondType().code()))
                .set("estimatedValue", c.estimatedValue() == null ? null
                        : RoundingPoint.ENTERED_VALUE.apply(c.estimatedValue().amount()))
                .set("plannedPort", c.portOfEntry()).set("portOfUnlading", c.portOfUnlading());
        out.add(b.toRecord());
        if (c.conveyanceName() != null || c.voyageNumber() != null || c.locationOfGoods() != null
                || c.entryDateElection() != null || c.electedEntryDate() != null) {
            b.start(CatairLayouts.SE_11).set("entryDateElection", c.entryDateElection())
                    .set("electedEntryDate", c.electedEntryDate()).set("locationOfGoods", c.locationOfGoods())
                    .set("conveyanceName", c.conveyanceName()).set("voyageNumber", c.voyageNumber());
            out.add(b.toRecord());
        }
        if (c.contactName() != null || c.contactPhone() != null) {
            b.start(CatairLayouts.SE_13).set("contactName", c.contactName()).set("contactPhone", c.contactPhone());
            out.add(b.toRecord());
        }
        int pieces = 0;
        for (BillOfLading bill : c.bills()) {
            b.start(CatairLayouts.SE_15).set("billType", bill.type()).set("issuerCode", bill.issuer())
                    .set("billNumber", bill.number()).set("quantity", bill.quantity()).set("unit", bill.unit());
            out.add(b.toRecord());
            pieces += bill.quantity() == null ? 0 : bill.quantity();
        }
        if (c.carrierCode() != null && c.voyageNumber() != null && c.arrivalDate() != null) {
            b.start(CatairLayouts.SE_16).set("carrierCode", c.carrierCode()).set("voyageNumber", c.voyageNumber())
                    .set("arrivalDate", c.arrivalDate()).set("quantity", pieces);
            out.add(b.toRecord());
        }
        for (ReleaseLine l : c.lines()) {
            b.start(CatairLayouts.SE_40).set("lineId", String.format("%03d", l.lineNumber()))
                    .set("countryOfOrigin", l.countryOfOrigin()).set("description", l.description());
            out.add(b.toRecord());
            b.start(CatairLayouts.SE_60).set("htsNumber", l.htsNumber() == null ? null : l.htsNumber().digits())
                    .set("value", l.value() == null ? null : RoundingPoint.ENTERED_VALUE.apply(l.value().amount()));
            out.add(b.toRecord());
            PgaCodec.encode(l.pga(), b, r -> out.add(r.toRecord()));
        }
        return out;
    }

    /**
     * Decodes SE transactions (each starting at SE10).
     *
     * @param records the records of one SE block
     * @return the cargo releases
     */
    public static List<CargoRelease> decode(List<CatairRecord> records) {
        List<CargoRelease> out = new ArrayList<>();
        CargoRelease.Builder b = null;
        ReleaseLine.Builder line = null;
        List<ReleaseLine> lines = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            CatairRecord r = records.get(i);
            if (PgaCodec.isPgaRecord(r.recordId())) {
                // the PGA set of the line's SE60 (decoded wherever it stands in the line)
                int j = PgaCodec.endOfSet(records, i);
                if (line != null) {
                    line.pga(PgaCodec.decode(records.subList(i, j)));
                }
                i = j - 1;
                continue;
            }
            switch (r.recordId()) {
                case "SE10": {
                    if (b != null) {
                        out.add(finish(b, line, lines));
                    }
                    line = null;
                    lines = new ArrayList<>();
                    b = CargoRelease.builder();
                    String filer = r.text("filerCode", "");
                    String number = r.text("entryNumber", "");
                    EntryNumber en = r.parsed("entryNumber", v -> EntryNumber.parse(filer + number));
                    ImporterNumber ior = r.parsed("importerNumber", ImporterNumber::parse);
                    PortCode planned = r.parsed("plannedPort", PortCode::parse);
                    PortCode unlading = r.parsed("portOfUnlading", PortCode::parse);
                    String mot = r.text("modeOfTransport");
                    BigDecimal value = r.decimal("estimatedValue");
                    b.action(FilingAction.fromCode(r.text("actionCode"))).entryNumber(en)
                            .entryType(EntryType.fromCode(r.text("entryType"))).importerNumber(ior)
                            .modeOfTransport(mot == null ? null : ModeOfTransport.fromCode(mot))
                            .bondType(BondType.fromCode(r.text("bondType")))
                            .estimatedValue(value == null ? null : Money.usd(value)).portOfEntry(planned)
                            .portOfUnlading(unlading);
                    break;
                }
                case "SE11":
                    if (b != null) {
                        b.locationOfGoods(r.text("locationOfGoods")).conveyanceName(r.text("conveyanceName"))
                                .voyageNumber(r.text("voyageNumber")).entryDateElection(r.text("entryDateElection"))
                                .electedEntryDate(r.date("electedEntryDate"));
                    }
                    break;
                case "SE13":
                    if (b != null) {
                        b.contactName(r.text("contactName")).contactPhone(r.text("contactPhone"));
                    }
                    break;
                case "SE15":
                    if (b != null) {
                        ScacCode issuer = r.parsed("issuerCode", ScacCode::parse);
                        BigDecimal q = r.decimal("quantity");
                        b.addBill(BillOfLading.builder().type(r.text("billType")).issuer(issuer)
                                .number(r.text("billNumber")).quantity(q == null ? null : q.intValueExact())
                                .unit(r.text("unit")).build());
                    }
                    break;
                case "SE16":
                    if (b != null) {
                        ScacCode carrier = r.parsed("carrierCode", ScacCode::parse);
                        b.carrierCode(carrier).voyageNumber(r.text("voyageNumber")).arrivalDate(r.date("arrivalDate"));
                    }
                    break;
                case "SE40": {
                    if (line != null) {
                        lines.add(line.build());
                    }
                    CountryCode origin = r.parsed("countryOfOrigin", CountryCode::parse);
                    Integer n = r.parsed("lineId", v -> {
                        try {
                            return Integer.parseInt(v);
                        } catch (NumberFormatException e) {
                            throw new InvalidValueException("lineId", "not a number");
                        }
                    });
                    line = ReleaseLine.builder().lineNumber(n == null ? 0 : n).countryOfOrigin(origin)
                            .description(r.text("description"));
                    break;
                }
                case "SE60":
                    if (line != null) {
                        HtsNumber h = r.parsed("htsNumber", HtsNumber::parse);
                        BigDecimal v = r.decimal("value");
                        line.htsNumber(h).value(v == null ? null : Money.usd(v));
                    }
                    break;
                default:
                    break;
            }
        }
        if (b != null) {
            out.add(finish(b, line, lines));
        }
        return out;
    }

    private static CargoRelease finish(CargoRelease.Builder b, ReleaseLine.Builder line, List<ReleaseLine> lines) {
        if (line != null) {
            lines.add(line.build());
        }
        return b.lines(lines).build();
    }
}
