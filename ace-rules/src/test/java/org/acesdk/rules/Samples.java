package org.acesdk.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.acesdk.model.code.BondType;
import org.acesdk.model.code.CountryCode;
import org.acesdk.model.code.EntryType;
import org.acesdk.model.code.FilingAction;
import org.acesdk.model.code.ImporterNumber;
import org.acesdk.model.code.ModeOfTransport;
import org.acesdk.model.code.PaymentType;
import org.acesdk.model.code.SpecialProgram;
import org.acesdk.model.code.UnitOfMeasure;
import org.acesdk.model.entry.Bond;
import org.acesdk.model.entry.EntryLine;
import org.acesdk.model.entry.EntrySummary;
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
import org.acesdk.rules.tariff.TariffRevision;
import org.acesdk.rules.tariff.UsitcHtsLoader;

/** Valid sample filings and a fixed context for rule tests. */
public final class Samples {
    private Samples() {
    }

    public static final Instant NOW = Instant.parse("2026-04-01T12:00:00Z");

    private static final TariffRevision TEST_HTS = loadTestHts();

    private static TariffRevision loadTestHts() {
        try (InputStream in = Samples.class.getResourceAsStream("test-hts.json")) {
            return UsitcHtsLoader.loadJson(in, "test schedule", LocalDate.of(2024, 10, 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TariffRevision testHts() {
        return TEST_HTS;
    }

    public static RuleContext context() {
        return RuleContext.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).tariffSchedule(TEST_HTS).build();
    }

    public static EntryLine steelLine() {
        return EntryLine.builder().lineNumber(1).countryOfOrigin("CN").countryOfExport("CN")
                .exportDate(LocalDate.of(2026, 2, 20)).manufacturerId("CNSHASTE1234SHA").foreignPortOfLading("57035")
                .grossWeightKg(new BigDecimal("5200")).charges(Money.usd("850")).description("STEEL BRACKETS")
                .addTariff(TariffLine.builder().htsNumber("9903.88.03").build())
                .addTariff(TariffLine.builder().htsNumber("9903.81.91").contentValue(Money.usd("14172")).build())
                .addTariff(TariffLine.builder().htsNumber("7326.90.8688").value(Money.usd("14172"))
                        .addQuantity(Quantity.of("5000", UnitOfMeasure.KILOGRAMS)).build())
                .build();
    }

    public static EntryLine handbagLine() {
        return EntryLine.builder().lineNumber(2).countryOfOrigin("VN").countryOfExport("VN")
                .exportDate(LocalDate.of(2026, 2, 22)).manufacturerId("VNSAILEA88HOC").foreignPortOfLading("55201")
                .grossWeightKg(new BigDecimal("800")).charges(Money.usd("300")).description("LEATHER HANDBAGS")
                .addTariff(TariffLine.builder().htsNumber("4202.21.9000").value(Money.usd("9800"))
                        .addQuantity(Quantity.of("400", UnitOfMeasure.NUMBER)).build())
                .build();
    }

    public static EntryLine usmcaLine() {
        return EntryLine.builder().lineNumber(3).countryOfOrigin("MX").countryOfExport("MX")
                .exportDate(LocalDate.of(2026, 2, 25)).manufacturerId("MXAUTPAR500MON").foreignPortOfLading("20195")
                .grossWeightKg(new BigDecimal("1500")).charges(Money.usd("400")).description("BRAKE PARTS")
                .specialProgram(SpecialProgram.USMCA)
                .addTariff(TariffLine.builder().htsNumber("8708.99.8180").value(Money.usd("6200"))
                        .addQuantity(Quantity.of("1200", UnitOfMeasure.NUMBER)).build())
                .build();
    }

    public static EntrySummary entry() {
        return EntrySummary.builder()
                .entryNumber("B76-0324527-8")
                .entryType(EntryType.CONSUMPTION)
                .portOfEntry("2704")
                .modeOfTransport(ModeOfTransport.VESSEL_CONTAINER)
                .entryDate(LocalDate.of(2026, 3, 20))
                .importDate(LocalDate.of(2026, 3, 18))
                .summaryDate(LocalDate.of(2026, 3, 27))
                .importerNumber(ImporterNumber.parse("13-142026000"))
                .consigneeNumber(ImporterNumber.parse("13-142026000"))
                .bond(Bond.builder().type(BondType.CONTINUOUS).suretyCode("457").build())
                .carrierCode("MAEU")
                .billOfLading("MAEU123456789")
                .paymentType(PaymentType.DAILY_STATEMENT)
                .lines(List.of(steelLine(), handbagLine(), usmcaLine()))
                .build();
    }

    public static Party party(String name, String country) {
        return Party.builder().name(name).address(Address.builder().addStreetLine("1 Main Street").city("Springfield")
                .country(CountryCode.parse(country)).build()).build();
    }

    public static CargoRelease release() {
        return CargoRelease.builder()
                .action(FilingAction.ADD)
                .entryNumber("B76-0324527-8")
                .entryType(EntryType.CONSUMPTION)
                .importerNumber("13-142026000")
                .modeOfTransport(ModeOfTransport.VESSEL_CONTAINER)
                .bondType(BondType.CONTINUOUS)
                .estimatedValue(Money.usd("30172"))
                .portOfEntry("2704")
                .arrivalDate(LocalDate.of(2026, 3, 18))
                .carrierCode("MAEU")
                .voyageNumber("612E")
                .conveyanceName("MAERSK ESSEX")
                .contactName("JANE FILER")
                .contactPhone("3105550100")
                .addBill(BillOfLading.builder().type("M").issuer("MAEU").number("MAEU123456789").quantity(40).build())
                .addLine(ReleaseLine.builder().lineNumber(1).countryOfOrigin("CN").htsNumber("7326.90.8688")
                        .value(Money.usd("14172")).description("STEEL BRACKETS").build())
                .addLine(ReleaseLine.builder().lineNumber(2).countryOfOrigin("VN").htsNumber("4202.21.9000")
                        .value(Money.usd("9800")).description("LEATHER HANDBAGS").build())
                .build();
    }

    public static ImporterSecurityFiling isf() {
        return ImporterSecurityFiling.builder()
                .kind(IsfKind.ISF_10)
                .shipmentType("01")
                .importerNumber("13-142026000")
                .addConsigneeNumber("13-142026000")
                .seller(party("SHANGHAI STEEL WORKS", "CN"))
                .buyer(party("ACME IMPORTS INC", "US"))
                .shipTo(party("ACME WAREHOUSE", "US"))
                .containerStuffingLocation(party("SHANGHAI CFS", "CN"))
                .consolidator(party("GLOBAL CONSOLIDATORS", "CN"))
                .carrierCode("MAEU")
                .billOfLading("MAEU123456789")
                .modeOfTransport("11")
                .bond(new org.acesdk.model.isf.IsfBond("13-142026000", "01",
                        org.acesdk.model.code.BondType.CONTINUOUS))
                .estimatedLading(Instant.parse("2026-04-05T00:00:00Z"))
                .estimatedArrival(Instant.parse("2026-04-20T00:00:00Z"))
                .addLine(IsfLine.builder().manufacturer(party("SHANGHAI STEEL WORKS", "CN")).countryOfOrigin("CN")
                        .htsNumber("7326.90").build())
                .build();
    }

    public static ExportInformation eei() {
        return ExportInformation.builder()
                .shipmentReference("SR12345")
                .usppi(party("ACME EXPORTS INC", "US"))
                .ultimateConsignee(party("EURO BUYER GMBH", "DE"))
                .countryOfDestination("DE")
                .modeOfTransport(ModeOfTransport.VESSEL_CONTAINER)
                .portOfExport("2704")
                .dateOfExport(LocalDate.of(2026, 4, 10))
                .departure(Instant.parse("2026-04-10T18:00:00Z"))
                .filedAt(Instant.parse("2026-04-01T09:00:00Z"))
                .addLine(ExportLine.builder().commodityNumber("8708.99.8180").description("BRAKE PARTS")
                        .value(Money.usd("12000")).quantity(Quantity.of("300", UnitOfMeasure.NUMBER))
                        .exportInformationCode("OS").licenseCode("C33").build())
                .itn("X20260401123456")
                .build();
    }

    /** A complete pre-departure AES filing (no ITN yet): everything the AES records carry. */
    public static ExportInformation eeiFiling() {
        return eei().toBuilder().itn((org.acesdk.model.code.InternalTransactionNumber) null)
                .filingOption(org.acesdk.model.export.FilingOption.PREDEPARTURE)
                .usppiId(org.acesdk.model.code.ImporterNumber.parse("12-345678900"))
                .usppi(org.acesdk.model.party.Party.builder().name("ACME EXPORTS INC")
                        .address(org.acesdk.model.party.Address.builder().addStreetLine("100 HARBOR BLVD")
                                .city("LONG BEACH").subdivision("CA").postalCode("90802").country("US").build())
                        .build())
                .stateOfOrigin("CA").relatedParties(false).routedExport(false).hazardousMaterials(false)
                .carrier("MAEU").conveyanceName("MAERSK KENTUCKY").portOfUnlading("42870").inBondCode("70")
                .lines(List.of(eei().lines().get(0).toBuilder().originIndicator("D").shippingWeightKg(950L)
                        .eccn("EAR99").licenseNumber("NLR").build()))
                .build();
    }
}
