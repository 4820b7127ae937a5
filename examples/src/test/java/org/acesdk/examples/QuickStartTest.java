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
        assertTrue(out.contains("final: 995"), "the final disposition is printed apart: " + out);
        assertTrue(out.contains("119 A BOND IS REQUIRED FOR ENTRY TYPE 01"), out);
        assertTrue(out.contains("426 EXPORTDATE 2026-11-25 IS AFTER IMPORTDAT (line 1)"),
                "the fake names the line under an E0 LINITM, as CBP does: " + out);
        assertFalse(out.contains("119 A BOND IS REQUIRED FOR ENTRY TYPE 01 (line"), "a header condition names no line");
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

    @org.junit.jupiter.api.Test
    void theFakesAnswersReadAsTypedResults() {
        try (org.acesdk.testkit.FakeAceGateway gateway = org.acesdk.testkit.FakeAceGateway.start();
                org.acesdk.client.AceClient client = gateway.client()) {
            org.acesdk.model.entry.EntrySummary entry = org.acesdk.testkit.SampleFilings.oceanEntry().build();
            org.acesdk.client.Transmission t = client.submit(entry);
            org.acesdk.client.BatchStatus s = client.awaitResponse(t.batchId(), java.time.Duration.ofSeconds(30));
            org.acesdk.model.response.EntrySummaryAnswer a = s.entrySummaryAnswers().get(0);
            assertEquals(org.acesdk.model.response.Disposition.ACCEPTED, a.disposition());
            assertEquals(entry.entryNumber(), a.entryNumber().orElseThrow());
            assertEquals("995", a.finalDisposition().code());
            gateway.nextOutcome(org.acesdk.testkit.Outcome.reject("G07"));
            org.acesdk.client.Transmission r = client.submit(entry.toBuilder()
                    .entryNumber(org.acesdk.testkit.SampleFilings.entryNumber(324528)).build());
            org.acesdk.model.response.EntrySummaryAnswer rejected = client.awaitResponse(r.batchId(),
                    java.time.Duration.ofSeconds(30)).entrySummaryAnswers().get(0);
            assertEquals(org.acesdk.model.response.Disposition.REJECTED, rejected.disposition());
            assertEquals("G07", rejected.conditions().get(0).code());
            org.acesdk.client.Transmission c = client.submit(org.acesdk.testkit.SampleFilings.cargoRelease()
                    .entryNumber(org.acesdk.testkit.SampleFilings.entryNumber(2001)).build());
            org.acesdk.client.BatchStatus cs = client.awaitResponse(c.batchId(), java.time.Duration.ofSeconds(30));
            assertEquals(java.util.List.of("SX", "SO"), cs.responses().stream()
                    .map(org.acesdk.model.response.CbpResponse::applicationId).toList(), cs.toString());
            org.acesdk.model.response.CargoReleaseAnswer release = cs.cargoReleaseAnswers().get(0);
            assertEquals("98", release.latestDisposition().orElseThrow().code());
            assertTrue(release.releaseDate().isPresent());
            assertEquals(org.acesdk.model.response.Disposition.ACCEPTED, cs.cargoReleaseResults().get(0).disposition());
            gateway.nextOutcome(org.acesdk.testkit.Outcome.syntaxError("X34"));
            org.acesdk.client.Transmission bad = client.submit(entry.toBuilder()
                    .entryNumber(org.acesdk.testkit.SampleFilings.entryNumber(324531)).build());
            org.acesdk.model.response.BatchRejection rejection = client.awaitResponse(bad.batchId(),
                    java.time.Duration.ofSeconds(30)).batchRejections().get(0);
            assertTrue(rejection.rejected());
            assertEquals("X34", rejection.conditions().get(0).code());
        }
    }
}
