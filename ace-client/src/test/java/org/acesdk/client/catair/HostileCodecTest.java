package org.acesdk.client.catair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.rules.duty.DutyCalculator;
import org.junit.jupiter.api.Test;

/** Regression tests for hostile CATAIR input (issue 15). */
class HostileCodecTest {

    @Test
    void aBlankLineIdInA40RecordIsATypedErrorNamingTheField() {
        EntrySummary e = Entries.entry(5);
        List<String> records = new ArrayList<>(EntrySummaryEncoder.encode(e,
                DutyCalculator.create(Entries.context()).assess(e)));
        for (int i = 0; i < records.size(); i++) {
            String r = records.get(i);
            if (r.startsWith("40")) {
                records.set(i, r.substring(0, 4) + "   " + r.substring(7));
                break;
            }
        }
        String text = CatairWriter.standard().batch(Envelope.builder().siteCode("2704").senderId("B76").build(),
                LocalDate.of(2026, 3, 27), List.of(new BlockContent("AE", "2704", "B76", null, records)));
        CatairBatch batch = CatairReader.standard().read(text);
        CatairException ex = assertThrows(CatairException.class,
                () -> EntrySummaryDecoder.decode(batch.blocks().get(0).records()));
        assertEquals("lineId", ex.field());
        assertEquals("40", ex.recordType());
    }


    @Test
    void entrySummaryRecordsReadUnderAnotherApplicationAreReadAgainAsAe() throws Exception {
        // found by the fuzz suite at scale 10: a damaged B naming another application left the records without
        // layouts, and decoding them threw IllegalStateException
        CatairBatch batch = CatairReader.standard().read(GoldenSamplesTest.read(
                "7_1-entry-summary-input-ae-entry-type-06-ftz-one-line-item.txt"));
        java.util.List<CatairRecord> unread = new java.util.ArrayList<>();
        for (CatairRecord r : batch.blocks().get(0).records()) {
            unread.add(CatairReader.standard().decode(r.raw(), r.lineNumber(), "01"));
        }
        org.junit.jupiter.api.Assertions.assertEquals(EntrySummaryDecoder.decode(batch.blocks().get(0).records()),
                EntrySummaryDecoder.decode(unread));
    }
}
