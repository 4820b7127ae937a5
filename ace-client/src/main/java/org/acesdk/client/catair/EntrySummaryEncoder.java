package org.acesdk.client.catair;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.acesdk.model.code.BondType;
import org.acesdk.model.code.HtsNumber;
import org.acesdk.model.entry.AdCvdCase;
import org.acesdk.model.entry.EntryLine;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.model.entry.LineDetail;
import org.acesdk.model.entry.SummaryDetail;
import org.acesdk.model.entry.TariffLine;
import org.acesdk.model.money.Money;
import org.acesdk.model.money.Quantity;
import org.acesdk.rules.duty.AdCvdAssessment;
import org.acesdk.rules.duty.DutyAssessment;
import org.acesdk.rules.duty.FeeAssessment;
import org.acesdk.rules.duty.LineAssessment;
import org.acesdk.rules.duty.RoundingPoint;
import org.acesdk.rules.duty.TariffAssessment;

/**
 * Encodes an entry summary as one CATAIR AE transaction (records 10, 11, 20, 23, 31, 34, 40, 44, 47, 50 with its PGA
 * Message Set, 53, 62, 88, 89 and 90, in CATAIR order; a post-summary correction adds 35, 36 and 63), taking duties, fees and deposits from its {@link DutyAssessment}: values in whole
 * dollars, amounts in cents. Codes the SDK does not know ({@code UNKNOWN}) cannot be encoded and raise a
 * {@link CatairException}. Stateless and thread-safe.
 */
public final class EntrySummaryEncoder {
    private EntrySummaryEncoder() {
    }

    /**
     * Encodes the transaction as 80-character records.
     *
     * @param entry the entry summary
     * @param assessment its assessment (from {@code DutyCalculator})
     * @return the records, in order
     */
    public static List<String> encode(EntrySummary entry, DutyAssessment assessment) {
        List<String> out = new ArrayList<>(entry.lines().size() * 5 + 8);
        StringBuilder sb = new StringBuilder(80);
        encode(entry, assessment, new Sink() {
            @Override
            public void accept(RecordBuffer b) {
                sb.setLength(0);
                b.appendTo(sb, "");
                out.add(sb.toString());
            }
        });
        return out;
    }

    /**
     * Encodes a post-summary correction: the corrected summary as a replace (10-record action {@code R}, PSC
     * indicator {@code Y}), with record 35 (header reasons) and 36 (explanation) after the header fees and a 63 (line
     * reasons) closing each line it names.
     *
     * @param psc the correction
     * @param assessment the corrected summary's assessment
     * @return the records, in order
     */
    public static List<String> encode(org.acesdk.model.entry.PostSummaryCorrection psc, DutyAssessment assessment) {
        List<String> out = new ArrayList<>(psc.corrected().lines().size() * 6 + 10);
        StringBuilder sb = new StringBuilder(80);
        encode(psc.corrected(), assessment, psc, b -> {
            sb.setLength(0);
            b.appendTo(sb, "");
            out.add(sb.toString());
        });
        return out;
    }

    /**
     * Encodes the transaction into a builder, each record followed by the separator: the allocation-lean path.
     *
     * @param entry the entry summary
     * @param assessment its assessment
     * @param out where to append
     * @param separator what follows each record
     */
    public static void encodeTo(EntrySummary entry, DutyAssessment assessment, StringBuilder out,
            LineSeparator separator) {
        String sep = separator.text();
        encode(entry, assessment, b -> b.appendTo(out, sep));
    }

    /**
     * Encodes the transaction as US-ASCII bytes, each record followed by the separator, into an array of exactly the
     * output's size: the allocation-lean path for transmission.
     *
     * @param entry the entry summary
     * @param assessment its assessment
     * @param separator what follows each record
     * @return the bytes
     */
    public static byte[] encodeAscii(EntrySummary entry, DutyAssessment assessment, LineSeparator separator) {
        String sep = separator.text();
        int records = recordCount(entry, assessment);
        byte[] out = new byte[records * (80 + sep.length())];
        int[] pos = {0};
        encode(entry, assessment, b -> pos[0] = b.writeTo(out, pos[0], sep));
        if (pos[0] != out.length) {
            throw new IllegalStateException("encoded " + pos[0] + " bytes, expected " + out.length);
        }
        return out;
    }

    /** The number of records {@link #encode(EntrySummary, DutyAssessment)} writes for this entry. */
    public static int recordCount(EntrySummary e, DutyAssessment a) {
        int n = 2; // 10, 11
        n += e.carrierCode() != null || e.details().arrival() != null ? 1 : 0;
        n += e.details().tripId() != null ? 1 : 0;
        n += e.details().warehouseEntry() != null ? 1 : 0;
        n += e.billOfLading() != null && !e.billOfLading().isBlank() ? 1 : 0;
        n += e.bond() != null && e.bond().type() != BondType.NO_BOND ? 1 : 0;
        int fees = 0;
        boolean header = false;
        for (FeeAssessment f : a.fees()) {
            fees += f.amount().isZero() ? 0 : 1;
            header |= isHeaderFee(f);
        }
        n += header ? 1 : 0;
        boolean hmf = !a.fee("501").isZero();
        boolean cases = false;
        for (int i = 0; i < e.lines().size(); i++) {
            EntryLine l = e.lines().get(i);
            LineAssessment la = i < a.lines().size() ? a.lines().get(i) : null;
            n += 1 + (l.description() != null && !l.description().isBlank() ? 1 : 0)
                    + (l.manufacturerId() != null ? 1 : 0) + l.tariffs().size() + l.adCvdCases().size()
                    + pgaRecords(l) + detailRecords(l.details())
                    + (la != null && !la.mpf().isZero() ? 1 : 0) + (la != null && hmf && !la.hmf().isZero() ? 1 : 0);
            cases |= !l.adCvdCases().isEmpty();
        }
        n += cases ? 1 : 0;
        n += (fees + 4) / 5;
        return n + 1; // 90
    }

    private static int detailRecords(LineDetail d) {
        return (d.ftzStatus() != null ? 1 : 0) + (d.ruling() != null ? 1 : 0) + (d.visaNumber() != null ? 1 : 0)
                + d.licences().size() + d.declarations().size() + (d.irTax() != null ? 1 : 0)
                + (d.otherRevenue() != null ? 1 : 0) + (d.censusOverrides().isEmpty() ? 0 : 1) + d.parties().size();
    }

    private static int pgaRecords(EntryLine l) {
        int n = 0;
        for (TariffLine t : l.tariffs()) {
            n += PgaCodec.recordCount(t.pga());
        }
        return n;
    }

    private static boolean isHeaderFee(FeeAssessment f) {
        return f.accountingClass().equals("311") || f.accountingClass().equals("496")
                || f.accountingClass().equals("500");
    }

    private static final String[] QUANTITY = {"quantity1", "quantity2", "quantity3"};
    private static final String[] UNIT = {"unit1", "unit2", "unit3"};
    private static final String[] CLASS = {"class1", "class2", "class3", "class4", "class5"};
    private static final String[] AMOUNT = {"amount1", "amount2", "amount3", "amount4", "amount5"};

    /** Receives each finished record. */
    interface Sink {
        void accept(RecordBuffer b);
    }

    private static BigDecimal whole(Money m) {
        return m == null ? BigDecimal.ZERO : RoundingPoint.ENTERED_VALUE.apply(m.amount());
    }

    private static BigDecimal wholeKg(BigDecimal kg) {
        return kg == null ? BigDecimal.ZERO : kg.setScale(0, RoundingMode.HALF_UP);
    }

    static void encode(EntrySummary e, DutyAssessment a, Sink sink) {
        encode(e, a, null, sink);
    }

    private static final String[] REASON = {"reason1", "reason2", "reason3", "reason4", "reason5"};

    static void encode(EntrySummary e, DutyAssessment a, org.acesdk.model.entry.PostSummaryCorrection psc,
            Sink sink) {
        RecordBuffer b = new RecordBuffer();
        String filer = e.entryNumber() == null ? null : e.entryNumber().filerCode().code();
        b.start(CatairLayouts.AE_10).set("actionCode", psc != null ? "R" : "A").set("filerCode", filer)
                .set("postSummaryCorrection", psc != null ? "Y" : null)
                .set("entryNumber", e.entryNumber() == null ? null : e.entryNumber().serialWithCheckDigit())
                .set("portOfEntry", e.portOfEntry()).set("filerReference", e.filerReference())
                .set("entryType", RecordBuffer.code("entryType", e.entryType(), e.entryType() == null ? null : e.entryType().code()))
                .set("modeOfTransport", RecordBuffer.code("modeOfTransport", e.modeOfTransport(),
                        e.modeOfTransport() == null ? null : e.modeOfTransport().code()))
                .set("bondWaiver", e.bond() != null && e.bond().type() == BondType.NO_BOND ? "0" : null)
                .set("electronicSignature", "X")
                .set("paymentType", RecordBuffer.code("paymentType", e.paymentType(),
                        e.paymentType() == null ? null : e.paymentType().code()));
        SummaryDetail d = e.details();
        b.set("cargoReleaseCertification", d.cargoReleaseCertification()).set("electronicInvoice", y(d.electronicInvoice()))
                .set("consolidatedSummary", y(d.consolidatedSummary())).set("shipmentUsage", d.shipmentUsage())
                .set("liveEntry", y(d.liveEntry())).set("deferredTax", d.deferredTax())
                .set("tradeAgreementRecon", y(d.tradeAgreementReconciliation()))
                .set("reconciliationIssue", d.reconciliationIssue())
                .set("preliminaryStatementDate", d.preliminaryStatementDate())
                .set("periodicStatementMonth", d.periodicStatementMonth()).set("statementBranch", d.statementBranch())
                .set("bondWaiverReason", d.bondWaiverReason()).set("acceleratedLiquidation", y(d.acceleratedLiquidation()))
                .set("knownImporter", y(d.knownImporter())).set("pgaIndicator", d.pgaIndicator())
                .set("tibDeclaration", y(d.tibDeclaration()))
                .set("consolidatedExpressInformal", y(d.consolidatedExpressInformal()));
        sink.accept(b);
        b.start(CatairLayouts.AE_11)
                .set("importerNumber", e.importerNumber() == null ? null : e.importerNumber().reveal())
                .set("consigneeNumber", e.consigneeNumber() == null ? null : e.consigneeNumber().reveal())
                .set("estimatedEntryDate", e.entryDate()).set("importDate", e.importDate())
                .set("notifyParty", d.notifyParty() == null ? null : d.notifyParty().reveal())
                .set("stateOfDestination", d.stateOfDestination()).set("ftzId", d.ftzIdentifier());
        sink.accept(b);
        SummaryDetail.Arrival arrival = d.arrival();
        if (e.carrierCode() != null || arrival != null) {
            b.start(CatairLayouts.AE_20).set("carrierCode", e.carrierCode() == null ? null : e.carrierCode().code());
            if (arrival == null) {
                b.set("arrivalDate", e.importDate());
            } else {
                b.set("portOfUnlading", arrival.portOfUnlading()).set("arrivalDate", arrival.estimatedArrival())
                        .set("locationOfGoods", arrival.locationOfGoods()).set("conveyanceName", arrival.conveyanceName())
                        .set("vesselCode", arrival.vesselCode()).set("examPort", arrival.examPort())
                        .set("inBondDate", arrival.inBondDate());
            }
            sink.accept(b);
        }
        if (d.tripId() != null) {
            b.start(CatairLayouts.AE_21).set("tripId", d.tripId());
            sink.accept(b);
        }
        if (e.billOfLading() != null && !e.billOfLading().isBlank()) {
            // a master bill starts with its issuer's SCAC; an air waybill (digits) goes whole into the number
            String bill = e.billOfLading().trim();
            boolean scac = bill.length() > 4 && Character.isLetter(bill.charAt(0)) && Character.isLetter(bill.charAt(1))
                    && Character.isLetter(bill.charAt(2)) && Character.isLetter(bill.charAt(3));
            b.start(CatairLayouts.AE_23).set("issuerCode", scac ? bill.substring(0, 4) : null)
                    .set("billNumber", scac ? bill.substring(4) : bill);
            sink.accept(b);
        }
        if (d.warehouseEntry() != null) {
            SummaryDetail.WarehouseEntry w = d.warehouseEntry();
            b.start(CatairLayouts.AE_30).set("warehouseFiler", w.entryNumber().filerCode().code())
                    .set("warehouseEntryNumber", w.entryNumber().serialWithCheckDigit()).set("warehousePort", w.port())
                    .set("finalWithdrawal", y(w.finalWithdrawal()));
            sink.accept(b);
        }
        if (e.bond() != null && e.bond().type() != BondType.NO_BOND) {
            b.start(CatairLayouts.AE_31).set("bondType", RecordBuffer.code("bond.type", e.bond().type(), e.bond().type().code()))
                    .set("designation", "B").set("suretyCode", e.bond().suretyCode())
                    .set("singleTransactionAmount", e.bond().type() == BondType.SINGLE_TRANSACTION
                            && e.bond().amount() != null ? whole(e.bond().amount()) : null);
            sink.accept(b);
        }
        List<FeeAssessment> header = new ArrayList<>(2);
        for (FeeAssessment f : a.fees()) {
            if (isHeaderFee(f)) {
                header.add(f);
            }
        }
        if (!header.isEmpty()) {
            b.start(CatairLayouts.AE_34).set("class1", header.get(0).accountingClass())
                    .set("amount1", header.get(0).amount().amount());
            if (header.size() > 1) {
                b.set("class2", header.get(1).accountingClass()).set("amount2", header.get(1).amount().amount());
            }
            sink.accept(b);
        }
        if (psc != null) {
            reasons(b, CatairLayouts.AE_35, psc.headerReasons(), sink);
            for (String line : psc.explanation()) {
                b.start(CatairLayouts.AE_36).set("explanation", line);
                sink.accept(b);
            }
        }
        boolean hmfCharged = !a.fee("501").isZero();
        boolean anyCases = false;
        for (int i = 0; i < e.lines().size(); i++) {
            EntryLine l = e.lines().get(i);
            LineAssessment la = i < a.lines().size() ? a.lines().get(i) : null;
            b.start(CatairLayouts.AE_40).setDigits3("lineId", l.lineNumber())
                    .set("countryOfOrigin", l.countryOfOrigin()).set("countryOfExport", l.countryOfExport())
                    .set("exportDate", l.exportDate())
                    .set("specialProgram", RecordBuffer.code("specialProgram", l.specialProgram(),
                            l.specialProgram() == null ? null : l.specialProgram().code()))
                    .set("charges", whole(l.charges())).set("foreignPortOfLading", l.foreignPortOfLading())
                    .set("grossWeightKg", wholeKg(l.grossWeightKg())).set("relatedParty", l.relatedParty() ? "Y" : "N");
            sink.accept(b);
            LineDetail ld = l.details();
            if (ld.ftzStatus() != null) {
                b.start(CatairLayouts.AE_41).set("status", ld.ftzStatus().status())
                        .set("filingDate", ld.ftzStatus().privilegedFilingDate())
                        .set("quantity", BigDecimal.valueOf(ld.ftzStatus().quantity()));
                sink.accept(b);
            }
            if (ld.ruling() != null) {
                b.start(CatairLayouts.AE_43).set("rulingType", ld.ruling().type())
                        .set("rulingNumber", ld.ruling().number());
                sink.accept(b);
            }
            if (l.description() != null && !l.description().isBlank()) {
                b.start(CatairLayouts.AE_44).set("description", l.description());
                sink.accept(b);
            }
            if (l.manufacturerId() != null) {
                b.start(CatairLayouts.AE_47).set("partyType", "M").set("partyId", l.manufacturerId().code());
                sink.accept(b);
            }
            for (LineDetail.ArticleParty party : ld.parties()) {
                b.start(CatairLayouts.AE_47).set("partyType", party.type()).set("partyId", party.identifier());
                sink.accept(b);
            }
            long used = 0;
            for (TariffLine t : l.tariffs()) {
                HtsNumber h = t.htsNumber();
                TariffAssessment ta = null;
                if (la != null && h != null) {
                    for (int k = 0; k < la.tariffs().size() && k < 64; k++) {
                        if ((used & (1L << k)) == 0 && la.tariffs().get(k).htsNumber().equals(h)) {
                            ta = la.tariffs().get(k);
                            used |= 1L << k;
                            break;
                        }
                    }
                }
                boolean base = h != null && !h.isChapter99() && !h.isChapter98();
                if (ta == null || ta.duty() == null) {
                    throw new CatairException(0, "50", "duty", "14-23", "the duty on " + h + " (line "
                            + l.lineNumber() + ") was not computed; see the assessment's findings");
                }
                b.start(CatairLayouts.AE_50).set("htsNumber", h.digits())
                        .set("duty", ta.duty().amount())
                        .set("value", base && la != null ? la.enteredValue().amount() : base ? whole(t.value())
                                : BigDecimal.ZERO);
                for (int k = 0; k < t.quantities().size(); k++) {
                    Quantity qty = t.quantities().get(k);
                    b.set(QUANTITY[k], qty.amount()).set(UNIT[k],
                            RecordBuffer.code("quantities.unit", qty.unit(), qty.unit().code()));
                }
                sink.accept(b);
                // the PGA Message Set of this number follows its 50-record (before 53, 62 and CW02)
                PgaCodec.encode(t.pga(), b, sink);
            }
            if (ld.visaNumber() != null) {
                b.start(CatairLayouts.AE_51).set("visaNumber", ld.visaNumber());
                sink.accept(b);
            }
            for (LineDetail.Licence lic : ld.licences()) {
                b.start(CatairLayouts.AE_52).set("licenseType", lic.type()).set("licenseNumber", lic.number());
                sink.accept(b);
            }
            anyCases |= !l.adCvdCases().isEmpty();
            for (int k = 0; k < l.adCvdCases().size(); k++) {
                AdCvdCase c = l.adCvdCases().get(k);
                AdCvdAssessment ca = la != null && k < la.adCvd().size() ? la.adCvd().get(k) : null;
                if (ca == null || ca.deposit() == null) {
                    throw new CatairException(0, "53", "duty", "47-56", "the deposit on case " + c.caseNumber()
                            + " (line " + l.lineNumber() + ") was not computed; see the assessment's findings");
                }
                b.start(CatairLayouts.AE_53).set("caseNumber", c.compactCaseNumber())
                        .set("bondOrCash", c.bonded() ? "B" : "C").set("depositRate", c.depositRate())
                        .set("rateType", c.specificRate() ? "S" : "A")
                        .set("adCvdValue", c.specificRate() || la == null ? null : la.enteredValue().amount())
                        .set("adCvdQuantity", c.specificRate() && !l.tariffs().isEmpty()
                                ? firstQuantity(l) : null)
                        .set("duty", ca.deposit().amount());
                sink.accept(b);
            }
            for (LineDetail.ImporterDeclaration dec : ld.declarations()) {
                b.start(CatairLayouts.AE_54).set("declarationType", dec.type()).set("declaration", dec.information());
                sink.accept(b);
            }
            if (ld.irTax() != null) {
                b.start(CatairLayouts.AE_60).set("accountingClass", ld.irTax().accountingClass())
                        .set("amount", ld.irTax().amount().amount());
                sink.accept(b);
            }
            if (ld.otherRevenue() != null) {
                b.start(CatairLayouts.AE_61).set("accountingClass", ld.otherRevenue().accountingClass())
                        .set("amount", ld.otherRevenue().amount().amount());
                sink.accept(b);
            }
            if (la != null && !la.mpf().isZero()) {
                b.start(CatairLayouts.AE_62).set("accountingClass", "499").set("amount", la.mpf().amount());
                sink.accept(b);
            }
            if (la != null && hmfCharged && !la.hmf().isZero()) {
                b.start(CatairLayouts.AE_62).set("accountingClass", "501").set("amount", la.hmf().amount());
                sink.accept(b);
            }
            List<String> lineReasons = psc == null ? null : psc.lineReasons().get(l.lineNumber());
            if (lineReasons != null) {
                reasons(b, CatairLayouts.AE_63, lineReasons, sink);
            }
            if (!ld.censusOverrides().isEmpty()) {
                b.start(CatairLayouts.AE_CW02);
                for (int k = 0; k < ld.censusOverrides().size(); k++) {
                    b.set("condition" + (k + 1), ld.censusOverrides().get(k).condition())
                            .set("override" + (k + 1), ld.censusOverrides().get(k).override());
                }
                sink.accept(b);
            }
        }
        if (anyCases) {
            b.start(CatairLayouts.AE_88).set("adBonded", a.adBonded().amount()).set("adCash", a.adCash().amount())
                    .set("cvdBonded", a.cvdBonded().amount()).set("cvdCash", a.cvdCash().amount());
            sink.accept(b);
        }
        List<FeeAssessment> fees = new ArrayList<>(a.fees().size());
        for (FeeAssessment f : a.fees()) {
            if (!f.amount().isZero()) {
                fees.add(f);
            }
        }
        for (int i = 0; i < fees.size(); i += 5) {
            b.start(CatairLayouts.AE_89);
            for (int k = 0; k < 5 && i + k < fees.size(); k++) {
                b.set(CLASS[k], fees.get(i + k).accountingClass()).set(AMOUNT[k], fees.get(i + k).amount().amount());
            }
            sink.accept(b);
        }
        b.start(CatairLayouts.AE_90).set("duty", a.totalDuty().amount()).set("userFees", a.totalFees().amount())
                .set("irTax", revenue(e, true)).set("adDuty", a.totalAd().amount()).set("cvdDuty", a.totalCvd().amount())
                .set("otherRevenue", revenue(e, false));
        sink.accept(b);
    }

    private static String y(boolean flag) {
        return flag ? "Y" : null;
    }

    /** The summary's IR tax (records 60) or other revenue (61), for the 90-record. */
    private static BigDecimal revenue(EntrySummary e, boolean irTax) {
        BigDecimal sum = BigDecimal.ZERO.setScale(2);
        for (EntryLine l : e.lines()) {
            LineDetail.Revenue r = irTax ? l.details().irTax() : l.details().otherRevenue();
            if (r != null) {
                sum = sum.add(r.amount().amount());
            }
        }
        return sum;
    }

    private static void reasons(RecordBuffer b, RecordLayout layout, List<String> codes, Sink sink) {
        b.start(layout);
        for (int i = 0; i < codes.size() && i < REASON.length; i++) {
            b.set(REASON[i], codes.get(i));
        }
        sink.accept(b);
    }

    private static BigDecimal firstQuantity(EntryLine l) {
        for (TariffLine t : l.tariffs()) {
            if (t.htsNumber() != null && !t.htsNumber().isChapter99() && !t.quantities().isEmpty()) {
                return t.quantities().get(0).amount();
            }
        }
        return null;
    }
}
