package org.acesdk.client.catair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.acesdk.model.code.EntryType;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.rules.RuleContext;
import org.acesdk.rules.duty.DutyAssessment;
import org.acesdk.rules.duty.DutyCalculator;
import org.junit.jupiter.api.Test;

class EntrySummaryCodecTest {
    static DutyAssessment assess(EntrySummary e) {
        return DutyCalculator.create(Entries.context()).assess(e);
    }

    @Test
    void encodesInCatairOrderWithAmountsFromTheAssessment() {
        EntrySummary e = Entries.entry(2);
        List<String> records = EntrySummaryEncoder.encode(e, assess(e));
        List<String> ids = records.stream().map(r -> r.substring(0, 2)).toList();
        assertEquals(List.of("10", "11", "20", "31", "40", "44", "47", "50", "50", "53", "62", "62", "40", "44", "47",
                "50", "62", "88", "89", "90"), ids);
        for (String r : records) {
            assertEquals(80, r.length());
            assertTrue(r.chars().allMatch(c -> c >= 0x20 && c <= 0x7e));
        }
        String r10 = records.get(0);
        assertEquals("10AB76  03245278 2704REF42", r10.substring(0, 26));
        assertEquals("03", r10.substring(33, 35));
        assertEquals("11", r10.substring(35, 37));
        assertEquals("X", r10.substring(38, 39));
        assertEquals("2", r10.substring(50, 51));
        String r11 = records.get(1);
        assertEquals("123-45-6789 13-142026000 ", r11.substring(2, 27));
        assertEquals("032026031826", r11.substring(41, 53));
        assertEquals("319B 4570000060000", records.get(3).substring(0, 18));
        String line = records.get(4);
        assertEquals("40  001 CNCN022026", line.substring(0, 18));
        assertEquals("0000000850", line.substring(26, 36));
        assertEquals("57035", line.substring(36, 41));
        assertEquals("0000005200", line.substring(41, 51));
        // the chapter 99 heading: 8 digits, the last two positions space-filled (error dictionary 433), no value
        assertEquals("5099038803   0000354300 0000000000", records.get(7).substring(0, 34));
        assertEquals("507326908688 0000041099 0000014172 000000500000KG ", records.get(8).substring(0, 50));
        assertTrue(records.get(9).startsWith("53A570967000C00003328A  0000014172"), records.get(9));
    }

    @Test
    void decodeOfEncodeGivesBackTheFieldsTheRecordsCarry() {
        EntrySummary e = Entries.entry(5);
        String text = CatairWriter.standard().batch(Envelope.builder().siteCode("2704").senderId("B76").build(),
                LocalDate.of(2026, 3, 27), List.of(new BlockContent("AE", "2704", "B76", null,
                        EntrySummaryEncoder.encode(e, assess(e)))));
        CatairBatch batch = CatairReader.standard().read(text);
        List<EntrySummary> back = EntrySummaryDecoder.decode(batch.blocks().get(0).records());
        assertEquals(List.of(e), back);
    }

    @Test
    void sampleTransmissionDecodesToTypedValues() throws Exception {
        CatairBatch batch = CatairReader.standard().read(GoldenSamplesTest.read(
                "7_1-entry-summary-input-ae-entry-type-06-ftz-one-line-item.txt"));
        EntrySummary e = EntrySummaryDecoder.decode(batch.blocks().get(0).records()).get(0);
        assertEquals("JJ8-8545110-1", e.entryNumber().toString());
        assertEquals(EntryType.FTZ_CONSUMPTION, e.entryType());
        assertEquals("3901", e.portOfEntry().code());
        assertEquals("13-142026000", e.importerNumber().reveal());
        assertEquals(LocalDate.of(2020, 12, 2), e.entryDate());
        assertEquals("SE", e.lines().get(0).countryOfOrigin().code());
        assertEquals(LocalDate.of(2020, 9, 21), e.lines().get(0).exportDate());
        assertEquals(2, e.lines().get(0).lineNumber());
        assertEquals("SEUDDAB683HAG", e.lines().get(0).manufacturerId().code());
        assertEquals("7220.11.0000", e.lines().get(0).tariffs().get(0).htsNumber().toString());
        assertEquals("369", e.lines().get(0).tariffs().get(0).value().toString());
        assertEquals("63.00 KG", e.lines().get(0).tariffs().get(0).quantities().get(0).toString());
    }

    @Test
    void theRestOfTheSummaryTravelsInItsRecordsAndReadsBackEqual() {
        EntrySummary core = Entries.entry(2);
        org.acesdk.model.entry.SummaryDetail header = new org.acesdk.model.entry.SummaryDetail("A", true, false, "X",
                true, "1", true, "004", LocalDate.of(2026, 3, 30), "04", "B2", null, true, true, "Y", false, false,
                "V1503", new org.acesdk.model.entry.SummaryDetail.WarehouseEntry(org.acesdk.model.code.EntryNumber.of(
                org.acesdk.model.code.FilerCode.parse("B76"), "0324500"), org.acesdk.model.code.PortCode.parse("2704"),
                true), org.acesdk.model.code.ImporterNumber.parse("04-347597900"), "PA", "022AB0100",
                new org.acesdk.model.entry.SummaryDetail.Arrival(org.acesdk.model.code.PortCode.parse("2709"),
                        LocalDate.of(2026, 3, 19), "A888", "MAERSK ESSEX", "9632179", null, null));
        org.acesdk.model.entry.LineDetail first = new org.acesdk.model.entry.LineDetail(
                new org.acesdk.model.entry.LineDetail.FtzStatus("P", LocalDate.of(2026, 1, 5), 63),
                new org.acesdk.model.entry.LineDetail.Ruling("R", "123456"), "3CN12345A",
                List.of(new org.acesdk.model.entry.LineDetail.Licence("01", "H6ANBK070"),
                        new org.acesdk.model.entry.LineDetail.Licence("28", "AL2026X")),
                List.of(new org.acesdk.model.entry.LineDetail.ImporterDeclaration("08", "CN"),
                        new org.acesdk.model.entry.LineDetail.ImporterDeclaration("12", "CL")),
                new org.acesdk.model.entry.LineDetail.Revenue("018", org.acesdk.model.money.Money.usd("12.34")),
                new org.acesdk.model.entry.LineDetail.Revenue("672", org.acesdk.model.money.Money.usd("5.00")),
                List.of(new org.acesdk.model.entry.LineDetail.CensusOverride("27C", "50"),
                        new org.acesdk.model.entry.LineDetail.CensusOverride("28A", "01")),
                List.of(new org.acesdk.model.entry.LineDetail.ArticleParty("S", "13-142026000"),
                        new org.acesdk.model.entry.LineDetail.ArticleParty("C", "04-347597900")));
        List<org.acesdk.model.entry.EntryLine> lines = new java.util.ArrayList<>(core.lines());
        lines.set(0, lines.get(0).toBuilder().detail(first).build());
        EntrySummary e = core.toBuilder().detail(header).lines(lines).build();
        List<String> records = EntrySummaryEncoder.encode(e, assess(e));
        // each record in its place: 21 and 30 in the header, 41 and 43 after the 40, 51/52 after the 50s,
        // 54/60/61 after the 53s, CW02 closing the line
        List<String> ids = records.stream().map(r -> r.startsWith("CW") ? "CW02" : r.substring(0, 2)).toList();
        assertTrue(ids.indexOf("21") > ids.indexOf("20") && ids.indexOf("30") < ids.indexOf("31"), ids.toString());
        int l40 = ids.indexOf("40");
        assertEquals("41", ids.get(l40 + 1), ids.toString());
        assertEquals("43", ids.get(l40 + 2), ids.toString());
        assertTrue(ids.indexOf("51") > ids.lastIndexOf("50") || ids.indexOf("51") < ids.lastIndexOf("40"), ids.toString());
        assertTrue(ids.indexOf("54") < ids.indexOf("60") && ids.indexOf("60") < ids.indexOf("61")
                && ids.indexOf("61") < ids.indexOf("62") && ids.indexOf("CW02") < ids.lastIndexOf("40"), ids.toString());
        String r10 = records.get(0);
        assertEquals("AY XY1Y004", r10.substring(39, 49), "positions 40-49 of the 10-record: " + r10);
        assertEquals("04B2", r10.substring(57, 61));
        assertEquals("YY", r10.substring(65, 67));
        assertEquals("Y", r10.substring(67, 68));
        assertTrue(records.stream().anyMatch(r -> r.startsWith("5408CN ")), records.toString());
        assertTrue(records.stream().anyMatch(r -> r.startsWith("47S13-142026000 ")), records.toString());
        assertTrue(records.stream().anyMatch(r -> r.startsWith("20MAEU2709031926A888MAERSK ESSEX        9632179")),
                records.toString());
        assertEquals("04-347597900", records.get(1).substring(26, 38));
        assertEquals("PA022AB0100", records.get(1).substring(60, 71));
        assertFalse(e.details().toString().contains("347597900"), "the notify party is masked when printed");
        assertFalse(first.parties().toString().contains("142026000"), "party numbers are masked when printed");
        assertTrue(records.stream().anyMatch(r -> r.startsWith("CW02     27C5028A01")), records.toString());
        assertTrue(records.get(records.size() - 1).startsWith("90"), "the 90-record totals the revenue");
        String r90 = records.get(records.size() - 1);
        assertEquals("00000001234", r90.substring(26, 37), r90);
        assertEquals("00000000500", r90.substring(62, 73), r90);
        String text = CatairWriter.standard().batch(Envelope.builder().siteCode("2704").senderId("B76").build(),
                LocalDate.of(2026, 3, 27), List.of(new BlockContent("AE", "2704", "B76", null, records)));
        EntrySummary back = EntrySummaryDecoder.decode(CatairReader.standard().read(text).blocks().get(0).records())
                .get(0);
        assertEquals(e, back);
        // the byte counter agrees with what is written
        assertEquals(records.size(), EntrySummaryEncoder.recordCount(e, assess(e)));
    }

    @Test
    void sample71ReadsItsFtzLicenceAndDeclarationRecords() throws Exception {
        CatairBatch batch = CatairReader.standard().read(GoldenSamplesTest.read(
                "7_1-entry-summary-input-ae-entry-type-06-ftz-one-line-item.txt"));
        EntrySummary e = EntrySummaryDecoder.decode(batch.blocks().get(0).records()).get(0);
        org.acesdk.model.entry.LineDetail d = e.lines().get(0).details();
        assertEquals("P", d.ftzStatus().status());
        assertEquals(LocalDate.of(2020, 10, 16), d.ftzStatus().privilegedFilingDate());
        assertEquals(63, d.ftzStatus().quantity());
        assertEquals(List.of(new org.acesdk.model.entry.LineDetail.Licence("01", "H6ANBK070")), d.licences());
        assertEquals(List.of(new org.acesdk.model.entry.LineDetail.ImporterDeclaration("03", "STL154698")),
                d.declarations());
        assertEquals("F", e.details().pgaIndicator(), "weekly FTZ");
        assertEquals("IL", e.details().stateOfDestination());
        assertEquals(List.of(new org.acesdk.model.entry.LineDetail.ArticleParty("S", "13-142026000")), d.parties());
        assertEquals("3901", e.details().arrival().portOfUnlading().code());
        assertEquals("HA68", e.details().arrival().locationOfGoods());
    }

    @Test
    void unknownCodesAndNegativeAmountsAreRefusedNotTruncated() {
        EntrySummary unknown = Entries.entry(1).toBuilder().entryType(EntryType.UNKNOWN).build();
        CatairException ex = assertThrows(CatairException.class, () -> EntrySummaryEncoder.encode(unknown,
                assess(Entries.entry(1))));
        assertEquals("entryType", ex.field());
        EntrySummary longRef = Entries.entry(1).toBuilder().filerReference("TOO-LONG-REFERENCE").build();
        CatairException ex2 = assertThrows(CatairException.class, () -> EntrySummaryEncoder.encode(longRef,
                assess(longRef)));
        assertEquals("10", ex2.recordType());
        assertEquals("filerReference", ex2.field());
        assertEquals("22-30", ex2.columns());
    }

    @Test
    void anIncompleteAssessmentIsRefusedRatherThanEncodedAsZero() {
        EntrySummary e = Entries.entry(1);
        DutyAssessment noTariff = DutyCalculator.create(RuleContext.builder().tariffSchedule(null).build()).assess(e);
        CatairException ex = assertThrows(CatairException.class, () -> EntrySummaryEncoder.encode(e, noTariff));
        assertEquals("duty", ex.field());
        assertTrue(ex.getMessage().contains("7326.90.8688"), ex.getMessage());
    }

    @Test
    void badFieldInInputNamesLineRecordFieldAndColumns() {
        EntrySummary e = Entries.entry(1);
        List<String> records = new java.util.ArrayList<>(EntrySummaryEncoder.encode(e, assess(e)));
        String r50 = records.get(7);
        records.set(7, r50.substring(0, 24) + "00000A4172" + r50.substring(34));
        String text = String.join("\n", records);
        CatairException ex = assertThrows(CatairException.class, () -> CatairReader.standard().decode(
                records.get(7), 8, "AE"));
        assertEquals(8, ex.lineNumber());
        assertEquals("50", ex.recordType());
        assertEquals("value", ex.field());
        assertEquals("25-34", ex.columns());
        assertTrue(text.length() > 0);
    }

    @Test
    void theBillOfLadingTravelsInThe23RecordSplitAtTheIssuersScac() {
        for (String bill : List.of("MAEU123456789", "17255667781")) {
            EntrySummary e = Entries.entry(1).toBuilder().billOfLading(bill).build();
            List<String> records = EntrySummaryEncoder.encode(e, assess(e));
            String r23 = records.stream().filter(r -> r.startsWith("23")).findFirst().orElseThrow();
            assertEquals(bill.startsWith("MAEU") ? "23MAEU123456789" : "23    17255667781", r23.stripTrailing());
            assertEquals(records.size(), EntrySummaryEncoder.recordCount(e, assess(e)));
            assertEquals(bill, EntrySummaryDecoder.decode(CatairReader.standard().read(String.join("\n",
                    CatairWriter.standard().batch(Envelope.builder().siteCode("2704").senderId("B76").build(),
                            LocalDate.of(2026, 3, 27), List.of(new BlockContent("AE", "2704", "B76", null, records)))))
                    .blocks().get(0).records()).get(0).billOfLading());
        }
    }

    @Test
    void aBadImporterNumberOnTheWireIsNamedButNotRepeated() {
        EntrySummary e = Entries.entry(1);
        List<String> records = new java.util.ArrayList<>(EntrySummaryEncoder.encode(e, assess(e)));
        int i11 = 1;
        String r11 = records.get(i11);
        records.set(i11, "11" + "123-45-678X " + r11.substring(14));
        List<CatairRecord> decoded = new java.util.ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            decoded.add(CatairReader.standard().decode(records.get(i), i + 1, "AE"));
        }
        CatairException ex = assertThrows(CatairException.class, () -> EntrySummaryDecoder.decode(decoded));
        assertEquals("importerNumber", ex.field());
        assertEquals("11", ex.recordType());
        assertTrue(!ex.getMessage().contains("123-45-678"), ex.getMessage());
    }
}
