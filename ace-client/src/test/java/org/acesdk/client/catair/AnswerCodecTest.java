package org.acesdk.client.catair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.acesdk.model.response.AnswerCondition;
import org.acesdk.model.response.ConditionSeverity;
import org.acesdk.model.response.Disposition;
import org.acesdk.model.response.EntrySummaryAnswer;
import org.junit.jupiter.api.Test;

/** Entry summary answers as typed results, from the real AX samples, written back byte for byte (issue 16). */
class AnswerCodecTest {
    private static final List<String> AX = List.of("7_3-ax-summary-accepted.txt",
            "7_4-ax-census-warning-plus-final-disposition.txt", "7_6-ax-fatal-errors-summary-rejected.txt",
            "7_7-ax-with-a-z-records-single-fatal-condition.txt");

    @Test
    void everyAxSampleDecodesAndReEncodesRecordForRecord() throws Exception {
        for (String name : AX) {
            CatairBatch batch = CatairReader.standard().read(GoldenSamplesTest.read(name));
            List<String> expected = new ArrayList<>();
            for (CatairBlock b : batch.blocks()) {
                if ("AX".equals(b.applicationId())) {
                    b.records().forEach(r -> expected.add(r.raw()));
                }
            }
            List<String> written = new ArrayList<>();
            for (EntrySummaryAnswer a : AnswerCodec.entrySummaries(batch)) {
                written.addAll(AnswerCodec.encode(a));
            }
            assertEquals(expected, written, name);
        }
    }

    @Test
    void conditionsKnowTheirLineAndTariffAndTheFinalDispositionIsApart() throws Exception {
        CatairBatch batch = CatairReader.standard().read(
                GoldenSamplesTest.read("7_6-ax-fatal-errors-summary-rejected.txt"));
        EntrySummaryAnswer a = AnswerCodec.entrySummaries(batch).get(0);
        assertEquals("SV9", a.filerCode());
        assertEquals(Disposition.REJECTED, a.disposition());
        assertEquals("998", a.finalDisposition().code());
        assertEquals(4, a.conditions().size(), "the final disposition is not a condition");
        AnswerCondition header = a.conditions().get(0);
        assertEquals("198", header.code());
        assertTrue(header.lineItem().isEmpty());
        AnswerCondition soldTo = a.conditions().get(1);
        assertEquals(1, soldTo.lineItem().orElseThrow());
        assertTrue(soldTo.htsNumber().isEmpty());
        AnswerCondition fcc = a.conditions().get(2);
        assertEquals(1, fcc.lineItem().orElseThrow());
        assertEquals("8471704065", fcc.htsNumber().orElseThrow());
        assertEquals(ConditionSeverity.FATAL, fcc.severity());
        assertEquals(ConditionSeverity.WARNING, a.conditions().get(3).severity());
        assertEquals(3, a.conditionsOnLine(1).size());
        assertTrue(a.hasFatal());
        EntrySummaryAnswer accepted = AnswerCodec.entrySummaries(CatairReader.standard().read(
                GoldenSamplesTest.read("7_3-ax-summary-accepted.txt"))).get(0);
        assertEquals(Disposition.ACCEPTED, accepted.disposition());
        assertEquals(100, accepted.version().orElseThrow());
        assertEquals("SV9-7100541-5", accepted.entryNumber().orElseThrow().toString());
        assertEquals("B00162063", accepted.filerReference());
    }

    @Test
    void everySoSampleDecodesIntoTypedStatusesAndReEncodesRecordForRecord() throws Exception {
        for (String name : List.of("7_12-cargo-release-status-notification-so-pga-statuses.txt",
                "7_13-so-bill-departed-release-suspended-under-review.txt")) {
            CatairBatch batch = CatairReader.standard().read(GoldenSamplesTest.read(name));
            List<String> expected = new ArrayList<>();
            for (CatairBlock b : batch.blocks()) {
                if ("SO".equals(b.applicationId())) {
                    b.records().forEach(r -> expected.add(r.raw()));
                }
            }
            List<String> written = new ArrayList<>();
            for (org.acesdk.model.response.CargoReleaseAnswer a : AnswerCodec.cargoReleases(batch)) {
                written.addAll(AnswerCodec.encode(a));
            }
            assertEquals(expected, written, name);
        }
        org.acesdk.model.response.CargoReleaseAnswer held = AnswerCodec.cargoReleases(CatairReader.standard().read(
                GoldenSamplesTest.read("7_13-so-bill-departed-release-suspended-under-review.txt"))).get(0);
        assertEquals(2, held.bills().size());
        assertEquals(List.of(), held.bills().get(0).dispositions(), "the master bill has none");
        assertEquals("BILL DEPARTED", held.bills().get(1).dispositions().get(0).narrative());
        assertEquals("90", held.latestDisposition().orElseThrow().code());
        assertEquals(2, held.pgaStatusesOf("FDA").size());
        assertEquals("MAY PROCEED", held.pgaStatusesOf("NHT").get(1).entryMessage());
        assertEquals("07", held.pgaStatusesOf("NHT").get(1).entryStatus());
        assertTrue(held.releaseDate().isEmpty());
        org.acesdk.model.response.CargoReleaseAnswer pga = AnswerCodec.cargoReleases(CatairReader.standard().read(
                GoldenSamplesTest.read("7_12-cargo-release-status-notification-so-pga-statuses.txt"))).get(0);
        assertTrue(!pga.toString().contains("456789012"), "the importer number is masked: " + pga);
    }
}
