package org.acesdk.rules.pga;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.acesdk.model.code.HtsNumber;

/**
 * Which HTS numbers carry which PGA flags, as the caller's copy of the ACE tariff reference gives them: CBP does not
 * publish the flags in bulk, so the SDK ships none (its tests use a small illustrative file). A row's number is a
 * prefix of 4 to 10 digits: a number carries the flags of every prefix of it in the file. Immutable and thread-safe.
 */
public final class PgaFlags {
    /** Most rows read from one file. */
    public static final int MAX_ROWS = 1_000_000;
    /** Longest line read. */
    public static final int MAX_LINE = 256;
    private static final PgaFlags NONE = new PgaFlags(Map.of(), 0);

    private final Map<String, List<PgaFlag>> byPrefix;
    private final int size;

    private PgaFlags(Map<String, List<PgaFlag>> byPrefix, int size) {
        this.byPrefix = byPrefix;
        this.size = size;
    }

    /** No flags: the flag rules check nothing. */
    public static PgaFlags none() {
        return NONE;
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads {@code hts,flag} rows (a first row starting {@code hts} is a header; dots in numbers allowed; {@code #} starts a comment line).
     *
     * @param in the CSV
     * @param name the file's name, for messages
     * @return the flags
     * @throws IOException if it cannot be read
     * @throws IllegalArgumentException naming the row and column that is malformed, a flag with no definition, or a
     *     file over {@value #MAX_ROWS} rows or with a line over {@value #MAX_LINE} characters
     */
    public static PgaFlags load(InputStream in, String name) throws IOException {
        Builder b = builder();
        BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(in, "in"),
                StandardCharsets.UTF_8), 8192);
        int row = 0;
        boolean first = true;
        StringBuilder line = new StringBuilder();
        while (readLine(r, line, name, row + 1)) {
            row++;
            if (row > MAX_ROWS) {
                throw new IllegalArgumentException(name + ": more than " + MAX_ROWS + " rows");
            }
            String l = line.toString().trim();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            boolean header = first && l.toLowerCase(java.util.Locale.ROOT).startsWith("hts");
            first = false;
            if (header) {
                continue;
            }
            String[] f = l.split(",", -1);
            if (f.length != 2) {
                throw new IllegalArgumentException(name + " row " + row + ": expected 2 columns (hts,flag), found "
                        + f.length);
            }
            try {
                b.add(f[0].trim(), f[1].trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + " row " + row + ": " + e.getMessage());
            }
        }
        return b.build();
    }

    private static boolean readLine(BufferedReader r, StringBuilder out, String name, int row) throws IOException {
        out.setLength(0);
        int c = r.read();
        if (c < 0) {
            return false;
        }
        while (c >= 0 && c != '\n') {
            if (c != '\r') {
                if (out.length() >= MAX_LINE) {
                    throw new IllegalArgumentException(name + " row " + row + ": longer than " + MAX_LINE
                            + " characters");
                }
                out.append((char) c);
            }
            c = r.read();
        }
        return true;
    }

    /** The flags of a number: those of every prefix of it on file, in file order, without repeats. */
    public List<PgaFlag> flagsFor(HtsNumber hts) {
        if (byPrefix.isEmpty() || hts == null) {
            return List.of();
        }
        Set<PgaFlag> out = new LinkedHashSet<>();
        String d = hts.digits();
        for (int len = 4; len <= d.length(); len++) {
            List<PgaFlag> fs = byPrefix.get(d.substring(0, len));
            if (fs != null) {
                out.addAll(fs);
            }
        }
        return List.copyOf(out);
    }

    /** The number of rows held. */
    public int size() {
        return size;
    }

    @Override
    public String toString() {
        return "PgaFlags[" + size + " rows]";
    }

    /** Builds {@link PgaFlags}; not thread-safe. */
    public static final class Builder {
        private final Map<String, List<PgaFlag>> byPrefix = new HashMap<>();
        private final Map<String, PgaFlag> table;
        private int size;

        private Builder() {
            this.table = PgaFlag.definitions();
        }

        /**
         * Adds a flag to a number or prefix.
         *
         * @param hts 4 to 10 digits, dots allowed
         * @param flag a flag the definitions know, e.g. {@code CP2}
         * @return this builder
         * @throws IllegalArgumentException naming the column ({@code hts} or {@code flag}) that is wrong
         */
        public Builder add(String hts, String flag) {
            String digits = hts == null ? "" : hts.replace(".", "");
            if (!digits.matches("\\d{4,10}")) {
                throw new IllegalArgumentException("column hts: '" + trim(hts) + "' is not 4-10 digits");
            }
            PgaFlag f = flag == null ? null : table.get(flag.trim().toUpperCase(java.util.Locale.ROOT));
            if (f == null) {
                throw new IllegalArgumentException("column flag: '" + trim(flag) + "' is not a PGA flag the "
                        + "definitions know");
            }
            List<PgaFlag> fs = byPrefix.computeIfAbsent(digits, k -> new ArrayList<>(2));
            if (!fs.contains(f)) {
                fs.add(f);
                size++;
            }
            return this;
        }

        private static String trim(String s) {
            return s == null ? "" : s.length() > 20 ? s.substring(0, 20) + "..." : s;
        }

        /** Adds a flag to a number. */
        public Builder add(HtsNumber hts, String flag) {
            return add(hts.digits(), flag);
        }

        /** Builds the flags. */
        public PgaFlags build() {
            Map<String, List<PgaFlag>> m = new HashMap<>();
            byPrefix.forEach((k, v) -> m.put(k, List.copyOf(v)));
            return new PgaFlags(Map.copyOf(m), size);
        }
    }
}
