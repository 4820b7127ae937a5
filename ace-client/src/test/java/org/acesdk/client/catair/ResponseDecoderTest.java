package org.acesdk.client.catair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.acesdk.model.code.EntryNumber;
import org.acesdk.model.response.CbpResponse;
import org.acesdk.model.response.Condition;
import org.acesdk.model.response.ConditionSeverity;
import org.acesdk.model.response.Disposition;
import org.junit.jupiter.api.Test;

/** CBP's answers, decoded from the real sample transmissions. */
class ResponseDecoderTest {

    private static List<CbpResponse> decode(String sample) throws Exception {
        return ResponseDecoder.decode(GoldenSamplesTest.read(sample));
    }

    private static List<String> codes(CbpResponse r) {
        return r.conditions().stream().map(Condition::code).toList();
    }

    @Test
    void axAccepted() throws Exception {
        List<CbpResponse> rs = decode("7_3-ax-summary-accepted.txt");
        assertEquals(1, rs.size());
        CbpResponse r = rs.get(0);
        assertEquals("AX", r.applicationId());
        assertEquals(EntryNumber.parse("SV9-7100541-5"), r.entryNumber());
        assertEquals(Disposition.ACCEPTED, r.disposition());
        // one meaning: the final disposition sets the disposition and is not a condition
        assertEquals(List.of(), codes(r));
        assertTrue(r.rawLines().get(1).contains("SUMMARY HAS BEEN ADDED"), "it stays in the raw lines");
        assertEquals(2, r.rawLines().size(), "the E0 and E1 of the transaction; B and Y belong to the block");
    }

    @Test
    void axRejectedWithFatalConditions() throws Exception {
        CbpResponse r = decode("7_6-ax-fatal-errors-summary-rejected.txt").get(0);
        assertEquals(Disposition.REJECTED, r.disposition());
        assertEquals(List.of("198", "577", "492", "27C"), codes(r));
        assertEquals(ConditionSeverity.FATAL, r.conditions().get(0).severity());
        assertEquals(ConditionSeverity.WARNING, r.conditions().get(3).severity());
        assertEquals("INITIAL PAY TYP CANNOT BE INDIVD PAYMENT", r.conditions().get(0).text());
        assertEquals("E1", r.conditions().get(0).recordType());
        CbpResponse withEnvelope = decode("7_7-ax-with-a-z-records-single-fatal-condition.txt").get(0);
        assertEquals(Disposition.PENDING, withEnvelope.disposition(), "no final E1: not final yet");
        assertEquals(List.of("122"), codes(withEnvelope));
    }

    @Test
    void axCensusWarningKeepsItsCondition() throws Exception {
        CbpResponse r = decode("7_4-ax-census-warning-plus-final-disposition.txt").get(0);
        assertEquals(List.of("27D"), codes(r));
        assertEquals(Disposition.ACCEPTED, r.disposition());
    }

    @Test
    void sxRecordErrorsAndRejection() throws Exception {
        CbpResponse r = decode("7_9-cargo-release-output-sx-record-level-errors-and-rejection.txt").get(0);
        assertEquals("SX", r.applicationId());
        assertEquals(Disposition.REJECTED, r.disposition());
        assertEquals(List.of("018", "033"), codes(r));
        assertEquals("CONTINUOUS BOND NOT ON FILE", r.conditions().get(0).text());
    }

    @Test
    void soStatusNotifications() throws Exception {
        CbpResponse pga = decode("7_12-cargo-release-status-notification-so-pga-statuses.txt").get(0);
        assertEquals("SO", pga.applicationId());
        assertEquals(Disposition.PENDING, pga.disposition());
        assertEquals(4, pga.conditions().size());
        assertEquals("NHT MAY PROCEED", pga.conditions().get(2).text());
        // one meaning: reason is the record's reason code (blank here), no severity is made up for a status
        assertEquals(null, pga.conditions().get(2).reason());
        assertEquals(null, pga.conditions().get(2).severity());
        CbpResponse held = decode("7_13-so-bill-departed-release-suspended-under-review.txt").get(0);
        assertEquals(List.of("94", "99", "90", "01", "01", "07", "07"), codes(held));
        assertEquals(Disposition.PENDING, held.disposition());
    }

    @Test
    void isfAcceptedAndRejected() throws Exception {
        assertEquals(Disposition.ACCEPTED, decode("7_15-isf-response-sn-accepted.txt").get(0).disposition());
        CbpResponse rejected = decode("7_16-isf-response-sn-body-rejected-no-envelope.txt").get(0);
        assertEquals(Disposition.REJECTED, rejected.disposition());
        assertTrue(codes(rejected).contains("117"));
    }

    @Test
    void batchRejections() throws Exception {
        CbpResponse batch = decode("7_17-batch-rejection-with-ace-generated-b-y-z-records.txt").get(0);
        assertEquals(Disposition.REJECTED, batch.disposition());
        assertEquals(List.of("X18"), codes(batch));
        assertNull(batch.entryNumber());
        CbpResponse block = decode("7_18-block-level-rejection-inside-a-normal-b-y-ftz-nf.txt").get(0);
        assertEquals(Disposition.REJECTED, block.disposition());
        assertEquals(List.of("X12", "X12"), codes(block));
    }

    @Test
    void responsesWeWriteDecodeToWhatWeMeant() {
        EntryNumber en = EntryNumber.parse("B76-0324527-8");
        List<String> ax = ResponseEncoder.entrySummary(en, "REF42", List.of(new Condition("119",
                ConditionSeverity.FATAL, null, "a bond is required for entry type 01", null, null)),
                false);
        Envelope env = Envelope.builder().siteCode("2704").senderId("B76").build();
        String text = CatairWriter.standard().responseBatch(env, LocalDate.of(2026, 3, 27),
                List.of(new BlockContent("AX", "2704", "B76", null, ax)));
        CbpResponse r = ResponseDecoder.decode(text).get(0);
        assertEquals(en, r.entryNumber());
        assertEquals(Disposition.REJECTED, r.disposition());
        assertEquals("A BOND IS REQUIRED FOR ENTRY TYPE 01", r.conditions().get(0).text());
        CatairBatch batch = CatairReader.standard().read(text);
        assertEquals(0, batch.blocks().get(0).trailer().decimal("recordCount").intValue() - ax.size());

        List<String> rejection = ResponseEncoder.batchRejection(null, List.of(new Condition("X34",
                ConditionSeverity.FATAL, null, "UNKNOWN RECORD ID FOUND IN GROUPING", null, null)), 3);
        CbpResponse rej = ResponseDecoder.decode(String.join("\n", rejection)).get(0);
        assertEquals(Disposition.REJECTED, rej.disposition());
        assertEquals(List.of("X34"), codes(rej));
    }

    @Test
    void lineConditionsAreWrittenUnderAnE0NamingTheLine() {
        EntryNumber en = EntryNumber.parse("B76-0324527-8");
        Condition bond = new Condition("119", ConditionSeverity.FATAL, null, "A BOND IS REQUIRED", null, null);
        Condition date = new Condition("426", ConditionSeverity.FATAL, null, "EXPORT DATE AFTER IMPORT", null, null);
        Condition hts = new Condition("492", ConditionSeverity.FATAL, null, "FCC 740 MAY BE REQUIRED", null, null);
        List<String> ax = ResponseEncoder.entrySummary(en, "REF42", List.of(bond),
                java.util.Map.of(3, List.of(hts), 1, List.of(date)), false);
        org.acesdk.model.response.EntrySummaryAnswer a = AnswerCodec.entrySummaries(CatairReader.standard()
                .read(String.join("\n", ax)).blocks().get(0).records()).get(0);
        assertEquals(List.of("119", "426", "492"), a.conditions().stream().map(c -> c.code()).toList());
        assertTrue(a.conditions().get(0).lineItem().isEmpty());
        assertEquals(1, a.conditions().get(1).lineItem().orElseThrow(), "lines in order");
        assertEquals(3, a.conditions().get(2).lineItem().orElseThrow());
        assertEquals("998", a.finalDisposition().code());
        assertTrue(ax.get(2).startsWith("E0 LINITM 000001 REF ID: 001"), ax.get(2));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> ResponseEncoder
                .entrySummary(en, null, List.of(), java.util.Map.of(1000, List.of(date)), false));
    }
}
