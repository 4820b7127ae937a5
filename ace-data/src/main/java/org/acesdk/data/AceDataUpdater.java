package org.acesdk.data;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.acesdk.data.internal.HistoryCompiler;

/**
 * Fetches a USITC HTS revision and installs it into a data directory that {@link AceData#fromDirectory(Path)}
 * reads. The export is downloaded (bounded in size and time), parsed, checked (row count, chapters 1-99 but the
 * reserved 77 present), added to the tariff history, and written into a new version folder beside the installed one;
 * only when all of it is on disk and reads back does the directory's {@value AceData#CURRENT} file switch to it, by
 * an atomic rename. A failed, truncated, slow or interrupted update leaves the installed data untouched (a crash
 * can leave a {@code .staging-*} folder, which the next update removes). Immutable and thread-safe; updates of one
 * directory are serialised by a file lock.
 *
 * <p>The default base URL is the USITC HTS REST API, {@code https://hts.usitc.gov/reststop/}; the current revision
 * is exported by {@code exportList?from=0100&to=9999&format=JSON&styles=false} ({@link HtsRelease#CURRENT_EXPORT}).
 */
public final class AceDataUpdater {
    /** The USITC HTS REST API. */
    public static final URI USITC_REST = URI.create("https://hts.usitc.gov/reststop/");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final URI baseUri;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Duration totalTimeout;
    private final long maxBytes;
    private final int minRows;
    private final UpdateListener listener;
    private final Clock clock;

    private AceDataUpdater(Builder b) {
        this.baseUri = b.baseUri;
        this.connectTimeout = b.connectTimeout;
        this.readTimeout = b.readTimeout;
        this.totalTimeout = b.totalTimeout;
        this.maxBytes = b.maxBytes;
        this.minRows = b.minRows;
        this.listener = b.listener;
        this.clock = b.clock;
    }

    /** A builder with the defaults (USITC, 10 s connect, 60 s idle read, 10 min in all, 64 MiB, 30,000 rows). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this updater's settings. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.baseUri = baseUri;
        b.connectTimeout = connectTimeout;
        b.readTimeout = readTimeout;
        b.totalTimeout = totalTimeout;
        b.maxBytes = maxBytes;
        b.minRows = minRows;
        b.listener = listener;
        b.clock = clock;
        return b;
    }

    /** The base URL requests are relative to. */
    public URI baseUri() {
        return baseUri;
    }

    /**
     * Fetches a revision and installs it as the newest of the directory's tariff history (the bundled history when
     * the directory holds none yet). The directory is created if absent.
     *
     * @param dataDir the data directory
     * @param release the revision to fetch
     * @return what was installed
     * @throws IOException if the download or a file operation fails; the installed data is then unchanged
     * @throws DataException if the export is malformed, fails a check, or is not newer than the newest revision
     */
    public UpdateResult installHtsRevision(Path dataDir, HtsRelease release) throws IOException {
        Objects.requireNonNull(release, "release");
        Files.createDirectories(dataDir);
        try (FileChannel ch = FileChannel.open(dataDir.resolve(".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = ch.lock()) {
            removeStaging(dataDir);
            AceData base = Files.isRegularFile(AceData.resolveCurrent(dataDir).resolve(AceData.MANIFEST))
                    ? AceData.fromDirectory(dataDir) : AceData.bundled();
            HtsHistory history = base.htsHistory();
            if (history.indexOf(release.id()) >= 0) {
                throw new DataException("the data already holds HTS revision " + release.id());
            }
            if (!release.effective().isAfter(history.newest().effective())) {
                throw new DataException("HTS revision " + release.id() + " (effective " + release.effective()
                        + ") is not newer than " + history.newest().id() + " (effective "
                        + history.newest().effective() + ")");
            }
            String url = baseUri.resolve(release.request()).toString();
            byte[] body = download(url);
            Instant fetchedAt = clock.instant();
            List<HtsRow> rows;
            try (InputStream in = new ByteArrayInputStream(body)) {
                rows = UsitcExport.read(in);
            }
            check(rows, release);
            String sha = HistoryCompiler.sha256(body);
            HtsRevision revision = new HtsRevision(release.id(), release.name(), release.effective(), null,
                    rows.size(), sha, url, "installed by AceDataUpdater");
            listener.verified(revision);
            HtsHistory updated = history.with(revision, rows);

            String version = base.version().replaceAll("\\+.*$", "") + "+" + release.id() + "." + STAMP.format(fetchedAt);
            Path staging = dataDir.resolve(".staging-" + UUID.randomUUID());
            try {
                writeVersion(staging, base, updated, version, release, body, url, fetchedAt, revision);
                // read it back before it becomes current
                AceData check = AceData.fromDirectory(staging);
                if (check.htsHistory().revisions().size() != updated.revisions().size()) {
                    throw new DataException("the written history does not read back");
                }
                String folder = "v-" + STAMP.format(fetchedAt) + "-" + release.id();
                Path target = dataDir.resolve(folder);
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
                Path pointer = dataDir.resolve(AceData.CURRENT + ".tmp");
                writeSynced(pointer, (folder + "\n").getBytes(StandardCharsets.US_ASCII));
                Files.move(pointer, dataDir.resolve(AceData.CURRENT), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
                pruneOldVersions(dataDir, folder);
            } finally {
                deleteTree(staging);
            }
            UpdateResult result = new UpdateResult(version, revision, url, fetchedAt, body.length);
            listener.installed(result);
            return result;
        }
    }

    private byte[] download(String url) throws IOException {
        long deadline = System.nanoTime() + totalTimeout.toNanos();
        HttpURLConnection c = (HttpURLConnection) new URL(url).openConnection();
        c.setConnectTimeout((int) Math.min(Integer.MAX_VALUE, connectTimeout.toMillis()));
        c.setReadTimeout((int) Math.min(Integer.MAX_VALUE, readTimeout.toMillis()));
        c.setInstanceFollowRedirects(true);
        c.setRequestProperty("Accept", "application/json, application/gzip");
        c.setRequestProperty("Accept-Encoding", "identity");
        listener.downloadStarted(url);
        try {
            int status = c.getResponseCode();
            if (status != 200) {
                throw new IOException("HTS download: HTTP " + status + " from " + hostOf(url));
            }
            String type = c.getContentType() == null ? "" : c.getContentType().toLowerCase(Locale.ROOT);
            if (!(type.contains("json") || type.contains("gzip") || type.contains("octet-stream"))) {
                throw new DataException("HTS download: content type '" + type.replaceAll("[^\\x20-\\x7e]", "?")
                        + "' is not JSON");
            }
            long length = c.getContentLengthLong();
            if (length > maxBytes) {
                throw new DataException("HTS download: " + length + " bytes announced, more than " + maxBytes);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(length > 0 ? (int) length : 1 << 20);
            byte[] buf = new byte[65536];
            long read = 0;
            try (InputStream in = c.getInputStream()) {
                int n;
                while ((n = in.read(buf)) >= 0) {
                    if (Thread.interrupted()) {
                        throw new InterruptedIOException("HTS download interrupted");
                    }
                    read += n;
                    if (read > maxBytes) {
                        throw new DataException("HTS download: more than " + maxBytes + " bytes");
                    }
                    if (System.nanoTime() > deadline) {
                        throw new IOException("HTS download: not complete within " + totalTimeout);
                    }
                    out.write(buf, 0, n);
                    listener.progress(read, length);
                }
            }
            if (length >= 0 && read != length) {
                throw new IOException("HTS download: " + read + " of " + length + " bytes received");
            }
            return out.toByteArray();
        } finally {
            c.disconnect();
        }
    }

    private static String hostOf(String url) {
        try {
            return URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return "the server";
        }
    }

    private void check(List<HtsRow> rows, HtsRelease release) {
        if (rows.size() < minRows) {
            throw new DataException("HTS revision " + release.id() + ": " + rows.size() + " rows, fewer than "
                    + minRows + ": not a whole export");
        }
        BitSet chapters = new BitSet(100);
        for (HtsRow r : rows) {
            String h = r.htsno();
            if (h != null && h.length() >= 2 && Character.isDigit(h.charAt(0)) && Character.isDigit(h.charAt(1))) {
                chapters.set((h.charAt(0) - '0') * 10 + (h.charAt(1) - '0'));
            }
        }
        StringBuilder missing = new StringBuilder();
        for (int ch = 1; ch <= 99; ch++) {
            if (ch != 77 && !chapters.get(ch)) {
                missing.append(missing.length() == 0 ? "" : ", ").append(ch);
            }
        }
        if (missing.length() > 0) {
            throw new DataException("HTS revision " + release.id() + ": chapters missing: " + missing);
        }
    }

    private void writeVersion(Path dir, AceData base, HtsHistory history, String version, HtsRelease release,
            byte[] body, String url, Instant fetchedAt, HtsRevision revision) throws IOException {
        Files.createDirectories(dir.resolve("hts"));
        ByteArrayOutputStream h = new ByteArrayOutputStream(1 << 20);
        history.write(h);
        writeSynced(dir.resolve("hts-history.bin"), h.toByteArray());
        byte[] gz = body;
        if (body.length < 2 || (body[0] & 0xff) != 0x1f || (body[1] & 0xff) != 0x8b) {
            ByteArrayOutputStream z = new ByteArrayOutputStream(body.length / 8);
            try (OutputStream o = new GZIPOutputStream(z)) {
                o.write(body);
            }
            gz = z.toByteArray();
        }
        writeSynced(dir.resolve("hts/hts_" + release.id() + ".json.gz"), gz);
        ObjectNode prov = JSON.createObjectNode();
        prov.put("revision", release.id());
        prov.put("name", release.name());
        prov.put("effective", release.effective().toString());
        prov.put("url", url);
        prov.put("fetchedAt", fetchedAt.toString());
        prov.put("sha256", revision.sha256());
        prov.put("bytes", body.length);
        prov.put("rows", revision.rowCount());
        writeSynced(dir.resolve("hts/hts_" + release.id() + ".provenance.json"),
                JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(prov));

        ObjectNode manifest = JSON.createObjectNode();
        manifest.put("version", version);
        ObjectNode tables = manifest.putObject("tables");
        ObjectNode hts = tables.putObject(AceData.HTS_HISTORY);
        hts.put("file", "hts-history.bin");
        hts.put("asOf", history.newest().effective().toString());
        ArrayNode sources = hts.putArray("sources");
        sources.add("USITC HTS JSON exports, " + history.revisions().get(0).name() + " to " + history.newest().name()
                + " (" + history.revisions().size() + " revisions); the newest fetched from " + url + " at "
                + fetchedAt + ", SHA-256 " + revision.sha256());
        // tables the installed version holds besides the history are carried over
        for (DataTable t : base.tables().values()) {
            if (t.id().equals(AceData.HTS_HISTORY) || !t.origin().startsWith("file ")) {
                continue;
            }
            String file = "tables/" + t.id();
            Files.createDirectories(dir.resolve("tables"));
            try (InputStream in = t.open()) {
                writeSynced(dir.resolve(file), in.readAllBytes());
            }
            ObjectNode e = tables.putObject(t.id());
            e.put("file", file);
            e.put("asOf", t.asOf().toString());
            ArrayNode s = e.putArray("sources");
            t.sources().forEach(s::add);
            if (!t.note().isEmpty()) {
                e.put("note", t.note());
            }
        }
        writeSynced(dir.resolve(AceData.MANIFEST), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
    }

    private static void writeSynced(Path file, byte[] content) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(content);
            while (b.hasRemaining()) {
                ch.write(b);
            }
            ch.force(true);
        }
    }

    private static void removeStaging(Path dataDir) throws IOException {
        try (Stream<Path> s = Files.list(dataDir)) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith(".staging-")).toList()) {
                deleteTree(p);
            }
        }
    }

    /** Keeps the current version and the one before it (for a manual roll-back); removes older ones. */
    private static void pruneOldVersions(Path dataDir, String current) throws IOException {
        List<Path> versions;
        try (Stream<Path> s = Files.list(dataDir)) {
            versions = s.filter(p -> p.getFileName().toString().startsWith("v-") && Files.isDirectory(p))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList();
        }
        int kept = 0;
        for (Path v : versions) {
            if (v.getFileName().toString().equals(current) || kept < 1) {
                if (!v.getFileName().toString().equals(current)) {
                    kept++;
                }
                continue;
            }
            deleteTree(v);
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(x);
            }
        }
    }

    /** Builds an {@link AceDataUpdater}; validates in {@link #build()}. Not thread-safe. */
    public static final class Builder {
        private URI baseUri = USITC_REST;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(60);
        private Duration totalTimeout = Duration.ofMinutes(10);
        private long maxBytes = 64L << 20;
        private int minRows = 30_000;
        private UpdateListener listener = UpdateListener.NONE;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** The base URL the release's request is resolved against (default {@link #USITC_REST}). */
        public Builder baseUri(URI uri) {
            this.baseUri = uri;
            return this;
        }

        /** Time to connect (default 10 s). */
        public Builder connectTimeout(Duration d) {
            this.connectTimeout = d;
            return this;
        }

        /** Longest wait for the next bytes (default 60 s). */
        public Builder readTimeout(Duration d) {
            this.readTimeout = d;
            return this;
        }

        /** Longest time for the whole download (default 10 min). */
        public Builder totalTimeout(Duration d) {
            this.totalTimeout = d;
            return this;
        }

        /** Most bytes accepted (default 64 MiB; a gzip export is under 1 MB, plain JSON about 14 MB). */
        public Builder maxBytes(long n) {
            this.maxBytes = n;
            return this;
        }

        /** Fewest rows a whole export must have (default 30,000; a 2026 export has about 35,500). */
        public Builder minRows(int n) {
            this.minRows = n;
            return this;
        }

        /** The listener for progress (default none). */
        public Builder listener(UpdateListener l) {
            this.listener = l;
            return this;
        }

        /** The clock for provenance times (default system UTC). */
        public Builder clock(Clock c) {
            this.clock = c;
            return this;
        }

        /**
         * Builds the updater.
         *
         * @return the updater
         * @throws IllegalArgumentException naming the setting that is missing or out of range
         */
        public AceDataUpdater build() {
            if (baseUri == null || !baseUri.isAbsolute() || !(baseUri.getScheme().equals("https")
                    || baseUri.getScheme().equals("http"))) {
                throw new IllegalArgumentException("baseUri must be an absolute http(s) URL");
            }
            if (!baseUri.getPath().endsWith("/")) {
                throw new IllegalArgumentException("baseUri must end with '/'");
            }
            positive(connectTimeout, "connectTimeout");
            positive(readTimeout, "readTimeout");
            positive(totalTimeout, "totalTimeout");
            if (maxBytes < 1024 || maxBytes > (1L << 30)) {
                throw new IllegalArgumentException("maxBytes must be between 1 KiB and 1 GiB");
            }
            if (minRows < 1 || minRows > UsitcExport.MAX_ROWS) {
                throw new IllegalArgumentException("minRows must be between 1 and " + UsitcExport.MAX_ROWS);
            }
            Objects.requireNonNull(listener, "listener");
            Objects.requireNonNull(clock, "clock");
            return new AceDataUpdater(this);
        }

        private static void positive(Duration d, String name) {
            if (d == null || d.isNegative() || d.isZero() || d.compareTo(Duration.ofHours(2)) > 0) {
                throw new IllegalArgumentException(name + " must be positive and at most 2 hours");
            }
        }
    }
}
