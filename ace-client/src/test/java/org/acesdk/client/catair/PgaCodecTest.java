package org.acesdk.client.catair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.acesdk.model.code.BondType;
import org.acesdk.model.code.EntryType;
import org.acesdk.model.code.ModeOfTransport;
import org.acesdk.model.code.UnitOfMeasure;
import org.acesdk.model.entry.Bond;
import org.acesdk.model.entry.EntryLine;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.model.entry.TariffLine;
import org.acesdk.model.money.Money;
import org.acesdk.model.money.Quantity;
import org.acesdk.model.pga.LegacyFda;
import org.acesdk.model.pga.PgaAgency;
import org.acesdk.model.pga.PgaDeclaration;
import org.acesdk.model.pga.PgaDisclaimer;
import org.acesdk.model.pga.PgaElement;
import org.acesdk.model.pga.PgaEntity;
import org.acesdk.model.pga.PgaSet;
import org.acesdk.model.release.CargoRelease;
import org.acesdk.model.release.ReleaseLine;
import org.acesdk.rules.RuleContext;
import org.acesdk.rules.duty.DutyCalculator;
import org.acesdk.rules.tariff.UsitcHtsLoader;
import org.junit.jupiter.api.Test;

/**
 * The PGA Message Set on the wire: the worked examples of the PGA reference (CPSC full, reference and disclaimer;
 * FDA food with prior notice in AE and SE) decode into the model and re-encode byte for byte; sample 7.2's pre-ACE FD
 * records decode and are never encoded.
 */
class PgaCodecTest {

    static List<String> lines(String sample) throws IOException {
        return GoldenSamplesTest.read(sample).lines().toList();
    }

    static List<CatairRecord> records(List<String> lines, String app) {
        List<CatairRecord> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            out.add(CatairReader.standard().decode(lines.get(i), i + 1, app));
        }
        return out;
    }

    @Test
    void cpscFullCertificateDecodesIntoTheModelAndReEncodesByteForByte() throws IOException {
        List<String> wire = lines("pga-7_1-cpsc-full.txt");
        PgaSet set = PgaCodec.decode(records(wire, "AE"));
        assertEquals("CHILDRENS WOODEN STACKING TOY", set.commercialDescription());
        PgaDeclaration d = set.declarations().get(0);
        assertEquals(PgaAgency.CPSC, d.agency());
        assertEquals("CPS", d.program());
        assertEquals("FCP", d.processing());
        assertEquals("SRV", d.productIdQualifier());
        assertEquals("00012345678905", d.productId());
        assertEquals("130.005", d.intendedUse());
        assertEquals("TOY-ST-001", d.productCode("SKU"));
        PgaElement.ItemIdentity item = d.elementsOf(PgaElement.ItemIdentity.class).get(0);
        assertEquals("052026", item.manufactureDate());
        assertEquals("MN", item.identityQualifier());
        assertEquals("CN", d.entity("MF").address().country());
        assertEquals("315000", d.entity("MF").address().postalCode());
        assertEquals("JANE ROE", d.entity("PK").contact().name());
        PgaElement.Inspection test = d.elementsOf(PgaElement.Inspection.class).get(0);
        assertEquals(LocalDate.of(2026, 4, 15), test.date());
        assertEquals("ITL", test.entity().role());
        assertEquals("1234", test.entity().number());
        assertEquals(List.of("CIT", "CP1"), test.entity().info().stream().map(PgaElement.AdditionalInfo::qualifier)
                .toList());
        assertEquals("CPY", d.elementsOf(PgaElement.Declaration.class).get(0).code());
        PgaElement.Lot lot = d.elementsOf(PgaElement.Lot.class).get(0);
        assertEquals("LOT2605", lot.lotNumber());
        assertEquals(LocalDate.of(2026, 5, 20), lot.productionEnd());
        assertEquals(wire, PgaCodec.encode(set));
        assertEquals(wire.size(), PgaCodec.recordCount(set));
    }

    @Test
    void cpscReferenceAndDisclaimerRoundTrip() throws IOException {
        List<String> ref = lines("pga-7_2-cpsc-reference.txt");
        PgaSet r = PgaCodec.decode(records(ref, "SE"));
        PgaDeclaration d = r.declarations().get(0);
        assertEquals("REF", d.processing());
        assertEquals("TOY-ST-001", d.productCode("PRI"));
        assertEquals("01", d.productCode("PRIV"));
        assertEquals("CERTIFIER-0042", d.elementsOf(PgaElement.Lpco.class).get(0).number());
        assertEquals(ref, PgaCodec.encode(r));
        // the same set built with the API
        PgaSet built = PgaSet.of("CHILDRENS WOODEN STACKING TOY", PgaDeclaration.builder(PgaAgency.CPSC, "CPS")
                .processing("REF").add(PgaElement.Product.registry("TOY-ST-001", "01"))
                .add(PgaElement.Lpco.of(null, null, "CERTIFIER-0042")).build());
        assertEquals(ref, PgaCodec.encode(built));

        List<String> disclaim = lines("pga-7_3-cpsc-disclaim-b.txt");
        PgaSet s = PgaCodec.decode(records(disclaim, "AE"));
        assertEquals(PgaDisclaimer.NOT_REQUIRED, s.declarations().get(0).disclaimer());
        assertTrue(s.declarations().get(0).elements().isEmpty());
        assertEquals(disclaim, PgaCodec.encode(s));
        assertEquals(disclaim, PgaCodec.encode(PgaSet.of("ADULT BICYCLE HELMET", PgaDeclaration.disclaim(
                PgaAgency.CPSC, "CPS", PgaDisclaimer.NOT_REQUIRED, "130.006"))));
    }

    /** The FDA food line of the reference's example 7.4, built with the API. */
    static PgaSet pastaPriorNotice() {
        PgaEntity.PgaAddress gragnano = PgaEntity.PgaAddress.of("GRAGNANO", "NA", "IT", "80054");
        PgaEntity.PgaAddress napoli = PgaEntity.PgaAddress.of("NAPOLI", "NA", "IT", "80100");
        PgaEntity.PgaAddress elizabeth = PgaEntity.PgaAddress.of("ELIZABETH", "NJ", "US", "07201");
        return PgaSet.of("DRIED PASTA, NOT STUFFED OR COOKED", PgaDeclaration.builder(PgaAgency.FDA, "FOO")
                .processing("PRO")
                .add(PgaElement.Product.fdaProductCode("04A--01"))
                .add(PgaElement.Origin.of("39", "IT")).add(PgaElement.Origin.of("CSH", "IT"))
                .add(PgaElement.ItemIdentity.of("BUONAPASTA", null, null, null, null))
                .add(PgaElement.Characteristic.commonName("PENNE RIGATE DRIED PASTA"))
                .add(PgaEntity.builder().role("MF").id("47", "3012345678").name("PASTIFICIO ESEMPIO SRL")
                        .address1("VIA ROMA 1").address(gragnano).build())
                .add(PgaEntity.builder().role("DEQ").name("ESEMPIO EXPORT SRL").address1("VIA NAPOLI 10")
                        .address(napoli).build())
                .add(PgaEntity.builder().role("FD1").id("16", "123456789").name("EXAMPLE FOODS INC")
                        .address1("500 HARBOR BLVD").address(elizabeth).contact(PgaEntity.Contact.of("FD1",
                                "JOHN DOE", "9085550123", "IMPORTS@EXAMPLEFOODS.US")).build())
                .add(PgaEntity.builder().role("DP").id("16", "123456789").name("EXAMPLE FOODS INC")
                        .address1("500 HARBOR BLVD").address(elizabeth).build())
                .add(PgaEntity.builder().role("PK").name("EXAMPLE CUSTOMS BROKERS").address1("1 PORT ST")
                        .address(PgaEntity.PgaAddress.of("NEWARK", "NJ", "US", "07114")).contact(PgaEntity.Contact.of(
                                "PK", "MARY SMITH", "9735550199", "ENTRY@EXAMPLEBROKER.US")).build())
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

    static RuleContext pastaTariff() throws IOException {
        String json = "[{\"htsno\":\"1902.19.20\",\"indent\":\"2\",\"general\":\"Free\"},"
                + "{\"htsno\":\"1902.19.20.00\",\"indent\":\"3\",\"units\":[\"kg\"]}]";
        return RuleContext.builder().tariffSchedule(UsitcHtsLoader.loadJson(new java.io.ByteArrayInputStream(
                json.getBytes(StandardCharsets.UTF_8)), "pasta", LocalDate.of(2020, 1, 1))).build();
    }

    static EntrySummary pastaEntry(PgaSet pga) {
        return EntrySummary.builder().entryNumber("B76-0324527-8").entryType(EntryType.CONSUMPTION)
                .portOfEntry("4601").modeOfTransport(ModeOfTransport.VESSEL_CONTAINER)
                .entryDate(LocalDate.of(2026, 6, 10)).importDate(LocalDate.of(2026, 6, 10))
                .importerNumber("13-142026000").bond(Bond.builder().type(BondType.CONTINUOUS).suretyCode("457")
                        .build())
                .addLine(EntryLine.builder().lineNumber(1).countryOfOrigin("IT").countryOfExport("IT")
                        .description("DRIED PASTA").addTariff(TariffLine.builder().htsNumber("1902.19.2000")
                                .value(Money.usd("4800")).addQuantity(Quantity.of("4000", UnitOfMeasure.KILOGRAMS))
                                .pga(pga).build()).build())
                .build();
    }

    @Test
    void fdaFoodWithPriorNoticeSitsAfterItsFiftyRecordInAnEntrySummaryAndRoundTrips() throws IOException {
        List<String> example = lines("pga-7_4-fda-food-prior-notice-ae.txt");
        EntrySummary e = pastaEntry(pastaPriorNotice());
        var assessment = DutyCalculator.create(pastaTariff()).assess(e);
        List<String> ae = EntrySummaryEncoder.encode(e, assessment);
        int at = ae.indexOf(example.get(0));
        assertTrue(at > 0, "the example's 50-record is written: " + ae);
        // the 50-record, OI ... PG30 exactly as the example, then the 62-record
        assertEquals(example.subList(0, example.size() - 1), ae.subList(at, at + example.size() - 1));
        assertEquals("62", ae.get(at + example.size() - 1).substring(0, 2));
        assertEquals(ae.size(), EntrySummaryEncoder.recordCount(e, assessment));
        assertEquals(ae.size() * 82, EntrySummaryEncoder.encodeAscii(e, assessment, LineSeparator.CRLF).length);

        // decoded back: the tariff carries the same set, and it encodes to the same records
        EntrySummary back = EntrySummaryDecoder.decodeTransaction(records(ae, "AE"));
        assertEquals(withLineNumbers(pastaPriorNotice()), back.lines().get(0).tariffs().get(0).pga());
        assertEquals(ae, EntrySummaryEncoder.encode(back, assessment));

        // the example's own records decode into the same typed set
        PgaSet fromWire = PgaCodec.decode(records(example.subList(1, example.size() - 1), "AE"));
        assertEquals(withLineNumbers(pastaPriorNotice()), fromWire);
        PgaDeclaration d = fromWire.declarations().get(0);
        assertEquals("12345678901", d.affirmation("PFR").qualifier());
        assertEquals("JOHN DOE", d.entity("FD1").contact().name());
        assertEquals(new BigDecimal("4800"), d.elementsOf(PgaElement.Lot.class).get(0).lineValue());
        assertEquals(new BigDecimal("500.00"), d.elementsOf(PgaElement.Packaging.class).get(2).quantity());
        assertEquals("4601", d.elementsOf(PgaElement.Inspection.class).get(0).location());
    }

    /** The set as decoded: the line numbers the encoder wrote are read back. */
    static PgaSet withLineNumbers(PgaSet s) {
        List<PgaDeclaration> ds = new ArrayList<>();
        for (PgaDeclaration d : s.declarations()) {
            ds.add(d.toBuilder().lineNumber(d.lineNumber() == null ? 1 : d.lineNumber()).build());
        }
        return new PgaSet(s.commercialDescription(), ds, s.legacyFda());
    }

    @Test
    void pgaDataSurvivesTheJsonDocument() {
        EntrySummary e = pastaEntry(pastaPriorNotice());
        String json = org.acesdk.model.json.AceJson.write(e);
        assertTrue(json.contains("\"record\":\"PG19\""), json);
        assertEquals(e, org.acesdk.model.json.AceJson.read(json, EntrySummary.class));
        // the contact's name stays out of toString
        assertFalse(pastaPriorNotice().toString().contains("JOHN DOE"));
    }

    @Test
    void theSameLineInACargoReleaseFollowsItsSe60() throws IOException {
        String se60 = lines("pga-7_4-se60.txt").get(0);
        List<String> example = lines("pga-7_4-fda-food-prior-notice-ae.txt");
        List<String> pgaRecords = example.subList(1, example.size() - 1);
        CargoRelease release = CargoRelease.builder().action(org.acesdk.model.code.FilingAction.ADD)
                .entryNumber("B76-0324527-8").entryType(EntryType.CONSUMPTION).bondType(BondType.CONTINUOUS)
                .importerNumber("13-142026000").modeOfTransport(ModeOfTransport.VESSEL_CONTAINER)
                .portOfEntry("4601").addLine(ReleaseLine.builder().lineNumber(1).countryOfOrigin("IT")
                        .description("DRIED PASTA").htsNumber("1902.19.2000").value("4800")
                        .pga(pastaPriorNotice()).build())
                .build();
        List<String> se = CargoReleaseCodec.encode(release);
        int at = se.indexOf(se60);
        assertTrue(at > 0, "SE60 as the example: " + se);
        assertEquals(pgaRecords, se.subList(at + 1, at + 1 + pgaRecords.size()));
        CargoRelease back = CargoReleaseCodec.decode(records(se, "SE")).get(0);
        assertEquals(withLineNumbers(pastaPriorNotice()), back.lines().get(0).pga());
        assertEquals(se, CargoReleaseCodec.encode(back));
    }

    @Test
    void sampleSevenTwoLegacyFdRecordsDecodeAndAreNeverEncoded() throws IOException {
        CatairBatch batch = CatairReader.standard().read(GoldenSamplesTest.read(
                "7_2-entry-summary-input-ae-with-20-22-23-42-44-and-pga-oi-fd-rec.txt"));
        EntrySummary e = EntrySummaryDecoder.decode(batch.records()).get(0);
        PgaSet pga = e.lines().get(0).tariffs().get(0).pga();
        assertEquals("LIQUID BICARBONATE 4000", pga.commercialDescription());
        assertTrue(pga.declarations().isEmpty());
        LegacyFda fd = pga.legacyFda().get(0);
        assertEquals("78K--PO", fd.productCode());
        assertEquals("A", fd.storage());
        assertEquals("CA", fd.countryOfProduction());
        assertEquals(List.of("DEV 1225714", "LST E621843", "PMN K071387"), fd.affirmations().stream()
                .map(a -> a.code() + " " + a.qualifier()).toList());
        assertEquals(new BigDecimal("10198"), fd.value());
        assertEquals(List.of("840.00 CS", "3.00 BO", "6.40 L"), fd.quantities().stream()
                .map(q -> q.quantity().toPlainString() + " " + q.unit()).toList());
        assertFalse(fd.toString().contains("TONY"), "the contact stays out of toString");
        CatairException refused = assertThrows(CatairException.class, () -> PgaCodec.encode(pga));
        assertTrue(refused.getMessage().contains("PGA Message Set"), refused.getMessage());
    }

    @Test
    void lineNumbersRestartForEachAgencyAndUnknownCodesAreRefused() {
        PgaSet set = PgaSet.of("TOY WITH FOOD", PgaDeclaration.disclaim(PgaAgency.FDA, "FDA",
                PgaDisclaimer.NOT_REGULATED, null), PgaDeclaration.disclaim(PgaAgency.FDA, "FOO",
                PgaDisclaimer.NOT_REGULATED, null), PgaDeclaration.disclaim(PgaAgency.CPSC, "CPS",
                PgaDisclaimer.NOT_REGULATED, null));
        List<String> out = PgaCodec.encode(set);
        assertEquals(List.of("PG01001FDAFDA", "PG01002FDAFOO", "PG01001CPSCPS"), out.subList(1, 4).stream()
                .map(r -> r.substring(0, 13)).toList());
        PgaSet unknownDisclaimer = PgaSet.of("X", PgaDeclaration.disclaim(PgaAgency.FDA, "FOO",
                PgaDisclaimer.fromCode("Q"), null));
        CatairException e = assertThrows(CatairException.class, () -> PgaCodec.encode(unknownDisclaimer));
        assertTrue(e.getMessage().contains("disclaimer"), e.getMessage());
        PgaSet longInfo = PgaSet.of("X", PgaDeclaration.builder(PgaAgency.CPSC, "CPS").processing("FCP")
                .add(PgaElement.AdditionalInfo.of("CIT", "X".repeat(73))).build());
        CatairException pg60 = assertThrows(CatairException.class, () -> PgaCodec.encode(longInfo));
        assertTrue(pg60.getMessage().contains("PG60"), pg60.getMessage());
    }

    @Test
    void recordsWithoutTheirParentAreKeptAsReadAndAPgRecordBeforeAnyPg01IsRefused() {
        List<String> wire = List.of(
                pad("OI        THING"),
                pad("PG01001EPATS1"),
                pad("PG20                                     CITY                    US"),
                pad("PG03SOMETHING THE 2026 CHAPTER DOES NOT HAVE"),
                pad("PG22             CI EP4 Y08012016"),
                pad("PG21CI IOR ALEXANDER THE GREAT04123456       IOR EMAIL"));
        PgaSet set = PgaCodec.decode(records(wire, "AE"));
        List<PgaElement> es = set.declarations().get(0).elements();
        assertTrue(es.get(0) instanceof PgaElement.Unrecognized);
        assertTrue(es.get(1) instanceof PgaElement.Unrecognized);
        PgaElement.Declaration decl = (PgaElement.Declaration) es.get(2);
        assertEquals("EP4", decl.code());
        assertEquals(LocalDate.of(2016, 8, 1), decl.signatureDate());
        assertEquals("CI", decl.contact().qualifier());
        assertEquals(wire, PgaCodec.encode(set));
        CatairException e = assertThrows(CatairException.class, () -> PgaCodec.decode(records(List.of(
                pad("OI        THING"), pad("PG02PFDP 95R--FV")), "AE")));
        assertTrue(e.getMessage().contains("PG02"), e.getMessage());
        assertNull(PgaCodec.decode(records(List.of(pad("PG01001FDAFOO")), "AE")).commercialDescription());
    }

    static String pad(String s) {
        return String.format("%-80s", s);
    }
}
