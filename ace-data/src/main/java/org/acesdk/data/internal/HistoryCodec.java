package org.acesdk.data.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;
import org.acesdk.data.DataException;
import org.acesdk.data.HtsFootnote;
import org.acesdk.data.HtsHistory;
import org.acesdk.data.HtsRevision;
import org.acesdk.data.HtsRow;

/**
 * The compiled form of an {@link HtsHistory}: gzip over a header, the revisions, a table of every distinct text, and
 * the row versions as references into that table (variable-length integers; 0 stands for null). The output depends
 * only on the history, so builds are reproducible.
 */
public final class HistoryCodec {
    private static final int MAGIC = 0x41434548; // "ACEH"
    private static final int FORMAT = 1;
    private static final int MAX_COUNT = 10_000_000;
    private static final int MAX_TEXT_BYTES = 1_000_000;

    private HistoryCodec() {
    }

    /** Writes the history. */
    public static void write(HtsHistory h, OutputStream target) throws IOException {
        Map<String, Integer> ids = new LinkedHashMap<>();
        for (HtsHistory.Version v : h.versions()) {
            HtsRow r = v.row();
            for (String s : texts(r)) {
                if (s != null) {
                    ids.putIfAbsent(s, ids.size());
                }
            }
        }
        GZIPOutputStream gz = new GZIPOutputStream(new NonClosing(target), 65536) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        };
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gz, 65536));
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        varint(out, h.revisions().size());
        for (HtsRevision r : h.revisions()) {
            string(out, r.id());
            string(out, r.name());
            varint(out, (int) r.effective().toEpochDay());
            varint(out, r.policyDate() == null ? 0 : (int) r.policyDate().toEpochDay() + 1);
            varint(out, r.rowCount());
            string(out, r.sha256());
            string(out, r.source());
            string(out, r.note());
        }
        varint(out, ids.size());
        for (String s : ids.keySet()) {
            string(out, s);
        }
        varint(out, h.versions().size());
        for (HtsHistory.Version v : h.versions()) {
            varint(out, v.first());
            varint(out, v.last() - v.first());
            HtsRow r = v.row();
            ref(out, ids, r.htsno());
            ref(out, ids, r.indent());
            ref(out, ids, r.description());
            ref(out, ids, r.superior());
            refs(out, ids, r.units());
            ref(out, ids, r.general());
            ref(out, ids, r.special());
            ref(out, ids, r.other());
            if (r.footnotes() == null) {
                varint(out, 0);
            } else {
                varint(out, r.footnotes().size() + 1);
                for (HtsFootnote f : r.footnotes()) {
                    refs(out, ids, f.columns());
                    ref(out, ids, f.value());
                    ref(out, ids, f.type());
                    ref(out, ids, f.marker());
                    extra(out, ids, f.extra());
                }
            }
            ref(out, ids, r.quotaQuantity());
            ref(out, ids, r.additionalDuties());
            ref(out, ids, r.addiitionalDuties());
            extra(out, ids, r.extra());
        }
        out.flush();
        gz.finish();
    }

    private static List<String> texts(HtsRow r) {
        List<String> t = new ArrayList<>(16);
        t.add(r.htsno());
        t.add(r.indent());
        t.add(r.description());
        t.add(r.superior());
        if (r.units() != null) {
            t.addAll(r.units());
        }
        t.add(r.general());
        t.add(r.special());
        t.add(r.other());
        if (r.footnotes() != null) {
            for (HtsFootnote f : r.footnotes()) {
                if (f.columns() != null) {
                    t.addAll(f.columns());
                }
                t.add(f.value());
                t.add(f.type());
                t.add(f.marker());
                f.extra().forEach((k, v) -> {
                    t.add(k);
                    t.add(v);
                });
            }
        }
        t.add(r.quotaQuantity());
        t.add(r.additionalDuties());
        t.add(r.addiitionalDuties());
        r.extra().forEach((k, v) -> {
            t.add(k);
            t.add(v);
        });
        return t;
    }

    private static void ref(DataOutputStream out, Map<String, Integer> ids, String s) throws IOException {
        varint(out, s == null ? 0 : ids.get(s) + 1);
    }

    private static void refs(DataOutputStream out, Map<String, Integer> ids, List<String> l) throws IOException {
        if (l == null) {
            varint(out, 0);
            return;
        }
        varint(out, l.size() + 1);
        for (String s : l) {
            ref(out, ids, s);
        }
    }

    private static void extra(DataOutputStream out, Map<String, Integer> ids, Map<String, String> m)
            throws IOException {
        varint(out, m.size());
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(m).entrySet()) {
            ref(out, ids, e.getKey());
            ref(out, ids, e.getValue());
        }
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        varint(out, b.length);
        out.write(b);
    }

    private static void varint(DataOutputStream out, int v) throws IOException {
        if (v < 0) {
            throw new IllegalArgumentException("negative count");
        }
        while ((v & ~0x7f) != 0) {
            out.writeByte((v & 0x7f) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

    /** Reads a history. */
    public static HtsHistory read(InputStream source) throws IOException {
        try {
            DataInputStream in = new DataInputStream(new BufferedInputStream(
                    new GZIPInputStream(new BufferedInputStream(source, 65536), 65536), 65536));
            if (in.readInt() != MAGIC) {
                throw new DataException("HTS history: not a compiled history");
            }
            int format = in.readInt();
            if (format != FORMAT) {
                throw new DataException("HTS history: format " + format + " is not known (this SDK reads " + FORMAT
                        + ")");
            }
            int nr = count(in, "revisions");
            List<HtsRevision> revisions = new ArrayList<>(nr);
            for (int i = 0; i < nr; i++) {
                String id = string(in);
                String name = string(in);
                LocalDate eff = LocalDate.ofEpochDay(varint(in));
                int policy = varint(in);
                int rows = varint(in);
                revisions.add(new HtsRevision(id, name, eff, policy == 0 ? null : LocalDate.ofEpochDay(policy - 1L),
                        rows, string(in), string(in), string(in)));
            }
            int ns = count(in, "texts");
            String[] texts = new String[ns];
            Map<String, String> intern = new HashMap<>();
            for (int i = 0; i < ns; i++) {
                String s = string(in);
                texts[i] = intern.computeIfAbsent(s, k -> k);
            }
            int nv = count(in, "row versions");
            List<HtsHistory.Version> versions = new ArrayList<>(nv);
            for (int i = 0; i < nv; i++) {
                int first = varint(in);
                int last = first + varint(in);
                String htsno = ref(in, texts);
                String indent = ref(in, texts);
                String description = ref(in, texts);
                String superior = ref(in, texts);
                List<String> units = refs(in, texts);
                String general = ref(in, texts);
                String special = ref(in, texts);
                String other = ref(in, texts);
                List<HtsFootnote> footnotes = null;
                int nf = varint(in);
                if (nf > 0) {
                    footnotes = new ArrayList<>(Math.min(nf - 1, 64));
                    for (int k = 0; k < nf - 1; k++) {
                        footnotes.add(new HtsFootnote(refs(in, texts), ref(in, texts), ref(in, texts), ref(in, texts),
                                extra(in, texts)));
                    }
                }
                HtsRow row = new HtsRow(htsno, indent, description, superior, units, general, special, other,
                        footnotes, ref(in, texts), ref(in, texts), ref(in, texts), extra(in, texts));
                versions.add(new HtsHistory.Version(row, first, last));
            }
            return new HtsHistory(revisions, versions);
        } catch (EOFException | ZipException e) {
            throw new DataException("HTS history: truncated or damaged", e);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new DataException("HTS history: damaged (" + e.getMessage() + ")", e);
        }
    }

    private static int count(DataInputStream in, String what) throws IOException {
        int n = varint(in);
        if (n > MAX_COUNT) {
            throw new DataException("HTS history: " + n + " " + what + " is more than " + MAX_COUNT);
        }
        return n;
    }

    private static String ref(DataInputStream in, String[] texts) throws IOException {
        int r = varint(in);
        if (r == 0) {
            return null;
        }
        if (r > texts.length) {
            throw new DataException("HTS history: text reference " + r + " past the table of " + texts.length);
        }
        return texts[r - 1];
    }

    private static List<String> refs(DataInputStream in, String[] texts) throws IOException {
        int n = varint(in);
        if (n == 0) {
            return null;
        }
        if (n - 1 > MAX_COUNT) {
            throw new DataException("HTS history: list too long");
        }
        List<String> out = new ArrayList<>(Math.min(n - 1, 64));
        for (int i = 0; i < n - 1; i++) {
            String s = ref(in, texts);
            if (s == null) {
                throw new DataException("HTS history: null inside a list");
            }
            out.add(s);
        }
        return out;
    }

    private static Map<String, String> extra(DataInputStream in, String[] texts) throws IOException {
        int n = varint(in);
        if (n == 0) {
            return Map.of();
        }
        if (n > 1000) {
            throw new DataException("HTS history: too many extra keys");
        }
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            String k = ref(in, texts);
            String v = ref(in, texts);
            if (k == null || v == null) {
                throw new DataException("HTS history: an extra key or value is missing");
            }
            m.put(k, v);
        }
        return m;
    }

    private static String string(DataInputStream in) throws IOException {
        int n = varint(in);
        if (n > MAX_TEXT_BYTES) {
            throw new DataException("HTS history: a text of " + n + " bytes is longer than " + MAX_TEXT_BYTES);
        }
        byte[] b = new byte[n];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static int varint(DataInputStream in) throws IOException {
        int v = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = in.readUnsignedByte();
            v |= (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                if (v < 0) {
                    throw new DataException("HTS history: number out of range");
                }
                return v;
            }
        }
        throw new DataException("HTS history: malformed number");
    }

    /** Keeps the gzip stream from closing the caller's stream. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
