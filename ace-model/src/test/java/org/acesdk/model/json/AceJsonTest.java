package org.acesdk.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.acesdk.model.Fixtures;
import org.acesdk.model.code.EntryType;
import org.acesdk.model.entry.EntrySummary;
import org.junit.jupiter.api.Test;

class AceJsonTest {

    @Test
    void roundTripOf999LinesIsLossless() {
        EntrySummary e = Fixtures.entry(999);
        String json = AceJson.write(e);
        EntrySummary back = AceJson.read(json, EntrySummary.class);
        assertEquals(e, back);
        assertEquals(999, back.lines().size());
        assertEquals(json, AceJson.write(back));
    }

    @Test
    void fieldNamesAreCamelCaseAndValuesCanonical() throws Exception {
        ObjectNode n = (ObjectNode) AceJson.mapper().readTree(AceJson.write(Fixtures.entry(1)));
        assertEquals("B76-0324527-8", n.get("entryNumber").asText());
        assertEquals("01", n.get("entryType").asText());
        assertEquals("2704", n.get("portOfEntry").asText());
        assertEquals("11", n.get("modeOfTransport").asText());
        assertEquals("2026-03-20", n.get("entryDate").asText());
        assertEquals("123-45-6789", n.get("importerNumber").asText());
        ObjectNode tariff = (ObjectNode) n.get("lines").get(0).get("tariffs").get(1);
        assertEquals("7326.90.8688", tariff.get("htsNumber").asText());
        assertTrue(tariff.get("value").isTextual(), "money is a decimal string");
        assertEquals("1001.00", tariff.get("value").asText());
        assertEquals("1200 KG", tariff.get("quantities").get(0).asText());
        assertTrue(n.get("lines").get(0).get("grossWeightKg").isTextual(), "decimals are strings");
    }

    @Test
    void unknownFieldsAreIgnored() throws Exception {
        ObjectNode n = (ObjectNode) AceJson.mapper().readTree(AceJson.write(Fixtures.entry(2)));
        n.put("somethingNew", 42);
        ((ObjectNode) n.get("lines").get(1)).putObject("futureBlock").put("x", "y");
        EntrySummary e = AceJson.read(n.toString(), EntrySummary.class);
        assertEquals(Fixtures.entry(2), e);
    }

    @Test
    void unknownCodesKeepTheirTextThroughARoundTrip() throws Exception {
        // issue 16: an unknown code was written back as "UNKNOWN"
        ObjectNode n = (ObjectNode) AceJson.mapper().readTree(AceJson.write(Fixtures.entry(1)));
        n.put("entryType", "77");
        n.put("modeOfTransport", "99");
        ((ObjectNode) n.get("lines").get(0)).put("specialProgram", "Q9");
        EntrySummary e = AceJson.read(n.toString(), EntrySummary.class);
        assertTrue(!e.entryType().isKnown() && e.entryType().code().equals("77"));
        String back = AceJson.write(e);
        assertTrue(back.contains("\"entryType\":\"77\"") && back.contains("\"modeOfTransport\":\"99\"")
                && back.contains("\"specialProgram\":\"Q9\""), back);
        assertEquals(e, AceJson.read(back, EntrySummary.class));
    }

    private static ObjectNode tree() throws Exception {
        return (ObjectNode) AceJson.mapper().readTree(AceJson.write(Fixtures.entry(3)));
    }

    @Test
    void aCallersMapperWithTheModulesReadsTheSdksJson() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper own = com.fasterxml.jackson.databind.json.JsonMapper.builder()
                .addModules(AceJson.modules()).build();
        EntrySummary e = Fixtures.entry(5);
        assertEquals(e, own.readValue(AceJson.write(e), EntrySummary.class));
    }

    @Test
    void readsUtf8BytesLikeText() {
        EntrySummary e = Fixtures.entry(3);
        String json = AceJson.write(e);
        assertEquals(e, AceJson.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), EntrySummary.class));
        AceJsonException nul = assertThrows(AceJsonException.class, () -> AceJson.read((byte[]) null, EntrySummary.class));
        assertTrue(nul.getMessage().contains("document is null"), nul.getMessage());
        AceJsonException bad = assertThrows(AceJsonException.class, () -> AceJson.read(
                json.substring(0, 40).getBytes(java.nio.charset.StandardCharsets.UTF_8), EntrySummary.class));
        assertTrue(bad.getMessage().contains("malformed JSON"), bad.getMessage());
    }

    @Test
    void badHtsNumberNamesItsPath() throws Exception {
        ObjectNode n = tree();
        ((ObjectNode) n.get("lines").get(2).get("tariffs").get(0)).put("htsNumber", "12AB");
        AceJsonException ex = assertThrows(AceJsonException.class, () -> AceJson.read(n.toString(), EntrySummary.class));
        assertEquals("lines[2].tariffs[0].htsNumber", ex.path());
        assertTrue(ex.getMessage().startsWith("lines[2].tariffs[0].htsNumber: Invalid HtsNumber"), ex.getMessage());
    }

    @Test
    void badDateNamesItsPath() throws Exception {
        ObjectNode n = tree();
        ((ObjectNode) n.get("lines").get(1)).put("exportDate", "2026-13-45");
        AceJsonException ex = assertThrows(AceJsonException.class, () -> AceJson.read(n.toString(), EntrySummary.class));
        assertEquals("lines[1].exportDate", ex.path());
        assertTrue(ex.problem().contains("ISO-8601 date"), ex.getMessage());
    }

    @Test
    void datesAreReadDirectlyAndBadOnesStillNameTheirPath() throws Exception {
        ObjectNode n = tree();
        ((ObjectNode) n.get("lines").get(0)).put("exportDate", "2024-02-29");
        assertEquals(java.time.LocalDate.of(2024, 2, 29),
                AceJson.read(n.toString(), EntrySummary.class).lines().get(0).exportDate());
        for (String bad : new String[] {"2026-02-29", "2026-1-05", "2026/01/05", "20260105", "2026-0a-05"}) {
            ((ObjectNode) n.get("lines").get(0)).put("exportDate", bad);
            AceJsonException ex = assertThrows(AceJsonException.class,
                    () -> AceJson.read(n.toString(), EntrySummary.class), bad);
            assertEquals("lines[0].exportDate", ex.path(), bad);
        }
    }

    @Test
    void hugeDecimalsInExponentFormAreRefusedAtOnceNamingTheirPath() throws Exception {
        // issue 15 item 2: no magnitude bound let 1e999999999 through, to fail later (or take 22 s)
        for (String raw : new String[] {"1e999999999", "1e10000000", "-1E+400", "1e-400", "123456789012345678901"}) {
            ObjectNode n = tree();
            String json = n.toString().replaceFirst("\"grossWeightKg\":\"[^\"]*\"", "\"grossWeightKg\":" + raw);
            long t0 = System.nanoTime();
            AceJsonException ex = assertThrows(AceJsonException.class,
                    () -> AceJson.readLenient(json, EntrySummary.class), raw);
            assertEquals("lines[0].grossWeightKg", ex.path(), raw);
            assertTrue(System.nanoTime() - t0 < 2_000_000_000L, raw);
        }
        java.math.BigDecimal huge = new java.math.BigDecimal("1e999999999");
        assertThrows(org.acesdk.model.code.InvalidValueException.class,
                () -> org.acesdk.model.money.Money.usd(huge));
        assertThrows(org.acesdk.model.code.InvalidValueException.class,
                () -> org.acesdk.model.money.Quantity.of(huge, org.acesdk.model.code.UnitOfMeasure.KILOGRAMS));
        assertThrows(org.acesdk.model.code.InvalidValueException.class,
                () -> org.acesdk.model.money.Money.parse("1" + "0".repeat(15)));
        assertThrows(org.acesdk.model.code.InvalidValueException.class,
                () -> org.acesdk.model.money.Money.parse("1.0000001"));
        // each kind has its bound: money and quantities 15.6, plain decimals (weights, rates) 18.12
        assertEquals("999999999999999.999999",
                org.acesdk.model.money.Money.usd("999999999999999.999999").amount().toPlainString());
        ObjectNode n = tree();
        ((ObjectNode) n.get("lines").get(0)).put("grossWeightKg", "999999999999999999.999999999999");
        assertEquals("999999999999999999.999999999999", AceJson.read(n.toString(), EntrySummary.class).lines()
                .get(0).grossWeightKg().toPlainString());
    }

    @Test
    void decimalsKeepTheirScaleAndBadOnesNameTheirPath() throws Exception {
        ObjectNode n = tree();
        ObjectNode line = (ObjectNode) n.get("lines").get(0);
        line.put("grossWeightKg", "12.50");
        assertEquals("12.50", AceJson.read(n.toString(), EntrySummary.class).lines().get(0).grossWeightKg().toPlainString());
        // strict by default: exponent text and JSON numbers are not the documented shape; the lenient read takes them
        line.put("grossWeightKg", "1e2");
        assertThrows(AceJsonException.class, () -> AceJson.read(n.toString(), EntrySummary.class));
        assertEquals(0, new java.math.BigDecimal("100").compareTo(
                AceJson.readLenient(n.toString(), EntrySummary.class).lines().get(0).grossWeightKg()));
        line.put("grossWeightKg", new java.math.BigDecimal("7.25"));
        assertEquals("lines[0].grossWeightKg",
                assertThrows(AceJsonException.class, () -> AceJson.read(n.toString(), EntrySummary.class)).path());
        assertEquals("7.25", AceJson.readLenient(n.toString(), EntrySummary.class).lines().get(0).grossWeightKg()
                .toPlainString());
        line.put("grossWeightKg", "12,5");
        AceJsonException ex = assertThrows(AceJsonException.class, () -> AceJson.read(n.toString(), EntrySummary.class));
        assertEquals("lines[0].grossWeightKg", ex.path());
    }

    @Test
    void valueTypesRefuseNonStringTokensNamingTheType() throws Exception {
        ObjectNode n = tree();
        ((ObjectNode) n.get("lines").get(0)).put("countryOfOrigin", 57);
        AceJsonException ex = assertThrows(AceJsonException.class, () -> AceJson.read(n.toString(), EntrySummary.class));
        assertEquals("lines[0].countryOfOrigin", ex.path());
        assertTrue(ex.problem().contains("CountryCode as a string"), ex.getMessage());
        ((ObjectNode) n.get("lines").get(0)).put("countryOfOrigin", "ZZ");
        AceJsonException ex2 = assertThrows(AceJsonException.class, () -> AceJson.read(n.toString(), EntrySummary.class));
        assertTrue(ex2.problem().contains("'ZZ' is not an ISO 3166"), ex2.getMessage());
        ((ObjectNode) n.get("lines").get(0)).put("countryOfOrigin", " cn ");
        assertEquals("CN", AceJson.read(n.toString(), EntrySummary.class).lines().get(0).countryOfOrigin().code());
    }

    @Test
    void wrongTypeNamesItsPath() throws Exception {
        ObjectNode n = tree();
        ((ObjectNode) n.get("lines").get(0)).put("lineNumber", "one");
        AceJsonException ex = assertThrows(AceJsonException.class, () -> AceJson.read(n.toString(), EntrySummary.class));
        assertEquals("lines[0].lineNumber", ex.path());
        assertTrue(ex.problem().contains("whole number"), ex.getMessage());

        ObjectNode n2 = tree();
        n2.put("lines", "not an array");
        AceJsonException ex2 = assertThrows(AceJsonException.class, () -> AceJson.read(n2.toString(), EntrySummary.class));
        assertEquals("lines", ex2.path());
    }

    @Test
    void nullListElementNamesItsPath() throws Exception {
        ObjectNode n = tree();
        ((ArrayNode) n.get("lines")).insertNull(1);
        AceJsonException ex = assertThrows(AceJsonException.class, () -> AceJson.read(n.toString(), EntrySummary.class));
        assertTrue(ex.getMessage().contains("lines[1] is null"), ex.getMessage());
    }

    @Test
    void badSsnIsNeverEchoed() throws Exception {
        ObjectNode n = tree();
        n.put("importerNumber", "987-65-432X");
        AceJsonException ex = assertThrows(AceJsonException.class, () -> AceJson.read(n.toString(), EntrySummary.class));
        assertEquals("importerNumber", ex.path());
        assertFalse(ex.getMessage().contains("987"), ex.getMessage());
        assertFalse(ex.getMessage().contains("432"), ex.getMessage());
    }

    @Test
    void malformedJsonIsTyped() {
        AceJsonException ex = assertThrows(AceJsonException.class, () -> AceJson.read("{\"entryNumber\": ", EntrySummary.class));
        assertEquals("", ex.path());
        assertTrue(ex.getMessage().contains("malformed JSON") || ex.getMessage().contains("expected"), ex.getMessage());
        assertThrows(AceJsonException.class, () -> AceJson.read((String) null, EntrySummary.class));
    }

    @Test
    void redactedWriterMasksImporterNumbers() {
        String json = AceJson.writeRedacted(Fixtures.entry(1));
        assertFalse(json.contains("123-45-6789"));
        assertTrue(json.contains("***-**-6789"));
        assertFalse(json.contains("13-142026000"));
        assertTrue(AceJson.write(Fixtures.entry(1)).contains("123-45-6789"));
    }

    @Test
    void toStringOfDocumentsMasksImporterNumbers() {
        String s = Fixtures.entry(1).toString();
        assertFalse(s.contains("123-45-6789"));
        assertTrue(s.contains("***-**-6789"));
    }

    @Test
    void mapperIsANewInstanceEachCall() {
        assertNotSame(AceJson.mapper(), AceJson.mapper());
    }

    @Test
    void datesAreIso() {
        EntrySummary e = Fixtures.entry(1).toBuilder().entryDate(LocalDate.of(2026, 1, 2)).build();
        assertTrue(AceJson.write(e).contains("\"entryDate\":\"2026-01-02\""));
    }

    @Test
    void readingIsStrictOnJsonTypesAndSaysWhere() throws Exception {
        // issue 16: each of these was coerced silently
        Object[][] cases = {
            {"entryDate", 20260320, "entryDate"},
            {"entryDate", "[2026,3,20]", "entryDate"},
            {"lines.0.relatedParty", "false", "lines[0].relatedParty"},
            {"lines.0.relatedParty", 0, "lines[0].relatedParty"},
            {"lines.0.lineNumber", "1", "lines[0].lineNumber"},
            {"lines.0.grossWeightKg", ".5", "lines[0].grossWeightKg"},
            {"lines.0.grossWeightKg", "+5", "lines[0].grossWeightKg"},
            {"lines.0.description", 5, "lines[0].description"},
            {"filerReference", true, "filerReference"},
        };
        for (Object[] c : cases) {
            ObjectNode n = tree();
            String[] path = ((String) c[0]).split("\\.");
            ObjectNode target = path.length == 1 ? n : (ObjectNode) n.get(path[0]).get(Integer.parseInt(path[1]));
            String field = path[path.length - 1];
            if (c[1] instanceof Integer) {
                target.put(field, (Integer) c[1]);
            } else if (c[1] instanceof Boolean) {
                target.put(field, (Boolean) c[1]);
            } else if (((String) c[1]).startsWith("[")) {
                target.set(field, new ObjectMapper().readTree((String) c[1]));
            } else {
                target.put(field, (String) c[1]);
            }
            AceJsonException e = assertThrows(AceJsonException.class, () -> AceJson.read(n.toString(),
                    EntrySummary.class), c[0] + " = " + c[1]);
            assertEquals(c[2], e.path(), c[0] + " = " + c[1] + ": " + e.getMessage());
        }
        AceJsonException nul = assertThrows(AceJsonException.class, () -> AceJson.read("null", EntrySummary.class));
        assertTrue(nul.getMessage().contains("null"), nul.getMessage());
        for (String departure : new String[] {"\"2026-03-20T24:00:00Z\"", "1774000000"}) {
            AceJsonException e = assertThrows(AceJsonException.class, () -> AceJson.read("{\"departure\":"
                    + departure + "}", org.acesdk.model.export.ExportInformation.class), departure);
            assertEquals("departure", e.path(), departure);
        }
        assertEquals(java.time.Instant.parse("2026-03-20T10:00:00Z"), AceJson.read(
                "{\"departure\":\"2026-03-20T10:00:00Z\"}", org.acesdk.model.export.ExportInformation.class)
                .departure());
    }

    @Test
    void computedDecimalsAreWrittenPlain() throws Exception {
        EntrySummary e = AceJson.read(tree().toString(), EntrySummary.class);
        EntrySummary computed = e.toBuilder().lines(java.util.List.of(e.lines().get(0).toBuilder()
                .grossWeightKg(new java.math.BigDecimal("5.2E+3")).build())).build();
        String json = AceJson.write(computed);
        assertTrue(json.contains("\"grossWeightKg\":\"5200\""), json);
        assertEquals(0, new java.math.BigDecimal("5200").compareTo(AceJson.read(json, EntrySummary.class).lines()
                .get(0).grossWeightKg()));
    }

    @Test
    void anUnknownUnitCodeIsKeptThroughARoundTrip() throws Exception {
        // issue 16: "5000 ZZZ" came back as "5000 UNKNOWN"
        ObjectNode n = tree();
        ((ObjectNode) n.get("lines").get(0).get("tariffs").get(0)).putArray("quantities").add("5000 ZZZ");
        EntrySummary e = AceJson.read(n.toString(), EntrySummary.class);
        org.acesdk.model.money.Quantity q = e.lines().get(0).tariffs().get(0).quantities().get(0);
        assertFalse(q.unit().isKnown());
        assertEquals("ZZZ", q.unitCode());
        String back = AceJson.write(e);
        assertTrue(back.contains("\"5000 ZZZ\""), back);
        assertEquals(e, AceJson.read(back, EntrySummary.class));
        // known codes are written by their CBP code, whatever alias came in
        assertEquals("12 KG", org.acesdk.model.money.Quantity.parse("12 kg").toString());
        assertThrows(org.acesdk.model.code.InvalidValueException.class,
                () -> org.acesdk.model.money.Quantity.parse("12 " + "Z".repeat(9)));
        assertThrows(org.acesdk.model.code.InvalidValueException.class,
                () -> org.acesdk.model.money.Quantity.parse("12 KG-1"));
    }
}
