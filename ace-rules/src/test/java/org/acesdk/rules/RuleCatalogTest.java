package org.acesdk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.acesdk.model.code.BondType;
import org.acesdk.model.code.CountryCode;
import org.acesdk.model.code.EntryType;
import org.acesdk.model.code.FilerCode;
import org.acesdk.model.code.FilingAction;
import org.acesdk.model.code.ImporterNumber;
import org.acesdk.model.code.ModeOfTransport;
import org.acesdk.model.code.PaymentType;
import org.acesdk.model.code.SpecialProgram;
import org.acesdk.model.code.UnitOfMeasure;
import org.acesdk.model.entry.AdCvdCase;
import org.acesdk.model.entry.Bond;
import org.acesdk.model.entry.EntryLine;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.model.entry.LineDetail;
import org.acesdk.model.entry.SummaryDetail;
import org.acesdk.model.entry.TariffLine;
import org.acesdk.model.export.ExportInformation;
import org.acesdk.model.export.ExportLine;
import org.acesdk.model.isf.ImporterSecurityFiling;
import org.acesdk.model.isf.IsfKind;
import org.acesdk.model.isf.IsfLine;
import org.acesdk.model.money.Money;
import org.acesdk.model.money.Quantity;
import org.acesdk.model.party.Party;
import org.acesdk.model.release.BillOfLading;
import org.acesdk.model.release.CargoRelease;
import org.acesdk.model.release.ReleaseLine;
import org.acesdk.rules.duty.FeeSchedule;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every built-in rule has a case here: a mutation of a valid sample that must trigger it, and the valid sample
 * (or a named passing variant) that must not.
 */
class RuleCatalogTest {

    /** One rule's failing and passing filings, and the context to judge them in. */
    record Case(String ruleId, Object failing, Object passing, RuleContext context) {
    }

    private static final Map<String, Case> CASES = new LinkedHashMap<>();

    private static EntrySummary es(UnaryOperator<EntrySummary.Builder> m) {
        return m.apply(Samples.entry().toBuilder()).build();
    }

    /** Edits line {@code i} of the sample entry. */
    private static EntrySummary line(int i, UnaryOperator<EntryLine.Builder> m) {
        EntrySummary e = Samples.entry();
        List<EntryLine> lines = new ArrayList<>(e.lines());
        lines.set(i, m.apply(lines.get(i).toBuilder()).build());
        return e.toBuilder().lines(lines).build();
    }

    /** Edits tariff {@code j} of line {@code i}. */
    private static EntrySummary tariff(int i, int j, UnaryOperator<TariffLine.Builder> m) {
        return line(i, b -> {
            List<TariffLine> ts = new ArrayList<>(b.build().tariffs());
            ts.set(j, m.apply(ts.get(j).toBuilder()).build());
            return b.tariffs(ts);
        });
    }

    private static EntrySummary withTariffs(int i, TariffLine... ts) {
        return line(i, b -> b.tariffs(List.of(ts)));
    }

    private static TariffLine t(String hts, String value) {
        TariffLine.Builder b = TariffLine.builder().htsNumber(hts);
        if (value != null) {
            b.value(Money.usd(value));
        }
        return b.build();
    }

    private static CargoRelease se(UnaryOperator<CargoRelease.Builder> m) {
        return m.apply(Samples.release().toBuilder()).build();
    }

    private static ImporterSecurityFiling isf(UnaryOperator<ImporterSecurityFiling.Builder> m) {
        return m.apply(Samples.isf().toBuilder()).build();
    }

    private static ExportInformation eei(UnaryOperator<ExportInformation.Builder> m) {
        return m.apply(Samples.eei().toBuilder()).build();
    }

    private static ExportInformation eeiFiling(UnaryOperator<ExportInformation.Builder> m) {
        return m.apply(Samples.eeiFiling().toBuilder()).build();
    }

    private static ExportInformation eeiLine(UnaryOperator<ExportLine.Builder> m) {
        ExportInformation x = Samples.eeiFiling();
        return x.toBuilder().lines(List.of(m.apply(x.lines().get(0).toBuilder()).build())).build();
    }

    private static void add(String id, Object failing) {
        add(id, failing, null, Samples.context());
    }

    private static void add(String id, Object failing, Object passing, RuleContext ctx) {
        if (CASES.put(id, new Case(id, failing, passing, ctx)) != null) {
            throw new IllegalStateException("two cases for " + id);
        }
    }

    /** Edits the detail of line {@code i}. */
    private static EntrySummary withDetail(EntrySummary e, int i, UnaryOperator<LineDetail> m) {
        List<EntryLine> lines = new ArrayList<>(e.lines());
        lines.set(i, lines.get(i).toBuilder().detail(m.apply(lines.get(i).details())).build());
        return e.toBuilder().lines(lines).build();
    }

    private static EntrySummary allLines(EntrySummary e, UnaryOperator<LineDetail> m) {
        for (int i = 0; i < e.lines().size(); i++) {
            e = withDetail(e, i, m);
        }
        return e;
    }

    /** Copper tubes entered on the day, with or without the smelt-and-cast declaration. */
    private static EntrySummary copper(java.time.LocalDate day, boolean declared) {
        EntrySummary e = withTariffs(0, t("7411.10.1030", "5000")).toBuilder().entryDate(day).build();
        return declared ? withDetail(e, 0, d -> d.withDeclarations(List.of(new LineDetail.ImporterDeclaration("12",
                "CL")))) : e;
    }

    /** A line of that number and origin, with or without a 54-record of that type. */
    private static EntrySummary metal(String hts, String origin, String type, boolean declared) {
        EntrySummary e = line(0, b -> b.tariffs(List.of(t(hts, "5000"))).countryOfOrigin(CountryCode.parse(origin)));
        return declared ? withDetail(e, 0, d -> d.withDeclarations(List.of(new LineDetail.ImporterDeclaration(type,
                origin)))) : e;
    }

    private static final EntrySummary ADCVD_ENTRY = es(b -> b.entryType(EntryType.ADCVD)).toBuilder().build();

    private static EntrySummary adcvd(AdCvdCase... cases) {
        EntrySummary e = es(b -> b.entryType(EntryType.ADCVD));
        List<EntryLine> lines = new ArrayList<>(e.lines());
        lines.set(0, lines.get(0).toBuilder().adCvdCases(List.of(cases)).build());
        return e.toBuilder().lines(lines).build();
    }

    private static final AdCvdCase AD = new AdCvdCase("A-570-967-000", new BigDecimal("3.5"), false, false);

    static {
        RuleContext ctx = Samples.context();
        // header
        add("AE-HDR-001", Samples.entry(), es(b -> b.entryNumber(org.acesdk.model.code.EntryNumber.of(
                FilerCode.parse("XJ5"), "2345678"))), ctx.toBuilder().filerCode(FilerCode.parse("XJ5")).build());
        add("AE-HDR-002", es(b -> b.entryType(EntryType.IMMEDIATE_TRANSPORTATION)));
        add("AE-HDR-003", es(b -> b.entryType(EntryType.INFORMAL)),
                es(b -> b.entryType(EntryType.INFORMAL).lines(List.of(Samples.handbagLine().toBuilder().tariffs(
                        List.of(TariffLine.builder().htsNumber("4202.21.9000").value(Money.usd("2400"))
                                .addQuantity(Quantity.of("10", UnitOfMeasure.NUMBER)).build())).build()))), ctx);
        // what each entry type needs besides the core summary
        add("AE-TYPE-001", es(b -> b.entryType(EntryType.QUOTA_VISA)), withDetail(es(b -> b.entryType(
                EntryType.QUOTA_VISA)), 0, d -> d.withVisaNumber("3CN12345A")), ctx);
        add("AE-TYPE-002", es(b -> b.entryType(EntryType.FTZ_CONSUMPTION)), allLines(es(b -> b.entryType(
                EntryType.FTZ_CONSUMPTION)), d -> d.withFtzStatus(new LineDetail.FtzStatus("P",
                java.time.LocalDate.of(2026, 1, 5), 10))), ctx);
        add("AE-TYPE-003", es(b -> b.entryType(EntryType.WAREHOUSE_WITHDRAWAL_CONSUMPTION)),
                es(b -> b.entryType(EntryType.WAREHOUSE_WITHDRAWAL_CONSUMPTION).detail(SummaryDetail.NONE
                        .withWarehouseEntry(new SummaryDetail.WarehouseEntry(org.acesdk.model.code.EntryNumber.of(
                                FilerCode.parse("B76"), "0324500"), org.acesdk.model.code.PortCode.parse("2704"), false)))), ctx);
        add("AE-TYPE-004", es(b -> b.entryType(EntryType.TEMPORARY_IMPORTATION_BOND)),
                es(b -> b.entryType(EntryType.TEMPORARY_IMPORTATION_BOND).detail(SummaryDetail.NONE
                        .withTibDeclaration(true))), ctx);
        add("AE-TYPE-005", es(b -> b.entryType(EntryType.INFORMAL_MAIL)), es(b -> b.entryType(EntryType.INFORMAL_MAIL)
                .entryDate(java.time.LocalDate.of(2026, 9, 22))), ctx);
        add("AE-DECL-001", copper(java.time.LocalDate.of(2026, 9, 13), false),
                copper(java.time.LocalDate.of(2026, 9, 13), true), ctx);
        add("AE-DECL-002", copper(java.time.LocalDate.of(2026, 9, 14), false),
                copper(java.time.LocalDate.of(2026, 9, 14), true), ctx);
        add("AE-DECL-003", metal("7208.51.0030", "JP", "08", false), metal("7208.51.0030", "JP", "08", true), ctx);
        add("AE-DECL-004", metal("7606.12.3090", "CA", "07", false), metal("7606.12.3090", "CA", "07", true), ctx);
        add("AE-HDR-004", es(b -> b.entryType(EntryType.DE_MINIMIS)),
                es(b -> b.entryType(EntryType.DE_MINIMIS).modeOfTransport(ModeOfTransport.MAIL)), ctx);
        add("AE-HDR-005", es(b -> b.modeOfTransport(ModeOfTransport.UNKNOWN)));
        add("AE-HDR-006", es(b -> b.entryType(EntryType.UNKNOWN)));
        add("AE-HDR-007", es(b -> b.importerNumber(ImporterNumber.parse("00-000000000"))));
        add("AE-HDR-008", es(b -> b.importerNumber(ImporterNumber.parse("123-45-6789"))));
        add("AE-HDR-009", es(b -> b.consigneeNumber((ImporterNumber) null)));
        add("AE-HDR-010", es(b -> b.paymentType(PaymentType.UNKNOWN)));
        add("AE-HDR-011", es(b -> b.paymentType(PaymentType.PERIODIC_MONTHLY_IMPORTER)
                .bond(Bond.builder().type(BondType.SINGLE_TRANSACTION).suretyCode("457").amount(Money.usd("60000"))
                        .build())),
                es(b -> b.paymentType(PaymentType.PERIODIC_MONTHLY_IMPORTER)), ctx);
        add("AE-HDR-012", es(b -> b.carrierCode((org.acesdk.model.code.ScacCode) null)));
        add("AE-HDR-013", es(b -> b.billOfLading(" ")));
        // bond
        add("AE-BOND-001", es(b -> b.bond(null)));
        add("AE-BOND-002", es(b -> b.bond(Bond.builder().type(BondType.UNKNOWN).suretyCode("457").build())));
        add("AE-BOND-003", es(b -> b.bond(Bond.builder().type(BondType.SINGLE_TRANSACTION).suretyCode("457").build())),
                es(b -> b.bond(Bond.builder().type(BondType.SINGLE_TRANSACTION).suretyCode("457")
                        .amount(Money.usd("40000")).build())), ctx);
        add("AE-BOND-004", es(b -> b.bond(Bond.builder().type(BondType.CONTINUOUS).suretyCode("457")
                .amount(Money.usd("50000")).build())));
        add("AE-BOND-005", es(b -> b.bond(Bond.builder().type(BondType.CONTINUOUS).build())));
        add("AE-BOND-006", es(b -> b.bond(Bond.builder().type(BondType.SINGLE_TRANSACTION).suretyCode("457")
                .amount(Money.usd("1000")).build())));
        // dates
        add("AE-DATE-001", es(b -> b.importDate(LocalDate.of(2026, 3, 21))));
        add("AE-DATE-002", es(b -> b.summaryDate(LocalDate.of(2026, 3, 19))));
        add("AE-DATE-003", line(0, b -> b.exportDate(LocalDate.of(2026, 3, 19))));
        add("AE-DATE-004", es(b -> b.importDate(LocalDate.of(2026, 5, 1)).entryDate(LocalDate.of(2026, 5, 2))));
        add("AE-DATE-005", es(b -> b.summaryDate(LocalDate.of(2026, 4, 2))));
        add("AE-DATE-006", es(b -> b.summaryDate(LocalDate.of(2026, 4, 10))), Samples.entry(),
                ctx.toBuilder().clock(Clock.fixed(Instant.parse("2026-04-20T00:00:00Z"), ZoneOffset.UTC)).build());
        // ports
        PortDirectory complete;
        try {
            complete = PortDirectory.load(new ByteArrayInputStream("code,name,hmf\n2709,Long Beach,true\n"
                    .getBytes(StandardCharsets.UTF_8)), true);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        add("AE-PORT-001", Samples.entry(), es(b -> b.portOfEntry("2709")), ctx.toBuilder().ports(complete).build());
        add("AE-PORT-002", line(1, b -> b.foreignPortOfLading((org.acesdk.model.code.ForeignPortCode) null)));
        // lines
        add("AE-LINE-001", line(1, b -> b.lineNumber(1)));
        add("AE-LINE-002", line(2, b -> b.lineNumber(0 + 2)).toBuilder().lines(List.of(Samples.steelLine(),
                Samples.usmcaLine(), Samples.handbagLine())).build());
        add("AE-LINE-003", line(2, b -> b.countryOfOrigin("CA").countryOfExport("CA").manufacturerId("XOMAPLEA30TOR")
                .specialProgram(null)),
                line(2, b -> b.countryOfOrigin("XO").countryOfExport("CA").manufacturerId("XOMAPLEA30TOR")
                        .specialProgram(null)), ctx);
        add("AE-LINE-004", line(1, b -> b.manufacturerId((org.acesdk.model.code.ManufacturerId) null)));
        add("AE-LINE-005", line(2, b -> b.countryOfOrigin("XO").countryOfExport("CA").specialProgram(null)));
        add("AE-LINE-006", line(1, b -> b.countryOfExport("US")));
        add("AE-LINE-007", line(1, b -> b.exportDate(null)));
        add("AE-LINE-008", line(1, b -> b.specialProgram(SpecialProgram.UNKNOWN)));
        add("AE-LINE-009", line(1, b -> b.charges(Money.usd("-5"))));
        add("AE-LINE-010", line(1, b -> b.charges((Money) null)));
        add("AE-LINE-011", line(1, b -> b.description("")));
        add("AE-LINE-012", line(1, b -> b.grossWeightKg(null)));
        // tariffs
        add("AE-HTS-001", tariff(1, 0, b -> b.htsNumber("4202.21.90")));
        add("AE-HTS-002", withTariffs(1, t("4202.21.9000", "9800"), t("7326.90.8688", "1")));
        add("AE-HTS-003", withTariffs(0, t("7326.90.8688", "14172"), t("9903.88.03", null)));
        add("AE-HTS-004", withTariffs(0, t("9903.81.91", null), t("9903.88.03", null), t("7326.90.8688", "14172")));
        add("AE-HTS-005", tariff(0, 0, b -> b.value(Money.usd("14172"))));
        add("AE-HTS-006", tariff(1, 0, b -> b.value((Money) null)));
        add("AE-HTS-007", tariff(1, 0, b -> b.value(Money.parse("9000 EUR"))));
        add("AE-HTS-008", tariff(1, 0, b -> b.htsNumber("4202.22.8050")));
        add("AE-HTS-009", tariff(1, 0, b -> b.quantities(List.of())));
        add("AE-HTS-010", tariff(1, 0, b -> b.quantities(List.of(Quantity.of("400", UnitOfMeasure.NUMBER),
                Quantity.of("80", UnitOfMeasure.KILOGRAMS)))));
        add("AE-HTS-011", line(1, b -> b.specialProgram(SpecialProgram.JAPAN).countryOfOrigin("JP")
                .manufacturerId("JPSAILEA88TOK")));
        add("AE-HTS-012", tariff(1, 0, b -> b.quantities(List.of(Quantity.of("-1", UnitOfMeasure.NUMBER)))));
        add("AE-HTS-013", withTariffs(0, t("9903.88.03", null), t("9903.88.03", null), t("7326.90.8688", "14172")));
        add("AE-HTS-014", tariff(1, 0, b -> b.value(Money.usd("9800.40"))));
        add("AE-HTS-015", withTariffs(1, t("9813.00.0520", null), t("4202.21.9000", "9800")));
        add("AE-HTS-016", tariff(0, 1, b -> b.contentValue((Money) null)));
        // AD/CVD
        add("AE-ADCVD-001", line(0, b -> b.adCvdCases(List.of(AD))));
        add("AE-ADCVD-002", ADCVD_ENTRY, adcvd(AD), ctx);
        add("AE-ADCVD-003", adcvd(AD, new AdCvdCase("A-570-968-000", BigDecimal.ONE, false, false)), adcvd(AD), ctx);
        AdCvdCase specific = new AdCvdCase("C-570-968-000", new BigDecimal("0.5"), true, false);
        EntrySummary spec = adcvd(specific);
        List<EntryLine> noQty = new ArrayList<>(spec.lines());
        EntryLine l0 = noQty.get(0);
        List<TariffLine> ts = new ArrayList<>(l0.tariffs());
        ts.set(2, ts.get(2).toBuilder().quantities(List.of()).build());
        noQty.set(0, l0.toBuilder().tariffs(ts).build());
        add("AE-ADCVD-004", spec.toBuilder().lines(noQty).build(), spec, ctx);
        add("AE-ADCVD-005", adcvd(new AdCvdCase("A-570-967-000", new BigDecimal("33.28"), false, true)), adcvd(AD), ctx);
        // programs and fees
        add("AE-SPI-001", line(2, b -> b.countryOfOrigin("CN").manufacturerId("CNAUTPAR500SHA")));
        add("AE-SPI-002", line(1, b -> b.specialProgram(SpecialProgram.GSP)));
        add("AE-FEE-001", es(b -> b.entryDate(LocalDate.of(2027, 11, 5)).summaryDate(LocalDate.of(2027, 11, 6))),
                Samples.entry(),
                ctx.toBuilder().clock(Clock.fixed(Instant.parse("2027-11-06T00:00:00Z"), ZoneOffset.UTC))
                        .tariffSchedule(null).build());
        add("AE-DATA-001", es(b -> b.entryDate(LocalDate.of(2026, 11, 20)).summaryDate(LocalDate.of(2026, 11, 21))),
                Samples.entry(), ctx.toBuilder().clock(Clock.fixed(Instant.parse("2026-11-21T00:00:00Z"), ZoneOffset.UTC))
                        .tariffSchedule(org.acesdk.rules.tariff.TariffHistory.bundled()).build());
        try {
            FeeSchedule noInformalFee = FeeSchedule.load(new ByteArrayInputStream(("{\"periods\":[{\"label\":\"FY2026\","
                    + "\"from\":\"2025-10-01\",\"to\":\"2026-09-30\",\"mpf\":{\"ratePercent\":\"0.3464\",\"minimum\":"
                    + "\"33.58\",\"maximum\":\"651.50\"},\"hmf\":{\"ratePercent\":\"0.125\",\"reportThreshold\":\"3.00\"}}]}")
                    .getBytes(StandardCharsets.UTF_8)));
            EntrySummary informal = es(b -> b.entryType(EntryType.INFORMAL).lines(List.of(Samples.handbagLine())));
            add("AE-FEE-002", informal, Samples.entry(), ctx.toBuilder().feeSchedule(noInformalFee).build());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        // cargo release
        add("SE-HDR-001", se(b -> b.action(FilingAction.UNKNOWN)));
        add("SE-HDR-002", se(b -> b.entryType(EntryType.WAREHOUSE_WITHDRAWAL_CONSUMPTION)));
        add("SE-HDR-003", se(b -> b.bondType(BondType.NO_BOND)));
        add("SE-HDR-004", se(b -> b.estimatedValue(Money.usd("0"))));
        add("SE-HDR-005", se(b -> b.contactPhone(null)));
        add("SE-HDR-006", se(b -> b.arrivalDate(LocalDate.of(2026, 3, 1))));
        add("SE-BILL-001", se(b -> b.bills(List.of(BillOfLading.builder().type("H").number("HBL1").build()))));
        add("SE-BILL-002", se(b -> b.addBill(BillOfLading.builder().type("M").issuer("MAEU").number("MAEU123456789")
                .build())));
        add("SE-LINE-001", se(b -> b.lines(List.of(ReleaseLine.builder().lineNumber(1).countryOfOrigin("CN")
                .htsNumber("9903.88.03").build()))));
        add("SE-LINE-002", se(b -> b.addLine(ReleaseLine.builder().lineNumber(1).countryOfOrigin("CN")
                .htsNumber("7326.90.8688").value(Money.usd("1")).build())));
        add("SE-LINE-003", se(b -> b.estimatedValue(Money.usd("1000"))));
        // ISF
        add("ISF-KIND-001", isf(b -> b.kind(IsfKind.UNKNOWN)));
        add("ISF-ELEM-001", isf(b -> b.seller(null)));
        add("ISF-ELEM-002", isf(b -> b.buyer(Party.builder().build())));
        add("ISF-ELEM-003", isf(b -> b.shipTo(null)));
        add("ISF-ELEM-004", isf(b -> b.consigneeNumbers(List.of())));
        add("ISF-ELEM-005", isf(b -> b.lines(List.of(IsfLine.builder().manufacturer(Party.builder().name("X").build())
                .countryOfOrigin("CN").htsNumber("7326.90").build()))));
        add("ISF-ELEM-006", isf(b -> b.consolidator(null)));
        ImporterSecurityFiling isf5 = isf(b -> b.kind(IsfKind.ISF_5).bookingParty(Samples.party("BOOKER", "CN"))
                .foreignPortOfUnlading("57035").placeOfDelivery("2704"));
        add("ISF-ELEM-007", isf5.toBuilder().placeOfDelivery(null).build(), isf5, ctx);
        add("ISF-HTS-001", isf(b -> b.lines(List.of(IsfLine.builder().manufacturer(Samples.party("M", "CN"))
                .countryOfOrigin("CN").htsNumber("9903.88.03").build()))));
        add("ISF-TIME-001", isf(b -> b.estimatedLading(Instant.parse("2026-04-02T00:00:00Z"))));
        add("ISF-TIME-002", isf(b -> b.consolidator(null).estimatedArrival(Instant.parse("2026-04-02T06:00:00Z"))),
                isf(b -> b.estimatedArrival(Instant.parse("2026-04-02T06:00:00Z"))), ctx);
        add("ISF-KIND-002", isf5.toBuilder().shipmentType("02").build(), isf5, ctx);
        add("ISF-ELEM-008", isf(b -> b.lines(List.of(IsfLine.builder().manufacturer(Samples.party("M", "CN"))
                .htsNumber("7326.90").build()))));
        add("ISF-ACT-001", isf(b -> b.action(FilingAction.REPLACE)));
        add("ISF-ACT-002", isf(b -> b.transactionNumber("B76-20260401001")));
        add("ISF-FLEX-001", isf(b -> b.actionReason("FT").estimatedArrival(Instant.parse("2026-04-02T06:00:00Z"))),
                isf(b -> b.actionReason("CT").estimatedArrival(Instant.parse("2026-04-02T06:00:00Z"))), ctx);
        add("ISF-FLEX-002", isf(b -> b.actionReason("CT").consolidator(null)),
                isf(b -> b.actionReason("FT").consolidator(null)), ctx);
        add("ISF-BOND-001", isf(b -> b.bond(new org.acesdk.model.isf.IsfBond("13-142026000", "07",
                BondType.CONTINUOUS))));
        add("ISF-BOND-002", isf(b -> b.bond(null)), isf(b -> b.bond(null).shipmentType("09")), ctx);
        add("ISF-BOND-003", isf(b -> b.bond(new org.acesdk.model.isf.IsfBond("13-142026000", "16",
                BondType.SINGLE_TRANSACTION))), isf(b -> b.bond(new org.acesdk.model.isf.IsfBond("13-142026000", "16",
                BondType.SINGLE_TRANSACTION)).addReference(new org.acesdk.model.isf.IsfReference("V1", "457"))
                .addReference(new org.acesdk.model.isf.IsfReference("SBN", "ISF12345"))), ctx);
        add("ISF-MOT-001", isf(b -> b.modeOfTransport("12")));
        // EEI
        add("EEI-REQ-001", eei(b -> b.itn((org.acesdk.model.code.InternalTransactionNumber) null)
                .exemptionLegend("NOEEI 30.37(a)")));
        ExportInformation small = eei(b -> b.itn((org.acesdk.model.code.InternalTransactionNumber) null)
                .lines(List.of(Samples.eei().lines().get(0).toBuilder().value(Money.usd("2000")).build())));
        add("EEI-REQ-002", small, small.toBuilder().exemptionLegend("NOEEI 30.37(a)").build(), ctx);
        add("EEI-REQ-003", eei(b -> b.exemptionLegend("NOEEI 30.37(a)")));
        add("EEI-ITN-001", eei(b -> b.dateOfExport(LocalDate.of(2026, 3, 30))));
        add("EEI-TIME-001", eei(b -> b.filedAt(Instant.parse("2026-04-10T12:00:00Z"))));
        add("EEI-LINE-001", eei(b -> b.lines(List.of(ExportLine.builder().commodityNumber("8708.99")
                .value(Money.usd("12000")).build()))));
        add("EEI-LINE-002", eei(b -> b.lines(List.of(Samples.eei().lines().get(0).toBuilder()
                .value(Money.usd("-1")).build()))));
        add("EEI-DEST-001", eei(b -> b.countryOfDestination(CountryCode.US)));
        add("EEI-REQ-004", eei(b -> b.itn((org.acesdk.model.code.InternalTransactionNumber) null)
                .lines(List.of(Samples.eei().lines().get(0).toBuilder().value(Money.usd("2000")).build()))
                .exemptionLegend("EXEMPT LOW VALUE")), small.toBuilder().exemptionLegend("NOEEI § 30.37(a)").build(),
                ctx);
        add("EEI-REQ-005", eei(b -> b.itn((org.acesdk.model.code.InternalTransactionNumber) null)
                .exemptionLegend("AESDOWN 123456789 04/10/2026").lines(List.of(Samples.eei().lines().get(0)
                        .toBuilder().licenseCode("C30").eccn("5A002").licenseNumber("D123456")
                        .licenseValue(Money.usd("12000")).build()))),
                eei(b -> b.itn((org.acesdk.model.code.InternalTransactionNumber) null)
                        .exemptionLegend("AESDOWN 123456789 04/10/2026")), ctx);
        add("EEI-TIME-002", eeiFiling(b -> b.filingOption(org.acesdk.model.export.FilingOption.POSTDEPARTURE)
                .dateOfExport(LocalDate.of(2026, 3, 20)).filedAt(Instant.parse("2026-03-26T09:00:00Z"))),
                eeiFiling(b -> b.filingOption(org.acesdk.model.export.FilingOption.POSTDEPARTURE)
                        .dateOfExport(LocalDate.of(2026, 3, 20)).filedAt(Instant.parse("2026-03-25T09:00:00Z"))), ctx);
        add("EEI-SC1-001", eeiFiling(b -> b.filingOption(org.acesdk.model.export.FilingOption.AEI)));
        add("EEI-SC1-002", eeiFiling(b -> b.carrier(null)));
        add("EEI-SC1-003", eeiFiling(b -> b.modeOfTransport(org.acesdk.model.code.ModeOfTransport.MAIL)
                .carrier(null)), eeiFiling(b -> b.modeOfTransport(org.acesdk.model.code.ModeOfTransport.MAIL)
                .carrier(null).conveyanceName(null).lines(List.of(Samples.eeiFiling().lines().get(0)))), ctx);
        add("EEI-SC1-004", eeiFiling(b -> b.stateOfOrigin("IL")));
        add("EEI-SC1-005", eeiFiling(b -> b.routedExport(null)));
        add("EEI-SC1-006", eeiFiling(b -> b.action(org.acesdk.model.export.ShipmentAction.REPLACE)),
                eeiFiling(b -> b.action(org.acesdk.model.export.ShipmentAction.REPLACE).itn("X20260401123456")), ctx);
        add("EEI-SC2-001", eeiFiling(b -> b.inBondCode("67").inBondEntryNumber("B7612345678")),
                eeiFiling(b -> b.inBondCode("67").inBondEntryNumber("B7612345678").ftzIdentifier("0490000")), ctx);
        add("EEI-PTY-001", eeiFiling(b -> b.ultimateConsignee(null)),
                eeiFiling(b -> b.ultimateConsignee(null).soldEnRoute(true)), ctx);
        add("EEI-PTY-002", eeiFiling(b -> b.usppi(Samples.eeiFiling().usppi().toBuilder()
                .address(Samples.eeiFiling().usppi().address().toBuilder().streetLines(List.of("P.O. Box 12"))
                        .build()).build())));
        add("EEI-PTY-003", eeiFiling(b -> b.usppiId((org.acesdk.model.code.ImporterNumber) null)));
        add("EEI-LINE-003", eeiLine(l -> l.eccn("5X2")));
        add("EEI-LINE-004", eeiLine(l -> l.shippingWeightKg(0L)));
        add("EEI-LINE-005", eeiLine(l -> l.quantity2(Quantity.of("0", org.acesdk.model.code.UnitOfMeasure.KILOGRAMS))));
        add("EEI-LINE-006", eeiLine(l -> l.value(Money.usd("12000.40"))));
        add("EEI-VEH-001", eeiLine(l -> l.exportInformationCode("HV")));
        add("EEI-VEH-002", eeiLine(l -> l.addUsedVehicle(new org.acesdk.model.export.UsedVehicle(
                "1HGCM82633A00435O", "V", "T123", "CA"))), eeiLine(l -> l.addUsedVehicle(
                new org.acesdk.model.export.UsedVehicle("1HGCM82633A004352", "V", "T123", "CA"))), ctx);
        add("EEI-VEH-003", eeiLine(l -> l.addUsedVehicle(new org.acesdk.model.export.UsedVehicle(
                "1HGCM82633A004352", "V", null, "CA"))));
        add("EEI-VEH-004", eeiLine(l -> l.addUsedVehicle(new org.acesdk.model.export.UsedVehicle(
                "1HGCM82633A004352", "V", "T123", null))));
        add("EEI-LIC-001", eeiLine(l -> l.licenseCode("C37")));
        add("EEI-LIC-002", eeiLine(l -> l.licenseCode("C32")), eeiLine(l -> l.licenseCode("C32").eccn("5A992")),
                ctx);
        add("EEI-LIC-003", eeiLine(l -> l.licenseCode("C30").eccn("5A002")), eeiLine(l -> l.licenseCode("C30")
                .eccn("5A002").licenseNumber("D123456").licenseValue(Money.usd("12000"))), ctx);
        for (Object[] c : org.acesdk.rules.pga.PgaCatalog.cases()) {
            add((String) c[0], c[1], c[2], (RuleContext) c[3]);
        }
    }

    private static final AceValidator VALIDATOR = AceValidator.standard();

    @TestFactory
    Stream<DynamicTest> everyRuleTriggersOnItsMutationAndNotOnTheValidFiling() {
        return CASES.values().stream().flatMap(c -> Stream.of(
                DynamicTest.dynamicTest(c.ruleId() + " triggers", () -> {
                    ValidationReport r = VALIDATOR.validate(c.failing(), c.context());
                    assertTrue(r.has(c.ruleId()), c.ruleId() + " should fire:\n" + r.toText());
                    assertTrue(r.byRule(c.ruleId()).stream().noneMatch(f -> f.message().contains("failed to evaluate")),
                            r.toText());
                }),
                DynamicTest.dynamicTest(c.ruleId() + " passes", () -> {
                    Object passing = c.passing() != null ? c.passing() : sampleOf(c.failing());
                    ValidationReport r = VALIDATOR.validate(passing, c.context());
                    assertFalse(r.has(c.ruleId()), c.ruleId() + " should not fire:\n" + r.toText());
                })));
    }

    private static Object sampleOf(Object failing) {
        if (failing instanceof EntrySummary) {
            return Samples.entry();
        }
        if (failing instanceof CargoRelease) {
            return Samples.release();
        }
        if (failing instanceof ImporterSecurityFiling) {
            return Samples.isf();
        }
        if (failing instanceof ExportInformation x && x.filingOption() != null) {
            return Samples.eeiFiling();
        }
        return Samples.eei();
    }

    @Test
    void theCompleteExportFilingPassesEveryRule() {
        ValidationReport r = VALIDATOR.validate(Samples.eeiFiling(), Samples.context());
        assertTrue(r.findings().isEmpty(), r.toText());
    }

    @Test
    void everyBuiltInRuleHasACase() {
        Set<String> ids = VALIDATOR.rules().stream().map(r -> r.id().toString())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> missing = new TreeSet<>(ids);
        missing.removeAll(CASES.keySet());
        assertEquals(Set.of(), missing, "rules without a test case");
        Set<String> stale = new TreeSet<>(CASES.keySet());
        stale.removeAll(ids);
        assertEquals(Set.of(), stale, "cases for rules that do not exist");
        assertTrue(ids.size() >= 60, "at least 60 rules, found " + ids.size());
    }

    @Test
    void validSamplesHaveNoErrors() {
        for (Object sample : List.of(Samples.entry(), Samples.release(), Samples.isf(), Samples.eei())) {
            ValidationReport r = VALIDATOR.validate(sample, Samples.context());
            assertTrue(r.isValid(), r.toText());
            assertEquals(List.of(), r.warnings(), r.toText());
        }
    }

    static Function<Object, ValidationReport> validator() {
        return f -> VALIDATOR.validate(f, Samples.context());
    }
}
