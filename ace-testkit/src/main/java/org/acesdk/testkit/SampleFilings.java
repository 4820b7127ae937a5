package org.acesdk.testkit;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.acesdk.model.code.BondType;
import org.acesdk.model.code.CountryCode;
import org.acesdk.model.code.EntryNumber;
import org.acesdk.model.code.EntryType;
import org.acesdk.model.code.FilerCode;
import org.acesdk.model.code.FilingAction;
import org.acesdk.model.code.ModeOfTransport;
import org.acesdk.model.code.PaymentType;
import org.acesdk.model.code.SpecialProgram;
import org.acesdk.model.code.UnitOfMeasure;
import org.acesdk.model.entry.Bond;
import org.acesdk.model.entry.EntryLine;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.model.entry.InvoiceReference;
import org.acesdk.model.entry.TariffLine;
import org.acesdk.model.export.ExportInformation;
import org.acesdk.model.export.ExportLine;
import org.acesdk.model.isf.ImporterSecurityFiling;
import org.acesdk.model.isf.IsfKind;
import org.acesdk.model.isf.IsfLine;
import org.acesdk.model.money.Money;
import org.acesdk.model.money.Quantity;
import org.acesdk.model.party.Address;
import org.acesdk.model.party.Party;
import org.acesdk.model.release.BillOfLading;
import org.acesdk.model.release.CargoRelease;
import org.acesdk.model.release.ReleaseLine;
import org.acesdk.rules.RuleContext;

/**
 * Realistic, rule-valid sample filings, each a builder so a test can change what it needs through
 * {@code toBuilder()}. All dates sit in March-April 2026; validate them with {@link #context()}, whose clock is
 * fixed at {@link #NOW} and which carries the {@link SampleTariff}.
 */
public final class SampleFilings {
    /** The instant the samples' context treats as now. */
    public static final Instant NOW = Instant.parse("2026-04-01T12:00:00Z");
    /** The sample AES filer id (an EIN without its hyphen), set on the fake's client builder. */
    public static final String AES_FILER_ID = "761234567";
    /** The sample filer code. */
    public static final FilerCode FILER = FilerCode.parse("B76");

    private SampleFilings() {
    }

    /** A context with the clock fixed at {@link #NOW} and the sample tariff loaded. */
    public static RuleContext context() {
        return RuleContext.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).tariffSchedule(SampleTariff.revision())
                .filerCode(FILER).build();
    }

    /** An entry number of the sample filer with the given serial (1-9999999); the check digit is computed. */
    public static EntryNumber entryNumber(int serial) {
        return EntryNumber.of(FILER, String.format("%07d", serial));
    }

    private static Address address(String street, String city, String country) {
        return Address.builder().addStreetLine(street).city(city).country(CountryCode.parse(country)).build();
    }

    /** A party named by name and address. */
    public static Party party(String name, String street, String city, String country) {
        return Party.builder().name(name).address(address(street, city, country)).build();
    }

    /** Steel brackets from China: Section 301 (9903.88.03) and 232 (9903.81.91) on HTS 7326.90.8688, $14,172. */
    public static EntryLine steelLineFromChina() {
        return EntryLine.builder().lineNumber(1).countryOfOrigin("CN").countryOfExport("CN")
                .exportDate(LocalDate.of(2026, 2, 20)).manufacturerId("CNSHASTE1234SHA").foreignPortOfLading("57035")
                .grossWeightKg(new BigDecimal("5200")).charges(Money.usd("850")).description("STEEL MOUNTING BRACKETS")
                .invoice(InvoiceReference.builder().supplierId("CNSHASTE1234SHA").invoiceNumber("SSW-2026-0113").build())
                .addTariff(TariffLine.builder().htsNumber("9903.88.03").build())
                .addTariff(TariffLine.builder().htsNumber("9903.81.91").contentValue(Money.usd("14172")).build())
                .addTariff(TariffLine.builder().htsNumber("7326.90.8688").value(Money.usd("14172"))
                        .addQuantity(Quantity.of("5000", UnitOfMeasure.KILOGRAMS)).build())
                .build();
    }

    /** Leather handbags from Vietnam, HTS 4202.21.9000 at 9%. */
    public static EntryLine handbagLineFromVietnam() {
        return EntryLine.builder().lineNumber(2).countryOfOrigin("VN").countryOfExport("VN")
                .exportDate(LocalDate.of(2026, 2, 22)).manufacturerId("VNSAILEA88HOC").foreignPortOfLading("55201")
                .grossWeightKg(new BigDecimal("800")).charges(Money.usd("300")).description("LEATHER HANDBAGS")
                .addTariff(TariffLine.builder().htsNumber("4202.21.9000").value(Money.usd("9800"))
                        .addQuantity(Quantity.of("400", UnitOfMeasure.NUMBER)).build())
                .build();
    }

    /** Brake parts from Mexico claimed under USMCA (S), HTS 8708.99.8180: free and MPF-exempt. */
    public static EntryLine usmcaLineFromMexico() {
        return EntryLine.builder().lineNumber(3).countryOfOrigin("MX").countryOfExport("MX")
                .exportDate(LocalDate.of(2026, 2, 25)).manufacturerId("MXAUTPAR500MON").foreignPortOfLading("20195")
                .grossWeightKg(new BigDecimal("1500")).charges(Money.usd("400")).description("BRAKE PARTS")
                .specialProgram(SpecialProgram.USMCA)
                .addTariff(TariffLine.builder().htsNumber("8708.99.8180").value(Money.usd("6200"))
                        .addQuantity(Quantity.of("1200", UnitOfMeasure.NUMBER)).build())
                .build();
    }

    private static EntrySummary.Builder header(int serial, ModeOfTransport mode) {
        return EntrySummary.builder()
                .entryNumber(entryNumber(serial))
                .entryType(EntryType.CONSUMPTION)
                .portOfEntry("2704")
                .modeOfTransport(mode)
                .entryDate(LocalDate.of(2026, 3, 20))
                .importDate(LocalDate.of(2026, 3, 18))
                .summaryDate(LocalDate.of(2026, 3, 27))
                .importerNumber("13-142026000")
                .consigneeNumber("13-142026000")
                .bond(Bond.builder().type(BondType.CONTINUOUS).suretyCode("457").build())
                .paymentType(PaymentType.DAILY_STATEMENT)
                .filerReference("QS" + serial);
    }

    /** A three-line ocean entry into Los Angeles: steel from China (301 + 232), handbags from Vietnam, USMCA parts. */
    public static EntrySummary.Builder oceanEntry() {
        return header(324527, ModeOfTransport.VESSEL_CONTAINER).carrierCode("MAEU").billOfLading("MAEU123456789")
                .lines(List.of(steelLineFromChina(), handbagLineFromVietnam(), usmcaLineFromMexico()));
    }

    /** A moment in late November 2026, the clock of {@link #currentContext()}. */
    public static final Instant CURRENT_NOW = Instant.parse("2026-11-27T15:00:00Z");

    /**
     * A context on the bundled data ({@link RuleContext#defaults()}: the USITC history, FY2027 fees) with the clock
     * fixed at {@link #CURRENT_NOW}, for {@link #currentOceanEntry()}.
     */
    public static RuleContext currentContext() {
        return RuleContext.defaults().toBuilder().clock(Clock.fixed(CURRENT_NOW, ZoneOffset.UTC)).build();
    }

    /**
     * The ocean entry dated 20 November 2026, with the chapter 99 headings of that date: steel brackets from China
     * under Section 301 list 3 (9903.88.03) and the Section 232 metals annex I-A (9903.82.02, +50% on the full value,
     * since 6 April 2026); handbags from Vietnam; USMCA brake parts from Mexico.
     */
    public static EntrySummary.Builder currentOceanEntry() {
        EntryLine steel = steelLineFromChina().toBuilder().exportDate(LocalDate.of(2026, 10, 28))
                .tariffs(List.of(TariffLine.builder().htsNumber("9903.88.03").build(),
                        TariffLine.builder().htsNumber("9903.82.02").build(),
                        TariffLine.builder().htsNumber("7326.90.8688").value(Money.usd("14172"))
                                .addQuantity(Quantity.of("5000", UnitOfMeasure.KILOGRAMS)).build()))
                .build();
        EntryLine bags = handbagLineFromVietnam().toBuilder().exportDate(LocalDate.of(2026, 10, 30)).build();
        EntryLine parts = usmcaLineFromMexico().toBuilder().exportDate(LocalDate.of(2026, 11, 2)).build();
        return oceanEntry().entryNumber(entryNumber(324540)).entryDate(LocalDate.of(2026, 11, 20))
                .importDate(LocalDate.of(2026, 11, 18)).summaryDate(LocalDate.of(2026, 11, 25))
                .lines(List.of(steel, bags, parts));
    }

    /** An air entry of handbags from Vietnam into Los Angeles. */
    public static EntrySummary.Builder airEntryFromVietnam() {
        EntryLine l = handbagLineFromVietnam().toBuilder().lineNumber(1).foreignPortOfLading("55206").build();
        return header(324528, ModeOfTransport.AIR_CONTAINER).carrierCode("CV").billOfLading("17255667781")
                .lines(List.of(l));
    }

    /** A truck entry at Laredo of USMCA goods from Mexico and Canada. */
    public static EntrySummary.Builder usmcaTruckEntry() {
        EntryLine mx = usmcaLineFromMexico().toBuilder().lineNumber(1).foreignPortOfLading((org.acesdk.model.code.ForeignPortCode) null).build();
        EntryLine ca = usmcaLineFromMexico().toBuilder().lineNumber(2).countryOfOrigin("XO").countryOfExport("CA")
                .manufacturerId("XOMAPLEA30TOR").foreignPortOfLading((org.acesdk.model.code.ForeignPortCode) null).description("BRAKE ROTORS").build();
        return header(324529, ModeOfTransport.TRUCK_CONTAINER).portOfEntry("2304").carrierCode("SWFT")
                .lines(List.of(mx, ca));
    }

    /** An informal entry (type 11) of one line worth $1,800, without bond. */
    public static EntrySummary.Builder informalEntry() {
        EntryLine l = handbagLineFromVietnam().toBuilder().lineNumber(1).tariffs(List.of(TariffLine.builder()
                .htsNumber("4202.21.9000").value(Money.usd("1800")).addQuantity(Quantity.of("60", UnitOfMeasure.NUMBER))
                .build())).charges(Money.usd("150")).build();
        return header(324530, ModeOfTransport.AIR_CONTAINER).entryType(EntryType.INFORMAL).bond(null)
                .carrierCode("CV").billOfLading("17255667782").paymentType(PaymentType.SINGLE_PAYMENT)
                .lines(List.of(l));
    }

    /** An entry summary of {@code lines} lines (1-999) built from the three ocean lines in turn; for load tests. */
    public static EntrySummary largeEntry(int lines) {
        if (lines < 1 || lines > 999) {
            throw new IllegalArgumentException("lines must be 1-999");
        }
        List<EntryLine> out = new ArrayList<>(lines);
        EntryLine[] kinds = {steelLineFromChina(), handbagLineFromVietnam(), usmcaLineFromMexico()};
        for (int i = 0; i < lines; i++) {
            out.add(kinds[i % 3].toBuilder().lineNumber(i + 1).build());
        }
        return oceanEntry().lines(out).build();
    }

    /** A cargo release (3461 / SE) for the ocean entry. */
    public static CargoRelease.Builder cargoRelease() {
        return CargoRelease.builder()
                .action(FilingAction.ADD)
                .entryNumber(entryNumber(324527))
                .entryType(EntryType.CONSUMPTION)
                .importerNumber("13-142026000")
                .modeOfTransport(ModeOfTransport.VESSEL_CONTAINER)
                .bondType(BondType.CONTINUOUS)
                .estimatedValue(Money.usd("30172"))
                .portOfEntry("2704")
                .portOfUnlading("2704")
                .arrivalDate(LocalDate.of(2026, 3, 18))
                .carrierCode("MAEU")
                .voyageNumber("612E")
                .conveyanceName("MAERSK ESSEX")
                .contactName("JANE FILER")
                .contactPhone("3105550100")
                .addBill(BillOfLading.builder().type("M").issuer("MAEU").number("MAEU123456789").quantity(40).build())
                .addLine(ReleaseLine.builder().lineNumber(1).countryOfOrigin("CN").htsNumber("7326.90.8688")
                        .value(Money.usd("14172")).manufacturerId("CNSHASTE1234SHA").description("STEEL BRACKETS")
                        .build())
                .addLine(ReleaseLine.builder().lineNumber(2).countryOfOrigin("VN").htsNumber("4202.21.9000")
                        .value(Money.usd("9800")).manufacturerId("VNSAILEA88HOC").description("LEATHER HANDBAGS")
                        .build())
                .addLine(ReleaseLine.builder().lineNumber(3).countryOfOrigin("MX").htsNumber("8708.99.8180")
                        .value(Money.usd("6200")).manufacturerId("MXAUTPAR500MON").description("BRAKE PARTS").build());
    }

    /** An ISF-10 for the steel shipment, due before the vessel is laden in Shanghai on 5 April 2026. */
    public static ImporterSecurityFiling.Builder isf10() {
        Party maker = party("SHANGHAI STEEL WORKS", "1234 Industrial Road", "Shanghai", "CN");
        return ImporterSecurityFiling.builder()
                .kind(IsfKind.ISF_10)
                .shipmentType("01")
                .importerNumber("13-142026000")
                .addConsigneeNumber("13-142026000")
                .seller(maker)
                .buyer(party("ACME IMPORTS INC", "100 Harbor Blvd", "Long Beach", "US"))
                .shipTo(party("ACME DISTRIBUTION CENTER", "2500 E Carson St", "Carson", "US"))
                .containerStuffingLocation(party("SHANGHAI PORT CFS", "88 Gangcheng Road", "Shanghai", "CN"))
                .consolidator(party("PACIFIC CONSOLIDATORS LTD", "9 Yangshupu Road", "Shanghai", "CN"))
                .carrierCode("MAEU")
                .billOfLading("MAEU123456789")
                .actionReason("CT")
                .modeOfTransport("11")
                .bond(new org.acesdk.model.isf.IsfBond("13-142026000", "01", BondType.CONTINUOUS))
                .addContainer(org.acesdk.model.isf.IsfContainer.of("MSCU1234566"))
                .estimatedLading(Instant.parse("2026-04-05T00:00:00Z"))
                .estimatedArrival(Instant.parse("2026-04-20T00:00:00Z"))
                .addLine(IsfLine.builder().manufacturer(maker).countryOfOrigin("CN").htsNumber("7326.90").build());
    }

    /** An EEI filing for brake parts exported to Germany by vessel, filed with an ITN. */
    public static ExportInformation.Builder exportInformation() {
        return ExportInformation.builder()
                .shipmentReference("ACME-EXP-0042")
                .usppi(party("ACME EXPORTS INC", "100 Harbor Blvd", "Long Beach", "US"))
                .ultimateConsignee(party("EURO BREMSEN GMBH", "Hafenstrasse 12", "Hamburg", "DE"))
                .countryOfDestination("DE")
                .modeOfTransport(ModeOfTransport.VESSEL_CONTAINER)
                .portOfExport("2704")
                .dateOfExport(LocalDate.of(2026, 4, 10))
                .departure(Instant.parse("2026-04-10T18:00:00Z"))
                .filedAt(Instant.parse("2026-04-01T09:00:00Z"))
                .addLine(ExportLine.builder().commodityNumber("8708.99.8180").description("BRAKE PARTS")
                        .value(Money.usd("12000")).quantity(Quantity.of("300", UnitOfMeasure.NUMBER))
                        .exportInformationCode("OS").licenseCode("C33").eccn("EAR99").build())
                .itn("X20260401123456");
    }

    /**
     * A complete pre-departure EEI filing for AES, not yet filed (no ITN): brake parts to Germany by vessel, with
     * every record AES takes (SC1, SC2, SC3, the USPPI, forwarding agent and ultimate consignee, CL1 and CL2).
     */
    public static ExportInformation.Builder exportFiling() {
        return exportInformation().itn((org.acesdk.model.code.InternalTransactionNumber) null)
                .filingOption(org.acesdk.model.export.FilingOption.PREDEPARTURE)
                .usppiId(org.acesdk.model.code.ImporterNumber.parse("95-123456700"))
                .usppi(Party.builder().name("ACME EXPORTS INC").address(Address.builder()
                        .addStreetLine("100 HARBOR BLVD").city("LONG BEACH").subdivision("CA").postalCode("90802")
                        .country("US").build()).build())
                .usppiContact(new org.acesdk.model.export.ExportContact("JANE", "DOE", "5625550100"))
                .forwardingAgent(Party.builder().name("PACIFIC FORWARDING LLC").identifierQualifier("EIN")
                        .identifier("951112223").address(Address.builder().addStreetLine("2 PIER ROAD")
                                .city("LONG BEACH").subdivision("CA").postalCode("90802").country("US").build())
                        .build())
                .consigneeType("R").soldEnRoute(false).stateOfOrigin("CA").relatedParties(false)
                .routedExport(false).hazardousMaterials(false).carrier("MAEU").conveyanceName("MAERSK KENTUCKY")
                .portOfUnlading("42870").inBondCode("70")
                .addTransportDetail(new org.acesdk.model.export.TransportDetail("MSKU1234567", "SL998877",
                        "MAEU123456789"))
                .lines(List.of(ExportLine.builder().commodityNumber("8708.30.5090").description("BRAKE PARTS")
                        .value(Money.usd("12000")).quantity(Quantity.of("300", UnitOfMeasure.NUMBER))
                        .exportInformationCode("OS").licenseCode("C33").eccn("EAR99").originIndicator("D")
                        .shippingWeightKg(950L).licenseNumber("NLR").build()));
    }

    /** Every sample filing, built. */
    public static List<Object> all() {
        return List.of(oceanEntry().build(), airEntryFromVietnam().build(), usmcaTruckEntry().build(),
                informalEntry().build(), cargoRelease().build(), isf10().build(), exportInformation().build());
    }
}
