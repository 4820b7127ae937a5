package org.acesdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.util.Arrays;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.acesdk.client.catair.BlockContent;
import org.acesdk.client.catair.CatairWriter;
import org.acesdk.client.catair.EntrySummaryEncoder;
import org.acesdk.client.catair.Envelope;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.rules.duty.DutyCalculator;
import org.junit.jupiter.api.Test;

/**
 * {@code java -jar ace-testkit-*-standalone.jar --port N} starts and answers a submission made with curl. On a machine
 * without curl (the build needs only a JDK and Maven) the same requests go through the JDK's HTTP client.
 */
class StandaloneJarIT {

    private static boolean hasCurl() {
        try {
            Process p = new ProcessBuilder("curl", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** GET or POST (with a body file) with headers, by curl or, without it, the JDK client; returns the body. */
    private static String http(String method, String url, List<String> headers, Path body) throws Exception {
        if (hasCurl()) {
            List<String> cmd = new ArrayList<>(List.of("curl", "-s", "-S", "-X", method, url));
            for (String h : headers) {
                cmd.add("-H");
                cmd.add(h);
            }
            if (body != null) {
                cmd.add("--data-binary");
                cmd.add("@" + body);
            }
            return run(cmd);
        }
        java.net.http.HttpRequest.Builder b = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url));
        for (String h : headers) {
            int colon = h.indexOf(':');
            b.header(h.substring(0, colon).trim(), h.substring(colon + 1).trim());
        }
        b.method(method, body == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                : java.net.http.HttpRequest.BodyPublishers.ofFile(body));
        return java.net.http.HttpClient.newHttpClient().send(b.build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "finished: " + command);
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    /** A free loopback port. */
    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Starts the packaged jar with JVM options before {@code -jar} and program arguments after it. */
    private static Process startJar(List<String> jvm, String... args) throws IOException {
        String jar = System.getProperty("ace.testkit.standaloneJar");
        assertNotNull(jar, "run by the build after packaging");
        List<String> command = new ArrayList<>();
        command.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
        command.addAll(jvm);
        command.add("-jar");
        command.add(jar);
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    @Test
    void theStandaloneJarAnswersCurl(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        int port = freePort();
        Process server = startJar(List.of(), "--port", Integer.toString(port), "--token", "t0k");
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(),
                    StandardCharsets.UTF_8));
            String banner = out.readLine();
            assertNotNull(banner, "the jar printed its address");
            assertTrue(banner.contains(":" + port + "/"), banner);

            EntrySummary e = SampleFilings.oceanEntry().build();
            String batch = CatairWriter.standard().batch(Envelope.builder().siteCode("2704").senderId("B76").build(),
                    LocalDate.of(2026, 4, 1), List.of(new BlockContent("AE", "2704", "B76", null,
                            EntrySummaryEncoder.encode(e, DutyCalculator.create(SampleFilings.context()).assess(e)))));
            Path file = dir.resolve("batch.txt");
            Files.writeString(file, batch, StandardCharsets.US_ASCII);
            String base = "http://127.0.0.1:" + port;
            String receipt = http("POST", base + "/v1/batches", List.of("Authorization: Bearer t0k",
                    "Idempotency-Key: curl-1", "Content-Type: text/plain; charset=US-ASCII"), file);
            assertTrue(receipt.contains("\"batchId\":\"BATCH-000001\""), receipt);
            String status = http("GET", base + "/v1/batches/BATCH-000001", List.of("Authorization: Bearer t0k"),
                    null);
            assertTrue(status.contains("\"status\":\"PROCESSED\""), status);
            assertTrue(status.contains("\"applicationId\":\"AX\""), status);
            // an export for AES, filed through the same jar: answered in AES's format with an ITN
            String xp = org.acesdk.client.catair.AesCodec.builder().inferredLayouts(true).build().batch(
                    org.acesdk.client.catair.AesEnvelope.builder().filerId("761234567").build(),
                    LocalDate.of(2026, 4, 1), "CURL01", List.of(SampleFilings.exportFiling().build()));
            Path eei = dir.resolve("eei.txt");
            Files.writeString(eei, xp, StandardCharsets.US_ASCII);
            String second = http("POST", base + "/v1/batches", List.of("Authorization: Bearer t0k",
                    "Idempotency-Key: curl-2", "Content-Type: text/plain; charset=US-ASCII"), eei);
            assertTrue(second.contains("\"batchId\":\"BATCH-000002\""), second);
            String xt = http("GET", base + "/v1/batches/BATCH-000002", List.of("Authorization: Bearer t0k"), null);
            assertTrue(xt.contains("\"applicationId\":\"XT\""), xt);
            assertTrue(xt.contains("ES1974 A  SHIPMENT ADDED"), xt);
            String journal = http("GET", base + "/__admin/journal", List.of(), null);
            assertTrue(journal.contains("\"filings\":2"), journal);
            assertTrue(!journal.contains("t0k"), "the token is not in the journal");
        } finally {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void underA200MegabyteBodyAtXmx256mItAnswers413AndKeepsServing() throws Exception {
        int port = freePort();
        Process server = startJar(List.of("-Xmx256m"), "--port", Integer.toString(port), "--token", "t0k",
                "--admin-token");
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(),
                    StandardCharsets.UTF_8));
            assertTrue(out.readLine().contains("bearer token required"));
            long size = 200L << 20;
            for (boolean chunked : new boolean[] {false, true}) {
                try (Socket s = new Socket("127.0.0.1", port)) {
                    s.setSoTimeout(20_000);
                    String head = "POST /v1/batches HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer t0k\r\n"
                            + "Idempotency-Key: big\r\n" + (chunked ? "Transfer-Encoding: chunked\r\n"
                            : "Content-Length: " + size + "\r\n") + "\r\n";
                    OutputStream o = s.getOutputStream();
                    o.write(head.getBytes(StandardCharsets.US_ASCII));
                    Thread writer = new Thread(() -> {
                        byte[] chunk = new byte[1 << 20];
                        Arrays.fill(chunk, (byte) 65);
                        try {
                            for (long sent = 0; sent < size; sent += chunk.length) {
                                if (chunked) {
                                    o.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(
                                            StandardCharsets.US_ASCII));
                                }
                                o.write(chunk);
                                if (chunked) {
                                    o.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                                }
                            }
                        } catch (IOException e) {
                            // refused mid-body: expected
                        }
                    });
                    writer.start();
                    String answer = HostileHttpTest.readAll(s.getInputStream());
                    assertTrue(answer.startsWith("HTTP/1.1 413"), (chunked ? "chunked: " : "") + answer);
                    writer.join(20_000);
                }
            }
            assertTrue(server.isAlive(), "still running");
            String journal = http("GET", "http://127.0.0.1:" + port + "/__admin/journal",
                    List.of("Authorization: Bearer t0k"), null);
            assertTrue(journal.contains("\"filings\":0"), journal);
        } finally {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
