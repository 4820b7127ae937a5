package org.acesdk.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** The compiled history gives back every revision's export row for row; built histories round-trip. */
class HtsHistoryTest {
    private static final ObjectMapper JACKSON = new ObjectMapper();

    static Path exports() {
        return Path.of(System.getProperty("ace.hts.dir", "src/hts"));
    }

    @Test
    void everyBundledRevisionEqualsItsRawExportRowForRowWithJacksonAsOracle() throws IOException {
        HtsHistory h = AceData.bundled().htsHistory();
        assertEquals(44, h.revisions().size());
        assertEquals("2025_basic", h.revisions().get(0).id());
        assertEquals("2026_rev_10", h.newest().id());
        long rows = 0;
        for (int i = 0; i < h.revisions().size(); i++) {
            HtsRevision r = h.revisions().get(i);
            byte[] file = Files.readAllBytes(exports().resolve("hts_" + r.id() + ".json.gz"));
            assertEquals(org.acesdk.data.internal.HistoryCompiler.sha256(file), r.sha256(), r.id());
            JsonNode raw;
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(file))) {
                raw = JACKSON.readTree(in);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            UsitcExport.write(h.rows(i), out);
            JsonNode fromHistory = JACKSON.readTree(out.toByteArray());
            assertEquals(raw.size(), fromHistory.size(), r.id());
            for (int k = 0; k < raw.size(); k++) {
                if (!raw.get(k).equals(fromHistory.get(k))) {
                    throw new AssertionError(r.id() + " row " + (k + 1) + " differs: " + raw.get(k) + " vs "
                            + fromHistory.get(k));
                }
            }
            rows += raw.size();
        }
        assertEquals(1_579_684, rows);
        // stored once: far fewer versions than rows
        assertTrue(h.versions().size() < 80_000, "versions: " + h.versions().size()); // 71,940 for 1,579,684 rows
    }

    @Test
    void revisionsAreFoundByDate() {
        HtsHistory h = AceData.bundled().htsHistory();
        assertEquals(-1, h.indexAt(LocalDate.of(2024, 12, 31)));
        assertEquals("2025_basic", h.revisionAt(LocalDate.of(2025, 1, 1)).orElseThrow().id());
        assertEquals("2026_rev_4", h.revisionAt(LocalDate.of(2026, 3, 20)).orElseThrow().id());
        assertEquals("2026_rev_10", h.revisionAt(LocalDate.of(2026, 11, 20)).orElseThrow().id());
        assertEquals(LocalDate.of(2026, 2, 24), h.revisions().get(h.indexOf("2026_rev_4")).effective());
    }

    static HtsRow row(String htsno, String indent, String description, String general) {
        return new HtsRow(htsno, indent, description, null, List.of(), general, "", "", List.of(), null, null, null,
                Map.of());
    }

    static HtsRevision rev(String id, int day, int rows) {
        return new HtsRevision(id, id, LocalDate.of(2025, 1, 1).plusDays(day), null, rows, "", "", "");
    }

    @Test
    void randomEditsAcrossRevisionsRoundTripThroughTheCompiledForm() throws IOException {
        Random random = new Random(20261202L);
        String[] texts = {"Other:", "Other", "Males", "Females", "Live horses", "Of steel"};
        for (int trial = 0; trial < 30; trial++) {
            List<List<HtsRow>> revisions = new ArrayList<>();
            List<HtsRow> current = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                current.add(row(random.nextInt(4) == 0 ? "" : String.format("%04d", random.nextInt(30)),
                        Integer.toString(random.nextInt(3)), texts[random.nextInt(texts.length)], "Free"));
            }
            revisions.add(List.copyOf(current));
            for (int r = 1; r < 8; r++) {
                for (int e = 0; e < random.nextInt(8); e++) {
                    int at = random.nextInt(current.size() + 1);
                    switch (random.nextInt(4)) {
                        case 0 -> current.add(at, row("", "1", texts[random.nextInt(texts.length)], ""));
                        case 1 -> {
                            if (at < current.size() && current.size() > 1) {
                                current.remove(at);
                            }
                        }
                        case 2 -> {
                            if (at < current.size()) {
                                current.set(at, row(current.get(at).htsno(), "2", "changed " + r, "5%"));
                            }
                        }
                        default -> {
                            // move a row: a delete and an insert
                            if (at < current.size()) {
                                HtsRow moved = current.remove(at);
                                current.add(random.nextInt(current.size() + 1), moved);
                            }
                        }
                    }
                }
                revisions.add(List.copyOf(current));
            }
            HtsHistory h = null;
            for (int r = 0; r < revisions.size(); r++) {
                HtsRevision info = rev("r" + r, r * 10, revisions.get(r).size());
                h = h == null ? HtsHistory.of(info, revisions.get(r)) : h.with(info, revisions.get(r));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            h.write(out);
            HtsHistory back = HtsHistory.read(new ByteArrayInputStream(out.toByteArray()));
            assertEquals(h.versions(), back.versions());
            assertEquals(h.revisions(), back.revisions());
            for (int r = 0; r < revisions.size(); r++) {
                assertEquals(revisions.get(r), back.rows(r), "trial " + trial + " revision " + r);
            }
        }
    }

    @Test
    void unchangedRowsAreStoredOnceWithTheirInterval() {
        List<HtsRow> a = List.of(row("0101", "0", "Live horses", ""), row("0101.21.00", "1", "Purebred", "Free"));
        List<HtsRow> b = List.of(row("0101", "0", "Live horses", ""), row("0101.21.00", "1", "Purebred", "2%"));
        HtsHistory h = HtsHistory.of(rev("a", 0, 2), a).with(rev("b", 5, 2), b).with(rev("c", 9, 2), b);
        assertEquals(3, h.versions().size());
        assertEquals(new HtsHistory.Version(a.get(0), 0, 2), h.versions().get(0));
        assertEquals(a, h.rows(0));
        assertEquals(b, h.rows(2));
    }

    @Test
    void anOlderOrDuplicateRevisionIsRefused() {
        List<HtsRow> a = List.of(row("0101", "0", "Live horses", ""));
        HtsHistory h = HtsHistory.of(rev("a", 5, 1), a);
        assertThrows(DataException.class, () -> h.with(rev("b", 5, 1), a));
        assertThrows(DataException.class, () -> h.with(rev("a", 9, 1), a));
        assertThrows(DataException.class, () -> h.with(rev("c", 9, 2), a));
    }

    @Test
    void aDamagedCompiledHistoryIsATypedError() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HtsHistory.of(rev("a", 0, 1), List.of(row("0101", "0", "Live horses", ""))).write(out);
        byte[] ok = out.toByteArray();
        byte[] truncated = java.util.Arrays.copyOf(ok, ok.length - 12);
        DataException e = assertThrows(DataException.class, () -> HtsHistory.read(new ByteArrayInputStream(truncated)));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
        assertThrows(DataException.class, () -> HtsHistory.read(new ByteArrayInputStream(new byte[] {1, 2, 3})));
        ByteArrayOutputStream notHistory = new ByteArrayOutputStream();
        try (var gz = new java.util.zip.GZIPOutputStream(notHistory)) {
            gz.write(new byte[] {0, 0, 0, 1, 0, 0, 0, 1});
        }
        e = assertThrows(DataException.class, () -> HtsHistory.read(new ByteArrayInputStream(notHistory.toByteArray())));
        assertTrue(e.getMessage().contains("not a compiled history"), e.getMessage());
    }
}
