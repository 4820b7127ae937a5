package org.acesdk.client.catair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.acesdk.model.response.FtzAdmissionAnswer;
import org.acesdk.model.response.StatementAnswer;
import org.junit.jupiter.api.Test;

/** FTZ admission answers (NF) and statement blocks (PF) as typed results, from the real samples (issue 16). */
class FtzAndStatementAnswerTest {
    private static final String NF_REJECTED = "7_25-ftz-response-nf-rejected-context.txt";
    private static final String NF_ACCEPTED = "7_27-ftz-response-nf-accepted.txt";
    private static final String NF_BLOCK_REJECTION = "7_18-block-level-rejection-inside-a-normal-b-y-ftz-nf.txt";
    private static final String PF = "7_21-daily-statement-pf-envelope-context-only.txt";

    private static List<String> detail(CatairBatch batch, String app) {
        List<String> out = new ArrayList<>();
        for (CatairBlock b : batch.blocks()) {
            if (app.equals(b.applicationId())) {
                b.records().forEach(r -> out.add(r.raw()));
            }
        }
        return out;
    }

    @Test
    void rejectedAdmissionIsTyped() throws Exception {
        CatairBatch batch = CatairReader.standard().read(GoldenSamplesTest.read(NF_REJECTED));
        List<FtzAdmissionAnswer> answers = FtzAnswerCodec.ftzAdmissions(batch);
        assertEquals(1, answers.size());
        FtzAdmissionAnswer a = answers.get(0);
        assertEquals("A", a.admissionType());
        assertEquals("0610010A1", a.zoneId());
        assertEquals("22", a.calendarYear());
        assertEquals("SAS05184", a.controlNumber());
        assertEquals("4909", a.port());
        assertEquals("N", a.directDelivery());
        FtzAdmissionAnswer.Status s = a.statuses().get(0);
        assertEquals("B7", s.dispositionCode());
        assertEquals("1", s.referenceQualifier());
        assertEquals(a.zoneId() + a.calendarYear() + a.controlNumber(), s.referenceId());
        assertEquals(LocalDate.of(2022, 3, 28), s.actionDate(), "YYMMDD");
        assertEquals(LocalTime.of(10, 54), s.actionTime());
        assertEquals("LBY0", s.firms());
        assertEquals(1, a.echoedRecords().size());
        assertTrue(a.echoedRecords().get(0).startsWith("10A0610010A1"), "the FT10 echo is kept as sent");
        assertEquals(2, a.messages().size());
        assertNull(a.messages().get(0).messageType());
        assertEquals("009", a.messages().get(0).errorCode());
        assertEquals("NO FTZ OPERATOR BOND ON FILE FOR ZONE", a.messages().get(0).remarks());
        assertEquals("01", a.messages().get(1).messageType());
        assertEquals("082", a.messages().get(1).errorCode());
        assertFalse(a.toString().contains("66-0"), "operator and applicant numbers stay out of toString");
    }

    @Test
    void everyNfSampleReEncodesRecordForRecord() throws Exception {
        for (String name : List.of(NF_REJECTED, NF_ACCEPTED)) {
            CatairBatch batch = CatairReader.standard().read(GoldenSamplesTest.read(name));
            List<String> written = new ArrayList<>();
            for (FtzAdmissionAnswer a : FtzAnswerCodec.ftzAdmissions(batch)) {
                written.addAll(FtzAnswerCodec.encode(a));
            }
            assertEquals(detail(batch, "NF"), written, name);
        }
    }

    @Test
    void theAcceptedFixtureKeepsItsShortControlNumberAsSent() throws Exception {
        // 7.27's NF91 reference id is zone (9) + year (2) + a 6-character control number, so its NF90 is two
        // columns short of the documented positions: decoded as documented, it still writes back as it came
        FtzAdmissionAnswer a = FtzAnswerCodec.ftzAdmissions(
                CatairReader.standard().read(GoldenSamplesTest.read(NF_ACCEPTED))).get(0);
        assertEquals("0350C00150005863P", a.statuses().get(0).referenceId());
        assertEquals("05863P11", a.controlNumber());
        assertNull(a.statuses().get(0).firms());
        assertEquals(" ZONE ADMISSION DATA ACCEPTED", a.messages().get(0).remarks(), "remarks as printed");
        assertEquals(LocalDate.of(2015, 4, 28), a.statuses().get(0).actionDate());
    }

    @Test
    void blockRejectionsAreNotAdmissionAnswers() throws Exception {
        CatairBatch batch = CatairReader.standard().read(GoldenSamplesTest.read(NF_BLOCK_REJECTION));
        List<FtzAdmissionAnswer> answers = FtzAnswerCodec.ftzAdmissions(batch);
        for (FtzAdmissionAnswer a : answers) {
            for (String e : a.echoedRecords()) {
                assertFalse(e.startsWith("X0") || e.startsWith("X1"), e);
            }
        }
        assertFalse(AnswerCodec.batchRejections(batch).isEmpty());
    }

    @Test
    void aMalformedActionTimeIsATypedErrorNamingTheField() {
        String bad = "91B7 1  0610010A122SAS05184                2203282599    LBY0";
        CatairException e = assertThrows(CatairException.class, () -> FtzAnswerCodec.ftzAdmissions(List.of(
                CatairReader.standard().decode(bad, 7, "NF"))));
        assertEquals("actionTime", e.field());
        assertEquals("50-53", e.columns());
        String badDate = "91B7 1  0610010A122SAS05184                2213281054    LBY0";
        CatairException d = assertThrows(CatairException.class, () -> FtzAnswerCodec.ftzAdmissions(List.of(
                CatairReader.standard().decode(badDate, 8, "NF"))));
        assertEquals("actionDate", d.field());
    }

    @Test
    void statementHeaderIsTypedAndTheBlockWritesBack() throws Exception {
        CatairBatch batch = CatairReader.standard().read(GoldenSamplesTest.read(PF));
        List<StatementAnswer> statements = StatementCodec.statements(batch);
        assertEquals(1, statements.size());
        StatementAnswer s = statements.get(0);
        assertEquals("PF", s.applicationId());
        assertEquals("1101", s.port());
        assertEquals("SV9", s.filerCode());
        assertEquals("P", s.statementStatus());
        assertEquals("1120188001", s.statementNumber());
        assertEquals(LocalDate.of(2021, 5, 10), s.printDate());
        assertEquals("2", s.paymentType());
        assertNull(s.importerNumberText());
        assertEquals(6, s.records().size());
        assertTrue(s.records().get(0).startsWith("Q1"));
        assertFalse(s.toString().contains("58-1234567890"), "detail records stay out of toString");

        CatairBlock block = batch.blocks().get(0);
        List<String> expected = new ArrayList<>();
        expected.add(block.header().raw());
        block.records().forEach(r -> expected.add(r.raw()));
        expected.add(block.trailer().raw());
        List<String> written = StatementCodec.encode(s);
        assertEquals(expected.size(), written.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i).stripTrailing(), written.get(i).stripTrailing(), "record " + i);
        }
    }

    @Test
    void aStatementWithImporterNumberMasksItInToString() {
        StatementAnswer s = new StatementAnswer("PF", "00", "1101", "SV9", "P", "1120188001",
                LocalDate.of(2026, 11, 30), "2", "123-45-6789", "01", List.of());
        assertFalse(s.toString().contains("123-45-6789"));
        String b = StatementCodec.encode(s).get(0);
        assertEquals("123-45-6789 ", b.substring(30, 42));
        assertEquals("113026", b.substring(23, 29));
        StatementAnswer back = StatementCodec.statement(CatairReader.standard().read(
                String.join("\n", StatementCodec.encode(s))).blocks().get(0));
        assertEquals(s, back);
    }
}
