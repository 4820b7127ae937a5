package org.acesdk.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.acesdk.client.catair.Entries;
import org.acesdk.model.entry.EntrySummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Regression tests for hostile gateway answers (issue 15, items 1 and 16). */
class HostileAnswersTest {
    private MockWebServer server;
    private TestClock clock;

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
                .retryPolicy(RetryPolicy.builder().maxAttempts(3).baseDelay(Duration.ofMillis(100))
                        .maxDelay(Duration.ofSeconds(2)).build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"9223372036854775807", "9223372036854775", "99999999999999999999999999",
        "Fri, 31 Dec 9999 23:59:59 GMT", "86401"})
    void anyRetryAfterIsCappedAndTheTotalTimeoutHolds(String header) {
        EntrySummary entry = Entries.entry(2).toBuilder().billOfLading("MAEU123456789").build();
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", header)
                    .body("{\"error\":{\"code\":\"unavailable\"}}").build());
        }
        // a 10-minute total: a capped 5-minute Retry-After fits once, then the deadline stops the retries
        try (AceClient client = builder().totalTimeout(Duration.ofMinutes(10)).build()) {
            AceException e = assertThrows(AceException.class, () -> client.submit(entry));
            assertTrue(e instanceof AceTimeoutException || e instanceof AceServiceException, e.toString());
            Duration slept = clock.sleeps.stream().reduce(Duration.ZERO, Duration::plus);
            assertTrue(slept.compareTo(Duration.ofMinutes(10)) <= 0, "slept " + slept);
            assertTrue(clock.sleeps.stream().allMatch(d -> d.compareTo(Duration.ofMinutes(5)) <= 0), clock.sleeps
                    .toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"9223372036854775807", "1e9", "-5", "soon", "  "})
    void aRateLimitsRetryAfterIsCappedOrIgnoredNeverThrown(String header) {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", header)
                .body("{\"error\":{\"code\":\"rate_limited\"}}").build());
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", header)
                .body("{\"error\":{\"code\":\"rate_limited\"}}").build());
        try (AceClient client = builder().retryPolicy(RetryPolicy.builder().maxAttempts(2).build())
                .totalTimeout(Duration.ofHours(1)).build()) {
            AceRateLimitException e = assertThrows(AceRateLimitException.class, () -> client.submit(Entries.entry(2).toBuilder().billOfLading("MAEU123456789").build()));
            e.retryAfter().ifPresent(d -> assertTrue(d.compareTo(Duration.ofDays(1)) <= 0, d.toString()));
            assertEquals(List.of(), clock.sleeps.stream().filter(d -> d.compareTo(Duration.ofMinutes(5)) > 0)
                    .toList());
        }
    }

    @org.junit.jupiter.api.Test
    void theRetryPolicyCapsRetryAfter() {
        RetryPolicy p = RetryPolicy.builder().maxRetryAfter(Duration.ofSeconds(30)).jitter(0).build();
        assertEquals(Duration.ofSeconds(30), p.delay(1, Duration.ofDays(1)));
        assertEquals(Duration.ofSeconds(7), p.delay(1, Duration.ofSeconds(7)));
        assertThrows(IllegalArgumentException.class,
                () -> RetryPolicy.builder().maxRetryAfter(Duration.ofDays(2)).build());
    }

    @org.junit.jupiter.api.Test
    void aBaseUrlWithUserInfoNeverPrintsIt() {
        String url = "http://filer:TOKEN-123@127.0.0.1:" + server.getPort() + "/";
        AceClient.Builder b = builder().baseUrl(url);
        assertTrue(!b.toString().contains("TOKEN-123"), b.toString());
        try (AceClient client = b.build()) {
            assertTrue(!client.toString().contains("TOKEN-123"), client.toString());
        }
    }

    @org.junit.jupiter.api.Test
    void aRejectionEchoingAnSsnRunTogetherWithTheRecordIdIsMasked() {
        server.enqueue(new MockResponse.Builder().code(422)
                .body("{\"error\":{\"code\":\"rejected\",\"message\":\"record 11731-58-2469 rejected\"}}")
                .build());
        try (AceClient client = builder().build()) {
            AceException e = assertThrows(AceException.class,
                    () -> client.submit(Entries.entry(2).toBuilder().billOfLading("MAEU123456789").build()));
            for (Throwable t = e; t != null; t = t.getCause()) {
                assertTrue(t.getMessage() == null || !t.getMessage().contains("731-58-2469"), t.getMessage());
                assertTrue(!t.toString().contains("731-58-2469"), t.toString());
            }
        }
    }
}
