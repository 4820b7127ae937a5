package org.acesdk.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The SDK's reference data: every dated table the rules and the duty math need (the tariff history of all bundled
 * USITC revisions, user fees, chapter 99 programs and product lists, ports, policy values), each with its sources and
 * "as of" date. One way in: {@link #bundled()} (shipped in this jar), {@link #fromDirectory(Path)} (what
 * {@link AceDataUpdater} installs), and {@link #toBuilder()} to replace single tables. Immutable and thread-safe.
 */
public final class AceData {
    /** The compiled tariff history ({@link HtsHistory}). */
    public static final String HTS_HISTORY = "hts-history";
    /** User fees by fiscal year and MPF exemptions (JSON). */
    public static final String FEES = "fees";
    /** Chapter 99 additional-duty programs: headings, rates, dates, legal sources, coverage and stacking (JSON). */
    public static final String CHAPTER99_PROGRAMS = "chapter99-programs";
    /** Product scope of the chapter 99 programs: list, prefix, from, to, heading (CSV). */
    public static final String CHAPTER99_SCOPES = "chapter99-scopes";
    /** U.S. ports of entry (CSV: code, name, hmf). */
    public static final String PORTS = "ports";
    /** Dated policy values (properties). */
    public static final String POLICY = "policy";
    /** Section 301 (China) product lists: hts8, list, chapter 99 heading (CSV). */
    public static final String S301_PRODUCT_LISTS = "s301-product-lists";
    /** Products exempt from the Section 122 surcharge: hts8 (CSV). */
    public static final String S122_EXEMPT_PRODUCTS = "s122-exempt-products";
    /** PGA flag definitions: flag, agency, may or required, programs, allowed disclaimers (CSV). */
    public static final String PGA_FLAGS = "pga-flags";

    /** The manifest's file name, in the jar's data package and in a data directory. */
    public static final String MANIFEST = "ace-data.json";
    /** In a data directory written by the updater: the file naming the installed version's folder. */
    public static final String CURRENT = "CURRENT";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String version;
    private final Map<String, DataTable> tables;
    private final HistoryHolder history;

    private AceData(String version, Map<String, DataTable> tables, HistoryHolder history) {
        this.version = version;
        this.tables = Collections.unmodifiableMap(new LinkedHashMap<>(tables));
        this.history = history;
    }

    /** Parses the tariff history once, on first use, for every copy that shares the table. */
    private static final class HistoryHolder {
        private final DataTable table;
        private volatile HtsHistory value;

        HistoryHolder(DataTable table, HtsHistory value) {
            this.table = table;
            this.value = value;
        }

        HtsHistory get() {
            HtsHistory h = value;
            if (h == null) {
                synchronized (this) {
                    h = value;
                    if (h == null) {
                        if (table == null) {
                            throw new DataException("data has no table " + HTS_HISTORY);
                        }
                        try (InputStream in = table.open()) {
                            h = HtsHistory.read(in);
                        } catch (IOException e) {
                            throw new DataException("table " + HTS_HISTORY + " (" + table.origin()
                                    + ") cannot be read: " + e.getMessage(), e);
                        }
                        value = h;
                    }
                }
            }
            return h;
        }
    }

    private static final class Bundled {
        static final AceData INSTANCE = loadBundled();
    }

    /** The data shipped in this jar (parsed on first use, then shared). */
    public static AceData bundled() {
        return Bundled.INSTANCE;
    }

    private static AceData loadBundled() {
        try (InputStream in = AceData.class.getResourceAsStream(MANIFEST)) {
            if (in == null) {
                throw new DataException("the bundled data manifest org/acesdk/data/" + MANIFEST + " is missing");
            }
            Manifest m = Manifest.parse(in.readAllBytes(), "bundled " + MANIFEST);
            Map<String, DataTable> tables = new LinkedHashMap<>();
            for (Manifest.Entry e : m.entries) {
                String file = e.file;
                if (AceData.class.getResource(file) == null) {
                    throw new DataException("bundled table " + e.id + ": resource " + file + " is missing");
                }
                tables.put(e.id, DataTable.of(e.id, e.asOf, e.sources, e.note, "bundled", () -> {
                    InputStream s = AceData.class.getResourceAsStream(file);
                    if (s == null) {
                        throw new NoSuchFileException("org/acesdk/data/" + file);
                    }
                    return s;
                }));
            }
            return new AceData(m.version, tables, new HistoryHolder(tables.get(HTS_HISTORY), null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Data from a directory in the layout {@link AceDataUpdater} writes: a {@value #MANIFEST} listing tables and
     * their files, either in the directory itself or in the folder its {@value #CURRENT} file names. Tables the
     * directory does not hold come from {@link #bundled()}.
     *
     * @param dir the directory
     * @return the data
     * @throws IOException if the directory or a listed file cannot be read
     * @throws DataException if the manifest is malformed
     */
    public static AceData fromDirectory(Path dir) throws IOException {
        Path root = resolveCurrent(dir);
        Path manifest = root.resolve(MANIFEST);
        Manifest m = Manifest.parse(Files.readAllBytes(manifest), MANIFEST);
        Map<String, DataTable> tables = new LinkedHashMap<>(bundled().tables);
        for (Manifest.Entry e : m.entries) {
            Path f = root.resolve(e.file).normalize();
            if (!f.startsWith(root.normalize())) {
                throw new DataException(MANIFEST + ": table " + e.id + " names a file outside its directory");
            }
            if (!Files.isRegularFile(f)) {
                throw new DataException(MANIFEST + ": table " + e.id + ": file " + e.file + " is missing");
            }
            tables.put(e.id, DataTable.of(e.id, e.asOf, e.sources, e.note, "file " + e.file,
                    () -> Files.newInputStream(f)));
        }
        boolean ownHistory = m.entries.stream().anyMatch(e -> e.id.equals(HTS_HISTORY));
        return new AceData(m.version, tables, ownHistory ? new HistoryHolder(tables.get(HTS_HISTORY), null)
                : bundled().history);
    }

    static Path resolveCurrent(Path dir) throws IOException {
        Path current = dir.resolve(CURRENT);
        if (Files.isRegularFile(current)) {
            String name = Files.readString(current, StandardCharsets.UTF_8).trim();
            if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
                throw new DataException(CURRENT + " does not name a version folder");
            }
            return dir.resolve(name);
        }
        return dir;
    }

    /** A builder starting from no tables. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this data's tables, to replace some. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.version = version;
        b.tables.putAll(tables);
        b.history = history;
        return b;
    }

    /** The bundle's version, e.g. {@code 2026.12.02}; a directory's own version when read from one. */
    public String version() {
        return version;
    }

    /** Every table, by id. */
    public Map<String, DataTable> tables() {
        return tables;
    }

    /**
     * A table by id.
     *
     * @param id the id, e.g. {@link #FEES}
     * @return the table
     * @throws DataException naming the id when there is no such table
     */
    public DataTable table(String id) {
        DataTable t = tables.get(id);
        if (t == null) {
            throw new DataException("data version " + version + " has no table " + id);
        }
        return t;
    }

    /** A table by id, when present. */
    public Optional<DataTable> findTable(String id) {
        return Optional.ofNullable(tables.get(id));
    }

    /**
     * The tariff history (parsed on first use, then kept).
     *
     * @return the history
     * @throws DataException if the table is missing or damaged
     */
    public HtsHistory htsHistory() {
        return history.get();
    }

    @Override
    public String toString() {
        return "AceData[" + version + ", " + tables.size() + " tables]";
    }

    /** Builds {@link AceData}; not thread-safe. */
    public static final class Builder {
        private String version = "custom";
        private final Map<String, DataTable> tables = new LinkedHashMap<>();
        private HistoryHolder history;

        private Builder() {
        }

        /** Sets the version label. */
        public Builder version(String version) {
            if (version == null || version.isBlank()) {
                throw new IllegalArgumentException("version must not be blank");
            }
            this.version = version;
            return this;
        }

        /** Adds or replaces a table (by its id). */
        public Builder table(DataTable table) {
            Objects.requireNonNull(table, "table");
            tables.put(table.id(), table);
            if (table.id().equals(HTS_HISTORY)) {
                history = null;
            }
            return this;
        }

        /** Replaces the tariff history with one already in memory. */
        public Builder htsHistory(HtsHistory h) {
            Objects.requireNonNull(h, "history");
            HtsRevision newest = h.newest();
            tables.put(HTS_HISTORY, DataTable.of(HTS_HISTORY, newest.effective(),
                    List.of("USITC HTS exports " + h.revisions().get(0).name() + " to " + newest.name()), "",
                    "memory", () -> {
                        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                        h.write(out);
                        return new java.io.ByteArrayInputStream(out.toByteArray());
                    }));
            history = new HistoryHolder(tables.get(HTS_HISTORY), h);
            return this;
        }

        /** Builds the data. */
        public AceData build() {
            HistoryHolder h = history != null ? history : new HistoryHolder(tables.get(HTS_HISTORY), null);
            return new AceData(version, tables, h);
        }
    }

    /** The manifest: version and tables. */
    static final class Manifest {
        final String version;
        final List<Entry> entries;

        Manifest(String version, List<Entry> entries) {
            this.version = version;
            this.entries = entries;
        }

        static final class Entry {
            final String id;
            final String file;
            final LocalDate asOf;
            final List<String> sources;
            final String note;

            Entry(String id, String file, LocalDate asOf, List<String> sources, String note) {
                this.id = id;
                this.file = file;
                this.asOf = asOf;
                this.sources = sources;
                this.note = note;
            }
        }

        static Manifest parse(byte[] json, String where) throws IOException {
            JsonNode root;
            try {
                root = JSON.readTree(json);
            } catch (IOException e) {
                throw new DataException(where + ": not JSON", e);
            }
            if (root == null || !root.isObject()) {
                throw new DataException(where + ": expected an object");
            }
            JsonNode v = root.get("version");
            if (v == null || !v.isTextual() || v.asText().isBlank()) {
                throw new DataException(where + ": 'version' is missing");
            }
            JsonNode t = root.get("tables");
            if (t == null || !t.isObject()) {
                throw new DataException(where + ": 'tables' must be an object");
            }
            List<Entry> entries = new ArrayList<>();
            for (Map.Entry<String, JsonNode> e : t.properties()) {
                String id = e.getKey();
                JsonNode n = e.getValue();
                String file = text(n, "file", where, id);
                LocalDate asOf;
                try {
                    asOf = LocalDate.parse(text(n, "asOf", where, id));
                } catch (DateTimeParseException ex) {
                    throw new DataException(where + ": table " + id + ": asOf is not an ISO date");
                }
                List<String> sources = new ArrayList<>();
                JsonNode s = n.get("sources");
                if (s == null || !s.isArray() || s.isEmpty()) {
                    throw new DataException(where + ": table " + id + ": 'sources' must be a non-empty array");
                }
                for (JsonNode x : s) {
                    if (!x.isTextual()) {
                        throw new DataException(where + ": table " + id + ": sources must be text");
                    }
                    sources.add(x.asText());
                }
                JsonNode note = n.get("note");
                entries.add(new Entry(id, file, asOf, List.copyOf(sources), note == null ? "" : note.asText()));
            }
            return new Manifest(v.asText(), List.copyOf(entries));
        }

        private static String text(JsonNode n, String f, String where, String id) {
            JsonNode x = n.get(f);
            if (x == null || !x.isTextual() || x.asText().isBlank()) {
                throw new DataException(where + ": table " + id + ": '" + f + "' is missing");
            }
            return x.asText();
        }
    }
}
