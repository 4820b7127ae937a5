package org.acesdk.client.catair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every field of every record layout: written at its columns with the right justification, fill and implied
 * decimals, read back to the same value, and refused (never truncated) when too long, negative or not an allowed
 * code.
 */
class LayoutFieldTest {

    static List<RecordLayout> layouts() throws IllegalAccessException {
        List<RecordLayout> out = new ArrayList<>();
        for (Field f : CatairLayouts.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == RecordLayout.class) {
                out.add((RecordLayout) f.get(null));
            }
        }
        return out;
    }

    private static String write(RecordLayout l, String field, Object value) {
        return new RecordBuffer().start(l).set(field, value).toRecordAsIs();
    }

    @Test
    void thereAreLayoutsForEveryRecordTheIssueNames() throws Exception {
        List<String> ids = layouts().stream().map(RecordLayout::recordId).toList();
        for (String id : List.of("A", "B", "Y", "Z", "X0", "X1", "10", "11", "31", "40", "50", "53", "88", "89", "90",
                "E0", "E1", "SE10", "SE15", "SE40", "SE60", "SE90", "SO10", "SO60")) {
            assertTrue(ids.contains(id), id);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyFieldOfEveryLayout() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (RecordLayout l : layouts()) {
            for (FieldSpec f : l.fields()) {
                if (f.type() == FieldType.FILLER) {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(l.recordId() + " " + l.name() + " / " + f.name() + " " + f.columns(),
                        () -> check(l, f)));
            }
        }
        return tests.stream();
    }

    private static void check(RecordLayout l, FieldSpec f) {
        int s = f.start() - 1;
        int e = f.end();
        switch (f.type()) {
            case N:
            case SN: {
                String nines = "9".repeat(f.length());
                BigDecimal max = new BigDecimal(nines).movePointLeft(f.decimals());
                String r = write(l, f.name(), max);
                assertEquals(nines, r.substring(s, e));
                assertEquals(0, max.compareTo(read(l, r).decimal(f.name())));
                String one = write(l, f.name(), BigDecimal.ONE);
                String expectOne = "0".repeat(f.length() - 1 - f.decimals()) + "1" + "0".repeat(f.decimals());
                assertEquals(expectOne, one.substring(s, e), "right-justified, zero-filled, implied decimals");
                String blank = write(l, f.name(), null);
                assertEquals(f.type() == FieldType.N ? "0".repeat(f.length()) : " ".repeat(f.length()),
                        blank.substring(s, e));
                CatairException tooBig = assertThrows(CatairException.class,
                        () -> write(l, f.name(), max.add(BigDecimal.ONE)));
                assertEquals(f.name(), tooBig.field());
                assertEquals(f.columns(), tooBig.columns());
                assertEquals(l.recordId(), tooBig.recordType());
                assertThrows(CatairException.class, () -> write(l, f.name(), new BigDecimal("-1")));
                break;
            }
            case DATE_MMDDYY: {
                String r = write(l, f.name(), LocalDate.of(2026, 3, 5));
                assertEquals("030526", r.substring(s, e));
                assertEquals(LocalDate.of(2026, 3, 5), read(l, r).date(f.name()));
                assertThrows(CatairException.class, () -> write(l, f.name(), LocalDate.of(1999, 12, 31)));
                String bad = r.substring(0, s) + "133226" + r.substring(e);
                assertThrows(CatairException.class, () -> read(l, bad));
                break;
            }
            case DATE_YYMMDD: {
                String r = write(l, f.name(), LocalDate.of(2026, 3, 5));
                assertEquals("260305", r.substring(s, e));
                assertEquals(LocalDate.of(2026, 3, 5), read(l, r).date(f.name()));
                assertThrows(CatairException.class, () -> write(l, f.name(), LocalDate.of(1999, 12, 31)));
                String bad = r.substring(0, s) + "261332" + r.substring(e);
                assertThrows(CatairException.class, () -> read(l, bad));
                break;
            }
            default: {
                String value = f.allowed().isEmpty() ? (f.type() == FieldType.A ? "Q" : f.type() == FieldType.AN
                        ? "Q7" : "Q-7").repeat(f.length()).substring(0, f.length()) : f.allowed().iterator().next();
                String r = write(l, f.name(), value);
                String padded = (value + " ".repeat(f.length())).substring(0, f.length());
                assertEquals(padded, r.substring(s, e), "left-justified, space-filled");
                if (!value.isBlank()) {
                    assertEquals(value.stripTrailing(), read(l, r).text(f.name()));
                }
                CatairException tooLong = assertThrows(CatairException.class,
                        () -> write(l, f.name(), "Q".repeat(f.length() + 1)));
                assertEquals(f.columns(), tooLong.columns());
                if (!f.allowed().isEmpty()) {
                    assertThrows(CatairException.class, () -> write(l, f.name(), "~"));
                }
                if (f.allowed().isEmpty()) {
                    assertEquals("Q", write(l, f.name(), "q").substring(s, s + 1), "upper-cased");
                }
            }
        }
        // nothing outside the field moved
        String blank = new RecordBuffer().start(l).toRecordAsIs();
        Object sample = f.type() == FieldType.N || f.type() == FieldType.SN ? BigDecimal.ONE
                : f.type() == FieldType.DATE_MMDDYY || f.type() == FieldType.DATE_YYMMDD ? LocalDate.of(2026, 1, 1)
                : f.allowed().isEmpty() ? "Q" : f.allowed().iterator().next();
        String written = write(l, f.name(), sample);
        assertEquals(80, written.length());
        assertEquals(blank.substring(0, s), written.substring(0, s));
        assertEquals(blank.substring(e), written.substring(e));
    }

    private static CatairRecord read(RecordLayout l, String record) {
        return CatairReader.standard().decodeWith(l, record, 1);
    }
}
