package org.acesdk.client.catair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.acesdk.model.code.BondType;
import org.acesdk.model.code.FilingAction;
import org.acesdk.model.isf.ImporterSecurityFiling;
import org.acesdk.model.isf.IsfBond;
import org.acesdk.model.isf.IsfContainer;
import org.acesdk.model.isf.IsfKind;
import org.acesdk.model.isf.IsfLine;
import org.acesdk.model.isf.IsfReference;
import org.acesdk.model.party.Address;
import org.acesdk.model.party.Party;
import org.acesdk.model.response.IsfAnswer;
import org.junit.jupiter.api.Test;

class IsfCodecTest {

    static Party party(String name, String street, String city, String country) {
        return Party.builder().name(name).address(Address.builder().addStreetLine(street).city(city).country(country)
                .build()).build();
    }

    /** An ISF-10 with two manufacturers, a master bill, containers, a bond and flexible timing. */
    static ImporterSecurityFiling isf10() {
        Party maker = party("SHANGHAI STEEL WORKS", "1234 INDUSTRIAL ROAD", "SHANGHAI", "CN");
        Party other = Party.builder().name("NINGBO FASTENERS").identifierQualifier("DUNS").identifier("654321987")
                .addOtherName(new org.acesdk.model.party.OtherName("DH", "NINGBO BOLT FACTORY")).build();
        return ImporterSecurityFiling.builder().kind(IsfKind.ISF_10).shipmentType("01").actionReason("FT")
                .action(FilingAction.ADD)
                .importerNumber("13-142026000").addConsigneeNumber("13-142026000").addConsigneeNumber("123456-78901")
                .seller(maker).buyer(party("ACME IMPORTS INC", "100 HARBOR BLVD", "LONG BEACH", "US"))
                .shipTo(party("ACME DISTRIBUTION CENTER", "2500 E CARSON ST", "CARSON", "US"))
                .carrierCode("MAEU").billOfLading("MAEU123456789").billType("BM").masterBillOfLading("MAEU987654321")
                .modeOfTransport("11").bond(new IsfBond("13-142026000", "01", BondType.CONTINUOUS))
                .addReference(new IsfReference("CR", "PO-4711"))
                .addContainer(IsfContainer.of("MSCU1234566")).addContainer(new IsfContainer("CN", "TGHU", "987654",
                        "3", "45G1"))
                .addLine(IsfLine.builder().manufacturer(maker).countryOfOrigin("CN").htsNumber("7326.90.8688").build())
                .addLine(IsfLine.builder().manufacturer(other).countryOfOrigin("CN").htsNumber("7318.15").build())
                .addLine(IsfLine.builder().manufacturer(maker).countryOfOrigin("VN").htsNumber("7326.20").build())
                .build();
    }

    static List<CatairRecord> read(List<String> records, String app) {
        List<CatairRecord> out = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            out.add(CatairReader.standard().decode(records.get(i), i + 1, app));
        }
        return out;
    }

    @Test
    void anIsf10EncodesInTheChaptersOrderAndDecodesBackWhole() {
        ImporterSecurityFiling isf = isf10();
        List<String> sf = IsfCodec.encode(isf);
        assertEquals(List.of("SF10", "SF15", "SF20", "SF20", "SF25", "SF25", "SF30", "SF30", "SF30", "SF35", "SF36",
                "SF30", "SF35", "SF36", "SF30", "SF35", "SF36", "SF30", "SF35", "SF36", "SF40", "SF40", "SF30", "SF31", "SF40"),
                sf.stream().map(r -> r.substring(0, 4)).toList());
        assertEquals("SF10101AFTEI 13-142026000", sf.get(0).substring(0, 25));
        assertEquals("11", sf.get(0).substring(36, 38));
        assertEquals("MAEU13-142026000   018", sf.get(0).substring(53, 75));
        assertEquals("SF15BMMAEU123456789", sf.get(1).trim());
        assertEquals("SF20MB MAEU987654321", sf.get(2).trim());
        assertEquals("SF25CNMSCU123456         6", sf.get(4).trim());
        assertEquals("SF30CN", sf.get(6).substring(0, 6));
        assertEquals("ANI123456-78901", sf.get(7).substring(42, 57));
        assertEquals("SF407326908688CN", sf.get(20).trim());
        assertTrue(sf.get(22).startsWith("SF30MF NINGBO FASTENERS"), sf.get(22));
        assertEquals("DUN654321987", sf.get(22).substring(42, 54));
        assertEquals("SF31DH NINGBO BOLT FACTORY", sf.get(23).trim());
        for (String r : sf) {
            assertEquals(80, r.length());
        }
        ImporterSecurityFiling back = IsfCodec.decode(read(sf, "SF")).get(0);
        // the lading and arrival times judge timeliness and are not on the wire; the manufacturers regroup
        ImporterSecurityFiling expected = isf.toBuilder().lines(List.of(isf.lines().get(0), isf.lines().get(2),
                isf.lines().get(1))).build();
        assertEquals(expected, back);
        assertEquals(sf, IsfCodec.encode(back));
    }

    @Test
    void anIsf5AndADeleteRoundTrip() {
        ImporterSecurityFiling five = ImporterSecurityFiling.builder().kind(IsfKind.ISF_5).shipmentType("01")
                .action(FilingAction.ADD)
                .importerNumber("13-142026000").bookingParty(Party.builder().name("OCEAN BOOKERS LTD").build())
                .shipTo(Party.builder().name("PANAMA DEPOT").build()).foreignPortOfUnlading("22517")
                .placeOfDelivery("22501").billOfLading("MAEU555555555").billType("OB")
                .bond(new IsfBond("13-142026000", "16", BondType.CONTINUOUS))
                .addLine(IsfLine.builder().htsNumber("8471.30").build()).build();
        List<String> sf = IsfCodec.encode(five);
        assertEquals("SF10201A", sf.get(0).substring(0, 8));
        assertEquals(List.of("SF10", "SF15", "SF30", "SF30", "SF40", "SF50"), sf.stream().map(r -> r.substring(0, 4))
                .toList());
        assertEquals(five, IsfCodec.decode(read(sf, "SF")).get(0));
        ImporterSecurityFiling delete = isf10().toBuilder().action(FilingAction.DELETE)
                .transactionNumber("B76-20260000001").build();
        List<String> d = IsfCodec.encode(delete);
        assertEquals(1, d.size());
        assertEquals("D", d.get(0).substring(7, 8));
        assertEquals("B76-20260000001", d.get(0).substring(38, 53));
        ImporterSecurityFiling back = IsfCodec.decode(read(d, "SF")).get(0);
        assertEquals(FilingAction.DELETE, back.action());
        assertEquals("B76-20260000001", back.transactionNumber());
    }

    @Test
    void theSnSamplesDecodeIntoFilingsAndTypedAnswers() throws IOException {
        CatairBatch accepted = CatairReader.standard().read(GoldenSamplesTest.read("7_15-isf-response-sn-accepted.txt"));
        List<CatairRecord> records = accepted.blocks().get(0).records();
        ImporterSecurityFiling echo = IsfCodec.decode(records).get(0);
        assertEquals("91-013199000", echo.importerNumber().reveal());
        assertEquals("BM12356897", echo.billOfLading());
        assertEquals(List.of("BM56846559"), echo.otherBills());
        assertEquals("MB56846859", echo.masterBillOfLading());
        assertEquals("10", echo.modeOfTransport());
        assertEquals("XJ5-20089367423", echo.transactionNumber());
        // re-encoded, the echoed records come back byte for byte but column 78, the echo's own flag
        List<String> echoed = records.stream().filter(r -> !r.recordId().equals("SF90")).map(CatairRecord::raw)
                .toList();
        List<String> again = IsfCodec.encode(echo);
        assertEquals(echoed.size(), again.size());
        for (int i = 0; i < echoed.size(); i++) {
            String a = echoed.get(i);
            String b = again.get(i);
            assertEquals(a.substring(0, 77) + a.substring(78), b.substring(0, 77) + b.substring(78), "record " + i);
        }
        IsfAnswer ok = ProcessingResultCodec.isfAnswers(records).get(0);
        assertTrue(ok.accepted());
        assertEquals("XJ5-20089367423", ok.transactionNumber());
        assertEquals("ISF ACCEPTED", ok.narrative());

        CatairBatch rejected = CatairReader.standard().read(GoldenSamplesTest.read(
                "7_16-isf-response-sn-body-rejected-no-envelope.txt"));
        List<CatairRecord> rr = new ArrayList<>();
        rejected.blocks().forEach(b -> rr.addAll(b.records()));
        IsfAnswer no = ProcessingResultCodec.isfAnswers(rr.stream().map(r -> CatairReader.inLayoutOf(r, "SN"))
                .toList()).get(0);
        assertFalse(no.accepted());
        assertNull(no.transactionNumber());
        assertEquals("117", no.conditions().get(0).code());
        assertEquals("billOfLading", no.conditions().get(0).field());
        assertEquals("SF10", no.conditions().get(0).recordId());
    }

    @Test
    void theFakesAnswerIsTypedToo() {
        String sf10 = IsfCodec.encode(isf10()).get(0);
        List<String> sn = ResponseEncoder.isf(sf10, "B76-20260000042", List.of(), true);
        IsfAnswer a = ProcessingResultCodec.isfAnswers(read(sn, "SN")).get(0);
        assertTrue(a.accepted());
        assertEquals("B76-20260000042", a.transactionNumber());
    }
}
