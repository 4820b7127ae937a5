package org.acesdk.client.transport;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The HTTPS transport, on OkHttp. It shares the caller's connection pool and dispatcher when given an
 * {@link OkHttpClient}, and always turns OkHttp's own {@code retryOnConnectionFailure} off: a silent re-send of a
 * POST could file twice; retries belong to the client, which reuses the idempotency key. Thread-safe.
 */
public final class OkHttpTransport implements Transport {
    private final HttpUrl baseUrl;
    private final String base;
    private final OkHttpClient client;
    private final boolean ownsClient;

    private OkHttpTransport(HttpUrl baseUrl, OkHttpClient client, boolean ownsClient) {
        this.baseUrl = baseUrl;
        this.base = baseUrl.toString().replaceAll("/+$", "");
        // one derived client (sharing the caller's pools); each call is bounded by its own call timeout, which
        // covers connecting, writing and reading, so the per-phase timeouts are lifted here
        this.client = client.newBuilder().retryOnConnectionFailure(false).followRedirects(false)
                .followSslRedirects(false).connectTimeout(Duration.ZERO).readTimeout(Duration.ZERO)
                .writeTimeout(Duration.ZERO).callTimeout(Duration.ZERO)
                .addNetworkInterceptor(OkHttpTransport::holdRetryAfter).build();
        this.ownsClient = ownsClient;
    }

    /**
     * A transport to the gateway at {@code baseUrl}, sharing the pools of {@code client}.
     *
     * @param baseUrl the gateway base URL, e.g. {@code https://gateway.example/}
     * @param client the caller's OkHttp client, or {@code null} for a private one
     * @return the transport
     */
    public static OkHttpTransport create(String baseUrl, OkHttpClient client) {
        HttpUrl url = HttpUrl.parse(Objects.requireNonNull(baseUrl, "baseUrl"));
        if (url == null) {
            throw new IllegalArgumentException("baseUrl is not an http(s) URL");
        }
        return new OkHttpTransport(url, client == null ? new OkHttpClient() : client, client == null);
    }

    @Override
    public TransportResponse send(TransportRequest request) throws IOException {
        HttpUrl url = HttpUrl.parse(base + request.path());
        if (url == null) {
            throw new IllegalArgumentException("bad request path");
        }
        Request.Builder rb = new Request.Builder().url(url);
        request.headers().forEach(rb::header);
        if ("POST".equals(request.method())) {
            MediaType type = request.contentType() == null ? null : MediaType.parse(request.contentType());
            rb.post(RequestBody.create(request.body(), type));
        } else {
            rb.get();
        }
        long ms = Math.max(1, request.timeout().toMillis());
        Call call = client.newCall(rb.build());
        call.timeout().timeout(ms, TimeUnit.MILLISECONDS);
        try (Response response = call.execute()) {
            Map<String, String> headers = new HashMap<>();
            for (String name : response.headers().names()) {
                headers.put(name.equalsIgnoreCase(HELD_RETRY_AFTER) ? "Retry-After" : name, response.header(name));
            }
            return new TransportResponse(response.code(), headers, read(response.body(), request.maxResponseBytes()));
        }
    }

    /** Where the gateway's Retry-After waits while OkHttp's follow-up logic runs. */
    private static final String HELD_RETRY_AFTER = "X-Ace-Held-Retry-After";

    /**
     * Moves Retry-After out of OkHttp's sight: its follow-up logic parses the header as an int (a larger number
     * throws) and silently re-sends a 503 whose Retry-After is 0. The client reads the header itself, capped.
     */
    private static Response holdRetryAfter(okhttp3.Interceptor.Chain chain) throws IOException {
        Response r = chain.proceed(chain.request());
        String v = r.header("Retry-After");
        if (v == null) {
            return r;
        }
        return r.newBuilder().removeHeader("Retry-After").header(HELD_RETRY_AFTER,
                v.length() > 64 ? v.substring(0, 64) : v).build();
    }

    private static byte[] read(ResponseBody body, long limit) throws IOException {
        if (body == null) {
            return new byte[0];
        }
        long declared = body.contentLength();
        if (declared > limit) {
            throw new ResponseTooLargeException(limit);
        }
        try (InputStream in = body.byteStream()) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(
                    (int) Math.min(Math.max(declared, 512), Math.min(limit, 1 << 20)));
            byte[] buf = new byte[8192];
            long total = 0;
            int n;
            while ((n = in.read(buf)) >= 0) {
                total += n;
                if (total > limit) {
                    throw new ResponseTooLargeException(limit);
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        }
    }

    /** Closes the private client's pools; a caller's shared client is left alone. */
    @Override
    public void close() {
        if (ownsClient) {
            client.dispatcher().executorService().shutdown();
            client.connectionPool().evictAll();
        }
    }

    @Override
    public String toString() {
        return "OkHttpTransport[" + org.acesdk.client.internal.Redaction.url(baseUrl.toString()) + "]";
    }
}
