package org.acesdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.acesdk.client.catair.BlockContent;
import org.acesdk.client.catair.CargoReleaseCodec;
import org.acesdk.client.catair.CatairWriter;
import org.acesdk.client.catair.EntrySummaryEncoder;
import org.acesdk.client.catair.Envelope;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.rules.duty.DutyCalculator;
import org.junit.jupiter.api.Test;

/** The fake answers hostile batches and admin calls as CBP or a server would, never with a 500 (issue 15, 9-10). */
class HostileFakeTest {
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> post(FakeAceGateway g, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(g.baseUrl() + path))
                .header("Authorization", "Bearer " + g.token()).header("Idempotency-Key", UUID.randomUUID().toString())
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String batch(String app, List<String> records) {
        return CatairWriter.standard().batch(Envelope.builder().siteCode("2704").senderId("B76").build(),
                LocalDate.of(2026, 3, 27), List.of(new BlockContent(app, "2704", "B76", null, records)));
    }

    private static List<String> entryRecords() {
        EntrySummary e = SampleFilings.oceanEntry().build();
        return new ArrayList<>(EntrySummaryEncoder.encode(e, DutyCalculator.create(SampleFilings.context()).assess(e)));
    }

    /** Posts the batch and checks that it is answered (a CBP-style rejection), and the fake keeps serving. */
    private void assertRejectedNot500(FakeAceGateway g, String body) throws Exception {
        HttpResponse<String> r = post(g, "v1/batches", body);
        assertTrue(r.statusCode() < 500, r.statusCode() + " " + r.body());
        assertTrue(!r.body().contains("the fake gateway failed"), r.body());
        HttpResponse<String> again = post(g, "v1/batches", batch("AE", entryRecords()));
        assertTrue(again.statusCode() < 300, again.body());
    }

    @Test
    void aBlockWithoutABRecordIsRejected() throws Exception {
        try (FakeAceGateway g = FakeAceGateway.start()) {
            List<String> lines = new ArrayList<>(List.of(batch("AE", entryRecords()).split("\r?\n")));
            lines.removeIf(l -> l.startsWith("B"));
            assertRejectedNot500(g, String.join("\r\n", lines) + "\r\n");

        }
    }

    @Test
    void anEntrySummaryWithABlankEntryNumberIsRejected() throws Exception {
        try (FakeAceGateway g = FakeAceGateway.start()) {
            List<String> records = entryRecords();
            String r10 = records.get(0);
            records.set(0, r10.substring(0, 8) + " ".repeat(8) + r10.substring(16));
            assertRejectedNot500(g, batch("AE", records));
        }
    }

    @Test
    void aCargoReleaseWithABlankPlannedPortUnderAnAcceptOutcomeIsAnswered() throws Exception {
        try (FakeAceGateway g = FakeAceGateway.start()) {
            g.nextOutcome(Outcome.accept());
            List<String> records = new ArrayList<>(CargoReleaseCodec.encode(SampleFilings.cargoRelease().build()));
            for (int i = 0; i < records.size(); i++) {
                String r = records.get(i);
                if (r.startsWith("SE10")) {
                    records.set(i, r.substring(0, 49) + "     " + r.substring(54));
                }
            }
            assertRejectedNot500(g, batch("SE", records));
        }
    }

    @Test
    void aShortARecordFollowedByALongLineIsRejected() throws Exception {
        try (FakeAceGateway g = FakeAceGateway.start()) {
            assertRejectedNot500(g, "A2704\r\n" + "1".repeat(81) + "\r\n");
        }
    }

    @Test
    void theAdminClockRefusesAdvancesThatOverflow() throws Exception {
        try (FakeAceGateway g = FakeAceGateway.start()) {
            for (String v : List.of("9223372036854775807", "9223372036854775", "-5", "1e30", "\"x\"")) {
                HttpResponse<String> r = post(g, "__admin/clock", "{\"advanceSeconds\":" + v + "}");
                assertEquals(400, r.statusCode(), v + ": " + r.body());
            }
            HttpResponse<String> ok = post(g, "__admin/clock", "{\"advanceSeconds\":3600}");
            assertEquals(200, ok.statusCode(), ok.body());
            assertTrue(ok.body().contains("2026-"), ok.body());
        }
    }
}
