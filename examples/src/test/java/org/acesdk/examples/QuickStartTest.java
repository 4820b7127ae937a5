package org.acesdk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.acesdk.model.money.Money;
import org.acesdk.rules.duty.DutyAssessment;
import org.junit.jupiter.api.Test;

class QuickStartTest {
    @Test
    void quickStartRunsAndPrintsEachStep() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        DutyAssessment a = QuickStart.run(new PrintStream(buf, true, StandardCharsets.UTF_8));
        String out = buf.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("EntrySummary: valid"), out);
        assertTrue(out.contains("AE-BOND-001") && out.contains("AE-DATE-003"), out);
        assertTrue(out.contains("GRAND TOTAL"), out);
        assertFalse(out.contains("13-142026000"), "importer numbers are masked in printed JSON");
        // steel: 301 $3,543.00 + 232 annex $7,086.00 + 2.9% $410.99; handbags 9% $882.00
        assertEquals(Money.usd("11921.99"), a.totalDuty(), a.toTable());
        assertTrue(a.isComplete());
        assertTrue(out.contains("\n10"), "the CATAIR 10-record is printed");
        assertTrue(out.contains("AX B76-0324540-1 ACCEPTED"), out);
        // priced on the bundled history and FY2027 fees, with the stale-data warning said
        assertEquals(java.time.LocalDate.of(2026, 11, 20), a.rateDate());
        assertEquals("2026 Revision 10", a.tariffRevision());
        assertEquals("FY2027", a.feePeriod());
        assertEquals(Money.usd("83.04"), a.fee("499"), a.toTable()); // $49.09 + $33.95 per line, within $34.58-$670.86
        assertTrue(out.contains("AE-DATA-001"), out);
        assertTrue(out.contains("refused before sending"), out);
        assertTrue(out.contains("B76-0324531") && out.contains("REJECTED"), out);
        assertFalse(out.contains("13142026000"), "importer numbers are masked in printed records");
    }
}
