package org.acesdk.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.acesdk.model.money.Money;
import org.acesdk.model.pga.PgaAgency;
import org.acesdk.model.pga.PgaDeclaration;
import org.acesdk.model.pga.PgaElement;
import org.acesdk.model.pga.PgaEntity;
import org.acesdk.model.pga.PgaSet;
import org.acesdk.model.release.CargoRelease;
import org.acesdk.model.release.ReleaseLine;
import org.acesdk.rules.pga.PgaFlags;

/**
 * Sample partner agency data: a children's toy with its CPSC certificate (16 CFR part 1110) and dried pasta with FDA
 * data and prior notice, each complete under the SDK's CPSC and FDA rules, and cargo releases that carry them. Parties,
 * numbers and codes are illustrative.
 */
public final class SamplePga {
    /** The toy's HTS number. */
    public static final String TOY = "9503.00.0073";
    /** The pasta's HTS number. */
    public static final String PASTA = "1902.19.2000";

    private SamplePga() {
    }

    /**
     * Illustrative PGA flags for the two samples ({@code CP2} on the toy, {@code FD2} and {@code FD4} on the pasta): NOT
     * CBP's table, which is not published in bulk; load your copy of the ACE tariff reference with
     * {@link PgaFlags#load}.
     */
    public static PgaFlags illustrativeFlags() {
        return PgaFlags.builder().add(TOY, "CP2").add(PASTA, "FD2").add(PASTA, "FD4").build();
    }

    /** A children's wooden toy's CPSC certificate, full data ({@code FCP}). */
    public static PgaSet cpscToyCertificate() {
        PgaEntity.PgaAddress wilmington = PgaEntity.PgaAddress.of("WILMINGTON", "DE", "US", "19801");
        return PgaSet.of("CHILDRENS WOODEN STACKING TOY", PgaDeclaration.builder(PgaAgency.CPSC, "CPS")
                .processing("FCP").productId("SRV", "00012345678905").intendedUse("130.005")
                .add(PgaElement.Product.of("SKU", "TOY-ST-001"))
                .add(PgaElement.ItemIdentity.of("TOYCO", "STACKING RINGS", "052026", "MN", "ST-001"))
                .add(PgaElement.Characteristic.of("PC9", "MC", "NATURAL WOOD"))
                .add(PgaEntity.builder().role("MF").name("NINGBO HAPPY TOYS CO LTD").address1("88 INDUSTRIAL RD")
                        .address(PgaEntity.PgaAddress.of("NINGBO", "ZJ", "CN", "315000")).build())
                .add(PgaEntity.builder().role("CE").name("TOYCO IMPORTS LLC").address1("100 MARKET ST")
                        .address(wilmington).build())
                .add(PgaEntity.builder().role("PK").name("TOYCO IMPORTS LLC").address1("100 MARKET ST")
                        .address(wilmington).contact(PgaEntity.Contact.of("PK", "JANE ROE", "3025550100",
                                "COMPLIANCE@TOYCO.EXAMPLE")).build())
                .add(PgaElement.Inspection.labTest(LocalDate.of(2026, 4, 15), PgaEntity.builder().role("ITL")
                        .id(null, "1234").info("CIT", "1203C").info("CP1", "TEST REPORT TR-2026-0415").build()))
                .add(PgaElement.Declaration.code("CPY"))
                .add(PgaElement.Lot.lot("1", "LOT2605", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 20)))
                .build());
    }

    /** Dried pasta's FDA data with prior notice (program {@code FOO}), arriving at Newark on 10 June 2026. */
    public static PgaSet fdaPastaPriorNotice() {
        PgaEntity.PgaAddress elizabeth = PgaEntity.PgaAddress.of("ELIZABETH", "NJ", "US", "07201");
        return PgaSet.of("DRIED PASTA, NOT STUFFED OR COOKED", PgaDeclaration.builder(PgaAgency.FDA, "FOO")
                .processing("PRO")
                .add(PgaElement.Product.fdaProductCode("04A--01"))
                .add(PgaElement.Origin.of("39", "IT")).add(PgaElement.Origin.of("CSH", "IT"))
                .add(PgaElement.ItemIdentity.of("BUONAPASTA", null, null, null, null))
                .add(PgaElement.Characteristic.commonName("PENNE RIGATE DRIED PASTA"))
                .add(PgaEntity.builder().role("MF").id("47", "3012345678").name("PASTIFICIO ESEMPIO SRL")
                        .address1("VIA ROMA 1").address(PgaEntity.PgaAddress.of("GRAGNANO", "NA", "IT", "80054"))
                        .build())
                .add(PgaEntity.builder().role("DEQ").name("ESEMPIO EXPORT SRL").address1("VIA NAPOLI 10")
                        .address(PgaEntity.PgaAddress.of("NAPOLI", "NA", "IT", "80100")).build())
                .add(PgaEntity.builder().role("FD1").id("16", "123456789").name("EXAMPLE FOODS INC")
                        .address1("500 HARBOR BLVD").address(elizabeth).contact(PgaEntity.Contact.of("FD1",
                                "JOHN DOE", "9085550123", "IMPORTS@EXAMPLEFOODS.US")).build())
                .add(PgaEntity.builder().role("DP").id("16", "123456789").name("EXAMPLE FOODS INC")
                        .address1("500 HARBOR BLVD").address(elizabeth).build())
                .add(PgaElement.Affirmation.of("PFR", "12345678901"))
                .add(PgaElement.Affirmation.of("VES", "MSC EXAMPLE"))
                .add(PgaElement.Affirmation.of("VFT", "612W"))
                .add(PgaElement.Lot.value(new BigDecimal("4800")))
                .add(PgaElement.Packaging.of(1, new BigDecimal("400.00"), "CS"))
                .add(PgaElement.Packaging.of(2, new BigDecimal("20.00"), "BG"))
                .add(PgaElement.Packaging.of(3, new BigDecimal("500.00"), "G"))
                .add(PgaElement.Containers.of("MSCU1234566"))
                .add(PgaElement.Inspection.arrival(LocalDate.of(2026, 6, 10), "1400", "4601"))
                .build());
    }

    /** The sample ocean release's header (carrier, voyage, bill, dates) with another entry number and no lines. */
    private static CargoRelease.Builder release(int serial, String port) {
        return SampleFilings.cargoRelease().entryNumber(SampleFilings.entryNumber(serial)).portOfEntry(port)
                .portOfUnlading(port).lines(java.util.List.of());
    }

    /** A cargo release of the toy with its CPSC certificate. */
    public static CargoRelease.Builder toyRelease() {
        return release(700101, "2704").estimatedValue(Money.usd("12000")).addLine(ReleaseLine.builder().lineNumber(1)
                .countryOfOrigin("CN").htsNumber(TOY).value(Money.usd("12000")).manufacturerId("CNNINHAP88NIN")
                .description("WOODEN STACKING TOYS").pga(cpscToyCertificate()).build());
    }

    /** A cargo release of the pasta with its FDA data and prior notice. */
    public static CargoRelease.Builder pastaRelease() {
        return release(700102, "4601").estimatedValue(Money.usd("4800")).addLine(ReleaseLine.builder().lineNumber(1)
                .countryOfOrigin("IT").htsNumber(PASTA).value(Money.usd("4800")).manufacturerId("ITPASESE1GRA")
                .description("DRIED PASTA").pga(fdaPastaPriorNotice()).build());
    }
}
