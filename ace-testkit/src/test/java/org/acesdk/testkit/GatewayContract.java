package org.acesdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.acesdk.client.AccessTokenProvider;
import org.acesdk.client.AceAuthenticationException;
import org.acesdk.client.AceClient;
import org.acesdk.client.AceConnectionException;
import org.acesdk.client.AceIdempotencyConflictException;
import org.acesdk.client.AceRateLimitException;
import org.acesdk.client.AceServiceException;
import org.acesdk.client.BatchState;
import org.acesdk.client.BatchStatus;
import org.acesdk.client.MailboxMessage;
import org.acesdk.client.RetryPolicy;
import org.acesdk.client.SubmitOptions;
import org.acesdk.client.Transmission;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.model.response.CbpResponse;
import org.acesdk.model.response.Condition;
import org.acesdk.model.response.Disposition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SDK's client against the fake, whatever carries the protocol: the answers CBP gives, steering, faults and
 * retries. {@link FakeAceGatewayTest} runs it over HTTPS, {@link MqGatewayTest} over MQ (an embedded Artemis broker).
 */
abstract class GatewayContract {
    protected FakeAceGateway gateway;
    protected AceClient client;
    protected TestClock clock;

    /** The fake as this transport needs it. */
    protected abstract FakeAceGateway.Builder configure(FakeAceGateway.Builder b);

    /** A client builder speaking this transport to the fake. */
    protected abstract AceClient.Builder clientBuilder(FakeAceGateway g);

    @BeforeEach
    void start() {
        clock = TestClock.create();
        gateway = configure(FakeAceGateway.builder().clock(clock)).start();
        client = clientBuilder(gateway).build();
    }

    @AfterEach
    void stop() {
        client.close();
        gateway.close();
    }

    protected static EntrySummary entry(int serial) {
        return SampleFilings.oceanEntry().entryNumber(SampleFilings.entryNumber(serial)).build();
    }

    protected static List<String> codes(CbpResponse r) {
        List<String> out = new ArrayList<>();
        for (Condition c : r.conditions()) {
            out.add(c.code());
        }
        return out;
    }

    @Test
    void aValidEntryIsAcceptedWithAnE1DispositionA() {
        Transmission t = client.submit(entry(1001));
        BatchStatus s = client.awaitResponse(t.batchId(), Duration.ofMinutes(1));
        assertEquals(BatchState.PROCESSED, s.state());
        CbpResponse r = s.responses().get(0);
        assertEquals("AX", r.applicationId());
        assertEquals(t.entryNumber(), r.entryNumber());
        assertEquals(Disposition.ACCEPTED, r.disposition(), r.conditions().toString());
        assertEquals(1, gateway.journal().filings().size());
        assertEquals(List.of(t.entryNumber()), gateway.journal().acceptedEntries());
    }

    @Test
    void anExportIsAnsweredByTheFakeAesWithAnItn() {
        try (AceClient c = client.toBuilder().aesCodec(org.acesdk.client.catair.AesCodec.builder()
                .inferredLayouts(true).build()).ownTransport(false).build()) {
            // the same transport as the contract's client (HTTPS or MQ), which keeps owning it
            Transmission t = c.submit(SampleFilings.exportFiling().build());
            BatchStatus s = c.awaitResponse(t.batchId(), Duration.ofMinutes(1));
            assertEquals(BatchState.PROCESSED, s.state());
            assertEquals("XT", s.responses().get(0).applicationId());
            org.acesdk.model.response.ExportResponse r = s.exportResponses().get(0);
            assertTrue(r.accepted(), r.toString());
            assertEquals("ACME-EXP-0042", r.shipmentReference());
            assertTrue(r.itn().toString().startsWith("X"), r.toString());
        }
    }

    @Test
    void theSameKeyAndBodyReplayTheBatchAndADifferentBodyConflicts() {
        SubmitOptions key = SubmitOptions.builder().idempotencyKey("order-1").build();
        Transmission first = client.submit(entry(1002), key);
        Transmission again = client.submit(entry(1002), key);
        assertEquals(first.batchId(), again.batchId());
        assertTrue(again.replayed());
        AceIdempotencyConflictException e = assertThrows(AceIdempotencyConflictException.class,
                () -> client.submit(entry(1003), key));
        assertEquals(409, e.httpStatus());
        assertEquals(1, gateway.journal().filings().size());
        gateway.journal().assertNoDuplicateFilings();
    }

    @Test
    void serverErrorsAndDroppedConnectionsAreRetriedIntoExactlyOneFiling() {
        gateway.injectNext(Route.SUBMIT, Fault.status(503));
        Transmission a = client.submit(entry(1005));
        assertEquals(2, a.attempts());
        assertFalse(a.replayed());

        gateway.injectNext(Route.SUBMIT, Fault.dropAfterProcessing());
        Transmission b = client.submit(entry(1006));
        assertEquals(2, b.attempts());
        assertTrue(b.replayed(), "the first attempt filed; the retry got the same batch back");

        gateway.injectNext(Route.SUBMIT, Fault.dropBeforeProcessing());
        Transmission c = client.submit(entry(1007));
        assertEquals(2, c.attempts());
        assertFalse(c.replayed());

        gateway.injectNext(Route.SUBMIT, Fault.truncatedBody());
        Transmission d = client.submit(entry(1008));
        assertTrue(d.attempts() >= 2);

        assertEquals(4, gateway.journal().filings().size());
        gateway.journal().assertNoDuplicateFilings();
        for (Transmission t : List.of(a, b, c, d)) {
            assertEquals(Disposition.ACCEPTED, client.responses(t.batchId()).get(0).disposition());
        }
    }

    @Test
    void rateLimitingHonoursRetryAfterOnTheTestClock() {
        gateway.injectNext(Route.SUBMIT, Fault.rateLimited(Duration.ofSeconds(3)));
        client.submit(entry(1009));
        assertTrue(clock.sleeps().contains(Duration.ofSeconds(3)), clock.sleeps().toString());
    }

    @Test
    void faultsThatOutlastTheRetriesSurface() {
        gateway.injectNext(Route.SUBMIT, Fault.status(500), 10);
        AceServiceException e = assertThrows(AceServiceException.class, () -> client.submit(entry(1010)));
        assertEquals(500, e.httpStatus());
        gateway.clearFaults();
        gateway.injectNext(Route.ANY, Fault.rateLimited(Duration.ofSeconds(1)), 10);
        assertThrows(AceRateLimitException.class, () -> client.status("BATCH-000001"));
        gateway.clearFaults();
        gateway.injectNext(Route.SUBMIT, Fault.slowBody(Duration.ofMillis(900)), 10);
        try (AceClient impatient = clientBuilder(gateway).attemptTimeout(Duration.ofMillis(150))
                .retryPolicy(RetryPolicy.none()).build()) {
            AceConnectionException slow = assertThrows(AceConnectionException.class,
                    () -> impatient.submit(entry(1011)));
            assertEquals("timeout", slow.errorCode());
        }
    }

    @Test
    void aDuplicateEntryNumberIsRejectedAndTheJournalSeesIt() {
        client.submit(entry(1012));
        Transmission second = client.submit(entry(1012));
        CbpResponse r = client.responses(second.batchId()).get(0);
        assertEquals(Disposition.REJECTED, r.disposition());
        assertTrue(codes(r).contains(GatewayEngine.DUPLICATE_CODE), codes(r).toString());
        AssertionError e = assertThrows(AssertionError.class, () -> gateway.journal().assertNoDuplicateFilings());
        assertTrue(e.getMessage().contains("B76"), e.getMessage());
    }

    @Test
    void rulesFailuresComeBackAsTheirConditionCodes() {
        EntrySummary bad = entry(1013).toBuilder().bond(null).build();
        String expected = org.acesdk.rules.AceValidator.standard().validate(bad, SampleFilings.context()).errors()
                .get(0).conditionCode();
        Transmission t = client.submit(bad, SubmitOptions.builder().skipValidation(true).build());
        CbpResponse r = client.responses(t.batchId()).get(0);
        assertEquals(Disposition.REJECTED, r.disposition());
        assertTrue(codes(r).contains(expected), codes(r) + " should contain " + expected);
    }

    @Test
    void outcomesCanBeSteered() {
        gateway.nextOutcome(Outcome.reject("G07", "G08"));
        Transmission rejected = client.submit(entry(1014));
        CbpResponse r = client.responses(rejected.batchId()).get(0);
        assertEquals(Disposition.REJECTED, r.disposition());
        assertTrue(codes(r).containsAll(List.of("G07", "G08")), codes(r).toString());

        Transmission byReference = client.submit(entry(1015).toBuilder().filerReference("REJ123").build());
        assertTrue(codes(client.responses(byReference.batchId()).get(0)).contains("123"));

        gateway.nextOutcome(Outcome.pending());
        Transmission pending = client.submit(entry(1016));
        assertThrows(org.acesdk.client.AceTimeoutException.class,
                () -> client.awaitResponse(pending.batchId(), Duration.ofSeconds(30)));

        gateway.nextOutcome(Outcome.syntaxError("X34"));
        Transmission syntax = client.submit(entry(1017));
        BatchStatus s = client.status(syntax.batchId());
        assertEquals(BatchState.REJECTED, s.state());
        assertEquals(Disposition.REJECTED, s.responses().get(0).disposition());
        assertTrue(codes(s.responses().get(0)).contains("X34"));
    }

    @Test
    void cargoReleasesGetAnSxAndAnSoDecision() {
        Transmission t = client.submit(SampleFilings.cargoRelease().build());
        List<CbpResponse> rs = client.responses(t.batchId());
        assertEquals(List.of("SX", "SO"), rs.stream().map(CbpResponse::applicationId).toList());
        assertEquals(Disposition.ACCEPTED, rs.get(0).disposition());
        gateway.nextOutcome(Outcome.hold());
        Transmission held = client.submit(SampleFilings.cargoRelease().entryNumber(SampleFilings.entryNumber(2001))
                .build());
        List<CbpResponse> hs = client.responses(held.batchId());
        assertEquals("SO", hs.get(1).applicationId());
        assertNotEquals(rs.get(1).rawLines(), hs.get(1).rawLines());
        assertTrue(String.join("\n", hs.get(1).rawLines()).contains("RELEASE SUSPENDED"));
    }

    @Test
    void theMailboxIsPagedAndAnswersAppearAfterTheProcessingDelay() {
        try (FakeAceGateway slow = configure(FakeAceGateway.builder().clock(clock)
                .processingDelay(Duration.ofMinutes(2))).start(); AceClient c = clientBuilder(slow).pageSize(2).build()) {
            List<String> batches = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                batches.add(c.submit(entry(1100 + i)).batchId());
            }
            assertEquals(BatchState.RECEIVED, c.status(batches.get(0)).state());
            assertFalse(c.messages(null).hasNext());
            BatchStatus done = c.awaitResponse(batches.get(0), Duration.ofMinutes(5));
            assertEquals(BatchState.PROCESSED, done.state());
            List<MailboxMessage> all = c.messageStream(null).toList();
            assertEquals(batches, all.stream().map(MailboxMessage::batchId).toList());
            long pages = slow.journal().entries().stream().filter(e -> e.path().startsWith("/v1/messages")).count();
            assertTrue(pages >= 4, "5 messages at 2 a page take 3 pages and an empty one: " + pages);
        }
    }

    @Test
    void garbageThatIsNotCatairIsRejectedAsABatch() {
        Transmission t = client.raw("AE", "THIS IS NOT A CATAIR BATCH\r\n", null);
        BatchStatus s = client.status(t.batchId());
        assertEquals(BatchState.REJECTED, s.state());
        assertEquals(Disposition.REJECTED, s.responses().get(0).disposition());
    }

    @Test
    void latencyDelaysTheAnswerAfterTheFilingIsMade() {
        gateway.injectNext(Route.SUBMIT, Fault.latency(Duration.ofMillis(600)));
        try (AceClient impatient = clientBuilder(gateway).attemptTimeout(Duration.ofMillis(150)).build()) {
            Transmission t = impatient.submit(entry(1300));
            assertTrue(t.replayed(), "the slow first attempt filed; the retry got the same batch");
            assertEquals(2, t.attempts());
        }
        assertEquals(1, gateway.journal().filings().size());
        assertEquals(Fault.Kind.LATENCY, gateway.journal().submissions().get(0).fault().kind());
    }
}
