package org.acesdk.benchmarks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.acesdk.client.AccessTokenProvider;
import org.acesdk.client.AceClient;
import org.acesdk.client.SubmitOptions;
import org.acesdk.client.Transmission;
import org.acesdk.client.catair.BlockContent;
import org.acesdk.client.catair.CatairWriter;
import org.acesdk.client.catair.EntrySummaryEncoder;
import org.acesdk.client.catair.Envelope;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.rules.duty.DutyCalculator;
import org.acesdk.testkit.SampleFilings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Client overhead per submission against a local HTTP server, compared in the same run with a bare OkHttp POST of
 * the same bytes and headers. {@code clientRaw} is the client's transport overhead (idempotency key, retry core,
 * events, JSON reading); {@code clientSubmit} adds validation, duty assessment and CATAIR encoding of a 3-line entry.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ClientOverheadBenchmark {
    private static final byte[] ACCEPTED = ("{\"batchId\":\"B-1\",\"receivedAt\":\"2026-04-01T12:00:00Z\","
            + "\"status\":\"RECEIVED\"}").getBytes(StandardCharsets.UTF_8);
    private static final MediaType TEXT = MediaType.get("text/plain; charset=US-ASCII");

    HttpServer server;
    OkHttpClient okHttp;
    AceClient client;
    EntrySummary entry;
    String batch;
    byte[] batchBytes;
    String url;

    @Setup(Level.Trial)
    public void setup() throws IOException {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(202, ACCEPTED.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(ACCEPTED);
            }
        });
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.start();
        url = "http://127.0.0.1:" + server.getAddress().getPort();
        okHttp = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();
        entry = SampleFilings.oceanEntry().build();
        client = AceClient.builder().baseUrl(url).credentials(AccessTokenProvider.of("bench-token"))
                .filerCode(SampleFilings.FILER.code()).siteCode("2704").ruleContext(SampleFilings.context())
                .clock(java.time.Clock.fixed(SampleFilings.NOW, java.time.ZoneOffset.UTC)).okHttpClient(okHttp).build();
        List<String> records = EntrySummaryEncoder.encode(entry,
                DutyCalculator.create(SampleFilings.context()).assess(entry));
        batch = CatairWriter.standard().batch(Envelope.builder().siteCode("2704").senderId(SampleFilings.FILER.code())
                .build(), java.time.LocalDate.of(2026, 4, 1),
                List.of(new BlockContent("AE", "2704", SampleFilings.FILER.code(), null, records)));
        batchBytes = batch.getBytes(StandardCharsets.US_ASCII);
        Transmission t = client.submit(entry);
        System.out.println("batch: " + batchBytes.length + " bytes; submit answered " + t.batchId());
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        client.close();
        okHttp.dispatcher().executorService().shutdown();
        okHttp.connectionPool().evictAll();
        server.stop(0);
    }

    /** The baseline: one OkHttp POST of the same bytes and headers, body read. */
    @Benchmark
    public byte[] bareOkHttpPost() throws IOException {
        Request request = new Request.Builder().url(url + "/v1/batches")
                .header("Authorization", "Bearer bench-token").header("Accept", "application/json")
                .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .post(RequestBody.create(batchBytes, TEXT)).build();
        try (Response response = okHttp.newCall(request).execute()) {
            return response.body().bytes();
        }
    }

    /** The client's own overhead: {@code raw} with the pre-encoded batch. */
    @Benchmark
    public Transmission clientRaw() {
        return client.raw("AE", batch, SubmitOptions.defaults());
    }

    /** The whole submission: validate, assess, encode and POST a 3-line entry summary. */
    @Benchmark
    public Transmission clientSubmit() {
        return client.submit(entry);
    }
}
