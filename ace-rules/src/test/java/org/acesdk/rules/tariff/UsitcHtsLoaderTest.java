package org.acesdk.rules.tariff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.acesdk.model.code.HtsNumber;
import org.acesdk.model.code.UnitOfMeasure;
import org.acesdk.rules.Samples;
import org.junit.jupiter.api.Test;

class UsitcHtsLoaderTest {
    private static InputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void resolvesRatesDownTheHierarchyAndReadsFootnotes() {
        TariffRevision r = Samples.testHts();
        TariffRow stat = r.find(HtsNumber.parse("7326.90.8688")).orElseThrow();
        assertEquals("2.9%", stat.general().text());
        assertEquals(HtsNumber.parse("7326.90.86"), stat.ratesFrom());
        assertEquals(List.of(UnitOfMeasure.KILOGRAMS), stat.units());
        assertEquals(List.of(HtsNumber.parse("9903.88.03")), stat.chapter99References());
        TariffRow own = r.find(HtsNumber.parse("4202.21.9000")).orElseThrow();
        assertEquals("9%", own.general().text());
        assertEquals(own.htsNumber(), own.ratesFrom());
        assertTrue(r.find(HtsNumber.parse("9903.88.03")).orElseThrow().general().form()
                == RateExpression.Form.ADDITIONAL);
        assertTrue(r.find(HtsNumber.parse("7326.90.8688"), LocalDate.of(2024, 9, 30)).isEmpty(),
                "a revision does not answer for dates before it took effect");
    }

    @Test
    void readsGzipAndCsv() throws Exception {
        String json = "[{\"htsno\":\"0101.21.00\",\"indent\":\"2\",\"description\":\"Purebred\",\"units\":[],"
                + "\"general\":\"Free\",\"special\":\"\",\"other\":\"Free\",\"footnotes\":null,\"futureKey\":{\"a\":1}},"
                + "{\"htsno\":\"0101.21.00.10\",\"indent\":3,\"description\":\"Males\",\"units\":[\"No.\"],"
                + "\"general\":\"\",\"special\":\"\",\"other\":\"\",\"footnotes\":[]}]";
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(json.getBytes(StandardCharsets.UTF_8));
        }
        TariffRevision r = UsitcHtsLoader.loadJson(new ByteArrayInputStream(gz.toByteArray()), "gz", LocalDate.MIN);
        assertEquals(2, r.size());
        assertEquals(RateExpression.Form.FREE, r.find(HtsNumber.parse("0101.21.0010")).orElseThrow().general().form());

        String csv = "HTS Number,Indent,Description,Unit of Quantity,General Rate of Duty,Special Rate of Duty,"
                + "Column 2 Rate of Duty,Quota Quantity,Additional Duties\n"
                + "7326.90.86,4,Other,,2.9%,\"Free (A,AU,B,BH)\",45%,,See 9903.88.03.\n"
                + "7326.90.86.88,5,\"Other, \"\"misc\"\"\",\"[\"\"kg\"\"]\",,,,,\n";
        TariffRevision c = UsitcHtsLoader.loadCsv(text(csv), "csv", LocalDate.MIN);
        TariffRow row = c.find(HtsNumber.parse("7326.90.8688")).orElseThrow();
        assertEquals("2.9%", row.general().text());
        assertEquals("Other, \"misc\"", row.description());
        assertEquals(List.of(UnitOfMeasure.KILOGRAMS), row.units());
        assertEquals(List.of(HtsNumber.parse("9903.88.03")), row.chapter99References());
    }

    @Test
    void malformedRowNamesRowAndFieldAndNothingHalfLoads() {
        String bad = "[{\"htsno\":\"0101.21.00\",\"indent\":\"2\",\"general\":\"Free\"},"
                + "{\"htsno\":\"01X1.21.00.10\",\"indent\":\"3\",\"general\":\"\"}]";
        TariffDataException ex = assertThrows(TariffDataException.class,
                () -> UsitcHtsLoader.loadJson(text(bad), "bad", LocalDate.MIN));
        assertEquals(2, ex.rowNumber());
        assertEquals("htsno", ex.field());
        TariffDataException indent = assertThrows(TariffDataException.class, () -> UsitcHtsLoader.loadJson(
                text("[{\"htsno\":\"0101.21.00\",\"indent\":\"two\"}]"), "bad", LocalDate.MIN));
        assertEquals("indent", indent.field());
        TariffDataException truncated = assertThrows(TariffDataException.class, () -> UsitcHtsLoader.loadJson(
                text("[{\"htsno\":\"0101.21.00\",\"indent\":\"2\"},{\"htsno\":"), "cut", LocalDate.MIN));
        assertTrue(truncated.getMessage().contains("malformed JSON"), truncated.getMessage());
        assertThrows(TariffDataException.class, () -> UsitcHtsLoader.loadJson(text("{}"), "obj", LocalDate.MIN));
        assertThrows(TariffDataException.class, () -> UsitcHtsLoader.loadCsv(text("a,b\n"), "hdr", LocalDate.MIN));
        TariffDataException dup = assertThrows(TariffDataException.class, () -> UsitcHtsLoader.loadJson(text(
                "[{\"htsno\":\"0101.21.00\",\"indent\":\"2\"},{\"htsno\":\"0101.21.00\",\"indent\":\"2\"}]"), "dup",
                LocalDate.MIN));
        assertTrue(dup.getMessage().contains("duplicate"));
    }

    private static TariffRevision load(String json, LocalDate from) {
        try {
            return UsitcHtsLoader.loadJson(text(json), "rev " + from, from);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void historyPicksTheRevisionInForce() {
        TariffRevision a = load("[{\"htsno\":\"0101.21.00\",\"indent\":\"2\",\"general\":\"1%\"}]",
                LocalDate.of(2026, 1, 1));
        TariffRevision b = load("[{\"htsno\":\"0101.21.00\",\"indent\":\"2\",\"general\":\"2%\"}]",
                LocalDate.of(2026, 6, 1));
        TariffSchedule s = TariffSchedule.of(List.of(b, a));
        HtsNumber h = HtsNumber.parse("0101.21.00");
        assertEquals("1%", s.find(h, LocalDate.of(2026, 5, 31)).orElseThrow().general().text());
        assertEquals("2%", s.find(h, LocalDate.of(2026, 6, 1)).orElseThrow().general().text());
        assertTrue(s.find(h, LocalDate.of(2025, 12, 31)).isEmpty());
        assertTrue(!s.covers(LocalDate.of(2025, 12, 31)) && s.covers(LocalDate.of(2026, 1, 1)));
    }
}
