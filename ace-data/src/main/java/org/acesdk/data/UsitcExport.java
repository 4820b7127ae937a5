package org.acesdk.data;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Reads and writes the USITC HTS JSON export (an array of row objects), losslessly: {@link #read} keeps every
 * value, and unknown keys as their JSON text; {@link #write} writes rows back in the export's key order.
 *
 * <p>Reading is bounded: at most {@value #MAX_ROWS} rows, {@value #MAX_TEXT} characters in one value, nesting
 * {@value #MAX_DEPTH} deep and {@value #MAX_BYTES} bytes of (uncompressed) JSON; past a bound, or on malformed JSON,
 * a {@link DataException} names the row and field. Stateless and thread-safe.
 */
public final class UsitcExport {
    /** Most rows an export may have (a full export has about 36,000). */
    public static final int MAX_ROWS = 200_000;
    /** Most characters in one value. */
    public static final int MAX_TEXT = 100_000;
    /** Deepest nesting of arrays and objects. */
    public static final int MAX_DEPTH = 16;
    /** Most bytes of JSON read (uncompressed; a full export is about 14 MB). */
    public static final long MAX_BYTES = 256L * 1024 * 1024;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_TEXT).maxNestingDepth(MAX_DEPTH)
                    .maxNumberLength(100).build())
            .build();
    private static final ObjectMapper TREES = new ObjectMapper(FACTORY);

    private UsitcExport() {
    }

    /**
     * Reads an export, plain or gzip-compressed (detected); the stream is not closed.
     *
     * @param in the export
     * @return the rows in export order
     * @throws IOException if the stream cannot be read
     * @throws DataException naming the row and field of malformed or oversized data
     */
    public static List<HtsRow> read(InputStream in) throws IOException {
        List<HtsRow> rows = new ArrayList<>(40_000);
        int row = 0;
        String field = "";
        try (JsonParser p = FACTORY.createParser(new Bounded(decompressed(in), MAX_BYTES))) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new DataException("USITC export: expected an array of rows");
            }
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                if (t == null) {
                    throw new DataException("USITC export: ends inside the array, after row " + row);
                }
                row++;
                if (row > MAX_ROWS) {
                    throw new DataException("USITC export: more than " + MAX_ROWS + " rows");
                }
                if (t != JsonToken.START_OBJECT) {
                    throw new DataException("USITC export: row " + row + " is not an object");
                }
                rows.add(readRow(p, row));
            }
            if (p.nextToken() != null) {
                throw new DataException("USITC export: content after the array of rows");
            }
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
            throw new DataException("USITC export: malformed or oversized JSON in row " + (row + 1) + where + ": "
                    + e.getOriginalMessage(), e);
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            throw new DataException("USITC export: the compressed data is damaged or truncated after row " + row, e);
        }
        return rows;
    }

    private static HtsRow readRow(JsonParser p, int row) throws IOException {
        String htsno = null;
        String indent = null;
        String description = null;
        String superior = null;
        List<String> units = null;
        String general = null;
        String special = null;
        String other = null;
        List<HtsFootnote> footnotes = null;
        String quota = null;
        String additional = null;
        String addiitional = null;
        Map<String, String> extra = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            JsonToken v = p.nextToken();
            switch (f) {
                case "htsno" -> htsno = text(p, v, row, f);
                case "indent" -> indent = text(p, v, row, f);
                case "description" -> description = text(p, v, row, f);
                case "superior" -> superior = text(p, v, row, f);
                case "units" -> units = texts(p, v, row, f);
                case "general" -> general = text(p, v, row, f);
                case "special" -> special = text(p, v, row, f);
                case "other" -> other = text(p, v, row, f);
                case "footnotes" -> footnotes = footnotes(p, v, row);
                case "quotaQuantity" -> quota = text(p, v, row, f);
                case "additionalDuties" -> additional = text(p, v, row, f);
                case "addiitionalDuties" -> addiitional = text(p, v, row, f);
                default -> {
                    if (extra == null) {
                        extra = new LinkedHashMap<>();
                    }
                    extra.put(f, raw(p));
                }
            }
        }
        return new HtsRow(htsno, indent, description, superior, units, general, special, other, footnotes, quota,
                additional, addiitional, extra);
    }

    private static List<HtsFootnote> footnotes(JsonParser p, JsonToken v, int row) throws IOException {
        if (v == JsonToken.VALUE_NULL) {
            return null;
        }
        if (v != JsonToken.START_ARRAY) {
            throw new DataException("USITC export: row " + row + " field footnotes: expected an array or null");
        }
        List<HtsFootnote> out = new ArrayList<>(2);
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.START_OBJECT) {
                throw new DataException("USITC export: row " + row + " field footnotes: expected objects");
            }
            List<String> columns = null;
            String value = null;
            String type = null;
            String marker = null;
            Map<String, String> extra = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                JsonToken fv = p.nextToken();
                switch (f) {
                    case "columns" -> columns = texts(p, fv, row, "footnotes.columns");
                    case "value" -> value = text(p, fv, row, "footnotes.value");
                    case "type" -> type = text(p, fv, row, "footnotes.type");
                    case "marker" -> marker = text(p, fv, row, "footnotes.marker");
                    default -> {
                        if (extra == null) {
                            extra = new LinkedHashMap<>();
                        }
                        extra.put(f, raw(p));
                    }
                }
            }
            out.add(new HtsFootnote(columns, value, type, marker, extra));
        }
        return out;
    }

    private static String raw(JsonParser p) throws IOException {
        JsonNode n = TREES.readTree(p);
        return n == null ? "null" : n.toString();
    }

    private static String text(JsonParser p, JsonToken v, int row, String field) throws IOException {
        if (v == JsonToken.VALUE_NULL) {
            return null;
        }
        if (v == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        // a number or boolean where the export prints text is not coerced: it is a damaged or different export
        throw new DataException("USITC export: row " + row + " field " + field + ": expected text or null, found "
                + v.asString());
    }

    private static List<String> texts(JsonParser p, JsonToken v, int row, String field) throws IOException {
        if (v == JsonToken.VALUE_NULL) {
            return null;
        }
        if (v != JsonToken.START_ARRAY) {
            throw new DataException("USITC export: row " + row + " field " + field + ": expected an array or null");
        }
        List<String> out = new ArrayList<>(2);
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            String s = text(p, t, row, field);
            if (s == null) {
                throw new DataException("USITC export: row " + row + " field " + field + ": null inside the array");
            }
            out.add(s);
        }
        return out;
    }

    /**
     * Writes rows as a USITC JSON export (uncompressed, the export's key order); the stream is not closed.
     *
     * @param rows the rows
     * @param out where to write
     * @throws IOException if writing fails
     */
    public static void write(List<HtsRow> rows, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartArray();
            for (HtsRow r : rows) {
                g.writeStartObject();
                g.writeStringField("htsno", r.htsno());
                g.writeStringField("indent", r.indent());
                g.writeStringField("description", r.description());
                g.writeStringField("superior", r.superior());
                writeTexts(g, "units", r.units());
                g.writeStringField("general", r.general());
                g.writeStringField("special", r.special());
                g.writeStringField("other", r.other());
                g.writeFieldName("footnotes");
                if (r.footnotes() == null) {
                    g.writeNull();
                } else {
                    g.writeStartArray();
                    for (HtsFootnote f : r.footnotes()) {
                        g.writeStartObject();
                        writeTexts(g, "columns", f.columns());
                        if (f.marker() != null) {
                            g.writeStringField("marker", f.marker());
                        }
                        g.writeStringField("value", f.value());
                        g.writeStringField("type", f.type());
                        writeExtra(g, f.extra());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }
                g.writeStringField("quotaQuantity", r.quotaQuantity());
                g.writeStringField("additionalDuties", r.additionalDuties());
                g.writeStringField("addiitionalDuties", r.addiitionalDuties());
                writeExtra(g, r.extra());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
    }

    private static void writeTexts(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeFieldName(name);
        if (values == null) {
            g.writeNull();
            return;
        }
        g.writeStartArray();
        for (String s : values) {
            g.writeString(s);
        }
        g.writeEndArray();
    }

    private static void writeExtra(JsonGenerator g, Map<String, String> extra) throws IOException {
        for (Map.Entry<String, String> e : extra.entrySet()) {
            g.writeFieldName(e.getKey());
            g.writeRawValue(e.getValue());
        }
    }

    /**
     * The stream's content, decompressed when it is gzip (detected by its magic bytes), buffered.
     *
     * @param in the stream (closed when the result is closed)
     * @return the content
     * @throws IOException if the stream cannot be read or its gzip header is damaged
     */
    public static InputStream decompressed(InputStream in) throws IOException {
        BufferedInputStream b = new BufferedInputStream(in, 65536);
        b.mark(2);
        int a = b.read();
        int c = b.read();
        b.reset();
        if (a == 0x1f && c == 0x8b) {
            return new GZIPInputStream(b, 65536);
        }
        return b;
    }

    /** Fails a read past a byte bound instead of reading without end. */
    static final class Bounded extends FilterInputStream {
        private final long max;
        private long count;

        Bounded(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        private void add(long n) {
            count += n;
            if (count > max) {
                throw new DataException("input longer than " + max + " bytes");
            }
        }
    }
}
