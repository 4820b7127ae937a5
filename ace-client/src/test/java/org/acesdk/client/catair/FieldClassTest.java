package org.acesdk.client.catair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Text fields accept exactly their class's characters, raise lower case, and name the refused character. */
class FieldClassTest {
    private static final RecordLayout LAYOUT = RecordLayout.of("99", "test",
            FieldSpec.of("a", 3, 12, FieldType.A), FieldSpec.of("an", 13, 22, FieldType.AN),
            FieldSpec.of("x", 23, 32, FieldType.X));

    @Test
    void lowerCaseIsRaisedAndEachClassRefusesWhatItMust() {
        String r = CatairWriter.standard().record(LAYOUT, Map.of("a", "ab c", "an", "a1 b2", "x", "a-1/#~"));
        assertEquals("AB C", r.substring(2, 6));
        assertEquals("A1 B2", r.substring(12, 17));
        assertEquals("A-1/#~", r.substring(22, 28));
        CatairException a = assertThrows(CatairException.class,
                () -> CatairWriter.standard().record(LAYOUT, Map.of("a", "AB1")));
        assertTrue(a.getMessage().contains("class A allows letters only (character 3)"), a.getMessage());
        CatairException an = assertThrows(CatairException.class,
                () -> CatairWriter.standard().record(LAYOUT, Map.of("an", "A-1")));
        assertTrue(an.getMessage().contains("class AN allows letters, digits and spaces only (character 2)"),
                an.getMessage());
        CatairException x = assertThrows(CatairException.class,
                () -> CatairWriter.standard().record(LAYOUT, Map.of("x", "caf\u00e9")));
        assertTrue(x.getMessage().contains("character 4 is not printable ASCII"), x.getMessage());
        CatairException tab = assertThrows(CatairException.class,
                () -> CatairWriter.standard().record(LAYOUT, Map.of("a", "A\tB")));
        assertTrue(tab.getMessage().contains("character 2 is not printable ASCII"), tab.getMessage());
    }

    @Test
    void mandatoryFieldsMustBeSetAndNotBlank() {
        RecordLayout layout = RecordLayout.of("98", "mandatory",
                new FieldSpec("text", 3, 6, FieldType.AN, 0, true, java.util.Set.of(), ""),
                new FieldSpec("count", 7, 9, FieldType.N, 0, true, java.util.Set.of(), ""),
                new FieldSpec("amount", 10, 14, FieldType.SN, 0, true, java.util.Set.of(), ""),
                new FieldSpec("date", 15, 20, FieldType.DATE_MMDDYY, 0, true, java.util.Set.of(), ""));
        java.time.LocalDate day = java.time.LocalDate.of(2026, 3, 20);
        String ok = CatairWriter.standard().record(layout, Map.of("text", "ab", "count", 0, "amount", 5, "date", day));
        assertEquals("98AB  00000005032026", ok.substring(0, 20));
        for (String missing : new String[] {"text", "count", "amount", "date"}) {
            Map<String, Object> values = new java.util.HashMap<>(Map.of("text", "ab", "count", 0, "amount", 5,
                    "date", day));
            values.remove(missing);
            CatairException e = assertThrows(CatairException.class,
                    () -> CatairWriter.standard().record(layout, values), missing);
            assertEquals(missing, e.field());
            assertTrue(e.getMessage().contains("is mandatory"), e.getMessage());
        }
        CatairException spaces = assertThrows(CatairException.class, () -> CatairWriter.standard().record(layout,
                Map.of("text", "   ", "count", 1, "amount", 5, "date", day)));
        assertEquals("text", spaces.field());
    }

    @Property(tries = 2000)
    void classesMatchTheirDefinitions(@ForAll @StringLength(min = 1, max = 10) @CharRange(from = 0, to = 200) String text) {
        for (FieldType type : new FieldType[] {FieldType.A, FieldType.AN, FieldType.X}) {
            boolean expected = text.chars().map(c -> c >= 'a' && c <= 'z' ? c - 32 : c).allMatch(c ->
                    type == FieldType.A ? c == ' ' || (c >= 'A' && c <= 'Z')
                    : type == FieldType.AN ? c == ' ' || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    : c >= 0x20 && c <= 0x7e);
            String field = type == FieldType.A ? "a" : type == FieldType.AN ? "an" : "x";
            boolean written;
            try {
                CatairWriter.standard().record(LAYOUT, Map.of(field, text));
                written = true;
            } catch (CatairException e) {
                written = false;
            }
            assertEquals(expected, written, type + " '" + text + "'");
        }
    }
}
