package org.acesdk.rules.pga;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.acesdk.model.entry.EntryLine;
import org.acesdk.model.entry.TariffLine;
import org.acesdk.model.money.Money;
import org.acesdk.model.pga.PgaAgency;
import org.acesdk.model.pga.PgaDeclaration;
import org.acesdk.model.pga.PgaElement;
import org.acesdk.model.pga.PgaEntity;
import org.acesdk.model.pga.PgaSet;

/** Generated complete PGA declarations (CPSC full and reference, FDA food with prior notice) and ways to damage them. */
final class PgaFixtures {
    private PgaFixtures() {
    }

    static final String TOY = "9503.00.0073";
    static final String PASTA = "1902.19.2000";
    static final String HELMET = "6506.10.6045";
    static final String HFC = "2903.39.2035";

    /** The flags the tests use: illustrative, not CBP's. */
    static PgaFlags flags() {
        return PgaFlags.builder().add(TOY, "CP2").add(PASTA, "FD2").add(PASTA, "FD4").add(HELMET, "CP1")
                .add(HFC, "EH1").build();
    }

    static Arbitrary<String> word(int max) {
        return Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(max);
    }

    static Arbitrary<String> digits(int n) {
        return Arbitraries.strings().numeric().ofLength(n);
    }

    static Arbitrary<LocalDate> date() {
        return Arbitraries.integers().between(0, 600).map(d -> LocalDate.of(2025, 1, 1).plusDays(d));
    }

    static PgaEntity.PgaAddress address(String city, String country) {
        return PgaEntity.PgaAddress.of(city, null, country, "12345");
    }

    /** A complete CPSC full certificate (FCP or FGC). */
    static Arbitrary<PgaDeclaration> cpscFull() {
        return Combinators.combine(Arbitraries.of("FCP", "FGC"), digits(14), word(30), word(15), date(), word(20),
                digits(4), Arbitraries.of("1203C", "1215C", "1250C", "1303C")).as(PgaFixtures::cpscFull);
    }

    static PgaDeclaration cpscFull(String proc, String gtin, String brand, String model, LocalDate made, String name,
            String lab, String cit) {
        return PgaDeclaration.builder(PgaAgency.CPSC, "CPS").processing(proc)
                .productId("SRV", gtin).intendedUse("130.005")
                .add(PgaElement.Product.of("SKU", "SKU-" + gtin.substring(0, 6)))
                .add(PgaElement.ItemIdentity.of(brand, model, String.format("%02d%04d", made.getMonthValue(),
                        made.getYear()), "MN", "M-" + lab))
                .add(PgaElement.Characteristic.of("PC9", "MC", "RED"))
                .add(PgaEntity.builder().role("MF").name(name + " LTD").address1("1 ROAD")
                        .address(address("NINGBO", "CN")).build())
                .add(PgaEntity.builder().role("CE").name(name + " IMPORTS").build())
                .add(PgaEntity.builder().role("PK").name(name + " IMPORTS").contact(PgaEntity.Contact.of("PK",
                        "JANE ROE", "3025550100", "COMPLIANCE@EXAMPLE.COM")).build())
                .add(PgaElement.Inspection.labTest(made, PgaEntity.builder().role("ITL").id(null, lab)
                        .info("CIT", cit).info("CP1", "REPORT " + lab).build()))
                .add(PgaElement.Declaration.code("CPY"))
                .add(PgaElement.Lot.lot("1", "LOT" + lab, made, made.plusDays(10)))
                .build();
    }

    /** A fixed complete CPSC certificate. */
    static PgaDeclaration fixedCpscFull() {
        return cpscFull("FCP", "00012345678905", "TOYCO", "STACKING RINGS", LocalDate.of(2026, 5, 1), "NINGBO TOYS",
                "1234", "1203C");
    }

    /** A complete CPSC reference to a Product Registry certificate. */
    static Arbitrary<PgaDeclaration> cpscReference() {
        return Combinators.combine(word(19), digits(2), word(33)).as(PgaFixtures::cpscReference);
    }

    static PgaDeclaration cpscReference(String id, String version, String ref) {
        return PgaDeclaration.builder(PgaAgency.CPSC, "CPS").processing("REF")
                .add(PgaElement.Product.registry(id, version)).add(PgaElement.Lpco.of(null, null, ref)).build();
    }

    /** A complete FDA food line with prior-notice data. */
    static Arbitrary<PgaDeclaration> fdaFood() {
        return Combinators.combine(Arbitraries.of("04A--01", "16WYT24", "20AGT99", "54AYY02"), word(20), digits(11),
                date(), Arbitraries.integers().between(1, 999), Arbitraries.of("IT", "FR", "MX", "CN"),
                word(10)).as(PgaFixtures::fdaFood);
    }

    static PgaDeclaration fdaFood(String code, String name, String pfr, LocalDate arrival, int cases, String country,
            String vessel) {
        return PgaDeclaration.builder(PgaAgency.FDA, "FOO").processing("PRO")
                .add(PgaElement.Product.fdaProductCode(code))
                .add(PgaElement.Origin.of("39", country)).add(PgaElement.Origin.of("CSH", country))
                .add(PgaElement.ItemIdentity.of(name, null, null, null, null))
                .add(PgaElement.Characteristic.commonName(name + " FOOD"))
                .add(PgaEntity.builder().role("MF").id("47", "3012345678").name(name + " SRL")
                        .address(address("ROMA", country)).build())
                .add(PgaEntity.builder().role("DEQ").name(name + " EXPORT").address(address("ROMA", country))
                        .build())
                .add(PgaEntity.builder().role("FD1").id("16", "123456789").name("EXAMPLE FOODS INC")
                        .address(address("ELIZABETH", "US")).contact(PgaEntity.Contact.of("FD1", "JOHN DOE",
                                "9085550123", "IMPORTS@EXAMPLE.US")).build())
                .add(PgaEntity.builder().role("DP").id("16", "123456789").name("EXAMPLE FOODS INC")
                        .address(address("ELIZABETH", "US")).build())
                .add(PgaElement.Affirmation.of("PFR", pfr))
                .add(PgaElement.Affirmation.of("VES", vessel))
                .add(PgaElement.Lot.value(new BigDecimal(cases * 10)))
                .add(PgaElement.Packaging.of(1, new BigDecimal(cases), "CS"))
                .add(PgaElement.Packaging.of(2, new BigDecimal("20"), "BG"))
                .add(PgaElement.Containers.of("MSCU1234566"))
                .add(PgaElement.Inspection.arrival(arrival, "1400", "4601"))
                .build();
    }

    /** A fixed complete FDA food line with prior notice. */
    static PgaDeclaration fixedFdaFood() {
        return fdaFood("04A--01", "BUONAPASTA", "12345678901", LocalDate.of(2026, 6, 10), 400, "IT", "MSC EXAMPLE");
    }

    /** A line of one tariff number with a PGA set of the declarations. */
    static EntryLine line(String hts, String value, PgaDeclaration... ds) {
        return EntryLine.builder().lineNumber(1).countryOfOrigin("CN")
                .addTariff(TariffLine.builder().htsNumber(hts).value(Money.usd(value))
                        .pga(ds.length == 0 ? null : PgaSet.of("GOODS", ds)).build()).build();
    }

    /** The declaration without the elements the test rejects. */
    static PgaDeclaration without(PgaDeclaration d, Predicate<PgaElement> drop) {
        List<PgaElement> keep = new ArrayList<>();
        for (PgaElement e : d.elements()) {
            if (!drop.test(e)) {
                keep.add(e);
            }
        }
        return new PgaDeclaration(d.lineNumber(), d.agency(), d.program(), d.processing(), d.electronicImage(),
                d.confidential(), d.productIdQualifier(), d.productId(), d.intendedUse(), d.intendedUseDescription(),
                d.correction(), d.disclaimer(), keep);
    }

    /** The declaration with each element mapped. */
    static PgaDeclaration mapped(PgaDeclaration d, UnaryOperator<PgaElement> f) {
        List<PgaElement> out = new ArrayList<>();
        for (PgaElement e : d.elements()) {
            out.add(f.apply(e));
        }
        return new PgaDeclaration(d.lineNumber(), d.agency(), d.program(), d.processing(), d.electronicImage(),
                d.confidential(), d.productIdQualifier(), d.productId(), d.intendedUse(), d.intendedUseDescription(),
                d.correction(), d.disclaimer(), out);
    }

    static Predicate<PgaElement> role(String role) {
        return e -> e instanceof PgaEntity && role.equals(((PgaEntity) e).role());
    }
}
