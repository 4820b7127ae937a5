package org.acesdk.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.acesdk.client.catair.ResponseDecoder;
import org.acesdk.model.response.FtzAdmissionAnswer;
import org.junit.jupiter.api.Test;

/** A batch status gives CBP's FTZ answers typed, from the responses it holds (issue 16). */
class BatchStatusAnswersTest {
    private static String sample(String name) throws Exception {
        try (var in = BatchStatusAnswersTest.class.getResourceAsStream("catair/samples/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    @Test
    void ftzAnswersComeThroughTheStatus() throws Exception {
        String text = sample("7_25-ftz-response-nf-rejected-context.txt");
        BatchStatus status = new BatchStatus("b-1", BatchState.of("completed"), ResponseDecoder.decode(text));
        List<FtzAdmissionAnswer> answers = status.ftzAdmissionAnswers();
        assertEquals(1, answers.size());
        assertEquals("SAS05184", answers.get(0).controlNumber());
        assertEquals(2, answers.get(0).messages().size());
        assertTrue(status.entrySummaryAnswers().isEmpty(), "no AX in an NF answer");
    }

    @Test
    void aStatusWithoutNfHasNoFtzAnswers() throws Exception {
        String text = sample("7_3-ax-summary-accepted.txt");
        BatchStatus status = new BatchStatus("b-2", BatchState.of("completed"), ResponseDecoder.decode(text));
        assertTrue(status.ftzAdmissionAnswers().isEmpty());
        assertEquals(1, status.entrySummaryAnswers().size());
    }

    @Test
    void aBlockRejectionInsideAnNfBlockReadsWithoutTheEntrySummaryLayouts() throws Exception {
        String text = sample("7_18-block-level-rejection-inside-a-normal-b-y-ftz-nf.txt");
        BatchStatus status = new BatchStatus("b-3", BatchState.of("completed"), ResponseDecoder.decode(text));
        assertEquals(1, status.batchRejections().size());
        status.ftzAdmissionAnswers().forEach(a -> a.echoedRecords()
                .forEach(e -> assertTrue(!e.startsWith("X0") && !e.startsWith("X1"), e)));
    }
}
