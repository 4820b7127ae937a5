package org.acesdk.rules.tariff;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.acesdk.model.code.HtsNumber;
import org.acesdk.model.code.InvalidValueException;
import org.acesdk.model.code.UnitOfMeasure;

/**
 * Loads the Harmonized Tariff Schedule as the USITC publishes it: the JSON export (an array of rows with keys
 * {@code htsno, indent, description, superior, units, general, special, other, footnotes, quotaQuantity,
 * additionalDuties}) or the CSV export. Gzip-compressed input is detected. The JSON is streamed.
 *
 * <p>A malformed row fails the whole load with a {@link TariffDataException} naming the row and field: a file
 * never half-loads. Stateless and thread-safe.
 */
public final class UsitcHtsLoader {
    private static final Pattern CH99_REF = Pattern.compile("99\\d\\d\\.\\d\\d\\.\\d\\d");
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder().maxNestingDepth(16)
                    .maxNumberLength(100).maxStringLength(100_000).build())
            .build();
    /** Most rows of an export (a full one has about 36,000). */
    static final int MAX_ROWS = 200_000;
    private static final int MAX_CSV_FIELD = 100_000;
    private static final int MAX_CSV_COLUMNS = 64;
    /** The deepest indent accepted (the USITC's exports go to 11). */
    static final int MAX_INDENT = 20;
    private static final String[] CSV_HEADER = {"HTS Number", "Indent", "Description", "Unit of Quantity",
        "General Rate of Duty", "Special Rate of Duty", "Column 2 Rate of Duty"};

    private UsitcHtsLoader() {
    }

    /**
     * What resolving shares between rows, and between the revisions of a history: parsed rates, numbers and lists
     * (so that a row unchanged across revisions costs its row object only). Thread-safe when built with concurrent
     * maps.
     */
    static final class Caches {
        final Map<String, RateExpression> rates;
        final Map<String, SpecialRates> specials;
        final Map<String, HtsNumber> numbers;
        final Map<List<?>, List<?>> lists;

        Caches(boolean concurrent) {
            rates = concurrent ? new java.util.concurrent.ConcurrentHashMap<>() : new HashMap<>();
            specials = concurrent ? new java.util.concurrent.ConcurrentHashMap<>() : new HashMap<>();
            numbers = concurrent ? new java.util.concurrent.ConcurrentHashMap<>() : new HashMap<>();
            lists = concurrent ? new java.util.concurrent.ConcurrentHashMap<>() : new HashMap<>();
        }

        HtsNumber number(String text) {
            HtsNumber n = numbers.get(text);
            if (n == null) {
                n = HtsNumber.parse(text);
                numbers.put(text, n);
            }
            return n;
        }

        @SuppressWarnings("unchecked")
        <T> List<T> list(List<T> l) {
            if (l.isEmpty()) {
                return List.of();
            }
            List<T> copy = List.copyOf(l);
            List<?> prev = lists.putIfAbsent(copy, copy);
            return prev == null ? copy : (List<T>) prev;
        }
    }

    /** A row as read, before rates are resolved. */
    private record Raw(String htsno, int indent, String description, List<String> units, String general,
            String special, String other, List<String> footnotes, long rowNumber) {
    }

    /**
     * Loads a JSON export from a file ({@code .json} or gzip-compressed).
     *
     * @param file the file
     * @param name the revision's name, e.g. {@code 2026 Revision 4}
     * @param effectiveFrom the date the revision took effect
     * @return the revision
     * @throws IOException if the file cannot be read
     * @throws TariffDataException naming the row and field of malformed data
     */
    public static TariffRevision loadJson(Path file, String name, LocalDate effectiveFrom) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return loadJson(in, name, effectiveFrom);
        }
    }

    /**
     * Loads a JSON export from a stream (plain or gzip); the stream is not closed.
     *
     * @param in the stream
     * @param name the revision's name
     * @param effectiveFrom the date the revision took effect
     * @return the revision
     * @throws IOException if the stream cannot be read
     * @throws TariffDataException naming the row and field of malformed data
     */
    public static TariffRevision loadJson(InputStream in, String name, LocalDate effectiveFrom) throws IOException {
        List<Raw> raws = new ArrayList<>(36_000);
        long row = 0;
        try (JsonParser p = JSON.createParser(org.acesdk.data.UsitcExport.decompressed(in))) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new TariffDataException(0, "", "a USITC JSON export is an array of rows");
            }
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                row++;
                if (row > MAX_ROWS) {
                    throw new TariffDataException(row, "", "more than " + MAX_ROWS + " rows");
                }
                if (t != JsonToken.START_OBJECT) {
                    throw new TariffDataException(row, "", "expected an object");
                }
                raws.add(readRow(p, row));
            }
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            String what = e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException
                    ? "JSON exceeds a size limit (nesting, number or text length)" : "malformed JSON";
            throw new TariffDataException(row + 1, "", what + where);
        }
        return resolve(raws, name, effectiveFrom);
    }

    private static Raw readRow(JsonParser p, long row) throws IOException {
        String htsno = "";
        String indent = "0";
        String description = "";
        List<String> units = List.of();
        String general = "";
        String special = "";
        String other = "";
        List<String> footnotes = new ArrayList<>(1);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken v = p.nextToken();
            switch (field) {
                case "htsno":
                    htsno = text(p, v, row, field);
                    break;
                case "indent":
                    indent = v == JsonToken.VALUE_NUMBER_INT ? p.getText() : text(p, v, row, field);
                    break;
                case "description":
                    description = text(p, v, row, field);
                    break;
                case "units":
                    units = strings(p, v, row, field);
                    break;
                case "general":
                    general = text(p, v, row, field);
                    break;
                case "special":
                    special = text(p, v, row, field);
                    break;
                case "other":
                    other = text(p, v, row, field);
                    break;
                case "footnotes":
                    if (v == JsonToken.START_ARRAY) {
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            while (p.nextToken() == JsonToken.FIELD_NAME) {
                                String f = p.currentName();
                                JsonToken fv = p.nextToken();
                                if ("value".equals(f)) {
                                    String s = text(p, fv, row, "footnotes.value");
                                    if (!s.isBlank()) {
                                        footnotes.add(s.trim());
                                    }
                                } else {
                                    p.skipChildren();
                                }
                            }
                        }
                    } else if (v != JsonToken.VALUE_NULL) {
                        throw new TariffDataException(row, field, "expected an array or null");
                    }
                    break;
                default:
                    p.skipChildren();
            }
        }
        return new Raw(htsno.trim(), indent(indent, row), description, units, general, special, other, footnotes, row);
    }

    private static String text(JsonParser p, JsonToken v, long row, String field) throws IOException {
        if (v == JsonToken.VALUE_NULL) {
            return "";
        }
        if (v == JsonToken.VALUE_STRING || v.isNumeric() || v.isBoolean()) {
            return p.getText();
        }
        throw new TariffDataException(row, field, "expected text, found " + v);
    }

    private static List<String> strings(JsonParser p, JsonToken v, long row, String field) throws IOException {
        if (v == JsonToken.VALUE_NULL) {
            return List.of();
        }
        if (v != JsonToken.START_ARRAY) {
            throw new TariffDataException(row, field, "expected an array of text");
        }
        List<String> out = new ArrayList<>(2);
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            String s = text(p, t, row, field);
            if (!s.isBlank()) {
                out.add(s.trim());
            }
        }
        return out;
    }

    private static int indent(String s, long row) {
        int v;
        try {
            v = Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            throw new TariffDataException(row, "indent", "not a whole number");
        }
        if (v < 0 || v > MAX_INDENT) {
            // bounds the ancestor stack, so resolving stays linear in rows
            throw new TariffDataException(row, "indent", "out of range 0-" + MAX_INDENT);
        }
        return v;
    }

    /**
     * Loads a CSV export (header {@code HTS Number,Indent,Description,Unit of Quantity,General Rate of Duty,
     * Special Rate of Duty,Column 2 Rate of Duty[,Quota Quantity,Additional Duties]}); the stream is not closed.
     *
     * @param in UTF-8 CSV, plain or gzip
     * @param name the revision's name
     * @param effectiveFrom the date the revision took effect
     * @return the revision
     * @throws IOException if the stream cannot be read
     * @throws TariffDataException naming the row and column of malformed data
     */
    public static TariffRevision loadCsv(InputStream in, String name, LocalDate effectiveFrom) throws IOException {
        Reader r = new InputStreamReader(org.acesdk.data.UsitcExport.decompressed(in), StandardCharsets.UTF_8);
        CsvReader csv = new CsvReader(r);
        List<String> header = csv.next();
        if (header == null) {
            throw new TariffDataException(0, "", "the CSV file is empty");
        }
        if (!header.isEmpty() && header.get(0).startsWith("\ufeff")) {
            header.set(0, header.get(0).substring(1));
        }
        for (int i = 0; i < CSV_HEADER.length; i++) {
            if (header.size() <= i || !header.get(i).trim().equalsIgnoreCase(CSV_HEADER[i])) {
                throw new TariffDataException(1, "header", "column " + (i + 1) + " must be '" + CSV_HEADER[i] + "'");
            }
        }
        List<Raw> raws = new ArrayList<>(36_000);
        List<String> f;
        long row = 0;
        while ((f = csv.next()) != null) {
            row++;
            if (row > MAX_ROWS) {
                throw new TariffDataException(row, "", "more than " + MAX_ROWS + " rows");
            }
            if (f.size() == 1 && f.get(0).isBlank()) {
                continue;
            }
            if (f.size() < CSV_HEADER.length) {
                throw new TariffDataException(row, "", "expected at least " + CSV_HEADER.length + " columns, found "
                        + f.size());
            }
            List<String> units = new ArrayList<>();
            for (String u : f.get(3).replace("[", "").replace("]", "").replace("\"", "").split(",")) {
                if (!u.isBlank()) {
                    units.add(u.trim());
                }
            }
            List<String> footnotes = new ArrayList<>();
            for (Matcher m = CH99_REF.matcher(f.get(4) + " " + (f.size() > 8 ? f.get(8) : "")); m.find();) {
                footnotes.add("See " + m.group() + ".");
            }
            raws.add(new Raw(f.get(0).trim(), f.get(1).isBlank() ? 0 : indentCsv(f.get(1), row), f.get(2), units,
                    f.get(4), f.get(5), f.get(6), footnotes, row));
        }
        return resolve(raws, name, effectiveFrom);
    }

    private static int indentCsv(String s, long row) {
        int v;
        try {
            v = Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            throw new TariffDataException(row, "Indent", "not a whole number");
        }
        if (v < 0 || v > MAX_INDENT) {
            throw new TariffDataException(row, "Indent", "out of range 0-" + MAX_INDENT);
        }
        return v;
    }

    /**
     * A revision from rows as exported (e.g. a revision of the compiled {@link org.acesdk.data.HtsHistory}), resolved
     * exactly as {@link #loadJson} resolves the same export.
     *
     * @param rows the rows in export order
     * @param name the revision's name
     * @param effectiveFrom the date the revision took effect
     * @return the revision
     * @throws TariffDataException naming the row and field of malformed data
     */
    public static TariffRevision fromRows(List<org.acesdk.data.HtsRow> rows, String name, LocalDate effectiveFrom) {
        return fromRows(rows, name, effectiveFrom, new Caches(false));
    }

    static TariffRevision fromRows(List<org.acesdk.data.HtsRow> rows, String name, LocalDate effectiveFrom,
            Caches caches) {
        List<Raw> raws = new ArrayList<>(rows.size());
        long n = 0;
        for (org.acesdk.data.HtsRow r : rows) {
            n++;
            List<String> units = new ArrayList<>(r.units() == null ? 0 : r.units().size());
            if (r.units() != null) {
                for (String u : r.units()) {
                    if (!u.isBlank()) {
                        units.add(u.trim());
                    }
                }
            }
            List<String> footnotes = new ArrayList<>(1);
            if (r.footnotes() != null) {
                for (org.acesdk.data.HtsFootnote f : r.footnotes()) {
                    if (f.value() != null && !f.value().isBlank()) {
                        footnotes.add(f.value().trim());
                    }
                }
            }
            raws.add(new Raw(orEmpty(r.htsno()).trim(), indent(r.indent() == null ? "0" : r.indent(), n),
                    orEmpty(r.description()), units, orEmpty(r.general()), orEmpty(r.special()), orEmpty(r.other()),
                    footnotes, n));
        }
        return resolve(raws, name, effectiveFrom, caches);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static TariffRevision resolve(List<Raw> raws, String name, LocalDate effectiveFrom) {
        return resolve(raws, name, effectiveFrom, new Caches(false));
    }

    /** Resolves rates down the hierarchy and indexes the numbered rows. */
    private static TariffRevision resolve(List<Raw> raws, String name, LocalDate effectiveFrom, Caches caches) {
        Map<String, RateExpression> rates = caches.rates;
        Map<String, SpecialRates> specials = caches.specials;
        List<TariffRow> rows = new ArrayList<>(raws.size());
        Map<String, TariffRow> byDigits = new HashMap<>(raws.size() * 2);
        Deque<Raw> stack = new ArrayDeque<>();
        Map<Raw, TariffRow> resolved = new java.util.IdentityHashMap<>(raws.size() * 2);
        for (Raw r : raws) {
            while (!stack.isEmpty() && stack.peek().indent() >= r.indent()) {
                stack.pop();
            }
            if (!r.htsno().isEmpty() && r.htsno().replace(".", "").length() > 4) {
                HtsNumber number;
                try {
                    number = caches.number(r.htsno());
                } catch (InvalidValueException e) {
                    throw new TariffDataException(r.rowNumber(), "htsno", e.getMessage());
                }
                String general = r.general();
                String special = r.special();
                String other = r.other();
                List<String> footnotes = r.footnotes();
                HtsNumber ratesFrom = number;
                if (general.isBlank() && special.isBlank() && other.isBlank()) {
                    for (Raw a : stack) {
                        TariffRow ar = resolved.get(a);
                        if (ar != null && ar.htsNumber().covers(number) && !a.general().isBlank()) {
                            general = a.general();
                            special = a.special();
                            other = a.other();
                            List<String> merged = new ArrayList<>(a.footnotes());
                            merged.addAll(r.footnotes());
                            footnotes = merged;
                            ratesFrom = ar.htsNumber();
                            break;
                        }
                    }
                }
                List<UnitOfMeasure> units = new ArrayList<>(r.units().size());
                for (String u : r.units()) {
                    units.add(UnitOfMeasure.fromCode(u));
                }
                List<HtsNumber> refs = new ArrayList<>(1);
                for (String fn : footnotes) {
                    for (Matcher m = CH99_REF.matcher(fn); m.find();) {
                        HtsNumber ref = caches.number(m.group());
                        if (!refs.contains(ref)) {
                            refs.add(ref);
                        }
                    }
                }
                TariffRow row = new TariffRow(number, r.indent(), r.description(), caches.list(units),
                        caches.list(r.units()),
                        rates.computeIfAbsent(general, RateExpression::parse),
                        specials.computeIfAbsent(special, SpecialRates::parse),
                        rates.computeIfAbsent(other, RateExpression::parse),
                        caches.list(footnotes), caches.list(refs), r.rowNumber(), ratesFrom);
                rows.add(row);
                resolved.put(r, row);
                TariffRow prev = byDigits.putIfAbsent(number.digits(), row);
                if (prev != null && prev.htsNumber().precision() != HtsNumber.Precision.SUBHEADING_6) {
                    throw new TariffDataException(r.rowNumber(), "htsno", "duplicate number " + number
                            + " (first at row " + prev.rowNumber() + ")");
                }
            } else if (!r.htsno().isEmpty() && !r.htsno().matches("\\d{4}")) {
                throw new TariffDataException(r.rowNumber(), "htsno", "not an HTS number");
            }
            stack.push(r);
        }
        if (rows.isEmpty()) {
            throw new TariffDataException(0, "", "no numbered rows");
        }
        return new TariffRevision(name, effectiveFrom, rows, byDigits);
    }

    /** A minimal RFC 4180 reader: quoted fields may hold commas, quotes and newlines. */
    private static final class CsvReader {
        private final Reader in;
        private int peeked = -2;

        CsvReader(Reader in) {
            this.in = in;
        }

        private int read() throws IOException {
            if (peeked != -2) {
                int c = peeked;
                peeked = -2;
                return c;
            }
            return in.read();
        }

        List<String> next() throws IOException {
            List<String> out = new ArrayList<>();
            StringBuilder sb = new StringBuilder();
            int c = read();
            if (c == -1) {
                return null;
            }
            boolean quoted = false;
            while (true) {
                if (quoted) {
                    if (c == -1) {
                        throw new TariffDataException(0, "", "unterminated quoted field");
                    }
                    if (c == '"') {
                        int d = read();
                        if (d == '"') {
                            sb.append('"');
                        } else {
                            quoted = false;
                            peeked = d;
                        }
                    } else {
                        sb.append((char) c);
                    }
                } else if (c == '"' && sb.length() == 0) {
                    quoted = true;
                } else if (c == ',') {
                    out.add(sb.toString());
                    sb.setLength(0);
                } else if (c == '\n' || c == -1) {
                    out.add(sb.toString());
                    return out;
                } else if (c != '\r') {
                    sb.append((char) c);
                }
                if (sb.length() > MAX_CSV_FIELD) {
                    throw new TariffDataException(0, "", "a CSV field is longer than " + MAX_CSV_FIELD + " characters");
                }
                if (out.size() > MAX_CSV_COLUMNS) {
                    throw new TariffDataException(0, "", "a CSV row has more than " + MAX_CSV_COLUMNS + " columns");
                }
                c = read();
            }
        }
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
