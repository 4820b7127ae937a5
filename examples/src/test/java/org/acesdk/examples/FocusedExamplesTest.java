package org.acesdk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.acesdk.client.AccessTokenProvider;
import org.acesdk.client.AceClient;
import org.acesdk.client.AceIdempotencyConflictException;
import org.acesdk.client.BatchState;
import org.acesdk.client.BatchStatus;
import org.acesdk.client.MailboxMessage;
import org.acesdk.client.SubmitOptions;
import org.acesdk.client.Transmission;
import org.acesdk.client.catair.BlockContent;
import org.acesdk.client.catair.CatairWriter;
import org.acesdk.client.catair.Envelope;
import org.acesdk.client.catair.ResponseEncoder;
import org.acesdk.model.money.Money;
import org.acesdk.model.response.Disposition;
import org.acesdk.rules.Severity;
import org.acesdk.rules.ValidationReport;
import org.acesdk.rules.duty.DutyAssessment;
import org.acesdk.testkit.FakeAceGateway;
import org.acesdk.testkit.SampleFilings;
import org.acesdk.testkit.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each focused example does what its documentation says. */
class FocusedExamplesTest {
    private final ByteArrayOutputStream buf = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8);

    private String printed() {
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theHouseRulePackReportsAlongsideCbpsRules() {
        ValidationReport r = CustomRulePackExample.run(out);
        assertTrue(r.errors().stream().anyMatch(f -> f.ruleId().toString().equals("ACME-001")
                && f.path().equals("lines[0].description")), r.toText());
        assertEquals(1, r.errors().size(), "the rest of the sample is valid");
        assertTrue(r.findings().stream().noneMatch(f -> f.ruleId().toString().equals("ACME-002")));
        assertTrue(printed().contains("ACME-001"));
        assertEquals(Severity.ERROR, r.errors().get(0).severity());
    }

    @Test
    void aUsitcExportLoadsFromAFileAndPricesTheEntry(@TempDir Path dir) throws Exception {
        // a real USITC export, written back row for row from the bundled history (2026 Revision 10)
        org.acesdk.data.HtsHistory history = org.acesdk.data.AceData.bundled().htsHistory();
        Path export = dir.resolve("hts_2026_rev_10.json.gz");
        try (java.io.OutputStream o = new java.util.zip.GZIPOutputStream(Files.newOutputStream(export))) {
            org.acesdk.data.UsitcExport.write(history.rows(history.indexOf("2026_rev_10")), o);
        }
        DutyAssessment a = LoadTariffExample.run(export, LocalDate.of(2026, 1, 1), out);
        assertTrue(a.isComplete(), a.toTable());
        assertTrue(printed().contains("7326.90.8688: general rate 2.9%"), printed());
        assertEquals(Money.usd("11921.99"), a.totalDuty(), a.toTable());
    }

    @Test
    void euroInvoicesAreConvertedAtTheCertifiedRate() {
        DutyAssessment a = ForeignCurrencyExample.run(out);
        assertEquals(Money.usd("9765"), a.lines().get(0).enteredValue()); // 9000 x 1.0850
        assertEquals(Money.usd("878.85"), a.lines().get(0).tariffs().get(0).duty()); // 9% of 9765
    }

    @Test
    void asyncSubmissionsAreReadBackThroughTheMailbox() {
        try (FakeAceGateway gateway = FakeAceGateway.start();
                AceClient client = gateway.clientBuilder().pageSize(2).build()) {
            List<MailboxMessage> read = AsyncMailboxExample.run(client, out);
            assertEquals(5, read.size());
            assertTrue(read.stream().allMatch(m -> m.responses().get(0).disposition() == Disposition.ACCEPTED));
            assertEquals(5, gateway.journal().filings().size());
        }
    }

    @Test
    void theFolderTransportFilesOnceAndReadsTheRelaysAnswer(@TempDir Path outbox) throws Exception {
        try (AceClient client = AceClient.builder().transport(new FolderTransport(outbox))
                .credentials(AccessTokenProvider.of("unused")).filerCode("B76").siteCode("2704")
                .ruleContext(SampleFilings.context()).clock(TestClock.create()).build()) {
            SubmitOptions key = SubmitOptions.builder().idempotencyKey("job-17").build();
            Transmission t = client.submit(SampleFilings.oceanEntry().build(), key);
            Transmission again = client.submit(SampleFilings.oceanEntry().build(), key);
            assertEquals(t.batchId(), again.batchId());
            assertTrue(again.replayed());
            assertEquals(1, Files.list(outbox).count(), "one batch in the outbox");
            assertTrue(Files.readString(outbox.resolve(t.batchId() + ".abi")).startsWith("A"));
            assertThrows(AceIdempotencyConflictException.class,
                    () -> client.submit(SampleFilings.airEntryFromVietnam().build(), key));
            assertEquals(BatchState.RECEIVED, client.status(t.batchId()).state());
            // the relay brings CBP's answer back
            List<String> ax = ResponseEncoder.entrySummary(t.entryNumber(), "QS324527", List.of(), true);
            Files.writeString(outbox.resolve(t.batchId() + ".response"), CatairWriter.standard().responseBatch(
                    Envelope.builder().siteCode("2704").senderId("B76").build(), LocalDate.of(2026, 3, 27),
                    List.of(new BlockContent("AX", "2704", "B76", null, ax))));
            BatchStatus s = client.awaitResponse(t.batchId(), Duration.ofSeconds(5));
            assertEquals(Disposition.ACCEPTED, s.responses().get(0).disposition());
            assertFalse(client.toString().contains("unused"));
        }
    }

    @Test
    void partnerAgenciesArePlannedFiledAndAnswered() {
        PartnerAgencyExample.Result r = PartnerAgencyExample.run(out);
        assertFalse(r.toyBefore().complete());
        assertTrue(r.toyBefore().missing().stream().anyMatch(f -> f.ruleId().toString().equals("PGA-FLAG-001")));
        assertTrue(r.toyAfter().complete(), r.toyAfter().toText());
        assertEquals(List.of("PGA-FDA-011"), r.pastaPartial().missing().stream().filter(f -> f.isError())
                .map(f -> f.ruleId().toString()).distinct().toList());
        assertTrue(r.pastaAfter().complete(), r.pastaAfter().toText());
        assertEquals(List.of("02", "07"), r.pastaStatuses().stream().map(s -> s.status().code()).toList());
        assertEquals("07", r.toyStatuses().get(0).status().code());
        assertTrue(printed().contains("Pasta, later: FDA 07 MAY PROCEED"), printed());
    }

    @Test
    void anIsfIsFiledAmendedAndDeleted() {
        List<org.acesdk.model.response.IsfAnswer> a = IsfExample.run(out);
        assertEquals(3, a.size());
        assertTrue(a.stream().allMatch(org.acesdk.model.response.IsfAnswer::accepted), a.toString());
        assertEquals(a.get(0).transactionNumber(), a.get(1).transactionNumber());
        assertTrue(printed().contains("amended with the consolidator (CT): accepted"), printed());
    }

    @Test
    void anExportIsFiledAndItsCitationPrinted() {
        org.acesdk.model.response.ExportResponse a = ExportExample.run(out);
        assertTrue(a.accepted(), a.toString());
        assertEquals("974", a.conditions().get(a.conditions().size() - 1).code());
        assertTrue(printed().contains("bill of lading: AES " + a.itn()), printed());
        assertTrue(a.itn().toString().matches("X[0-9]{14}"), a.itn().toString());
    }

    @Test
    void everyExampleMainRuns() throws Exception {
        PrintStream original = System.out;
        System.setOut(out);
        try {
            CustomRulePackExample.main(new String[0]);
            ForeignCurrencyExample.main(new String[0]);
            AsyncMailboxExample.main(new String[0]);
            PartnerAgencyExample.main(new String[0]);
            IsfExample.main(new String[0]);
            ExportExample.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        assertTrue(printed().contains("read 5 messages"), printed());
    }
}
