package org.acesdk.rules.refund;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.acesdk.model.entry.TariffLine;
import org.junit.jupiter.api.Test;

/** The flat export form: generated entries written and read back equal; bad rows named by row and column. */
class EntryRowsTest {
    @Test
    void generatedEntriesRoundTripThroughCsv() {
        List<FiledEntry> year = GeneratedEntries.year(42, 300).toList();
        StringWriter w = new StringWriter();
        assertEquals(300, EntryRows.writeCsv(year.stream(), w));
        List<FiledEntry> back = EntryRows.readCsv(new StringReader(w.toString())).toList();
        assertEquals(year, back);
        String header = w.toString().substring(0, w.toString().indexOf('\n')).replace("\"", "");
        assertEquals(String.join(",", EntryRows.COLUMNS), header);
    }

    @Test
    void theGeneratedYearIsSeededAndExercisesEveryVerdict() {
        assertEquals(GeneratedEntries.year(7, 50).toList(), GeneratedEntries.range(7, 0, 50).toList());
        assertEquals(GeneratedEntries.range(7, 20, 30).toList(), GeneratedEntries.year(7, 30).skip(20).toList());
        assertFalse(GeneratedEntries.year(7, 50).toList().equals(GeneratedEntries.year(8, 50).toList()));
        // the advisor declared the law's headings: IEEPA on (nearly) all, 301 on Chinese goods
        List<FiledEntry> year = GeneratedEntries.year(7, 2_000).toList();
        long ieepa = year.stream().filter(f -> CapeRules.declaresIeepa(f.entry())).count();
        assertTrue(ieepa > 1_500, "entries with IEEPA headings: " + ieepa);
        assertTrue(year.stream().anyMatch(f -> f.entry().lines().stream().flatMap(l -> l.tariffs().stream())
                .map(TariffLine::htsNumber).anyMatch(h -> h.toString().startsWith("9903.88."))));
        RefundPlan plan = RefundPlanner.builder().filingDay(java.time.LocalDate.of(2026, 12, 2)).build()
                .plan(year.stream());
        // every generated entry is priced completely on the bundled data (a number missing from a revision, or a rate
        // text the parser does not read, would leave a duty uncomputed)
        assertTrue(plan.entries().stream().allMatch(p -> p.reassessment().complete()), plan.entries().stream()
                .filter(p -> !p.reassessment().complete()).findFirst().map(p -> p.reassessment().findings().toString())
                .orElse(""));
        Map<CapeVerdict.Kind, Long> kinds = plan.entries().stream().collect(Collectors.groupingBy(
                p -> p.verdict().kind(), () -> new EnumMap<>(CapeVerdict.Kind.class), Collectors.counting()));
        for (CapeVerdict.Kind k : CapeVerdict.Kind.values()) {
            if (k != CapeVerdict.Kind.NOT_YET) {
                assertTrue(kinds.getOrDefault(k, 0L) > 0, k + " in " + kinds);
            }
        }
        assertTrue(plan.entries().stream().map(p -> p.verdict().ruleId()).distinct().count() >= 9,
                plan.entries().stream().map(p -> p.verdict().ruleId()).distinct().toList().toString());
    }

    private static final String HEADER = String.join(",", EntryRows.COLUMNS) + "\n";

    @Test
    void aBadRowIsNamedByRowAndColumn() {
        String ok = "B76-0000001-5,01,,2025-06-02,,,,,false,false,false,false,false,false,false,1,CN,"
                + "9903.01.24 9903.01.25,4202.21.9000,10000,400,NO\n";
        assertEquals(1, EntryRows.readCsv(new StringReader(HEADER + ok)).count());
        EntryRowException date = assertThrows(EntryRowException.class, () -> EntryRows.readCsv(new StringReader(
                HEADER + ok + ok.replace("B76-0000001-5", "B76-0000002-3").replace("2025-06-02", "2025-13-40")))
                .toList());
        assertEquals(2, date.row());
        assertEquals("entry_date", date.column());
        EntryRowException flag = assertThrows(EntryRowException.class, () -> EntryRows.readCsv(new StringReader(
                HEADER + ok.replace(",false,false,false,false,false,false,false,", ",maybe,false,false,false,false,"
                        + "false,false,"))).toList());
        assertEquals("finally_liquidated", flag.column());
        EntryRowException importer = assertThrows(EntryRowException.class, () -> EntryRows.readCsv(
                new StringReader(HEADER + ok.replace(",01,,", ",01,123-45-678,"))).toList());
        assertEquals("importer_number", importer.column());
        assertFalse(importer.getMessage().contains("123-45-678"));
        EntryRowException value = assertThrows(EntryRowException.class, () -> EntryRows.readCsv(new StringReader(
                HEADER + ok.replace(",10000,", ",1e999999999,"))).toList());
        assertEquals("value", value.column());
        EntryRowException unit = assertThrows(EntryRowException.class, () -> EntryRows.readCsv(new StringReader(
                HEADER + ok.replace(",400,NO", ",400,"))).toList());
        assertEquals("unit", unit.column());
        // the CAPE form of an entry number reads too
        assertEquals("B76-0000001-5", EntryRows.readCsv(new StringReader(HEADER + ok.replace("B76-0000001-5",
                "B7600000015"))).toList().get(0).entry().entryNumber().toString());
    }
}
