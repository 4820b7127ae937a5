package org.acesdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fake's HTTP surface under malformed and oversized requests (issue 15, items 11-13). */
class HostileHttpTest {

    /** Sends raw bytes, then reads what comes back until the server closes or 3 s pass without a byte. */
    static String exchange(int port, String request, boolean halfClose) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(3000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            if (halfClose) {
                s.shutdownOutput();
            }
            return readAll(s.getInputStream());
        }
    }

    static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        try {
            int n;
            while ((n = in.read(buf)) >= 0) {
                b.write(buf, 0, n);
            }
        } catch (SocketTimeoutException e) {
            return b.toString(StandardCharsets.ISO_8859_1) + "[TIMEOUT]";
        } catch (IOException e) {
            // reset after the answer
        }
        return b.toString(StandardCharsets.ISO_8859_1);
    }

    @Test
    void connectionCloseIsHonouredSoReadingToTheEndFinishes() throws IOException {
        // the default read timeout is 10 s: an answer to "Connection: close" must end long before it
        try (FakeAceGateway g = FakeAceGateway.start()) {
            long t0 = System.nanoTime();
            String answer = exchange(g.port(), "GET /v1/messages HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                    + g.token() + "\r\nConnection: close\r\n\r\n", false);
            long took = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
            assertTrue(answer.contains("\r\nConnection: close\r\n"), "the answer says so: " + answer);
            assertTrue(!answer.endsWith("[TIMEOUT]"), "the server closed: " + answer);
            assertTrue(took < 2000, "read to the end in " + took + " ms");
            // without it the connection stays open for the next request (HTTP/1.1 keep-alive)
            String kept = exchange(g.port(), "GET /v1/messages HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                    + g.token() + "\r\n\r\n", false);
            assertTrue(kept.startsWith("HTTP/1.1 200") && kept.endsWith("[TIMEOUT]"), kept);
        }
    }

    @Test
    void malformedRequestsAreAnsweredAndClosedNeverLeftHanging() throws IOException {
        try (FakeAceGateway g = FakeAceGateway.builder().readTimeout(Duration.ofSeconds(1)).start()) {
            String auth = "Authorization: Bearer " + g.token() + "\r\n";
            String get = exchange(g.port(), "GET /v1/messages HTTP/1.1\r\nHost: x\r\n" + auth
                    + "Content-Length: 5\r\nConnection: close\r\n\r\nhello", false);
            assertTrue(get.startsWith("HTTP/1.1 200"), get);
            for (String bad : List.of(
                    "POST /v1/batches HTTP/1.1\r\nHost: x\r\n" + auth + "Content-Length: abc\r\n\r\n",
                    "POST /v1/batches HTTP/1.1\r\nHost: x\r\n" + auth + "Transfer-Encoding: chunked\r\n\r\nzz\r\n",
                    " GET /v1/messages HTTP/1.1\r\nHost: x\r\n\r\n",
                    "GET /v1/messages\r\n\r\n",
                    "POST /v1/batches HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n",
                    "GET /" + "a".repeat(10_000) + " HTTP/1.1\r\n\r\n")) {
                String answer = exchange(g.port(), bad, false);
                String what = bad.substring(0, Math.min(30, bad.length()));
                assertTrue(answer.matches("(?s)HTTP/1\\.1 4\\d\\d .*"), what + " -> " + answer);
                assertTrue(!answer.endsWith("[TIMEOUT]"), "closed after answering: " + answer);
            }
            // a request that never ends is closed at the read timeout
            long t0 = System.nanoTime();
            String unfinished = exchange(g.port(), "GET /v1/messages HTTP/1.1\r\nHost: x\r\n", false);
            assertTrue(!unfinished.endsWith("[TIMEOUT]"), unfinished);
            assertTrue(System.nanoTime() - t0 < 2_900_000_000L);
            // and the fake keeps serving
            assertTrue(exchange(g.port(), "GET /v1/messages HTTP/1.1\r\n" + auth + "Connection: close\r\n\r\n", false)
                    .startsWith("HTTP/1.1 200"));
        }
    }

    @Test
    void anOversizeBodyIsRefusedWhileStreamingAndNothingIsKept() throws Exception {
        try (FakeAceGateway g = FakeAceGateway.builder().maxBodyBytes(1 << 20).start()) {
            String head = "POST /v1/batches HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + g.token()
                    + "\r\nIdempotency-Key: k1\r\nContent-Length: " + (24 << 20) + "\r\n\r\n";
            try (Socket s = new Socket("127.0.0.1", g.port())) {
                s.setSoTimeout(5000);
                s.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
                Thread writer = new Thread(() -> {
                    byte[] chunk = new byte[65536];
                    try {
                        for (int i = 0; i < 384; i++) {
                            s.getOutputStream().write(chunk);
                        }
                    } catch (IOException e) {
                        // refused: expected
                    }
                });
                writer.start();
                String answer = readAll(s.getInputStream());
                assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
                assertTrue(answer.contains("payload_too_large"), answer);
                writer.join(5000);
            }
            // chunked past the limit: refused too
            StringBuilder chunked = new StringBuilder("POST /v1/batches HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: "
                    + "chunked\r\n\r\n");
            String part = "A".repeat(65536);
            for (int i = 0; i < 20; i++) {
                chunked.append("10000\r\n").append(part).append("\r\n");
            }
            assertTrue(exchange(g.port(), chunked.toString(), false).startsWith("HTTP/1.1 413"));
            assertEquals(List.of(), g.journal().entries(), "refused bodies are not kept");
        }
    }

    @Test
    void theAdminRoutesNeedTheTokenWhenAsked() throws IOException {
        try (FakeAceGateway open = FakeAceGateway.start();
                FakeAceGateway guarded = FakeAceGateway.builder().requireAdminToken(true).start()) {
            String req = "GET /__admin/journal HTTP/1.1\r\nConnection: close\r\n";
            assertTrue(exchange(open.port(), req + "\r\n", false).startsWith("HTTP/1.1 200"));
            assertTrue(exchange(guarded.port(), req + "\r\n", false).startsWith("HTTP/1.1 401"));
            assertTrue(exchange(guarded.port(), req + "Authorization: Bearer wrong\r\n\r\n", false)
                    .startsWith("HTTP/1.1 401"));
            assertTrue(exchange(guarded.port(), req + "Authorization: Bearer " + guarded.token() + "\r\n\r\n", false)
                    .startsWith("HTTP/1.1 200"));
        }
    }
}
