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

/** The contract over HTTPS, and what only HTTPS has: bearer tokens, the admin endpoints, the error format. */
class FakeAceGatewayTest extends GatewayContract {
    @Override
    protected FakeAceGateway.Builder configure(FakeAceGateway.Builder b) {
        return b;
    }

    @Override
    protected AceClient.Builder clientBuilder(FakeAceGateway g) {
        return g.clientBuilder();
    }

    @Test
    void aWrongTokenIsRefused() {
        try (AceClient wrong = gateway.clientBuilder().credentials(AccessTokenProvider.of("nope")).build()) {
            AceAuthenticationException e = assertThrows(AceAuthenticationException.class,
                    () -> wrong.submit(entry(1004)));
            assertEquals("unauthorized", e.errorCode());
            assertTrue(e.requestId().startsWith("req-"));
        }
        assertEquals(0, gateway.journal().filings().size());
        assertEquals("***", gateway.journal().entries().get(0).headers().get("Authorization"));
    }

    @Test
    void theAdminEndpointSteersAndReports() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> queued = http.send(HttpRequest.newBuilder(URI.create(gateway.baseUrl()
                + "__admin/outcome")).POST(HttpRequest.BodyPublishers.ofString(
                "{\"kind\":\"REJECT\",\"codes\":[\"G07\"]}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, queued.statusCode());
        Transmission t = client.submit(entry(1200));
        assertTrue(codes(client.responses(t.batchId()).get(0)).contains("G07"));
        HttpResponse<String> journal = http.send(HttpRequest.newBuilder(URI.create(gateway.baseUrl()
                + "__admin/journal")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(journal.body().contains("\"filings\":1"), journal.body());
        assertFalse(journal.body().contains(gateway.token()));
        HttpResponse<String> bad = http.send(HttpRequest.newBuilder(URI.create(gateway.baseUrl()
                + "__admin/fault")).POST(HttpRequest.BodyPublishers.ofString("{\"kind\":\"NOPE\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, bad.statusCode());
        http.send(HttpRequest.newBuilder(URI.create(gateway.baseUrl() + "__admin/reset"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(0, gateway.journal().size());
    }

    @Test
    void protocolErrorsUseTheErrorFormat() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> noKey = http.send(HttpRequest.newBuilder(URI.create(gateway.baseUrl() + "v1/batches"))
                .header("Authorization", "Bearer " + gateway.token())
                .POST(HttpRequest.BodyPublishers.ofString("A")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, noKey.statusCode());
        assertTrue(noKey.body().contains("\"code\":\"missing_idempotency_key\""), noKey.body());
        assertTrue(noKey.headers().firstValue("X-Request-Id").isPresent());
        HttpResponse<String> badLimit = http.send(HttpRequest.newBuilder(URI.create(gateway.baseUrl()
                + "v1/messages?limit=900")).header("Authorization", "Bearer " + gateway.token()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, badLimit.statusCode());
        HttpResponse<String> unknown = http.send(HttpRequest.newBuilder(URI.create(gateway.baseUrl()
                + "v1/batches/NOPE")).header("Authorization", "Bearer " + gateway.token()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, unknown.statusCode());
    }
}
