package org.acesdk.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.acesdk.client.catair.BlockContent;
import org.acesdk.client.catair.CatairReader;
import org.acesdk.client.catair.CatairWriter;
import org.acesdk.client.catair.Entries;
import org.acesdk.client.catair.EntrySummaryDecoder;
import org.acesdk.client.catair.Envelope;
import org.acesdk.client.catair.ResponseEncoder;
import org.acesdk.client.transport.Transport;
import org.acesdk.client.transport.TransportRequest;
import org.acesdk.client.transport.TransportResponse;
import org.acesdk.model.code.EntryNumber;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.model.response.Condition;
import org.acesdk.model.response.ConditionSeverity;
import org.acesdk.model.response.Disposition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AceClientTest {
    private static final String ACCEPTED = "{\"batchId\":\"B-1\",\"receivedAt\":\"2026-03-20T12:00:01Z\","
            + "\"status\":\"RECEIVED\",\"someFutureField\":true}";
    private static final EntrySummary ENTRY = Entries.entry(2).toBuilder().billOfLading("MAEU123456789").build();

    private MockWebServer server;
    private TestClock clock;
    private final List<String> events = new CopyOnWriteArrayList<>();
    private final List<AceEvent> retries = new CopyOnWriteArrayList<>();
    private final List<Map<String, String>> eventHeaders = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        clock = new TestClock();
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    private AceClient.Builder builder() {
        return AceClient.builder().baseUrl(server.url("/").toString())
                .credentials(AccessTokenProvider.of("tok-secret-1")).filerCode("B76").siteCode("2704")
                .ruleContext(Entries.context()).clock(clock).sleeper(clock)
                .retryPolicy(RetryPolicy.builder().maxAttempts(4).baseDelay(Duration.ofMillis(100))
                        .maxDelay(Duration.ofSeconds(2)).build())
                .eventListener(new AceEventListener() {
                    @Override
                    public void onSubmit(AceEvent e) {
                        events.add("submit");
                    }

                    @Override
                    public void onAttempt(AceEvent e) {
                        events.add("attempt " + e.attempt());
                        eventHeaders.add(e.requestHeaders());
                    }

                    @Override
                    public void onRetry(AceEvent e) {
                        events.add("retry " + e.attempt() + " " + e.httpStatus());
                        retries.add(e);
                    }

                    @Override
                    public void onResponse(AceEvent e) {
                        events.add("response " + e.httpStatus());
                    }

                    @Override
                    public void onFailure(AceEvent e, AceException error) {
                        events.add("failure " + e.errorCode());
                    }
                });
    }

    private AceClient client() {
        return builder().build();
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }

    private static MockResponse error(int code, String errorCode, String message) {
        return json(code, "{\"error\":{\"code\":\"" + errorCode + "\",\"message\":\"" + message
                + "\",\"requestId\":\"req-" + code + "\"}}");
    }

    private RecordedRequest take() throws InterruptedException {
        RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
        assertNotNull(r, "the server received a request");
        return r;
    }

    @Test
    void submitEncodesTheEntryAndPostsItWithTokenAndKey() throws Exception {
        server.enqueue(json(202, ACCEPTED));
        try (AceClient client = client()) {
            Transmission t = client.submit(ENTRY);
            assertEquals("B-1", t.batchId());
            assertEquals(BatchState.RECEIVED, t.state());
            assertEquals(ENTRY.entryNumber(), t.entryNumber());
            assertEquals("AE", t.applicationId());
            assertEquals(1, t.attempts());
            assertFalse(t.replayed());
            assertTrue(t.assessment().isComplete());
            RecordedRequest r = take();
            assertEquals("POST", r.getMethod());
            assertEquals("/v1/batches", r.getUrl().encodedPath());
            assertEquals("Bearer tok-secret-1", r.getHeaders().get("Authorization"));
            assertEquals(t.idempotencyKey(), r.getHeaders().get("Idempotency-Key"));
            assertTrue(r.getHeaders().get("Content-Type").startsWith("text/plain"));
            String body = r.getBody().string(StandardCharsets.US_ASCII);
            EntrySummary sent = EntrySummaryDecoder.decode(CatairReader.standard().read(body).blocks().get(0).records()).get(0);
            assertEquals(ENTRY.entryNumber(), sent.entryNumber());
            assertEquals(ENTRY.lines().size(), sent.lines().size());
            assertEquals(List.of("submit", "attempt 1", "response 202"), events);
        }
    }

    @Test
    void a503IsRetriedWithTheSameIdempotencyKey() throws Exception {
        server.enqueue(error(503, "unavailable", "maintenance"));
        server.enqueue(json(202, ACCEPTED));
        try (AceClient client = client()) {
            Transmission t = client.submit(ENTRY);
            assertEquals(2, t.attempts());
            String first = take().getHeaders().get("Idempotency-Key");
            String second = take().getHeaders().get("Idempotency-Key");
            assertNotNull(first);
            assertEquals(first, second);
            assertEquals(t.idempotencyKey(), first);
            assertEquals(1, clock.sleeps.size());
            assertEquals(1, retries.size());
            assertEquals(503, retries.get(0).httpStatus());
            assertTrue(retries.get(0).delay().compareTo(Duration.ofMillis(50)) >= 0);
        }
    }

    @Test
    void aConnectionDroppedAfterTheServerGotTheFilingIsRetriedAndFilesOnce() throws Exception {
        Map<String, String> filings = new ConcurrentHashMap<>();
        AtomicInteger requests = new AtomicInteger();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                requests.incrementAndGet();
                String key = request.getHeaders().get("Idempotency-Key");
                String known = filings.get(key);
                if (known == null) {
                    filings.put(key, "B-" + filings.size());
                    // the filing is stored, then the connection dies before the answer leaves
                    return new MockResponse.Builder().code(202).body(ACCEPTED)
                            .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build();
                }
                return json(200, "{\"batchId\":\"" + known + "\",\"status\":\"RECEIVED\"}");
            }
        });
        try (AceClient client = client()) {
            Transmission t = client.submit(ENTRY);
            assertEquals(2, requests.get());
            assertEquals(1, filings.size(), "one filing on the server");
            assertEquals("B-0", t.batchId());
            assertTrue(t.replayed());
            assertEquals(2, t.attempts());
            assertTrue(events.contains("retry 1 0"), events.toString());
        }
    }

    @Test
    void retryAfterOn429IsHonoured() throws Exception {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "7")
                .body("{\"error\":{\"code\":\"rate_limited\",\"message\":\"slow down\"}}").build());
        server.enqueue(json(202, ACCEPTED));
        try (AceClient client = client()) {
            Transmission t = client.submit(ENTRY);
            assertEquals(2, t.attempts());
            assertEquals(List.of(Duration.ofSeconds(7)), clock.sleeps);
        }
    }

    @Test
    void rateLimitingThatOutlastsTheAttemptsSurfacesTheRetryAfter() {
        for (int i = 0; i < 2; i++) {
            server.enqueue(new MockResponse.Builder().code(429).addHeader("retry-after", "1")
                    .body("{\"error\":{\"code\":\"rate_limited\"}}").build());
        }
        try (AceClient client = builder().retryPolicy(RetryPolicy.builder().maxAttempts(2).build()).build()) {
            AceRateLimitException e = assertThrows(AceRateLimitException.class, () -> client.submit(ENTRY));
            assertEquals(Duration.ofSeconds(1), e.retryAfter().orElseThrow());
            assertEquals(429, e.httpStatus());
            assertTrue(e.isRetryable());
            assertEquals(1, e.getSuppressed().length, "the first attempt is attached");
        }
    }

    @Test
    void a401RefreshesTheTokenOnceAndRetries() throws Exception {
        AtomicInteger issued = new AtomicInteger(1);
        List<String> invalidated = new CopyOnWriteArrayList<>();
        AccessTokenProvider tokens = new AccessTokenProvider() {
            @Override
            public String token() {
                return "tok-" + issued.get();
            }

            @Override
            public void invalidate(String refused) {
                invalidated.add(refused);
                issued.incrementAndGet();
            }
        };
        server.enqueue(error(401, "token_expired", "expired"));
        server.enqueue(json(202, ACCEPTED));
        try (AceClient client = builder().credentials(tokens).build()) {
            client.submit(ENTRY);
            assertEquals("Bearer tok-1", take().getHeaders().get("Authorization"));
            assertEquals("Bearer tok-2", take().getHeaders().get("Authorization"));
            assertEquals(List.of("tok-1"), invalidated);
            assertTrue(clock.sleeps.isEmpty(), "a refresh is not a backoff");
        }
    }

    @Test
    void aSecond401IsAnAuthenticationFailure() {
        server.enqueue(error(401, "token_invalid", "no"));
        server.enqueue(error(401, "token_invalid", "still no"));
        try (AceClient client = client()) {
            AceAuthenticationException e = assertThrows(AceAuthenticationException.class,
                    () -> client.submit(ENTRY));
            assertEquals(401, e.httpStatus());
            assertEquals("token_invalid", e.errorCode());
            assertEquals("req-401", e.requestId());
            assertFalse(e.isRetryable());
            assertEquals(2, server.getRequestCount());
        }
    }

    @Test
    void anIdempotencyConflictIsSurfacedNotRetried() {
        server.enqueue(error(409, "idempotency_conflict", "key reused with a different body"));
        try (AceClient client = client()) {
            AceIdempotencyConflictException e = assertThrows(AceIdempotencyConflictException.class,
                    () -> client.submit(ENTRY, SubmitOptions.builder().idempotencyKey("order-42").build()));
            assertEquals(409, e.httpStatus());
            assertEquals("idempotency_conflict", e.errorCode());
            assertEquals("req-409", e.requestId());
            assertFalse(e.isRetryable());
            assertTrue(e.getMessage().contains("different body"));
            assertEquals(1, server.getRequestCount());
        }
    }

    @Test
    void a409InFlightIsRetried() throws Exception {
        server.enqueue(error(409, "in_flight", "the first request with this key is still being processed"));
        server.enqueue(json(200, ACCEPTED));
        try (AceClient client = client()) {
            Transmission t = client.submit(ENTRY);
            assertEquals(2, t.attempts());
            assertTrue(t.replayed());
        }
    }

    @Test
    void gatewayRejectionsAreNotRetried() {
        server.enqueue(error(400, "malformed_batch", "record Z missing"));
        try (AceClient client = client()) {
            AceRejectedException e = assertThrows(AceRejectedException.class, () -> client.submit(ENTRY));
            assertEquals(400, e.httpStatus());
            assertEquals("malformed_batch", e.errorCode());
            assertInstanceOf(AceServiceException.class, e);
            assertEquals(1, server.getRequestCount());
        }
    }

    @Test
    void exhaustedRetriesCarryEveryEarlierAttemptAsSuppressed() {
        for (int i = 0; i < 4; i++) {
            server.enqueue(error(502, "bad_gateway", "attempt " + i));
        }
        try (AceClient client = client()) {
            AceServiceException e = assertThrows(AceServiceException.class, () -> client.submit(ENTRY));
            assertEquals(502, e.httpStatus());
            assertTrue(e.isRetryable());
            assertEquals(3, e.getSuppressed().length);
            assertEquals(4, server.getRequestCount());
            assertEquals(3, clock.sleeps.size());
            for (int i = 1; i < clock.sleeps.size(); i++) {
                assertTrue(clock.sleeps.get(i).compareTo(Duration.ofSeconds(2)) <= 0, "capped");
            }
            assertTrue(events.get(events.size() - 1).startsWith("failure"));
        }
    }

    @Test
    void anOversizedResponseIsRefusedUnread() {
        server.enqueue(json(202, "{\"batchId\":\"" + "x".repeat(5000) + "\"}"));
        try (AceClient client = builder().maxResponseBytes(1024).build()) {
            AceException e = assertThrows(AceException.class, () -> client.submit(ENTRY));
            assertEquals("response_too_large", e.errorCode());
            assertFalse(e.isRetryable());
            assertEquals(1, server.getRequestCount());
        }
    }

    @Test
    void anOversizedChunkedResponseIsRefusedWhileReading() {
        server.enqueue(new MockResponse.Builder().code(202).chunkedBody("{\"batchId\":\"" + "y".repeat(5000)
                + "\"}", 512).build());
        try (AceClient client = builder().maxResponseBytes(1024).build()) {
            AceException e = assertThrows(AceException.class, () -> client.submit(ENTRY));
            assertEquals("response_too_large", e.errorCode());
        }
    }

    @Test
    void theAttemptTimeoutCutsASlowAttempt() {
        server.enqueue(new MockResponse.Builder().code(202).body(ACCEPTED).headersDelay(3, TimeUnit.SECONDS)
                .build());
        long t0 = System.nanoTime();
        try (AceClient client = builder().attemptTimeout(Duration.ofMillis(300))
                .retryPolicy(RetryPolicy.none()).build()) {
            AceConnectionException e = assertThrows(AceConnectionException.class, () -> client.submit(ENTRY));
            assertEquals("timeout", e.errorCode());
            assertTrue(e.isRetryable());
        }
        assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(3), "did not wait for the slow server");
    }

    /** A transport that takes a fixed time per attempt on the test clock and never answers. */
    private final class SlowTransport implements Transport {
        final List<Duration> timeouts = new CopyOnWriteArrayList<>();
        final Duration takes;

        SlowTransport(Duration takes) {
            this.takes = takes;
        }

        @Override
        public TransportResponse send(TransportRequest request) throws IOException {
            timeouts.add(request.timeout());
            Duration spent = takes.compareTo(request.timeout()) < 0 ? takes : request.timeout();
            clock.advance(spent);
            throw new SocketTimeoutException("timeout");
        }
    }

    @Test
    void theTotalTimeoutTakesPrecedenceOverAttemptsAndRetries() {
        SlowTransport slow = new SlowTransport(Duration.ofSeconds(4));
        try (AceClient client = builder().transport(slow).attemptTimeout(Duration.ofSeconds(4))
                .totalTimeout(Duration.ofSeconds(10))
                .retryPolicy(RetryPolicy.builder().maxAttempts(10).baseDelay(Duration.ofMillis(500))
                        .maxDelay(Duration.ofMillis(500)).jitter(0).build()).build()) {
            long start = clock.millis();
            AceTimeoutException e = assertThrows(AceTimeoutException.class, () -> client.submit(ENTRY));
            long spent = clock.millis() - start;
            assertTrue(spent <= 10_000, "spent " + spent + " ms of a 10 s budget");
            // 4 s, then 0.5 s wait, 4 s, 0.5 s wait, then only 1 s is left: the third attempt is cut to it
            assertEquals(List.of(Duration.ofSeconds(4), Duration.ofSeconds(4), Duration.ofSeconds(1)),
                    slow.timeouts);
            assertEquals("timeout", e.errorCode());
            assertTrue(e.getSuppressed().length >= 2, "the attempts are attached");
        }
    }

    @Test
    void aRetryThatWouldEndPastTheDeadlineIsNotStarted() {
        server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "60")
                .body("{\"error\":{\"code\":\"unavailable\"}}").build());
        try (AceClient client = builder().totalTimeout(Duration.ofSeconds(30)).build()) {
            AceTimeoutException e = assertThrows(AceTimeoutException.class, () -> client.submit(ENTRY));
            assertTrue(e.getMessage().contains("PT1M"), e.getMessage());
            assertInstanceOf(AceServiceException.class, e.getCause());
            assertTrue(clock.sleeps.isEmpty());
            assertEquals(1, server.getRequestCount());
        }
    }

    @Test
    void everyFailureCarriesItsKeyAndBatchAndSaysWhetherTheFilingMayHaveArrived() throws Exception {
        SubmitOptions key = SubmitOptions.builder().idempotencyKey("order-77").build();
        // refused by the gateway itself: it did not arrive
        server.enqueue(error(403, "forbidden", "no"));
        try (AceClient c = builder().build()) {
            AceException refused = assertThrows(AceException.class, () -> c.submit(ENTRY, key));
            assertEquals("order-77", refused.idempotencyKey());
            assertEquals(AceException.Arrival.NOT_ARRIVED, refused.arrival());
            assertTrue(refused.getMessage().contains("order-77") && refused.getMessage().contains("did not arrive"),
                    refused.getMessage());
        }
        // the answer lost after sending, on every attempt: it may have arrived
        for (int i = 0; i < 4; i++) {
            server.enqueue(new MockResponse.Builder().code(202).body(ACCEPTED)
                    .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
        }
        try (AceClient c = builder().build()) {
            AceException lost = assertThrows(AceConnectionException.class, () -> c.submit(ENTRY, key));
            assertEquals(AceException.Arrival.MAY_HAVE_ARRIVED, lost.arrival());
            assertTrue(lost.filingMayHaveArrived());
            assertTrue(lost.getMessage().contains("may have arrived"), lost.getMessage());
        }
        // nobody listening: refused before a byte was sent
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        try (AceClient c = builder().baseUrl("http://127.0.0.1:" + port + "/").build()) {
            AceException down = assertThrows(AceConnectionException.class, () -> c.submit(ENTRY, key));
            assertEquals(AceException.Arrival.NOT_ARRIVED, down.arrival(), down.getMessage());
        }
        // a status read names the batch; validation refusals say nothing was sent
        server.enqueue(error(404, "not_found", "no such batch"));
        try (AceClient c = builder().build()) {
            AceException unknown = assertThrows(AceException.class, () -> c.status("BATCH-9"));
            assertEquals("BATCH-9", unknown.batchId());
            assertEquals(AceException.Arrival.NOT_A_SUBMISSION, unknown.arrival());
            assertTrue(unknown.getMessage().contains("BATCH-9"), unknown.getMessage());
            AceValidationException invalid = assertThrows(AceValidationException.class,
                    () -> c.submit(ENTRY.toBuilder().bond(null).build(), key));
            assertEquals(AceException.Arrival.NOT_ARRIVED, invalid.arrival());
            assertEquals("order-77", invalid.idempotencyKey());
        }
    }

    @Test
    void aGivenTransportIsClosedWithTheClientOnlyWhenItsOwned() {
        java.util.concurrent.atomic.AtomicInteger closed = new java.util.concurrent.atomic.AtomicInteger();
        org.acesdk.client.transport.Transport t = new org.acesdk.client.transport.Transport() {
            @Override
            public org.acesdk.client.transport.TransportResponse send(
                    org.acesdk.client.transport.TransportRequest request) throws IOException {
                throw new IOException("not used");
            }

            @Override
            public void close() {
                closed.incrementAndGet();
            }
        };
        builder().transport(t).build().close();
        assertEquals(0, closed.get(), "the caller's transport stays open by default");
        builder().transport(t).ownTransport(true).build().close();
        assertEquals(1, closed.get(), "an owned transport closes with the client");
    }

    @Test
    void plainHttpIsRefusedExceptOnLoopback() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> builder().baseUrl("http://gateway.example.com/").build());
        assertTrue(e.getMessage().contains("https"));
        assertThrows(IllegalArgumentException.class, () -> builder().baseUrl("http://10.0.0.5:8080/").build());
        assertThrows(IllegalArgumentException.class, () -> builder().baseUrl("ftp://127.0.0.1/").build());
        builder().baseUrl("http://127.0.0.1:8080/").build().close();
        builder().baseUrl("http://localhost:8080/").build().close();
        builder().baseUrl("http://[::1]:8080/").build().close();
        builder().baseUrl("https://gateway.example.com/").build().close();
        // a fake on a private test network (a service name) only when asked for, and ftp never
        assertThrows(IllegalArgumentException.class, () -> builder().baseUrl("http://ace-fake:8080/").build());
        builder().baseUrl("http://ace-fake:8080/").allowInsecureHttp().build().close();
        assertThrows(IllegalArgumentException.class, () -> builder().baseUrl("ftp://ace-fake/").allowInsecureHttp()
                .build());
        try (AceClient c = builder().allowInsecureHttp().baseUrl("http://ace-fake:8080/").build();
                AceClient copy = c.toBuilder().build()) {
            assertTrue(copy.toString().contains("ace-fake"), "toBuilder keeps the choice: " + copy);
        }
    }

    @Test
    void theBuilderNamesWhatIsMissingOrWrong() {
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> builder().siteCode("27").build()).getMessage().contains("siteCode"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> builder().attemptTimeout(Duration.ZERO).build()).getMessage().contains("attemptTimeout"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> AceClient.builder().baseUrl("https://g.example/").filerCode("B76").siteCode("2704").build())
                .getMessage().contains("credentials"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> builder().pageSize(501).build()).getMessage().contains("pageSize"));
    }

    @Test
    void toBuilderKeepsTheConfigurationAndTheOriginalIsUnchanged() throws Exception {
        server.enqueue(json(202, ACCEPTED));
        server.enqueue(json(202, ACCEPTED));
        try (AceClient client = client(); AceClient other = client.toBuilder()
                .credentials(AccessTokenProvider.of("tok-other")).build()) {
            other.submit(ENTRY);
            client.submit(ENTRY);
            assertEquals("Bearer tok-other", take().getHeaders().get("Authorization"));
            assertEquals("Bearer tok-secret-1", take().getHeaders().get("Authorization"));
        }
    }

    @Test
    void invalidFilingsAreRefusedBeforeAnythingIsSent() {
        EntrySummary bad = ENTRY.toBuilder().bond(null).build();
        try (AceClient client = client()) {
            AceValidationException e = assertThrows(AceValidationException.class, () -> client.submit(bad));
            assertFalse(e.report().isValid());
            assertTrue(e.getMessage().contains(e.report().errors().get(0).ruleId().toString()),
                    "the message names the first failed rule: " + e.getMessage());
            assertTrue(e.report().errors().stream().anyMatch(f -> f.path().contains("bond")), e.report().toText());
            assertEquals(0, server.getRequestCount());
            assertTrue(events.contains("failure " + e.errorCode()));
        }
    }

    @Test
    void callersCanOptOutOfPreflightValidation() throws Exception {
        server.enqueue(json(202, ACCEPTED));
        EntrySummary bad = ENTRY.toBuilder().bond(null).build();
        try (AceClient client = client()) {
            Transmission t = client.submit(bad, SubmitOptions.builder().skipValidation(true).build());
            assertFalse(t.validation().isValid(), "the report still travels with the transmission");
            assertEquals(1, server.getRequestCount());
        }
    }

    @Test
    void secretsAndImporterNumbersStayOutOfEventsExceptionsAndToString() {
        server.enqueue(error(400, "bad_importer", "importer 123-45-6789 is not on file"));
        try (AceClient client = builder().password("PW1234").build()) {
            AceException e = assertThrows(AceException.class, () -> client.submit(ENTRY));
            assertFalse(e.getMessage().contains("123-45-6789"), e.getMessage());
            assertFalse(e.toString().contains("123-45-6789"));
            assertEquals("***", eventHeaders.get(0).get("Authorization"));
            assertFalse(eventHeaders.toString().contains("tok-secret-1"));
            assertFalse(client.toString().contains("tok-secret-1"));
            assertFalse(client.toString().contains("PW1234"));
            assertFalse(client.toBuilder().toString().contains("tok-secret-1"));
            assertFalse(AccessTokenProvider.of("tok-secret-1").toString().contains("tok-secret-1"));
        }
    }

    @Test
    void aThrowingListenerDoesNotBreakTheClient() {
        server.enqueue(json(202, ACCEPTED));
        try (AceClient client = builder().eventListener(new AceEventListener() {
            @Override
            public void onAttempt(AceEvent e) {
                throw new IllegalStateException("listener bug");
            }
        }).build()) {
            assertEquals("B-1", client.submit(ENTRY).batchId());
        }
    }

    @Test
    void anAcceptanceWithoutABatchIdIsAMalformedResponse() {
        server.enqueue(json(202, "{\"status\":\"RECEIVED\"}"));
        try (AceClient client = client()) {
            AceServiceException e = assertThrows(AceServiceException.class, () -> client.submit(ENTRY));
            assertEquals("malformed_response", e.errorCode());
        }
    }

    @Test
    void malformedJsonIsATypedError() {
        server.enqueue(json(202, "{\"batchId\": "));
        try (AceClient client = client()) {
            AceException e = assertThrows(AceException.class, () -> client.submit(ENTRY));
            assertNotNull(e.errorCode());
        }
    }

    private static String axBody(EntryNumber entry, boolean accepted) {
        List<String> ax = ResponseEncoder.entrySummary(entry, "REF42", accepted ? List.of()
                : List.of(new Condition("119", ConditionSeverity.FATAL, null, "a bond is required", null, null)),
                accepted);
        return CatairWriter.standard().responseBatch(Envelope.builder().siteCode("2704").senderId("B76").build(),
                LocalDate.of(2026, 3, 20), List.of(new BlockContent("AX", "2704", "B76", null, ax)));
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "\\r").replace("\n", "\\n")
                + "\"";
    }

    @Test
    void statusAndAwaitResponseDecodeCbpsAnswer() throws Exception {
        server.enqueue(json(200, "{\"batchId\":\"B-1\",\"status\":\"RECEIVED\",\"responses\":[]}"));
        server.enqueue(json(200, "{\"batchId\":\"B-1\",\"status\":\"RECEIVED\",\"responses\":[]}"));
        server.enqueue(json(200, "{\"batchId\":\"B-1\",\"status\":\"PROCESSED\",\"responses\":[{\"messageId\":\"M1\","
                + "\"applicationId\":\"AX\",\"body\":" + quoted(axBody(ENTRY.entryNumber(), true)) + "}]}"));
        try (AceClient client = client()) {
            BatchStatus s = client.awaitResponse("B-1", Duration.ofMinutes(1));
            assertEquals(BatchState.PROCESSED, s.state());
            assertEquals(1, s.responses().size());
            assertEquals(ENTRY.entryNumber(), s.responses().get(0).entryNumber());
            assertEquals(Disposition.ACCEPTED, s.responses().get(0).disposition());
            assertEquals(List.of(Duration.ofMillis(250), Duration.ofMillis(500)), clock.sleeps);
            assertEquals("/v1/batches/B-1", take().getUrl().encodedPath());
        }
    }

    @Test
    void awaitResponseGivesUpAtItsTimeout() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return json(200, "{\"batchId\":\"B-1\",\"status\":\"RECEIVED\"}");
            }
        });
        try (AceClient client = client()) {
            assertThrows(AceTimeoutException.class, () -> client.awaitResponse("B-1", Duration.ofSeconds(20)));
            assertTrue(clock.sleeps.stream().allMatch(d -> d.compareTo(Duration.ofSeconds(5)) <= 0));
        }
    }

    @Test
    void unknownStatesAndUnknownBatchesAreTyped() {
        server.enqueue(json(200, "{\"batchId\":\"B-1\",\"status\":\"QUANTUM\"}"));
        server.enqueue(error(404, "not_found", "no such batch"));
        try (AceClient client = client()) {
            assertEquals(BatchState.UNKNOWN, client.status("B-1").state());
            AceRejectedException e = assertThrows(AceRejectedException.class, () -> client.status("B-2"));
            assertEquals(404, e.httpStatus());
        }
    }

    @Test
    void messagesArePagedLazilyByCursor() throws Exception {
        String body = quoted(axBody(ENTRY.entryNumber(), false));
        server.enqueue(json(200, "{\"messages\":[{\"messageId\":\"M1\",\"batchId\":\"B-1\",\"applicationId\":\"AX\","
                + "\"body\":" + body + ",\"createdAt\":\"2026-03-20T12:01:00Z\"},{\"messageId\":\"M2\","
                + "\"batchId\":\"B-2\",\"applicationId\":\"AX\",\"body\":" + body + "}],\"nextCursor\":\"c2\"}"));
        server.enqueue(json(200, "{\"messages\":[{\"messageId\":\"M3\",\"batchId\":\"B-3\",\"applicationId\":\"AX\","
                + "\"body\":" + body + "}],\"nextCursor\":\"c3\"}"));
        server.enqueue(json(200, "{\"messages\":[],\"nextCursor\":\"c3\"}"));
        try (AceClient client = builder().pageSize(2).build()) {
            Iterator<MailboxMessage> it = client.messages(null);
            assertEquals(0, server.getRequestCount(), "nothing is fetched before it is asked for");
            MailboxMessage first = it.next();
            assertEquals("M1", first.messageId());
            assertEquals(Disposition.REJECTED, first.responses().get(0).disposition());
            assertEquals("119", first.responses().get(0).conditions().get(0).code());
            assertEquals(1, server.getRequestCount());
            List<String> rest = new ArrayList<>();
            it.forEachRemaining(m -> rest.add(m.messageId()));
            assertEquals(List.of("M2", "M3"), rest);
            RecordedRequest firstPage = take();
            assertEquals("/v1/messages", firstPage.getUrl().encodedPath());
            assertEquals("2", firstPage.getUrl().queryParameter("limit"));
            assertEquals(null, firstPage.getUrl().queryParameter("after"));
            assertEquals("c2", take().getUrl().queryParameter("after"));
            assertEquals("c3", take().getUrl().queryParameter("after"));
        }
    }

    @Test
    void messagePagesFollowTheCursor() throws Exception {
        server.enqueue(json(200, "{\"messages\":[{\"messageId\":\"M9\",\"batchId\":\"B-9\"}],\"nextCursor\":\"c9\"}"));
        server.enqueue(json(200, "{\"messages\":[],\"nextCursor\":null}"));
        try (AceClient client = client()) {
            List<String> ids = client.messageStream("c8").map(MailboxMessage::messageId).collect(Collectors.toList());
            assertEquals(List.of("M9"), ids);
            assertEquals("c8", take().getUrl().queryParameter("after"));
            assertEquals("c9", take().getUrl().queryParameter("after"));
        }
    }

    @Test
    void rawBatchesAreSentAsIsAndNonAsciiIsRefused() throws Exception {
        server.enqueue(json(202, ACCEPTED));
        String batch = axBody(ENTRY.entryNumber(), true);
        try (AceClient client = client()) {
            Transmission t = client.raw("QP", batch, null);
            assertEquals("QP", t.applicationId());
            assertEquals(batch, take().getBody().string(StandardCharsets.US_ASCII));
            assertThrows(IllegalArgumentException.class, () -> client.raw("QP", "A\u00e9", null));
        }
    }

    @Test
    void submitAsyncCompletesOnTheClientsExecutor() throws Exception {
        server.enqueue(json(202, ACCEPTED));
        try (AceClient client = client()) {
            assertEquals("B-1", client.submitAsync(ENTRY, null).get(10, TimeUnit.SECONDS).batchId());
        }
    }

    @Test
    void twoHundredSubmissionsFromSixteenThreadsAreEachAnsweredOnce() throws Exception {
        Map<String, String> filings = new ConcurrentHashMap<>();
        AtomicInteger counter = new AtomicInteger();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String key = request.getHeaders().get("Idempotency-Key");
                String id = filings.computeIfAbsent(key, k -> "B-" + counter.incrementAndGet());
                return json(202, "{\"batchId\":\"" + id + "\",\"status\":\"RECEIVED\"}");
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try (AceClient client = client()) {
            List<Future<Transmission>> futures = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                futures.add(pool.submit(() -> client.submit(ENTRY)));
            }
            Set<String> batches = Collections.synchronizedSet(new HashSet<>());
            Set<String> keys = new HashSet<>();
            for (Future<Transmission> f : futures) {
                Transmission t = f.get(60, TimeUnit.SECONDS);
                batches.add(t.batchId());
                keys.add(t.idempotencyKey());
                assertEquals(1, t.attempts());
            }
            assertEquals(200, batches.size());
            assertEquals(200, keys.size());
            assertEquals(200, server.getRequestCount());
            assertEquals(200, filings.size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSharedOkHttpClientIsLeftOpenOnClose() throws Exception {
        okhttp3.OkHttpClient shared = new okhttp3.OkHttpClient();
        server.enqueue(json(202, ACCEPTED));
        server.enqueue(json(202, ACCEPTED));
        builder().okHttpClient(shared).build().close();
        try (AceClient client = builder().okHttpClient(shared).build()) {
            assertEquals("B-1", client.submit(ENTRY).batchId());
        }
        assertFalse(shared.dispatcher().executorService().isShutdown());
        assertNotEquals(null, shared.connectionPool());
        shared.dispatcher().executorService().shutdown();
    }

    @Test
    void customIdempotencyKeysAreUsedVerbatim() throws Exception {
        server.enqueue(json(202, ACCEPTED));
        try (AceClient client = client()) {
            Transmission t = client.submit(ENTRY, SubmitOptions.builder().idempotencyKey("erp-order-77").build());
            assertEquals("erp-order-77", t.idempotencyKey());
            assertEquals("erp-order-77", take().getHeaders().get("Idempotency-Key"));
        }
        assertThrows(IllegalArgumentException.class,
                () -> SubmitOptions.builder().idempotencyKey("k".repeat(256)).build());
    }
}
