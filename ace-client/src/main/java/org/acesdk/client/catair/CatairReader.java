package org.acesdk.client.catair;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CATAIR text: splits it into 80-column records (newline-separated or concatenated; a short last record is
 * padded), identifies each record by its first characters and its block's application, and slices every field by
 * the layout in {@link CatairLayouts}. Record types the SDK does not model are kept as raw records. A malformed
 * field raises a {@link CatairException} naming the line, record type, field and columns. Stateless and thread-safe.
 */
public final class CatairReader {
    private static final CatairReader INSTANCE = new CatairReader();

    private CatairReader() {
    }

    /** The reader. */
    public static CatairReader standard() {
        return INSTANCE;
    }

    /**
     * Splits text into records of exactly 80 characters.
     *
     * @param text newline-separated (CR, LF or CRLF) or concatenated records
     * @return the records
     * @throws CatairException if a line is longer than 80 characters or holds a character outside printable ASCII
     */
    public List<String> split(CharSequence text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.length() == 0) {
            return out;
        }
        String s = text.toString();
        boolean lines = s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
        if (lines) {
            int n = 0;
            for (String line : s.split("\r\n|\r|\n", -1)) {
                n++;
                if (line.isEmpty()) {
                    continue;
                }
                if (line.length() > 80) {
                    throw new CatairException(n, line.substring(0, Math.min(2, line.length())), "", "",
                            "the line has " + line.length() + " characters; a record has 80");
                }
                out.add(pad(line, n));
            }
        } else {
            for (int i = 0, n = 1; i < s.length(); i += 80, n++) {
                out.add(pad(s.substring(i, Math.min(s.length(), i + 80)), n));
            }
        }
        return out;
    }

    private static String pad(String line, int n) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                throw new CatairException(n, line.substring(0, Math.min(2, line.length())), "", String.valueOf(i + 1),
                        "character is not printable ASCII");
            }
        }
        if (line.length() == 80) {
            return line;
        }
        StringBuilder sb = new StringBuilder(80).append(line);
        while (sb.length() < 80) {
            sb.append(' ');
        }
        return sb.toString();
    }

    /**
     * Reads a whole text into its envelope and blocks.
     *
     * @param text the CATAIR text
     * @return the batch
     * @throws CatairException naming the line, record, field and columns of a malformed field
     */
    public CatairBatch read(CharSequence text) {
        List<String> lines = split(text);
        CatairRecord a = null;
        CatairRecord z = null;
        List<CatairBlock> blocks = new ArrayList<>();
        CatairRecord b = null;
        List<CatairRecord> body = new ArrayList<>();
        String app = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int n = i + 1;
            char c = line.charAt(0);
            if (c == 'A' && i == 0) {
                a = decode(line, n, null);
                app = blankToNull(a.text("applicationId"));
            } else if (c == 'B') {
                if (b != null || !body.isEmpty()) {
                    blocks.add(new CatairBlock(b, body, null, appOf(b, app)));
                    body = new ArrayList<>();
                }
                b = decode(line, n, null);
                app = blankToNull(b.text("applicationId"));
            } else if (c == 'Y') {
                CatairRecord y = decode(line, n, null);
                String yApp = blankToNull(y.text("applicationId"));
                blocks.add(new CatairBlock(b, body, y, b != null ? appOf(b, app) : yApp));
                b = null;
                body = new ArrayList<>();
            } else if (c == 'Z') {
                z = decode(line, n, null);
            } else {
                body.add(decode(line, n, app));
            }
        }
        if (b != null || !body.isEmpty()) {
            blocks.add(new CatairBlock(b, body, null, appOf(b, app)));
        }
        return new CatairBatch(a, blocks, z);
    }

    private static String appOf(CatairRecord b, String fallback) {
        String v = b == null ? null : blankToNull(b.text("applicationId"));
        return v != null ? v : fallback;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /**
     * Decodes one record with a given layout, whatever its first characters say.
     *
     * @param layout the layout
     * @param line the record
     * @param lineNumber its 1-based position
     * @return the record
     */
    public CatairRecord decodeWith(RecordLayout layout, String line, int lineNumber) {
        String raw = line.length() == 80 ? line : pad(line, lineNumber);
        Object[] values = new Object[layout.fields().size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = value(raw, layout.fields().get(i), lineNumber, layout.recordId());
        }
        return new CatairRecord(lineNumber, raw, layout, values);
    }

    /**
     * Decodes one record.
     *
     * @param line the record, 80 characters (a shorter one is padded)
     * @param lineNumber its 1-based position, for messages
     * @param applicationId the block's application identifier, or {@code null}
     * @return the record (unknown types are kept raw)
     */
    public CatairRecord decode(String line, int lineNumber, String applicationId) {
        String raw = line.length() == 80 ? line : pad(line, lineNumber);
        RecordLayout layout = CatairLayouts.find(raw, applicationId);
        if (layout == null) {
            return new CatairRecord(lineNumber, raw, null, new Object[0]);
        }
        return decodeWith(layout, raw, lineNumber);
    }

    /**
     * The record as an application reads it: a record read in another block (or none) is read again with the
     * application's layout; one the application does not model is returned as it is.
     */
    static CatairRecord inLayoutOf(CatairRecord r, String applicationId) {
        RecordLayout want = CatairLayouts.find(r.raw(), applicationId);
        if (want == null || r.layout().orElse(null) == want) {
            return r;
        }
        return standard().decodeWith(want, r.raw(), r.lineNumber());
    }

    private static Object value(String raw, FieldSpec f, int line, String record) {
        int s = f.start() - 1;
        int e = f.end();
        switch (f.type()) {
            case FILLER:
                return null;
            case N:
            case SN: {
                int i = s;
                while (i < e && raw.charAt(i) == ' ') {
                    i++;
                }
                if (i == e) {
                    return null;
                }
                long v = 0;
                boolean small = e - i <= 18;
                for (int k = i; k < e; k++) {
                    char c = raw.charAt(k);
                    if (c < '0' || c > '9') {
                        throw new CatairException(line, record, f.name(), f.columns(), "expected digits");
                    }
                    if (small) {
                        v = v * 10 + (c - '0');
                    }
                }
                return small ? BigDecimal.valueOf(v, f.decimals())
                        : new BigDecimal(new java.math.BigInteger(raw.substring(i, e)), f.decimals());
            }
            case DATE_MMDDYY:
            case DATE_YYMMDD:
            case DATE_MMDDCCYY:
            case DATE_CCYYMMDD: {
                String t = raw.substring(s, e);
                if (t.isBlank()) {
                    return null;
                }
                try {
                    if (f.type() == FieldType.DATE_MMDDYY) {
                        return LocalDate.of(2000 + Integer.parseInt(t.substring(4, 6)), Integer.parseInt(t.substring(0, 2)),
                                Integer.parseInt(t.substring(2, 4)));
                    }
                    if (f.type() == FieldType.DATE_MMDDCCYY) {
                        return LocalDate.of(Integer.parseInt(t.substring(4, 8)), Integer.parseInt(t.substring(0, 2)),
                                Integer.parseInt(t.substring(2, 4)));
                    }
                    if (f.type() == FieldType.DATE_YYMMDD) {
                        return LocalDate.of(2000 + Integer.parseInt(t.substring(0, 2)),
                                Integer.parseInt(t.substring(2, 4)), Integer.parseInt(t.substring(4, 6)));
                    }
                    return LocalDate.of(Integer.parseInt(t.substring(0, 4)), Integer.parseInt(t.substring(4, 6)),
                            Integer.parseInt(t.substring(6, 8)));
                } catch (NumberFormatException | DateTimeException ex) {
                    throw new CatairException(line, record, f.name(), f.columns(), "not a valid date ("
                            + (f.type() == FieldType.DATE_MMDDYY ? "MMDDYY"
                                    : f.type() == FieldType.DATE_YYMMDD ? "YYMMDD"
                                    : f.type() == FieldType.DATE_MMDDCCYY ? "MMDDCCYY" : "CCYYMMDD") + ")");
                }
            }
            default: {
                int end = e;
                while (end > s && raw.charAt(end - 1) == ' ') {
                    end--;
                }
                return end == s ? null : raw.substring(s, end);
            }
        }
    }
}
