package org.acesdk.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One way in to the data, with provenance; the export reader's bounds. */
class AceDataTest {

    @Test
    void theBundleHoldsEveryTableWithSourcesAndAsOfDates() throws IOException {
        AceData d = AceData.bundled();
        assertSame(d, AceData.bundled());
        assertEquals(Set.of(AceData.HTS_HISTORY, AceData.FEES, AceData.CHAPTER99_PROGRAMS, AceData.CHAPTER99_SCOPES,
                AceData.PORTS, AceData.POLICY, AceData.S301_PRODUCT_LISTS, AceData.S122_EXEMPT_PRODUCTS,
                AceData.PGA_FLAGS),
                d.tables().keySet());
        for (DataTable t : d.tables().values()) {
            assertFalse(t.sources().isEmpty(), t.id());
            try (InputStream in = t.open()) {
                assertTrue(in.read() >= 0, t.id());
            }
        }
        // the history's "as of" is its newest revision's effective date
        assertEquals(d.htsHistory().newest().effective(), d.table(AceData.HTS_HISTORY).asOf());
        assertEquals(LocalDate.of(2026, 10, 1), d.table(AceData.FEES).asOf());
        String fees = new String(d.table(AceData.FEES).open().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(fees.contains("\"FY2027\"") && fees.contains("34.58") && fees.contains("670.86")
                && fees.contains("[uncertain]"), "FY2027 fees with their provenance note");
        assertTrue(d.version().matches("\\d{4}\\.\\d{2}\\.\\d{2}"), d.version());
        DataException e = assertThrows(DataException.class, () -> d.table("nope"));
        assertTrue(e.getMessage().contains("nope"));
    }

    @Test
    void theBundledFilesFitTheSizeBudget() throws IOException {
        long total = 0;
        for (DataTable t : AceData.bundled().tables().values()) {
            try (InputStream in = t.open()) {
                total += in.readAllBytes().length;
            }
        }
        assertTrue(total < 8L << 20, "bundled data " + total + " bytes; the jar must stay under 8 MB");
    }

    @Test
    void aDirectoryOverridesTheTablesItHoldsAndTheRestComeFromTheBundle(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("my-fees.json"), "{\"periods\":[]}");
        Files.writeString(dir.resolve(AceData.MANIFEST), "{\"version\":\"acme-7\",\"tables\":{\"fees\":{"
                + "\"file\":\"my-fees.json\",\"asOf\":\"2027-10-01\",\"sources\":[\"our notice copy\"]}}}");
        AceData d = AceData.fromDirectory(dir);
        assertEquals("acme-7", d.version());
        assertEquals("file my-fees.json", d.table(AceData.FEES).origin());
        assertEquals(LocalDate.of(2027, 10, 1), d.table(AceData.FEES).asOf());
        assertEquals("bundled", d.table(AceData.PORTS).origin());
        assertSame(AceData.bundled().htsHistory(), d.htsHistory());
        // per-table override in code
        AceData mine = AceData.bundled().toBuilder().version("pinned")
                .table(DataTable.ofBytes(AceData.POLICY, "x=1".getBytes(), LocalDate.of(2026, 1, 1), List.of("mine")))
                .build();
        assertEquals("memory", mine.table(AceData.POLICY).origin());
        assertEquals("bundled", AceData.bundled().table(AceData.POLICY).origin());
    }

    @Test
    void aBadManifestIsATypedErrorNamingTheTable(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(AceData.MANIFEST), "{\"version\":\"x\",\"tables\":{\"fees\":{"
                + "\"file\":\"../../etc/passwd\",\"asOf\":\"2027-10-01\",\"sources\":[\"x\"]}}}");
        DataException e = assertThrows(DataException.class, () -> AceData.fromDirectory(dir));
        assertTrue(e.getMessage().contains("fees") && e.getMessage().contains("outside"), e.getMessage());
        Files.writeString(dir.resolve(AceData.MANIFEST), "{\"version\":\"x\",\"tables\":{\"fees\":{"
                + "\"file\":\"f.json\",\"asOf\":\"soon\",\"sources\":[\"x\"]}}}");
        e = assertThrows(DataException.class, () -> AceData.fromDirectory(dir));
        assertTrue(e.getMessage().contains("fees") && e.getMessage().contains("asOf"), e.getMessage());
        Files.writeString(dir.resolve(AceData.MANIFEST), "{\"version\":\"x\",\"tables\":{\"fees\":{"
                + "\"file\":\"missing.json\",\"asOf\":\"2027-10-01\",\"sources\":[\"x\"]}}}");
        e = assertThrows(DataException.class, () -> AceData.fromDirectory(dir));
        assertTrue(e.getMessage().contains("missing.json"), e.getMessage());
        Files.writeString(dir.resolve(AceData.CURRENT), "../elsewhere");
        assertThrows(DataException.class, () -> AceData.fromDirectory(dir));
    }

    private static List<HtsRow> read(String json) throws IOException {
        return UsitcExport.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theExportReaderKeepsUnknownKeysAndNeverCoerces() throws IOException {
        List<HtsRow> rows = read("[{\"htsno\":\"0101\",\"indent\":\"0\",\"description\":\"Live horses\",\"units\":[],"
                + "\"footnotes\":[{\"columns\":[\"general\"],\"value\":\"See 9903.88.15.\",\"type\":\"endnote\","
                + "\"x\":{\"a\":1}}],\"newKey\":[1,2]}]");
        assertEquals("[1,2]", rows.get(0).extra().get("newKey"));
        assertEquals("{\"a\":1}", rows.get(0).footnotes().get(0).extra().get("x"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        UsitcExport.write(rows, out);
        assertEquals(rows, UsitcExport.read(new ByteArrayInputStream(out.toByteArray())));
        DataException e = assertThrows(DataException.class, () -> read("[{\"htsno\":101}]"));
        assertTrue(e.getMessage().contains("row 1") && e.getMessage().contains("htsno"), e.getMessage());
    }

    @Test
    void hostileExportsAreTypedErrorsNotCrashes() throws IOException {
        assertThrows(DataException.class, () -> read(""));
        assertThrows(DataException.class, () -> read("{}"));
        assertThrows(DataException.class, () -> read("[{\"htsno\":\"0101\"},"));
        assertThrows(DataException.class, () -> read("[1]"));
        assertThrows(DataException.class, () -> read("[{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}]"));
        assertThrows(DataException.class, () -> read("[{\"description\":\"" + "x".repeat(200_000) + "\"}]"));
        assertThrows(DataException.class, () -> read("[{\"a\":1" + "0".repeat(2000) + "}]"));
        DataException e = assertThrows(DataException.class, () -> read("[{\"htsno\":\"0101\"}] {}"));
        assertTrue(e.getMessage().contains("after"), e.getMessage());
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream o = new GZIPOutputStream(gz)) {
            o.write("[{\"htsno\":\"0101\"},{\"htsno\":\"0102\"}]".getBytes(StandardCharsets.UTF_8));
        }
        byte[] cut = java.util.Arrays.copyOf(gz.toByteArray(), gz.size() - 10);
        e = assertThrows(DataException.class, () -> UsitcExport.read(new ByteArrayInputStream(cut)));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }
}
