package org.acesdk.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The updater against a loopback server serving a real USITC export, with faults. */
class AceDataUpdaterTest {
    private static byte[] exportGz;
    private static byte[] exportJson;

    /** What the server does with the next request. */
    interface Handler {
        void handle(HttpExchange x) throws IOException;
    }

    private HttpServer server;
    private final AtomicReference<Handler> handler = new AtomicReference<>();
    private final List<String> requests = new ArrayList<>();

    @TempDir
    Path dir;

    @BeforeAll
    static void realExport() throws IOException {
        // 2026 Revision 10, written back row for row from the bundled history: a real export
        HtsHistory h = AceData.bundled().htsHistory();
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        UsitcExport.write(h.rows(h.indexOf("2026_rev_10")), json);
        exportJson = json.toByteArray();
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (OutputStream o = new GZIPOutputStream(gz)) {
            o.write(exportJson);
        }
        exportGz = gz.toByteArray();
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", x -> {
            synchronized (requests) {
                requests.add(x.getRequestURI().toString());
            }
            try {
                handler.get().handle(x);
            } finally {
                x.close();
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private AceDataUpdater.Builder updater() {
        return AceDataUpdater.builder()
                .baseUri(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/reststop/"))
                .readTimeout(Duration.ofSeconds(2)).totalTimeout(Duration.ofSeconds(5));
    }

    private static HtsRelease rev11() {
        return HtsRelease.current("2026_rev_11", "2026 Revision 11", LocalDate.of(2026, 7, 15));
    }

    private static Handler serve(int status, String type, byte[] body) {
        return x -> {
            x.getResponseHeaders().set("Content-Type", type);
            x.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                x.getResponseBody().write(body);
            }
        };
    }

    private List<String> entries() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.equals(".lock")).sorted().toList();
        }
    }


    @Test
    void aRealExportIsInstalledWithProvenanceAndReadBack() throws IOException {
        handler.set(serve(200, "application/json", exportGz));
        List<long[]> progress = new ArrayList<>();
        List<String> events = new ArrayList<>();
        UpdateResult r = updater().listener(new UpdateListener() {
            @Override
            public void downloadStarted(String url) {
                events.add("start");
            }

            @Override
            public void progress(long read, long length) {
                progress.add(new long[] {read, length});
            }

            @Override
            public void verified(HtsRevision revision) {
                events.add("verified " + revision.rowCount());
            }

            @Override
            public void installed(UpdateResult result) {
                events.add("installed");
            }
        }).build().installHtsRevision(dir, rev11());

        assertEquals(List.of("/reststop/exportList?from=0100&to=9999&format=JSON&styles=false"), requests);
        assertEquals(List.of("start", "verified 35509", "installed"), events);
        assertEquals(exportGz.length, progress.get(progress.size() - 1)[0]);
        assertEquals(exportGz.length, progress.get(0)[1]);
        assertEquals(35_509, r.revision().rowCount());
        assertEquals(org.acesdk.data.internal.HistoryCompiler.sha256(exportGz), r.revision().sha256());

        AceData data = AceData.fromDirectory(dir);
        assertEquals(r.version(), data.version());
        HtsHistory h = data.htsHistory();
        assertEquals(45, h.revisions().size());
        assertEquals("2026_rev_11", h.newest().id());
        assertEquals(h.rows(h.indexOf("2026_rev_10")), h.rows(h.indexOf("2026_rev_11")));
        assertEquals(LocalDate.of(2026, 7, 15), data.table(AceData.HTS_HISTORY).asOf());
        // fees and the other tables still come from the bundle
        assertEquals("bundled", data.table(AceData.FEES).origin());
        String current = Files.readString(dir.resolve(AceData.CURRENT)).trim();
        Path prov = dir.resolve(current).resolve("hts/hts_2026_rev_11.provenance.json");
        String p = Files.readString(prov);
        assertTrue(p.contains(r.revision().sha256()) && p.contains("\"rows\" : 35509") && p.contains("exportList"), p);
        assertTrue(Files.isRegularFile(dir.resolve(current).resolve("hts/hts_2026_rev_11.json.gz")));
        // the same revision again is refused, and leaves the data as it is
        List<String> before = entries();
        assertThrows(DataException.class, () -> updater().build().installHtsRevision(dir, rev11()));
        assertEquals(before, entries());
    }

    @Test
    void plainJsonIsAcceptedAndStoredCompressed() throws IOException {
        handler.set(serve(200, "application/json;charset=UTF-8", exportJson));
        UpdateResult r = updater().build().installHtsRevision(dir, rev11());
        assertEquals(exportJson.length, r.bytes());
        assertEquals(35_509, AceData.fromDirectory(dir).htsHistory().newest().rowCount());
    }

    private List<String> installedBaseline() throws IOException {
        // an installed directory to protect: rev 11 first, then faults on rev 12
        handler.set(serve(200, "application/json", exportGz));
        updater().build().installHtsRevision(dir, rev11());
        return entries();
    }

    private static HtsRelease rev12() {
        return HtsRelease.current("2026_rev_12", "2026 Revision 12", LocalDate.of(2026, 8, 1));
    }

    @Test
    void aServerErrorLeavesTheInstalledDataUntouched() throws IOException {
        List<String> before = installedBaseline();
        handler.set(serve(500, "text/plain", "down".getBytes()));
        IOException e = assertThrows(IOException.class, () -> updater().build().installHtsRevision(dir, rev12()));
        assertTrue(e.getMessage().contains("HTTP 500"), e.getMessage());
        assertEquals(before, entries());
        assertEquals("2026_rev_11", AceData.fromDirectory(dir).htsHistory().newest().id());
    }

    @Test
    void aConnectionResetMidBodyLeavesTheInstalledDataUntouched() throws IOException {
        List<String> before = installedBaseline();
        handler.set(x -> {
            x.getResponseHeaders().set("Content-Type", "application/json");
            x.sendResponseHeaders(200, exportGz.length);
            x.getResponseBody().write(exportGz, 0, exportGz.length / 3);
            x.getResponseBody().flush();
            x.getHttpContext().getServer(); // then the exchange is closed short of its length
        });
        assertThrows(IOException.class, () -> updater().build().installHtsRevision(dir, rev12()));
        assertEquals(before, entries());
    }

    @Test
    void aTruncatedGzipIsRefused() throws IOException {
        List<String> before = installedBaseline();
        byte[] cut = java.util.Arrays.copyOf(exportGz, exportGz.length / 2);
        handler.set(serve(200, "application/gzip", cut));
        DataException e = assertThrows(DataException.class, () -> updater().build().installHtsRevision(dir, rev12()));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
        assertEquals(before, entries());
    }

    @Test
    void aWrongContentTypeIsRefused() throws IOException {
        List<String> before = installedBaseline();
        handler.set(serve(200, "text/html", "<html>maintenance</html>".getBytes()));
        DataException e = assertThrows(DataException.class, () -> updater().build().installHtsRevision(dir, rev12()));
        assertTrue(e.getMessage().contains("text/html"), e.getMessage());
        assertEquals(before, entries());
    }

    @Test
    void aSlowBodyIsCutAtTheTotalTimeout() throws IOException {
        List<String> before = installedBaseline();
        handler.set(x -> {
            x.getResponseHeaders().set("Content-Type", "application/json");
            x.sendResponseHeaders(200, exportGz.length);
            OutputStream o = x.getResponseBody();
            try {
                for (int i = 0; i < exportGz.length; i += 1000) {
                    o.write(exportGz, i, Math.min(1000, exportGz.length - i));
                    o.flush();
                    Thread.sleep(200);
                }
            } catch (InterruptedException | IOException e) {
                Thread.currentThread().interrupt();
            }
        });
        long t0 = System.nanoTime();
        IOException e = assertThrows(IOException.class, () -> updater().totalTimeout(Duration.ofSeconds(1)).build()
                .installHtsRevision(dir, rev12()));
        assertTrue(Duration.ofNanos(System.nanoTime() - t0).compareTo(Duration.ofSeconds(4)) < 0);
        assertTrue(e.getMessage().contains("not complete within"), e.getMessage());
        assertEquals(before, entries());
    }

    @Test
    void anExportMissingChaptersOrRowsIsRefused() throws IOException {
        List<String> before = installedBaseline();
        HtsHistory h = AceData.bundled().htsHistory();
        List<HtsRow> rows = new ArrayList<>(h.rows(h.indexOf("2026_rev_10")));
        rows.removeIf(r -> r.htsno() != null && r.htsno().startsWith("42"));
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        UsitcExport.write(rows, json);
        handler.set(serve(200, "application/json", json.toByteArray()));
        DataException e = assertThrows(DataException.class, () -> updater().build().installHtsRevision(dir, rev12()));
        assertTrue(e.getMessage().contains("chapters missing: 42"), e.getMessage());
        DataException few = assertThrows(DataException.class, () -> updater().minRows(40_000).build()
                .installHtsRevision(dir, rev12()));
        assertTrue(few.getMessage().contains("fewer than 40000"), few.getMessage());
        assertEquals(before, entries());
    }

    @Test
    void aListenerThatAbortsMidDownloadLeavesNoHalfWrittenDirectory() throws IOException {
        List<String> before = installedBaseline();
        handler.set(serve(200, "application/json", exportGz));
        UpdateListener abort = new UpdateListener() {
            @Override
            public void progress(long read, long length) {
                if (read > length / 2) {
                    throw new IllegalStateException("user cancelled");
                }
            }
        };
        assertThrows(IllegalStateException.class, () -> updater().listener(abort).build()
                .installHtsRevision(dir, rev12()));
        assertUntouched2(before);
        // a crash that left a staging folder: ignored by readers, removed by the next update
        Files.createDirectories(dir.resolve(".staging-crashed/hts"));
        Files.writeString(dir.resolve(".staging-crashed/ace-data.json"), "{half");
        assertEquals("2026_rev_11", AceData.fromDirectory(dir).htsHistory().newest().id());
        handler.set(serve(200, "application/json", exportGz));
        updater().build().installHtsRevision(dir, rev12());
        assertFalse(entries().contains(".staging-crashed"));
        assertEquals("2026_rev_12", AceData.fromDirectory(dir).htsHistory().newest().id());
    }

    private void assertUntouched2(List<String> before) throws IOException {
        assertEquals(before, entries());
        assertEquals("2026_rev_11", AceData.fromDirectory(dir).htsHistory().newest().id());
    }

    @Test
    void anOlderRevisionOrBadSettingsAreRefusedBeforeAnyDownload() {
        handler.set(serve(200, "application/json", exportGz));
        assertThrows(DataException.class, () -> updater().build().installHtsRevision(dir,
                HtsRelease.current("2026_rev_9b", "old", LocalDate.of(2026, 6, 1))));
        assertEquals(List.of(), requests);
        assertThrows(IllegalArgumentException.class, () -> updater().baseUri(URI.create("ftp://x/")).build());
        assertThrows(IllegalArgumentException.class, () -> updater().totalTimeout(Duration.ZERO).build());
        assertThrows(IllegalArgumentException.class, () -> HtsRelease.current("../x", "x", LocalDate.now()));
        assertThrows(IllegalArgumentException.class,
                () -> new HtsRelease("x", "x", LocalDate.now(), "https://elsewhere.example/"));
    }
}
