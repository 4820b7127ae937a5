package org.acesdk.rules.advisor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.acesdk.model.code.HtsNumber;
import org.acesdk.model.code.InvalidValueException;

/**
 * A list of products a chapter 99 program covers, for what the tariff schedule does not carry (e.g. Section 232
 * derivative products, Section 122 exemptions): bundled in {@code ace-data} ({@code chapter99-scopes}) or supplied by
 * the caller to replace or extend a bundled list. Immutable and thread-safe.
 *
 * <p>CSV with a header row; columns are found by name, case-insensitively, in any order, values optionally quoted:
 * <ul>
 *   <li>{@code hts_prefix} (or {@code hts8}, {@code hts}): 4 to 10 digits, dots allowed; a product matches when its
 *       HTS number starts with it. Required.</li>
 *   <li>{@code heading} (or {@code ch99_code}): the chapter 99 heading to declare for it. Optional.</li>
 *   <li>{@code from} (or {@code effective_date}): first entry date, ISO; empty for always. Optional.</li>
 *   <li>{@code to}: last entry date, ISO; empty for open-ended. Optional.</li>
 * </ul>
 */
public final class ProductList {
    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\d{4,10}");

    /**
     * One listed product prefix.
     *
     * @param prefix the HTS digits the product starts with
     * @param heading the chapter 99 heading to declare, or {@code null}
     * @param from first entry date, or {@code null}
     * @param to last entry date, or {@code null}
     * @param row the CSV row number (1 = the header)
     */
    public record Entry(String prefix, HtsNumber heading, LocalDate from, LocalDate to, int row) {

        /** Whether the entry is in force on the date. */
        public boolean isInForce(LocalDate date) {
            return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
        }
    }

    private final String name;
    private final List<Entry> entries;
    private final Map<String, List<Entry>> byPrefix = new HashMap<>();
    private final int shortest;

    private ProductList(String name, List<Entry> entries) {
        this.name = name;
        this.entries = Collections.unmodifiableList(entries);
        int min = 10;
        for (Entry e : entries) {
            byPrefix.computeIfAbsent(e.prefix(), k -> new ArrayList<>()).add(e);
            min = Math.min(min, e.prefix().length());
        }
        this.shortest = min;
    }

    /**
     * Reads a list from a file.
     *
     * @param file the CSV
     * @param name the list's name, as the advice rules refer to it (e.g. {@code S232}, {@code S122-EXEMPT})
     * @return the list
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException naming the row and column that is malformed
     */
    public static ProductList load(Path file, String name) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, name);
        }
    }

    /** Reads a list from a stream (UTF-8); see {@link #load(Path, String)}. */
    public static ProductList load(InputStream in, String name) throws IOException {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a product list needs a name");
        }
        return read(in, name, false).get(name);
    }

    /**
     * Reads several lists from one CSV whose {@code list} column names the list of each row (the shape of the
     * bundled {@code chapter99-scopes} table); other columns as {@link #load(Path, String)}.
     *
     * @param in the CSV (UTF-8, not closed)
     * @param table the table's name, for messages
     * @return the lists by name, in first-seen order
     * @throws IOException if the stream cannot be read
     * @throws IllegalArgumentException naming the row and column that is malformed
     */
    public static Map<String, ProductList> loadAll(InputStream in, String table) throws IOException {
        return read(in, table, true);
    }

    private static Map<String, ProductList> read(InputStream in, String name, boolean multi) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String header = r.readLine();
        if (header == null) {
            throw new IllegalArgumentException("product list " + name + ": empty file, a header row is required");
        }
        List<String> cols = new ArrayList<>();
        for (String c : split(header.replace("\uFEFF", ""))) {
            cols.add(c.toLowerCase(Locale.ROOT));
        }
        int prefix = column(cols, "hts_prefix", "hts8", "hts");
        if (prefix < 0) {
            throw new IllegalArgumentException("product list " + name + ": no hts_prefix (or hts8, hts) column");
        }
        int heading = column(cols, "heading", "ch99_code");
        int from = column(cols, "from", "effective_date");
        int to = column(cols, "to");
        int listCol = multi ? column(cols, "list") : -1;
        if (multi && listCol < 0) {
            throw new IllegalArgumentException("product lists " + name + ": no list column");
        }
        Map<String, List<Entry>> lists = new java.util.LinkedHashMap<>();
        List<Entry> out = new ArrayList<>();
        if (!multi) {
            lists.put(name, out);
        }
        String line;
        int row = 1;
        while ((line = r.readLine()) != null) {
            row++;
            if (line.isBlank()) {
                continue;
            }
            List<String> f = split(line);
            String p = get(f, prefix).replace(".", "");
            if (!DIGITS.matcher(p).matches()) {
                throw new IllegalArgumentException("product list " + name + ", row " + row + ", column "
                        + cols.get(prefix) + ": '" + org.acesdk.model.internal.Redact.echo(p) + "' is not 4-10 HTS digits");
            }
            HtsNumber h = null;
            String hs = get(f, heading);
            if (!hs.isEmpty()) {
                try {
                    h = HtsNumber.parse(hs);
                } catch (InvalidValueException e) {
                    throw new IllegalArgumentException("product list " + name + ", row " + row + ", column "
                            + cols.get(heading) + ": " + e.getMessage());
                }
            }
            Entry e = new Entry(p, h, date(get(f, from), name, row, "from"), date(get(f, to), name, row, "to"), row);
            if (multi) {
                String list = get(f, listCol);
                if (list.isEmpty() || list.length() > 64) {
                    throw new IllegalArgumentException("product lists " + name + ", row " + row
                            + ", column list: a list name of 1 to 64 characters is required");
                }
                lists.computeIfAbsent(list, k -> new ArrayList<>()).add(e);
            } else {
                out.add(e);
            }
        }
        Map<String, ProductList> result = new java.util.LinkedHashMap<>();
        lists.forEach((k, v) -> result.put(k, new ProductList(k, v)));
        return result;
    }

    private static LocalDate date(String s, String name, int row, String col) {
        if (s.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("product list " + name + ", row " + row + ", column " + col + ": '"
                    + org.acesdk.model.internal.Redact.echo(s) + "' is not an ISO date");
        }
    }

    private static int column(List<String> cols, String... names) {
        for (String n : names) {
            int i = cols.indexOf(n);
            if (i >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static String get(List<String> f, int i) {
        return i < 0 || i >= f.size() ? "" : f.get(i);
    }

    private static List<String> split(String line) {
        return org.acesdk.rules.internal.CsvFields.split(line);
    }

    /** The list's name. */
    public String name() {
        return name;
    }

    /** Every entry, in file order. */
    public List<Entry> entries() {
        return entries;
    }

    /** The most specific entry in force on the date whose prefix the HTS number starts with. */
    public Optional<Entry> match(HtsNumber hts, LocalDate date) {
        String d = hts.digits();
        for (int len = Math.min(10, d.length()); len >= shortest; len--) {
            List<Entry> es = byPrefix.get(d.substring(0, len));
            if (es != null) {
                for (Entry e : es) {
                    if (e.isInForce(date)) {
                        return Optional.of(e);
                    }
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "ProductList[" + name + ", " + entries.size() + " entries]";
    }
}
