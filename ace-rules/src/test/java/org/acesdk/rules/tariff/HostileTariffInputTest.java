package org.acesdk.rules.tariff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Regression tests for hostile tariff data (issue 15, items 4-7). */
class HostileTariffInputTest {
    private static final Duration LIMIT = Duration.ofSeconds(5);

    private static TariffRevision json(String s) throws Exception {
        return UsitcHtsLoader.loadJson(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)), "t",
                LocalDate.of(2026, 1, 1));
    }

    @Test
    void aRateTextWhoseLowerCaseChangesLengthNeverEscapesAsAnIndexError() {
        for (String t : List.of("İİİİ $1.20/kg on İ", "5% İ, but not less than 3¢/kg", "İİ each on the İİ",
                "$1/İİİİİİİİ on the contents", "10¢/İ on each", "İ for each dozen")) {
            RateExpression r = RateExpression.parse(t);
            assertEquals(t, r.toString().isEmpty() ? t : t, "parsed without an exception: " + r);
        }
        assertEquals("abc", RateExpression.asciiLower("aBc"));
        assertEquals("İx", RateExpression.asciiLower("İX"));
    }

    @Test
    void sizeLimitsInTheJsonAreRowErrorsNotNullPointers() {
        String deep = "[{\"htsno\":\"0101\",\"x\":" + "[".repeat(2000) + "]".repeat(2000) + "}]";
        TariffDataException e = assertThrows(TariffDataException.class, () -> json(deep));
        assertTrue(e.getMessage().contains("size limit"), e.getMessage());
        assertThrows(TariffDataException.class, () -> json("[{\"htsno\":\"0101\",\"x\":1" + "0".repeat(1001) + "}]"));
        assertThrows(TariffDataException.class, () -> json("[{\"description\":\"" + "x".repeat(200_000) + "\"}]"));
    }

    /** The pattern the special column was parsed with before: the oracle for the linear scan. */
    private static final Pattern GROUP = Pattern.compile("([^()]*?)\\s*\\(([^()]*)\\)");

    private static List<String> byRegex(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = GROUP.matcher(text);
        while (m.find()) {
            String rate = m.group(1).trim();
            if (rate.isEmpty() || rate.regionMatches(true, 0, "See", 0, 3) || rate.contains("See ")) {
                continue;
            }
            List<String> codes = new ArrayList<>();
            for (String c : m.group(2).split(",")) {
                if (!c.trim().isEmpty()) {
                    codes.add(c.trim());
                }
            }
            out.add(RateExpression.parse(rate).text() + "=" + codes);
        }
        return out;
    }

    @Test
    void theSpecialColumnIsParsedInLinearTimeAsThePatternDid() {
        Random random = new Random(15);
        String alphabet = "()(),,AB5% Fre";
        for (int n = 0; n < 5000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(30); k > 0; k--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String t = b.toString();
            List<String> got = new ArrayList<>();
            for (SpecialRates.Group g : SpecialRates.parse(t).groups()) {
                got.add(g.rate().text() + "=" + g.programCodes());
            }
            assertEquals(byRegex(t), got, t);
        }
        String hostile = "1".repeat(60_000) + " (" + "A,".repeat(30_000);
        assertTimeoutPreemptively(LIMIT, () -> SpecialRates.parse(hostile));
        assertTimeoutPreemptively(LIMIT, () -> SpecialRates.parse("x".repeat(60_000)));
    }

    @Test
    void risingIndentsAreRefusedBeyondTheScheduleDepthAndLoadingStaysLinear() throws Exception {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < 30_000; i++) {
            b.append(i == 0 ? "" : ",").append("{\"htsno\":\"\",\"indent\":\"").append(i).append("\"}");
        }
        String rising = b.append("]").toString();
        TariffDataException e = assertTimeoutPreemptively(LIMIT,
                () -> assertThrows(TariffDataException.class, () -> json(rising)));
        assertEquals("indent", e.field());
        // a deep but legal shape: 30,000 rows at the deepest allowed indent, loaded quickly
        StringBuilder ok = new StringBuilder("[{\"htsno\":\"0101\",\"indent\":\"0\"}");
        for (int i = 0; i < 30_000; i++) {
            ok.append(",{\"htsno\":\"\",\"indent\":\"").append(Math.min(i + 1, UsitcHtsLoader.MAX_INDENT))
                    .append("\",\"description\":\"Other:\"}");
        }
        ok.append(",{\"htsno\":\"0101.21.00\",\"indent\":\"1\",\"general\":\"Free\"}]");
        TariffRevision r = assertTimeoutPreemptively(LIMIT, () -> json(ok.toString()));
        assertEquals(1, r.size());
    }
}
