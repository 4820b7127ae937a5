package org.acesdk.testkit.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The fake gateway's HTTP/1.1 server, written for hostile input: every request is answered or its connection closed
 * within a bound. Request lines and headers are size-limited and parsed strictly (a malformed one gets 400 and the
 * connection is closed), {@code Content-Length} must be digits, chunk sizes hex, and a body over the limit is refused
 * with 413 while it streams (nothing kept, connection closed). A connection idle or trickling longer than the read
 * timeout is closed. Loopback only. Not API.
 */
public final class HttpServerCore implements AutoCloseable {
    /** Longest request line or header line. */
    static final int MAX_LINE = 8192;
    /** Most header lines. */
    static final int MAX_HEADERS = 100;
    /** Most connections served at once; more are closed on accept. */
    static final int MAX_CONNECTIONS = 128;

    /** A request as read: header names as sent, looked up case-insensitively. */
    public static final class Request {
        private final String method;
        private final String target;
        private final Map<String, String> headers;
        private final Map<String, String> lookup;
        private final byte[] body;

        Request(String method, String target, Map<String, String> headers, byte[] body) {
            this.method = method;
            this.target = target;
            this.headers = Collections.unmodifiableMap(headers);
            java.util.TreeMap<String, String> l = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            headers.forEach(l::putIfAbsent);
            this.lookup = l;
            this.body = body;
        }

        /** The method, e.g. {@code POST}. */
        public String method() {
            return method;
        }

        /** The request target as sent, e.g. {@code /v1/messages?limit=10}. */
        public String target() {
            return target;
        }

        /** The headers, names as sent (the first of repeated ones). */
        public Map<String, String> headers() {
            return headers;
        }

        /** A header by name, case-insensitive, or {@code null}. */
        public String header(String name) {
            return lookup.get(name);
        }

        /** The body (empty when none). */
        public byte[] body() {
            return body;
        }
    }

    /** How an answer is delivered: in full, or broken in one of the ways the fake's faults need. */
    public enum Delivery {
        /** Headers and body. */
        NORMAL,
        /** Nothing: the connection is closed. */
        DROP,
        /** Headers and half the body, then the connection is closed. */
        TRUNCATE,
        /** The body in ten parts spread over {@code spreadMillis}. */
        TRICKLE
    }

    /** An answer. */
    public record Response(int status, Map<String, String> headers, byte[] body, long delayMillis, Delivery delivery,
            long spreadMillis) {
        /** A plain answer. */
        public static Response of(int status, Map<String, String> headers, byte[] body) {
            return new Response(status, headers, body, 0, Delivery.NORMAL, 0);
        }
    }

    private final ServerSocket socket;
    private final Function<Request, Response> handler;
    private final long maxBody;
    private final int readTimeoutMillis;
    private final ExecutorService pool;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Thread acceptor;
    private volatile boolean closed;

    /**
     * Starts the server on the loopback address.
     *
     * @param port the port, 0 for any free one
     * @param maxBody the largest request body accepted
     * @param readTimeoutMillis how long a read may wait for the client
     * @param handler answers each well-formed request
     * @throws IOException if the port cannot be bound
     */
    public HttpServerCore(int port, long maxBody, int readTimeoutMillis, Function<Request, Response> handler)
            throws IOException {
        this.handler = handler;
        this.maxBody = maxBody;
        this.readTimeoutMillis = readTimeoutMillis;
        this.socket = new ServerSocket(port, 128, InetAddress.getLoopbackAddress());
        this.pool = new ThreadPoolExecutor(0, MAX_CONNECTIONS, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, "fake-gateway-conn");
            t.setDaemon(true);
            return t;
        });
        this.acceptor = new Thread(this::acceptLoop, "fake-gateway-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** The port listened on. */
    public int port() {
        return socket.getLocalPort();
    }

    private void acceptLoop() {
        while (!closed) {
            Socket s;
            try {
                s = socket.accept();
            } catch (IOException e) {
                if (closed) {
                    return;
                }
                continue;
            }
            try {
                s.setTcpNoDelay(true);
                s.setSoTimeout(readTimeoutMillis);
                open.add(s);
                pool.execute(() -> serve(s));
            } catch (RejectedExecutionException | SocketException e) {
                closeQuietly(s);
            }
        }
    }

    /** A request that cannot be served: answered with the status, then the connection is closed. */
    private static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        final int status;
        final String code;

        Refused(int status, String code, String message) {
            super(message, null, false, false);
            this.status = status;
            this.code = code;
        }
    }

    private void serve(Socket s) {
        try (s) {
            InputStream in = new BufferedInputStream(s.getInputStream(), 16384);
            OutputStream out = new BufferedOutputStream(s.getOutputStream(), 16384);
            while (!closed) {
                Request r;
                try {
                    r = read(in, out);
                } catch (Refused e) {
                    write(out, refusal(e), true);
                    discardBriefly(s, in);
                    return;
                }
                if (r == null) {
                    return;
                }
                Response resp;
                try {
                    resp = handler.apply(r);
                } catch (RuntimeException e) {
                    resp = Response.of(500, Map.of("Content-Type", "application/json"),
                            ("{\"error\":{\"code\":\"internal\",\"message\":\"the fake gateway failed: "
                                    + e.getClass().getSimpleName() + "\"}}").getBytes(StandardCharsets.UTF_8));
                }
                boolean close = "close".equalsIgnoreCase(r.header("connection"));
                if (!deliver(out, resp, close)) {
                    return;
                }
                if (close) {
                    return;
                }
            }
        } catch (SocketTimeoutException e) {
            // idle or trickling past the read timeout: the connection is closed
        } catch (IOException e) {
            // the client went away
        } finally {
            open.remove(s);
        }
    }

    /**
     * After a refusal, lets the client read the answer: output is shut, and what the client is still sending is read
     * and dropped for a bounded time and amount, then the connection closes.
     */
    private static void discardBriefly(Socket s, InputStream in) {
        try {
            s.shutdownOutput();
            s.setSoTimeout(250);
            long deadline = System.nanoTime() + 2_000_000_000L;
            byte[] buf = new byte[65536];
            long dropped = 0;
            while (System.nanoTime() < deadline && dropped < (64L << 20) && in.read(buf) >= 0) {
                dropped += buf.length;
            }
        } catch (IOException e) {
            // closed or timed out: done either way
        }
    }

    private final java.util.concurrent.atomic.AtomicLong refusals = new java.util.concurrent.atomic.AtomicLong();

    private Response refusal(Refused e) {
        String rid = "req-refused-" + refusals.incrementAndGet();
        String body = "{\"error\":{\"code\":\"" + e.code + "\",\"message\":\"" + e.getMessage()
                + "\",\"requestId\":\"" + rid + "\"}}";
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Type", "application/json");
        h.put("X-Request-Id", rid);
        return Response.of(e.status, h, body.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads one request; {@code null} at a clean end of the connection. */
    private Request read(InputStream in, OutputStream out) throws IOException, Refused {
        String line = line(in, true);
        if (line == null) {
            return null;
        }
        String[] parts = line.split(" ", -1);
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty() || !parts[0].chars().allMatch(
                c -> c >= 'A' && c <= 'Z') || !(parts[2].equals("HTTP/1.1") || parts[2].equals("HTTP/1.0"))) {
            throw new Refused(400, "bad_request", "malformed request line");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        int count = 0;
        while (true) {
            String h = line(in, false);
            if (h == null) {
                throw new Refused(400, "bad_request", "the headers end early");
            }
            if (h.isEmpty()) {
                break;
            }
            if (++count > MAX_HEADERS) {
                throw new Refused(431, "bad_request", "too many header lines");
            }
            int colon = h.indexOf(':');
            if (colon <= 0 || h.charAt(0) == ' ' || h.charAt(0) == '\t' || h.substring(0, colon).contains(" ")) {
                throw new Refused(400, "bad_request", "malformed header line");
            }
            String name = h.substring(0, colon);
            String value = h.substring(colon + 1).trim();
            String lower = name.toLowerCase(Locale.ROOT);
            String prev = lower.equals(name) ? headers.putIfAbsent(name, value) : null;
            if (!lower.equals(name)) {
                prev = firstIgnoringCase(headers, name);
                if (prev == null) {
                    headers.put(name, value);
                }
            }
            if (prev != null && (lower.equals("content-length") || lower.equals("transfer-encoding"))) {
                throw new Refused(400, "bad_request", "repeated " + lower);
            }
        }
        String te = firstIgnoringCase(headers, "transfer-encoding");
        String cl = firstIgnoringCase(headers, "content-length");
        byte[] body;
        if (te != null) {
            if (cl != null || !te.equalsIgnoreCase("chunked")) {
                throw new Refused(400, "bad_request", "unsupported transfer encoding");
            }
            continueIfExpected(headers, out);
            body = chunked(in);
        } else if (cl != null) {
            if (cl.isEmpty() || cl.length() > 18 || !cl.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new Refused(400, "bad_request", "Content-Length must be a number");
            }
            long n = Long.parseLong(cl);
            if (n > maxBody) {
                throw new Refused(413, "payload_too_large", "the body exceeds " + maxBody + " bytes");
            }
            continueIfExpected(headers, out);
            body = in.readNBytes((int) n);
            if (body.length < n) {
                throw new IOException("the body ends early");
            }
        } else {
            body = new byte[0];
        }
        return new Request(parts[0], parts[1], headers, body);
    }

    private static String firstIgnoringCase(Map<String, String> headers, String name) {
        for (Map.Entry<String, String> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    private static void continueIfExpected(Map<String, String> headers, OutputStream out) throws IOException {
        if ("100-continue".equalsIgnoreCase(firstIgnoringCase(headers, "expect"))) {
            out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }
    }

    private byte[] chunked(InputStream in) throws IOException, Refused {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String size = line(in, false);
            if (size == null) {
                throw new IOException("the body ends early");
            }
            int semi = size.indexOf(';');
            String hex = (semi >= 0 ? size.substring(0, semi) : size).trim();
            if (hex.isEmpty() || hex.length() > 8 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                throw new Refused(400, "bad_request", "malformed chunk size");
            }
            long n = Long.parseLong(hex, 16);
            if (n == 0) {
                // trailers, up to the empty line
                String t;
                int count = 0;
                while ((t = line(in, false)) != null && !t.isEmpty()) {
                    if (++count > MAX_HEADERS) {
                        throw new Refused(400, "bad_request", "too many trailer lines");
                    }
                }
                return body.toByteArray();
            }
            if (body.size() + n > maxBody) {
                throw new Refused(413, "payload_too_large", "the body exceeds " + maxBody + " bytes");
            }
            byte[] chunk = in.readNBytes((int) n);
            if (chunk.length < n) {
                throw new IOException("the body ends early");
            }
            body.write(chunk);
            String end = line(in, false);
            if (end == null || !end.isEmpty()) {
                throw new Refused(400, "bad_request", "malformed chunk");
            }
        }
    }

    /** One CRLF- (or LF-) terminated line of at most {@link #MAX_LINE} bytes; {@code null} at end of stream. */
    private static String line(InputStream in, boolean first) throws IOException, Refused {
        ByteArrayOutputStream b = new ByteArrayOutputStream(128);
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') {
                byte[] bytes = b.toByteArray();
                int len = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, len, StandardCharsets.ISO_8859_1);
            }
            if (b.size() >= MAX_LINE) {
                throw new Refused(first ? 414 : 431, "bad_request", "line longer than " + MAX_LINE + " bytes");
            }
            b.write(c);
        }
        if (b.size() == 0) {
            return null;
        }
        throw new IOException("the connection ends inside a line");
    }

    /** Delivers an answer; {@code false} when the connection must close. */
    private boolean deliver(OutputStream out, Response r, boolean close) throws IOException {
        if (r.delayMillis() > 0) {
            sleep(r.delayMillis());
        }
        switch (r.delivery()) {
            case DROP:
                return false;
            case TRUNCATE: {
                writeHead(out, r, false);
                out.write(r.body(), 0, r.body().length / 2);
                out.flush();
                return false;
            }
            case TRICKLE: {
                writeHead(out, r, close);
                int parts = Math.min(10, Math.max(1, r.body().length));
                int step = (r.body().length + parts - 1) / parts;
                for (int off = 0; off < r.body().length; off += step) {
                    out.write(r.body(), off, Math.min(step, r.body().length - off));
                    out.flush();
                    sleep(r.spreadMillis() / parts);
                }
                return !close;
            }
            default:
                write(out, r, close);
                return !close;
        }
    }

    private static void write(OutputStream out, Response r, boolean close) throws IOException {
        writeHead(out, r, close);
        out.write(r.body());
        out.flush();
    }

    private static void writeHead(OutputStream out, Response r, boolean close) throws IOException {
        StringBuilder h = new StringBuilder(256);
        h.append("HTTP/1.1 ").append(r.status()).append(' ').append(reason(r.status())).append("\r\n");
        for (Map.Entry<String, String> e : r.headers().entrySet()) {
            h.append(e.getKey()).append(": ").append(e.getValue()).append("\r\n");
        }
        h.append("Content-Length: ").append(r.body().length).append("\r\n");
        if (close) {
            h.append("Connection: close\r\n");
        }
        h.append("\r\n");
        out.write(h.toString().getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String reason(int status) {
        switch (status) {
            case 200: return "OK";
            case 202: return "Accepted";
            case 400: return "Bad Request";
            case 401: return "Unauthorized";
            case 404: return "Not Found";
            case 405: return "Method Not Allowed";
            case 409: return "Conflict";
            case 413: return "Payload Too Large";
            case 414: return "URI Too Long";
            case 422: return "Unprocessable Entity";
            case 429: return "Too Many Requests";
            case 431: return "Request Header Fields Too Large";
            case 500: return "Internal Server Error";
            case 503: return "Service Unavailable";
            default: return "Status";
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // nothing to do
        }
    }

    /** Stops accepting and closes every connection. */
    @Override
    public void close() {
        closed = true;
        try {
            socket.close();
        } catch (IOException e) {
            // nothing to do
        }
        for (Socket s : new ArrayList<>(open)) {
            closeQuietly(s);
        }
        pool.shutdownNow();
    }

}
