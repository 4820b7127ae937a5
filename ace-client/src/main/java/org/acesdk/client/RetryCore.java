package org.acesdk.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.acesdk.client.internal.GatewayJson;
import org.acesdk.client.internal.Redaction;
import org.acesdk.client.transport.ResponseTooLargeException;
import org.acesdk.client.transport.Transport;
import org.acesdk.client.transport.TransportRequest;
import org.acesdk.client.transport.TransportResponse;

/**
 * The client's retry core: one call made of bounded attempts over the transport, with capped jittered backoff,
 * {@code Retry-After} honoured and capped, one token refresh on 401, the same idempotency key on every attempt, and
 * every failure mapped to a typed {@link AceException} that says whether a submission may have arrived. Events go to
 * the configured listener. Thread-safe.
 */
final class RetryCore {
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

    private final AceClient.Builder config;
    private final Transport transport;
    private final GatewayJson json;

    RetryCore(AceClient.Builder config, Transport transport, GatewayJson json) {
        this.config = config;
        this.transport = transport;
        this.json = json;
    }

    static final class Result {
        final TransportResponse response;
        final int attempts;

        Result(TransportResponse response, int attempts) {
            this.response = response;
            this.attempts = attempts;
        }
    }

    Result execute(String operation, String method, String path, byte[] body, String contentType,
            Map<String, String> extraHeaders, String key) {
        long start = config.clock.millis();
        long deadline = start + config.totalTimeout.toMillis();
        List<AceException> failures = new ArrayList<>();
        boolean refreshed = false;
        // whether any attempt may have reached the gateway (a submission's failure says so)
        boolean arrived = false;
        int attempt = 0;
        while (true) {
            attempt++;
            long now = config.clock.millis();
            long left = deadline - now;
            if (left <= 0) {
                throw fail(arrived, operation, method, path, key, attempt - 1, new AceTimeoutException(operation
                        + " did not complete within the total timeout of " + config.totalTimeout, last(failures)),
                        failures);
            }
            Duration timeout = Duration.ofMillis(Math.min(config.attemptTimeout.toMillis(), left));
            String token = config.tokens.token();
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Authorization", "Bearer " + token);
            headers.put("Accept", "application/json");
            headers.put("User-Agent", "ace-sdk-java/0.1.0");
            headers.putAll(extraHeaders);
            TransportRequest request = new TransportRequest(method, path, headers, body, contentType, timeout,
                    config.maxResponseBytes);
            final int n = attempt;
            Map<String, String> redacted = Redaction.headers(headers);
            listen(l -> l.onAttempt(event(operation, method, path, key, n, 0, Duration.ZERO, null, null, null,
                    redacted)));
            long t0 = System.nanoTime();
            AceException error = null;
            TransportResponse response = null;
            try {
                response = transport.send(request);
            } catch (ResponseTooLargeException e) {
                throw fail(true, operation, method, path, key, attempt, new AceException("the gateway's response exceeds "
                        + config.maxResponseBytes + " bytes and was not read", null, 0, "response_too_large", false,
                        null), failures);
            } catch (InterruptedIOException e) {
                arrived |= !Arrivals.beforeSending(e);
                error = new AceConnectionException(operation + " attempt " + attempt + " timed out after " + timeout,
                        "timeout", e);
            } catch (IOException e) {
                arrived |= !Arrivals.beforeSending(e);
                error = new AceConnectionException(operation + " attempt " + attempt + " failed: "
                        + Redaction.text(e.getClass().getSimpleName() + (e.getMessage() == null ? ""
                        : ": " + e.getMessage())), "connection_failed", e);
            } catch (RuntimeException e) {
                arrived = true;
                error = new AceConnectionException(operation + " attempt " + attempt + " failed in the transport: "
                        + e.getClass().getSimpleName(), "transport_failed", e);
            }
            Duration took = Duration.ofNanos(System.nanoTime() - t0);
            if (response != null) {
                TransportResponse resp = response;
                JsonNode n0 = resp.status() >= 300 ? json.parse(resp.body()) : null;
                String rid = requestId(resp, n0);
                listen(l -> l.onResponse(event(operation, method, path, key, n, resp.status(), took, null, rid, null,
                        redacted)));
                if (resp.status() >= 200 && resp.status() < 300) {
                    return new Result(resp, attempt);
                }
                if (resp.status() == 401 && !refreshed) {
                    refreshed = true;
                    config.tokens.invalidate(token);
                    attempt--;
                    continue;
                }
                arrived |= resp.status() >= 500;
                error = map(resp, n0, rid);
            }
            if (!error.isRetryable() || attempt >= config.retry.maxAttempts()) {
                throw fail(arrived, operation, method, path, key, attempt, error, failures);
            }
            Duration retryAfter = error instanceof AceRateLimitException
                    ? ((AceRateLimitException) error).retryAfter().orElse(null)
                    : response != null ? retryAfter(response) : null;
            Duration delay = config.retry.delay(attempt, retryAfter);
            if (delay.compareTo(Duration.ofMillis(Math.max(0, deadline - config.clock.millis()))) >= 0) {
                failures.add(error);
                throw fail(arrived, operation, method, path, key, attempt, new AceTimeoutException(operation
                        + " cannot be retried within the total timeout of " + config.totalTimeout
                        + " (next attempt due in " + delay + ")", error), failures.subList(0, failures.size() - 1));
            }
            failures.add(error);
            AceException e = error;
            listen(l -> l.onRetry(event(operation, method, path, key, n, e.httpStatus(), took, delay, e.requestId(),
                    e.errorCode(), redacted)));
            sleep(delay);
        }
    }

    private static AceException last(List<AceException> failures) {
        return failures.isEmpty() ? null : failures.get(failures.size() - 1);
    }

    private AceException fail(boolean arrived, String operation, String method, String path, String key,
            int attempts, AceException error, List<AceException> earlier) {
        if (key != null) {
            error.submission(key, null, arrived ? AceException.Arrival.MAY_HAVE_ARRIVED
                    : AceException.Arrival.NOT_ARRIVED);
        }
        for (AceException e : earlier) {
            if (e != error && e != error.getCause()) {
                error.addSuppressed(e);
            }
        }
        listen(l -> l.onFailure(event(operation, method, path, key, attempts, error.httpStatus(), Duration.ZERO, null,
                error.requestId(), error.errorCode()), error));
        return error;
    }

    void sleep(Duration d) {
        try {
            config.sleeper.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AceConnectionException("interrupted while waiting to retry", "interrupted", e);
        }
    }

    private AceException map(TransportResponse r, JsonNode n, String rid) {
        JsonNode err = n == null ? null : n.path("error");
        String code = err == null ? null : GatewayJson.text(err, "code");
        String message = err == null ? null : GatewayJson.text(err, "message");
        int s = r.status();
        String text = "gateway answered " + s + (code == null ? "" : " " + code)
                + (message == null ? "" : ": " + Redaction.text(message));
        String c = code == null ? "http_" + s : code;
        if (s == 401 || s == 403) {
            return new AceAuthenticationException(text, rid, s, c);
        }
        if (s == 429) {
            return new AceRateLimitException(text, rid, c, retryAfter(r));
        }
        if (s == 409) {
            if ("idempotency_conflict".equals(code)) {
                return new AceIdempotencyConflictException(text, rid, c);
            }
            return new AceServiceException(text, rid, s, c, true);
        }
        if (s >= 500) {
            return new AceServiceException(text, rid, s, c, true);
        }
        return new AceRejectedException(text, rid, s, c);
    }

    private Duration retryAfter(TransportResponse r) {
        String v = r.header("Retry-After").orElse(null);
        if (v == null || v.isBlank()) {
            return null;
        }
        String t = v.trim();
        if (!t.isEmpty() && t.length() <= 40 && t.chars().allMatch(c -> c >= '0' && c <= '9')) {
            // delay-seconds: capped however many digits the gateway sends
            return t.length() > 6 ? MAX_HEADER_DELAY
                    : min(Duration.ofSeconds(Long.parseLong(t)), MAX_HEADER_DELAY);
        }
        if (t.length() > 64) {
            return null;
        }
        try {
            ZonedDateTime at = ZonedDateTime.parse(t, HTTP_DATE);
            Duration d = Duration.between(Instant.ofEpochMilli(config.clock.millis()), at.toInstant());
            return d.isNegative() ? Duration.ZERO : min(d, MAX_HEADER_DELAY);
        } catch (DateTimeParseException | ArithmeticException e2) {
            return null;
        }
    }

    /** The most any header may ask the client to wait; the retry policy caps it further. */
    static final Duration MAX_HEADER_DELAY = Duration.ofDays(1);

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    static String requestId(TransportResponse r, JsonNode n) {
        String h = r.header("X-Request-Id").or(() -> r.header("Request-Id")).orElse(null);
        if (h != null) {
            return h;
        }
        return n == null ? null : GatewayJson.text(n.path("error"), "requestId");
    }

    private AceEvent event(String operation, String method, String path, String key, int attempt, int status,
            Duration duration, Duration delay, String rid, String code) {
        return event(operation, method, path, key, attempt, status, duration, delay, rid, code, Map.of());
    }

    static AceEvent event(String operation, String method, String path, String key, int attempt, int status,
            Duration duration, Duration delay, String rid, String code, Map<String, String> headers) {
        return new AceEvent(operation, method, path, key, attempt, status, duration, delay, rid, code, headers);
    }

    void listen(java.util.function.Consumer<AceEventListener> call) {
        try {
            call.accept(config.listener);
        } catch (RuntimeException ignored) {
            // a listener must not break the client
        }
    }
}
