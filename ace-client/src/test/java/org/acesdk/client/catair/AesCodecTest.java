package org.acesdk.client.catair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.acesdk.model.code.CountryCode;
import org.acesdk.model.code.ImporterNumber;
import org.acesdk.model.code.ModeOfTransport;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The AES codec against the real-looking answers and the constructed filing of the AES reference (section 9). */
class AesCodecTest {
    static final AesCodec CODEC = AesCodec.builder().inferredLayouts(true).build();
    static final AesEnvelope ENVELOPE = AesEnvelope.builder().filerId("123456789").password("PASSWD")
            .transmitterId("123456789").build();

    static String sample(String name) throws IOException {
        try (InputStream in = AesCodecTest.class.getResourceAsStream("aes/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource aes/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    private static List<String> padded(String text) {
        return CatairReader.standard().split(text);
    }

    @Test
    void anAcceptedAddGivesItsItn() throws IOException {
        List<ExportResponse> rs = AesCodec.responses(sample("xt-accepted-add.txt"));
        assertEquals(1, rs.size());
        ExportResponse r = rs.get(0);
        assertEquals("B00152888", r.shipmentReference());
        assertEquals(ShipmentAction.ADD, r.action());
        assertTrue(r.accepted());
        assertEquals("X20091221000053", r.itn().toString());
        assertEquals("91013199000", r.usppiId());
        assertEquals("E", r.usppiIdType());
        assertEquals("ABC EXPORTS USA", r.usppiName());
        ExportResponse.Condition c = r.conditions().get(0);
        assertEquals("974", c.code());
        assertEquals(AesSeverity.NOTIFICATION, c.severity());
        assertTrue(c.finalDisposition());
        assertEquals("SHIPMENT ADDED", c.narrative());
        assertFalse(r.onHold());
    }

    @Test
    void aRejectionNamesTheFieldOfItsFatalCondition() throws IOException {
        ExportResponse r = AesCodec.responses(sample("xt-rejected-066.txt")).get(0);
        assertEquals("S40002509", r.shipmentReference());
        assertEquals(Disposition.REJECTED, r.disposition());
        assertFalse(r.accepted());
        assertNull(r.itn());
        assertEquals(2, r.conditions().size());
        ExportResponse.Condition c = r.conditions().get(0);
        assertEquals("066", c.code());
        assertEquals(AesSeverity.FATAL, c.severity());
        assertFalse(c.finalDisposition());
        assertEquals("SC1", c.recordId());
        assertEquals("filingOption", c.field());
        assertEquals("filingOption", c.path());
        assertEquals("FILING OPT IND MUST BE 2 OR 4", c.narrative());
        assertEquals("970", r.conditions().get(1).code());
        assertTrue(r.conditions().get(1).finalDisposition());
        assertEquals(List.of(c), r.conditions(AesSeverity.FATAL).subList(0, 1));
    }

    @Test
    void aCancelWithAComplianceAlertKeepsItsItn() throws IOException {
        ExportResponse r = AesCodec.responses(sample("xt-cancel-compliance-700.txt")).get(0);
        assertEquals(ShipmentAction.CANCEL, r.action());
        assertTrue(r.accepted());
        assertEquals("X20140324994618", r.itn().toString());
        ExportResponse.Condition alert = r.conditions().get(0);
        assertEquals("700", alert.code());
        assertEquals(AesSeverity.COMPLIANCE, alert.severity());
        assertEquals("dateOfExport", alert.path());
        assertEquals("983", r.conditions().get(1).code());
    }

    @Test
    void anUnsolicitedHoldCarriesItsLineEchoes() throws IOException {
        ExportResponse r = AesCodec.responses(sample("xt-unsolicited-hold-97h.txt")).get(0);
        assertEquals("B00178952", r.shipmentReference());
        assertEquals(ShipmentAction.REPLACE, r.action());
        assertTrue(r.onHold());
        assertTrue(r.accepted());
        assertEquals("X20200504399473", r.itn().toString());
        assertEquals(AesSeverity.INFORMATIONAL, r.conditions().get(0).severity());
        assertEquals(3, r.echoes().size());
        assertTrue(r.echoes().get(1).startsWith("CL1OS 0001OTHER BREATHING"));
        assertTrue(r.echoes().get(2).startsWith("CL29020008000NO "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xt-accepted-add.txt", "xt-rejected-066.txt", "xt-cancel-compliance-700.txt",
        "xt-unsolicited-hold-97h.txt", "xt-constructed-acceptance.txt"})
    void everyAnswerReEncodesByteForByte(String name) throws IOException {
        String text = sample(name);
        List<String> in = padded(text);
        String out = CODEC.answer(ENVELOPE, LocalDate.of(2026, 11, 24), "000001", AesCodec.responses(text));
        List<String> back = padded(out);
        // the samples of real-looking answers hold no A and Z: compare the blocks
        int from = in.get(0).startsWith("A") ? 0 : 1;
        int to = in.get(in.size() - 1).startsWith("Z") ? back.size() : back.size() - 1;
        assertEquals(in, back.subList(from, to), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"xt-accepted-add.txt", "xt-rejected-066.txt", "xt-cancel-compliance-700.txt",
        "xt-unsolicited-hold-97h.txt", "xt-constructed-acceptance.txt", "xp-constructed-input.txt",
        "xt-batch-header-trailer.txt", "pga-strings.txt"})
    void everyRecordDecodesAndReEncodesByteForByte(String name) throws IOException {
        List<String> lines = padded(sample(name));
        for (int i = 0; i < lines.size(); i++) {
            RecordLayout l = AesLayouts.find(lines.get(i)).orElseThrow(() -> new AssertionError("unknown record"));
            CatairRecord r = CatairReader.standard().decodeWith(l, lines.get(i), i + 1);
            assertEquals(lines.get(i), CatairWriter.standard().record(r), name + " line " + (i + 1));
        }
    }

    @Test
    void theBatchHeaderOfAnAnswerDecodes() throws IOException {
        List<String> lines = padded(sample("xt-batch-header-trailer.txt"));
        CatairRecord a = CatairReader.standard().decodeWith(AesLayouts.A, lines.get(0), 1);
        assertEquals("861161674", a.text("filerId"));
        assertEquals("E", a.text("filerIdType"));
        assertEquals("XT", a.text("applicationId"));
        assertEquals(LocalDate.of(2009, 12, 7), a.date("transmitterDate"));
        assertEquals("T9AUS9", a.text("batchControl"));
        assertEquals("861161674", a.text("transmitterId"));
        assertTrue(AesCodec.isAes(sample("xt-batch-header-trailer.txt")));
        assertFalse(AesCodec.isAes("A  XXXX..."));
    }

    @Test
    void pgaRecordsKeepTheAgencyData() throws IOException {
        List<String> lines = padded(sample("pga-strings.txt"));
        CatairRecord epa = CatairReader.standard().decodeWith(AesLayouts.PGA, lines.get(0), 1);
        assertEquals("EP1", epa.text("agencyId"));
        assertEquals("Y288127374   123456789ABCKG 0000000123", epa.text("data"));
        CatairRecord dea = CatairReader.standard().decodeWith(AesLayouts.PGA, lines.get(2), 3);
        assertEquals("DEA", dea.text("agencyId"));
        // drug code 87EF, quantity 1000.2500 (4 implied decimals), unit KG
        assertEquals("87EF00000010002500KG", dea.text("data").substring(0, 20));
    }

    /** The constructed filing of the reference, as the model holds it. */
    static ExportInformation constructed() {
        return ExportInformation.builder().shipmentReference("SR2026112401").action(ShipmentAction.ADD)
                .relatedParties(false).modeOfTransport(ModeOfTransport.VESSEL_CONTAINER).countryOfDestination("DE")
                .stateOfOrigin("IL").carrier("MAEU").conveyanceName("MAERSK KENTUCKY")
                .filingOption(FilingOption.PREDEPARTURE).portOfUnlading("42870").portOfExport("1001")
                .dateOfExport(LocalDate.of(2026, 11, 27)).hazardousMaterials(false).inBondCode("70")
                .routedExport(false)
                .addTransportDetail(new TransportDetail("MSKU1234567", "SL998877", "MAEU123456789"))
                .usppiId(ImporterNumber.parse("98-765432100"))
                .usppi(Party.builder().name("ACME WIDGETS INC").address(Address.builder()
                        .addStreetLine("100 INDUSTRIAL PKWY").city("CHICAGO").subdivision("IL").postalCode("60601")
                        .country(CountryCode.US).build()).build())
                .usppiContact(new ExportContact("JANE", "DOE", "3125550100"))
                .ultimateConsignee(Party.builder().name("MUSTER GMBH").address(Address.builder()
                        .addStreetLine("HAFENSTRASSE 1").city("HAMBURG").postalCode("20457").country("DE").build())
                        .build())
                .soldEnRoute(false).consigneeType("R")
                .addLine(ExportLine.builder().exportInformationCode("OS").description("STEEL BALL BEARINGS")
                        .licenseCode("C33").originIndicator("D").commodityNumber("8482.10.0000")
                        .quantity(Quantity.of("1200", UnitOfMeasure.NUMBER)).value(Money.usd("48000"))
                        .shippingWeightKg(950L).eccn("EAR99").build())
                .build();
    }

    @Test
    void theConstructedFilingDecodesIntoTheModel() throws IOException {
        List<ExportInformation> xs = AesCodec.filings(sample("xp-constructed-input.txt"));
        assertEquals(List.of(constructed()), xs);
    }

    @Test
    void theConstructedFilingEncodesByteForByte() throws IOException {
        String text = CODEC.batch(ENVELOPE, LocalDate.of(2026, 11, 24), "000001", List.of(constructed()));
        assertEquals(padded(sample("xp-constructed-input.txt")), padded(text));
    }

    /** Every field the AES records carry, on two shipments of two USPPIs. */
    static ExportInformation rich() {
        ExportLine l1 = constructed().lines().get(0).toBuilder().quantity2(Quantity.of("40", UnitOfMeasure.KILOGRAMS))
                .licenseCode("C30").eccn("5A002").licenseNumber("D1234567").licenseValue(Money.usd("48000"))
                .originIndicator("F").addPga(new ExportPga("EP1", "Y288127374   123456789ABCKG 0000000123"))
                .build();
        ExportLine l2 = ExportLine.builder().exportInformationCode("HV").description("USED PASSENGER CAR")
                .commodityNumber("8703.23.0190").quantity(Quantity.of("1", UnitOfMeasure.NUMBER))
                .value(Money.usd("9500")).shippingWeightKg(1400L).licenseCode("C33").eccn("EAR99")
                .originIndicator("D").addUsedVehicle(new UsedVehicle("1HGCM82633A004352", "V", "T1234567", "IL"))
                .build();
        return constructed().toBuilder().shipmentReference("RICH-0001").action(ShipmentAction.REPLACE)
                .filingOption(FilingOption.POSTDEPARTURE).relatedParties(true).hazardousMaterials(true)
                .inBondCode("67").inBondEntryNumber("B7612345678").ftzIdentifier("049000000").routedExport(true)
                .originalItn("X20261120123456").addTransportDetail(new TransportDetail(null, null, "081-56783210"))
                .forwardingAgent(Party.builder().name("FAST FORWARDING LLC").identifierQualifier("EIN")
                        .identifier("123456789").address(Address.builder().addStreetLine("1 AIRPORT RD")
                                .addStreetLine("SUITE 5").city("ELK GROVE").subdivision("IL").postalCode("60007")
                                .country(CountryCode.US).build()).build())
                .intermediateConsignee(Party.builder().name("ROTTERDAM HUB BV").address(Address.builder()
                        .addStreetLine("HAVENWEG 2").city("ROTTERDAM").country("NL").build()).build())
                .lines(List.of(l1, l2)).build();
    }

    @Test
    void aFilingWithEveryRecordRoundTrips() {
        ExportInformation other = rich().toBuilder().shipmentReference("RICH-0002")
                .usppiId(ImporterNumber.parse("11-111111100")).action(ShipmentAction.ADD).build();
        List<ExportInformation> in = List.of(rich(), other, rich().toBuilder().shipmentReference("RICH-0003").build());
        String text = CODEC.batch(ENVELOPE, LocalDate.of(2026, 11, 24), "B00042", in);
        // one block per USPPI, in order of first appearance
        assertEquals(2, padded(text).stream().filter(r -> r.startsWith("B")).count());
        List<ExportInformation> back = AesCodec.filings(text);
        List<ExportInformation> expected = new ArrayList<>(List.of(in.get(0), in.get(2), in.get(1)));
        assertEquals(expected, back);
        for (String r : padded(text)) {
            assertEquals(80, r.length());
        }
    }

    @Test
    void aCancelIsItsSc1AloneAndNeedsNoInferredLayout() {
        ExportInformation cancel = constructed().toBuilder().action(ShipmentAction.CANCEL).itn("X20261124123456")
                .build();
        List<String> records = AesCodec.standard().shipment(cancel);
        assertEquals(1, records.size());
        assertEquals('X', records.get(0).charAt(31));
    }

    @Test
    void theStandardCodecRefusesTheInferredRecordsAndSaysHowToEncodeThem() {
        CatairException e = assertThrows(CatairException.class, () -> AesCodec.standard().batch(ENVELOPE,
                LocalDate.of(2026, 11, 24), null, List.of(constructed())));
        assertTrue(e.getMessage().contains("inferredLayouts(true)"), e.getMessage());
        CatairException cl1 = assertThrows(CatairException.class,
                () -> AesCodec.standard().shipment(constructed()));
        assertEquals("CL1", cl1.recordType());
        assertFalse(AesCodec.standard().inferredLayouts());
        assertTrue(AesCodec.standard().toBuilder().inferredLayouts(true).build().inferredLayouts());
    }

    @Test
    void whatCannotBeWrittenIsATypedErrorNamingTheField() {
        ExportInformation ddtc = constructed().toBuilder().lines(List.of(constructed().lines().get(0).toBuilder()
                .licenseCode("S05").build())).build();
        CatairException e = assertThrows(CatairException.class, () -> CODEC.shipment(ddtc));
        assertEquals("licenseCode", e.field());
        ExportInformation fraction = constructed().toBuilder().lines(List.of(constructed().lines().get(0)
                .toBuilder().quantity(Quantity.of("1.5", UnitOfMeasure.NUMBER)).build())).build();
        assertEquals("quantity1", assertThrows(CatairException.class, () -> CODEC.shipment(fraction)).field());
        ExportInformation longName = constructed().toBuilder().conveyanceName("X".repeat(23) + "Y").build();
        assertEquals("conveyanceName", assertThrows(CatairException.class,
                () -> CODEC.shipment(longName)).field());
        ExportInformation noRouted = constructed().toBuilder().routedExport(null).build();
        assertEquals("routedExport", assertThrows(CatairException.class, () -> CODEC.shipment(noRouted)).field());
        ExportInformation cents = constructed().toBuilder().lines(List.of(constructed().lines().get(0).toBuilder()
                .value(Money.usd("48000.50")).build())).build();
        String cl2 = CODEC.shipment(cents).stream().filter(r -> r.startsWith("CL2")).findFirst().orElseThrow();
        assertEquals("0000048001", cl2.substring(26, 36), "rounded half up");
    }

    @Test
    void hostileInputIsATypedErrorNamingTheRecord() {
        CatairException e = assertThrows(CatairException.class, () -> AesCodec.filings("HELLO WORLD"));
        assertEquals(1, e.lineNumber());
        assertThrows(CatairException.class, () -> AesCodec.filings("CL2" + " ".repeat(77)));
        String badAction = "B  98765432100E          ACME WIDGETS INC\nSC1N11DEIL    REF1             Q";
        CatairException action = assertThrows(CatairException.class, () -> AesCodec.filings(badAction));
        assertEquals("action", action.field());
        assertThrows(CatairException.class, () -> AesCodec.filings("X".repeat(81) + "\n"));
    }

    @Test
    void unknownCodesAndLettersAreKeptAsRead() {
        String text = "B  98765432100E          ACME WIDGETS INC\n"
                + "SC1N11DEILMAEUREF1             A\n"
                + "ES1Q9Z  Q SOMETHING NEW\n"
                + "XYZ AN UNKNOWN RECORD\n"
                + "ES1974 A  SHIPMENT ADDED                          X20261124000001\n"
                + "Y  98765432100E          ACME WIDGETS INC\n";
        ExportResponse r = AesCodec.responses(text).get(0);
        ExportResponse.Condition c = r.conditions().get(0);
        assertEquals("Q9Z", c.code());
        assertEquals(AesSeverity.UNKNOWN, c.severity());
        assertEquals("Q", c.severityCode());
        assertNull(c.recordId());
        assertNull(c.path());
        assertTrue(r.echoes().stream().anyMatch(x -> x.startsWith("XYZ AN UNKNOWN")));
        assertTrue(r.accepted());
    }

    @Test
    void lineConditionsNameTheLineAndItsField() {
        String text = "B  98765432100E          ACME WIDGETS INC\n"
                + "SC1N11DEILMAEUREF1             A\n"
                + "CL1OS 0002BEARINGS\n"
                + "ES1515  F ECCN MUST BE FORMATTED NANNN\n"
                + "ES1970 RF SHIPMENT REJECTED; RESOLVE & RETRANSMIT\n"
                + "Y  98765432100E          ACME WIDGETS INC\n";
        ExportResponse r = AesCodec.responses(text).get(0);
        ExportResponse.Condition c = r.lineConditions(2).get(0);
        assertEquals("CL2", c.recordId());
        assertEquals("eccn", c.field());
        assertEquals("lines[1].eccn", c.path());
        assertNull(r.conditions().get(1).lineNumber());
    }

    @Test
    void secretsStayOutOfText() {
        AesEnvelope ssn = AesEnvelope.builder().filerId("123456789").filerIdType("S").password("SECRET").build();
        assertFalse(ssn.toString().contains("SECRET"));
        assertFalse(ssn.toString().contains("123456789"));
        ExportResponse r = new ExportResponse("123456789", "S", "JOHN DOE", "REF", null, null, null, List.of(),
                List.of());
        assertFalse(r.toString().contains("123456789"));
        ExportInformation x = constructed().toBuilder().usppiId(ImporterNumber.parse("123-45-6789")).build();
        assertFalse(x.toString().contains("123-45-6789"));
        assertThrows(IllegalArgumentException.class, () -> AesEnvelope.builder().filerId("123456789")
                .password("TOOLONGPW").build());
    }

    @Test
    void anAnswerWithoutABlockOrWithABlankLineNumberStillReads() {
        // AES may answer a batch it rejects with no B record; a CL1 echo may carry no line number
        ExportResponse batch = AesCodec.responses("A    123456789      EXT20261124000001 123456789\n"
                + "ES1960 RF BATCH REJECTED; RESOLVE AND RETRANSMIT\n").get(0);
        assertEquals(Disposition.REJECTED, batch.disposition());
        assertNull(batch.usppiId());
        assertNull(batch.shipmentReference());
        ExportResponse blank = AesCodec.responses("B  98765432100E          ACME\nSC1N11DEILMAEUREF1             A\n"
                + "CL1OS     BEARINGS\nES1515  F ECCN MUST BE FORMATTED NANNN\n").get(0);
        assertNull(blank.conditions().get(0).lineNumber());
        assertEquals("lines.eccn", blank.conditions().get(0).path());
    }

    @Test
    void theGenericResponsesOfAnAnswerCarryItsDispositionSeverityAndRecords() throws IOException {
        List<org.acesdk.model.response.CbpResponse> rs = AesCodec.cbpResponses(sample("xt-rejected-066.txt"));
        assertEquals(1, rs.size());
        org.acesdk.model.response.CbpResponse r = rs.get(0);
        assertEquals("XT", r.applicationId(), "no A record: an XT answer");
        assertEquals("XN", AesCodec.cbpResponses("A    861161674CAREDIEXN20091207T9AUS9N861161674\n"
                + sample("xt-accepted-add.txt")).get(0).applicationId());
        assertEquals(Disposition.REJECTED, r.disposition());
        assertEquals(List.of("066", "970"), r.conditions().stream().map(c -> c.code()).toList());
        assertEquals(org.acesdk.model.response.ConditionSeverity.FATAL, r.conditions().get(0).severity());
        // the records re-read as the same typed answer
        assertEquals(AesCodec.responses(sample("xt-rejected-066.txt")), AesCodec.responses(String.join("\n",
                r.rawLines())));
        org.acesdk.model.response.CbpResponse hold = AesCodec.cbpResponses(sample("xt-unsolicited-hold-97h.txt"))
                .get(0);
        assertEquals(org.acesdk.model.response.ConditionSeverity.INFORMATIONAL, hold.conditions().get(0).severity());
        assertEquals(Disposition.ACCEPTED, hold.disposition());
    }
}
