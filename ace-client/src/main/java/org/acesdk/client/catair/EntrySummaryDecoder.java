package org.acesdk.client.catair;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.acesdk.model.code.BondType;
import org.acesdk.model.code.CountryCode;
import org.acesdk.model.code.EntryNumber;
import org.acesdk.model.code.EntryType;
import org.acesdk.model.code.ForeignPortCode;
import org.acesdk.model.code.HtsNumber;
import org.acesdk.model.code.ImporterNumber;
import org.acesdk.model.code.InvalidValueException;
import org.acesdk.model.code.ManufacturerId;
import org.acesdk.model.code.ModeOfTransport;
import org.acesdk.model.code.PaymentType;
import org.acesdk.model.code.PortCode;
import org.acesdk.model.code.ScacCode;
import org.acesdk.model.code.SpecialProgram;
import org.acesdk.model.code.UnitOfMeasure;
import org.acesdk.model.entry.AdCvdCase;
import org.acesdk.model.entry.Bond;
import org.acesdk.model.entry.EntryLine;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.model.entry.LineDetail;
import org.acesdk.model.entry.SummaryDetail;
import org.acesdk.model.entry.TariffLine;
import org.acesdk.model.money.Money;
import org.acesdk.model.money.Quantity;

/**
 * Decodes CATAIR AE transactions back into {@link EntrySummary} documents: every field the records carry (entry
 * header, bond, carrier, lines with origin, dates, program, charges, weight, description, MID, tariff numbers with
 * values, quantities and PGA Message Set, AD/CVD cases). Used by the testkit's fake gateway and for round trips. A record whose
 * content is not a valid value raises a {@link CatairException} naming the line, record and field. Stateless.
 */
public final class EntrySummaryDecoder {
    private EntrySummaryDecoder() {
    }

    /**
     * Splits AE records into transactions (each starting at a 10-record) and decodes each.
     *
     * @param records the records of one AE block (envelope records are skipped)
     * @return the entry summaries, in order
     */
    public static List<EntrySummary> decode(List<CatairRecord> records) {
        List<EntrySummary> out = new ArrayList<>();
        for (List<CatairRecord> t : transactions(records)) {
            out.add(decodeTransaction(t));
        }
        return out;
    }

    /**
     * Reads a transaction as a post-summary correction when its 10-record says so (action {@code R}, PSC indicator
     * {@code Y}): the corrected summary with the reasons of records 35 and 63 and the explanation of record 36.
     *
     * @param t the records of one transaction (a 10-record and those after it)
     * @return the correction, or empty when the transaction is not one
     */
    public static java.util.Optional<org.acesdk.model.entry.PostSummaryCorrection> correction(List<CatairRecord> t) {
        if (t.isEmpty()) {
            return java.util.Optional.empty();
        }
        CatairRecord head = CatairReader.inLayoutOf(t.get(0), "AE");
        if (!"10".equals(head.recordId()) || !"R".equals(head.text("actionCode"))
                || !"Y".equals(head.text("postSummaryCorrection"))) {
            return java.util.Optional.empty();
        }
        List<String> header = new ArrayList<>();
        List<String> explanation = new ArrayList<>();
        java.util.Map<Integer, List<String>> lines = new java.util.TreeMap<>();
        int line = 0;
        for (CatairRecord read : t) {
            CatairRecord r = CatairReader.inLayoutOf(read, "AE");
            switch (r.recordId()) {
                case "35":
                    header.addAll(reasons(r));
                    break;
                case "36":
                    explanation.add(r.text("explanation", ""));
                    break;
                case "40":
                    line = r.required("lineId", v -> Integer.parseInt(v.trim()));
                    break;
                case "63":
                    lines.put(line, reasons(r));
                    break;
                default:
                    break;
            }
        }
        if (header.isEmpty()) {
            throw new CatairException(head.lineNumber(), "35", "reason1", "3-5", "a post-summary correction needs "
                    + "its header reasons (record 35)");
        }
        try {
            return java.util.Optional.of(new org.acesdk.model.entry.PostSummaryCorrection(decodeTransaction(t), header,
                    explanation, lines));
        } catch (IllegalArgumentException e) {
            throw new CatairException(head.lineNumber(), "35", "", "", "the correction's reasons: " + e.getMessage());
        }
    }

    private static List<String> reasons(CatairRecord r) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            String c = r.text("reason" + i);
            if (c != null && !c.isBlank()) {
                out.add(c.trim());
            }
        }
        return out;
    }

    /**
     * Splits AE records into transactions, each starting at its 10-record (records before the first are skipped).
     * Each record is read in the AE layouts whatever block it came from (a damaged B can name another application).
     */
    public static List<List<CatairRecord>> transactions(List<CatairRecord> records) {
        List<List<CatairRecord>> out = new ArrayList<>();
        List<CatairRecord> current = null;
        for (CatairRecord read : records) {
            CatairRecord r = CatairReader.inLayoutOf(read, "AE");
            if ("10".equals(r.recordId())) {
                current = new ArrayList<>();
                out.add(current);
            }
            if (current != null) {
                current.add(r);
            }
        }
        return out;
    }

    private static Money usd(BigDecimal d) {
        return d == null ? null : Money.usd(d);
    }

    /**
     * Decodes one transaction (a 10-record and the records after it).
     *
     * @param t the records
     * @return the entry summary
     */
    public static EntrySummary decodeTransaction(List<CatairRecord> t) {
        EntrySummary.Builder b = EntrySummary.builder();
        List<EntryLine> lines = new ArrayList<>();
        EntryLine.Builder line = null;
        List<TariffLine> tariffs = null;
        List<AdCvdCase> cases = null;
        Details lineDetail = null;
        SummaryDetail header = SummaryDetail.NONE;
        String tripId = null;
        SummaryDetail.WarehouseEntry warehouse = null;
        ImporterNumber notify = null;
        String state = null;
        String ftzId = null;
        SummaryDetail.Arrival arrival = null;
        for (int i = 0; i < t.size(); i++) {
            CatairRecord r = t.get(i);
            if (PgaCodec.isPgaRecord(r.recordId())) {
                // a tariff's PGA set follows its 50-record; read wherever it stands in the line, it goes to the
                // line's last tariff number
                int j = PgaCodec.endOfSet(t, i);
                if (tariffs == null || tariffs.isEmpty()) {
                    throw new CatairException(r.lineNumber(), r.recordId(), "", "", "PGA records must follow a 50-record");
                }
                TariffLine last = tariffs.get(tariffs.size() - 1);
                if (last.pga() != null) {
                    throw new CatairException(r.lineNumber(), r.recordId(), "", "",
                            "a second PGA set for tariff " + last.htsNumber() + ": one OI per tariff");
                }
                tariffs.set(tariffs.size() - 1, last.toBuilder().pga(PgaCodec.decode(t.subList(i, j))).build());
                i = j - 1;
                continue;
            }
            switch (r.recordId()) {
                case "10": {
                    String filer = r.text("filerCode", "");
                    String number = r.text("entryNumber", "");
                    EntryNumber en = r.required("entryNumber", v -> EntryNumber.parse(filer + number));
                    b.entryNumber(en);
                    PortCode port = r.parsed("portOfEntry", PortCode::parse);
                    b.portOfEntry(port);
                    b.filerReference(r.text("filerReference"));
                    b.entryType(EntryType.fromCode(r.text("entryType")));
                    String mot = r.text("modeOfTransport");
                    b.modeOfTransport(mot == null ? null : ModeOfTransport.fromCode(mot));
                    String pay = r.text("paymentType");
                    b.paymentType(pay == null ? null : PaymentType.fromCode(pay));
                    if ("0".equals(r.text("bondWaiver"))) {
                        b.bond(Bond.builder().type(BondType.NO_BOND).build());
                    }
                    header = new SummaryDetail(r.text("cargoReleaseCertification"), yes(r, "electronicInvoice"),
                            yes(r, "consolidatedSummary"), r.text("shipmentUsage"), yes(r, "liveEntry"),
                            r.text("deferredTax"), yes(r, "tradeAgreementRecon"), r.text("reconciliationIssue"),
                            r.date("preliminaryStatementDate"), r.text("periodicStatementMonth"),
                            r.text("statementBranch"), r.text("bondWaiverReason"), yes(r, "acceleratedLiquidation"),
                            yes(r, "knownImporter"), r.text("pgaIndicator"), yes(r, "tibDeclaration"),
                            yes(r, "consolidatedExpressInformal"), null, null, null, null, null, null);
                    break;
                }
                case "21":
                    tripId = r.text("tripId");
                    break;
                case "30": {
                    String wf = r.text("warehouseFiler", "");
                    String wn = r.text("warehouseEntryNumber", "");
                    EntryNumber wen = r.required("warehouseEntryNumber", v -> EntryNumber.parse(wf + wn));
                    PortCode wp = r.parsed("warehousePort", PortCode::parse);
                    warehouse = new SummaryDetail.WarehouseEntry(wen, wp, yes(r, "finalWithdrawal"));
                    break;
                }
                case "11":
                    ImporterNumber ior = r.parsed("importerNumber", ImporterNumber::parse);
                    ImporterNumber consignee = r.parsed("consigneeNumber", ImporterNumber::parse);
                    b.importerNumber(ior);
                    b.consigneeNumber(consignee);
                    b.entryDate(r.date("estimatedEntryDate"));
                    b.importDate(r.date("importDate"));
                    notify = r.parsed("notifyParty", ImporterNumber::parse);
                    state = r.text("stateOfDestination");
                    ftzId = r.text("ftzId");
                    break;
                case "20": {
                    ScacCode carrier = r.parsed("carrierCode", ScacCode::parse);
                    b.carrierCode(carrier);
                    // the arrival date is the import date unless the record says more than the carrier
                    SummaryDetail.Arrival a = new SummaryDetail.Arrival(r.parsed("portOfUnlading", PortCode::parse),
                            r.date("arrivalDate"), r.text("locationOfGoods"), r.text("conveyanceName"),
                            r.text("vesselCode"), r.parsed("examPort", PortCode::parse), r.date("inBondDate"));
                    arrival = a;
                    break;
                }
                case "23": {
                    String issuer = r.text("issuerCode", "");
                    String number = r.text("billNumber", "");
                    b.billOfLading((issuer.trim() + number.trim()).isEmpty() ? null : issuer.trim() + number.trim());
                    break;
                }
                case "31": {
                    BondType type = BondType.fromCode(r.text("bondType"));
                    b.bond(Bond.builder().type(type).suretyCode(r.text("suretyCode"))
                            .amount(usd(r.decimal("singleTransactionAmount"))).build());
                    break;
                }
                case "40": {
                    if (line != null) {
                        lines.add(line.tariffs(tariffs).adCvdCases(cases).detail(lineDetail.build()).build());
                    }
                    tariffs = new ArrayList<>();
                    cases = new ArrayList<>();
                    lineDetail = new Details();
                    String spi = r.text("specialProgram");
                    CountryCode origin = r.parsed("countryOfOrigin", CountryCode::parse);
                    CountryCode export = r.parsed("countryOfExport", CountryCode::parse);
                    ForeignPortCode lading = r.parsed("foreignPortOfLading", ForeignPortCode::parse);
                    line = EntryLine.builder()
                            .lineNumber(r.required("lineId", v -> {
                                try {
                                    return Integer.parseInt(v);
                                } catch (NumberFormatException e) {
                                    throw new InvalidValueException("lineId", "not a number");
                                }
                            }))
                            .countryOfOrigin(origin)
                            .countryOfExport(export)
                            .exportDate(r.date("exportDate"))
                            .specialProgram(spi == null ? null : SpecialProgram.fromCode(spi))
                            .charges(usd(r.decimal("charges")))
                            .foreignPortOfLading(lading)
                            .grossWeightKg(r.decimal("grossWeightKg"))
                            .relatedParty("Y".equals(r.text("relatedParty")));
                    break;
                }
                case "44":
                    requireLine(line, r).description(r.text("description"));
                    break;
                case "41":
                    requireLine(line, r);
                    lineDetail.ftz = new LineDetail.FtzStatus(r.text("status", ""), r.date("filingDate"),
                            r.decimal("quantity") == null ? 0 : r.decimal("quantity").longValueExact());
                    break;
                case "43":
                    requireLine(line, r);
                    lineDetail.ruling = new LineDetail.Ruling(r.text("rulingType", ""), r.text("rulingNumber"));
                    break;
                case "51":
                    requireLine(line, r);
                    lineDetail.visa = r.text("visaNumber");
                    break;
                case "52":
                    requireLine(line, r);
                    lineDetail.licences.add(new LineDetail.Licence(r.text("licenseType", ""),
                            r.text("licenseNumber", "")));
                    break;
                case "54":
                    requireLine(line, r);
                    lineDetail.declarations.add(new LineDetail.ImporterDeclaration(r.text("declarationType", ""),
                            r.text("declaration", "")));
                    break;
                case "60":
                case "61": {
                    requireLine(line, r);
                    BigDecimal amount = r.decimal("amount");
                    LineDetail.Revenue rev = new LineDetail.Revenue(r.text("accountingClass", ""),
                            Money.usd(amount == null ? BigDecimal.ZERO.setScale(2) : amount));
                    if ("60".equals(r.recordId())) {
                        lineDetail.irTax = rev;
                    } else {
                        lineDetail.otherRevenue = rev;
                    }
                    break;
                }
                case "CW02":
                    requireLine(line, r);
                    for (int k = 1; k <= 7; k++) {
                        String c = r.text("condition" + k);
                        String o = r.text("override" + k);
                        if (c != null && o != null) {
                            lineDetail.overrides.add(new LineDetail.CensusOverride(c, o));
                        }
                    }
                    break;
                case "47":
                    if ("M".equals(r.text("partyType"))) {
                        ManufacturerId mid = r.parsed("partyId", ManufacturerId::parse);
                        requireLine(line, r).manufacturerId(mid);
                    } else {
                        requireLine(line, r);
                        lineDetail.parties.add(new LineDetail.ArticleParty(r.text("partyType", ""),
                                r.text("partyId", "")));
                    }
                    break;
                case "50": {
                    requireLine(line, r);
                    HtsNumber h = r.parsed("htsNumber", HtsNumber::parse);
                    TariffLine.Builder tb = TariffLine.builder().htsNumber(h);
                    boolean base = h != null && !h.isChapter99() && !h.isChapter98();
                    if (base) {
                        tb.value(usd(r.decimal("value")));
                    }
                    for (int k = 1; k <= 3; k++) {
                        BigDecimal q = r.decimal("quantity" + k);
                        String unit = r.text("unit" + k);
                        if (q != null && unit != null) {
                            tb.addQuantity(Quantity.of(q, UnitOfMeasure.fromCode(unit)));
                        }
                    }
                    tariffs.add(tb.build());
                    break;
                }
                case "53": {
                    requireLine(line, r);
                    String c = r.text("caseNumber", "");
                    String number = c.length() == 10 ? c.charAt(0) + "-" + c.substring(1, 4) + "-" + c.substring(4, 7)
                            + "-" + c.substring(7) : c;
                    cases.add(new AdCvdCase(number, r.decimal("depositRate"), "S".equals(r.text("rateType")),
                            "B".equals(r.text("bondOrCash"))));
                    break;
                }
                default:
                    break;
            }
        }
        if (line != null) {
            lines.add(line.tariffs(tariffs).adCvdCases(cases).detail(lineDetail.build()).build());
        }
        header = new SummaryDetail(header.cargoReleaseCertification(), header.electronicInvoice(),
                header.consolidatedSummary(), header.shipmentUsage(), header.liveEntry(), header.deferredTax(),
                header.tradeAgreementReconciliation(), header.reconciliationIssue(), header.preliminaryStatementDate(),
                header.periodicStatementMonth(), header.statementBranch(), header.bondWaiverReason(),
                header.acceleratedLiquidation(), header.knownImporter(), header.pgaIndicator(), header.tibDeclaration(),
                header.consolidatedExpressInformal(), tripId, warehouse, notify, state, ftzId, null);
        EntrySummary e = b.lines(lines).detail(header).build();
        if (arrival != null && !isOnlyImportDate(arrival, e.importDate())) {
            e = e.toBuilder().detail(e.details().withArrival(arrival)).build();
        }
        return e;
    }

    /** Whether the 20-record said nothing but what the summary already says (the arrival is the import date). */
    private static boolean isOnlyImportDate(SummaryDetail.Arrival a, java.time.LocalDate importDate) {
        return a.portOfUnlading() == null && a.locationOfGoods() == null && a.conveyanceName() == null
                && a.vesselCode() == null && a.examPort() == null && a.inBondDate() == null
                && java.util.Objects.equals(a.estimatedArrival(), importDate);
    }

    private static boolean yes(CatairRecord r, String field) {
        return "Y".equals(r.text(field));
    }

    /** A line's other records as they are read. */
    private static final class Details {
        LineDetail.FtzStatus ftz;
        LineDetail.Ruling ruling;
        String visa;
        final List<LineDetail.Licence> licences = new ArrayList<>();
        final List<LineDetail.ImporterDeclaration> declarations = new ArrayList<>();
        LineDetail.Revenue irTax;
        LineDetail.Revenue otherRevenue;
        final List<LineDetail.CensusOverride> overrides = new ArrayList<>();
        final List<LineDetail.ArticleParty> parties = new ArrayList<>();

        LineDetail build() {
            return new LineDetail(ftz, ruling, visa, licences, declarations, irTax, otherRevenue, overrides, parties);
        }
    }

    private static EntryLine.Builder requireLine(EntryLine.Builder line, CatairRecord r) {
        if (line == null) {
            throw new CatairException(r.lineNumber(), r.recordId(), "", "", "a line record must follow a 40-record");
        }
        return line;
    }
}
