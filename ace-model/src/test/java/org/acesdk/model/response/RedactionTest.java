package org.acesdk.model.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.acesdk.model.internal.Redact;
import org.acesdk.model.json.AceJson;
import org.junit.jupiter.api.Test;

/** Personal data never leaves in text: regression tests for issue 15, items 14 and 15. */
class RedactionTest {
    private static final String SSN = "731-58-2469";

    private static CbpResponse answer() {
        String rec11 = String.format("%-80s", "11" + SSN + " " + "123-45-6789");
        String se10 = String.format("%-80s", "SE10A B76  03245401 01EI 13-142026000 11");
        return CbpResponse.builder().applicationId("AX").disposition(Disposition.REJECTED)
                .conditions(List.of(Condition.builder().code("X")
                        .text("record 11" + SSN + " rejected").build()))
                .rawLines(List.of(rec11, se10, "47M" + "04-347597900")).build();
    }

    @Test
    void aResponsesTextAndRedactedJsonNeverShowTheImporterNumber() {
        CbpResponse r = answer();
        for (String out : List.of(r.toString(), AceJson.writeRedacted(r), r.conditions().get(0).toString(),
                List.of(r).toString())) {
            assertFalse(out.contains(SSN), out);
            assertFalse(out.contains("731582469"), out);
            assertFalse(out.contains("13-142026000"), out);
            assertFalse(out.contains("347597900"), out);
            assertFalse(out.contains("123-45-6789"), out);
        }
        // the unredacted JSON keeps what CBP sent
        assertTrue(AceJson.write(r).contains(SSN));
        // and the record's layout is kept: masked in place
        assertEquals(80, r.redacted().rawLines().get(0).length());
    }

    @Test
    void numbersRunTogetherWithOtherDigitsAreMasked() {
        assertEquals("record 11***-**-**** rejected", Redact.text("record 11" + SSN + " rejected"));
        assertEquals("id 9**-*********9", Redact.text("id 913-142026000X9").replace("X", ""));
        assertEquals("https://***@gw.example/v1", Redact.url("https://filer:TOKEN@gw.example/v1"));
        assertFalse(Redact.echo("x".repeat(10_000)).length() > Redact.MAX_ECHO + 3);
        assertEquals("a?b", Redact.echo("a\nb"));
    }

    @Test
    void nineDigitsStandingAloneInARawRecordAreMasked() {
        // found by the fuzz suite at scale 10: an SSN without dashes inside a (damaged) narrative record
        String line = "E99999999991RF995 EXT GRANTED SUBJECT 123456789";
        assertFalse(Redact.record(line).contains("123456789"), Redact.record(line));
        assertTrue(Redact.record(line).contains("E99999999991RF995"), "longer digit runs and codes stay");
        assertTrue(Redact.record("SO40R    00591325206").contains("00591325206"), "an 11-digit bill number stays");
        assertTrue(Redact.record("E1RF995 EXT GRANTED B00000001").contains("B00000001"), "a filer reference stays");
    }
}
