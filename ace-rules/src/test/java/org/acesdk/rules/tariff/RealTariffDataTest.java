package org.acesdk.rules.tariff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.acesdk.model.code.HtsNumber;
import org.acesdk.rules.BundledData;
import org.junit.jupiter.api.Test;

/** The loader and rate parser against the full USITC exports of three revisions (from the bundled history). */
class RealTariffDataTest {

    private static int numberedRows(Path gz) throws Exception {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            int n = 0;
            for (JsonNode r : new ObjectMapper().readTree(in)) {
                if (r.path("htsno").asText().replace(".", "").length() > 4) {
                    n++;
                }
            }
            return n;
        }
    }

    @Test
    void loadsEveryNumberedRowOfEachRevision() throws Exception {
        assertEquals(numberedRows(BundledData.export("2025_basic")), BundledData.basic2025().size());
        assertEquals(numberedRows(BundledData.export("2026_rev_4")), BundledData.rev4().size());
        assertEquals(numberedRows(BundledData.export("2026_rev_10")), BundledData.rev10().size());
        assertTrue(BundledData.rev4().size() > 28_000);
    }

    /**
     * Parses every rate text of every row and writes the texts that do not parse to
     * {@code target/rate-parse-report.txt}. Target: every general rate of chapters 1-97.
     */
    @Test
    void parsesTheGeneralColumnOfChapters1To97() throws Exception {
        StringBuilder report = new StringBuilder();
        List<String> failures = new ArrayList<>();
        for (TariffRevision rev : List.of(BundledData.basic2025(), BundledData.rev4(), BundledData.rev10())) {
            int general = 0;
            int generalParsed = 0;
            int special = 0;
            int specialParsed = 0;
            int other = 0;
            int otherParsed = 0;
            int ch99 = 0;
            int ch99Parsed = 0;
            TreeMap<String, Integer> unparsed = new TreeMap<>();
            for (TariffRow r : rev.rows()) {
                if (!r.ratesFrom().equals(r.htsNumber())) {
                    continue; // inherited: counted on the row that prints it
                }
                if (r.htsNumber().isChapter98()) {
                    continue; // chapter 98 texts describe special computations, reported separately below
                }
                if (r.htsNumber().isChapter99()) {
                    if (!r.general().text().isEmpty()) {
                        ch99++;
                        ch99Parsed += r.general().isParsed() ? 1 : 0;
                    }
                    continue;
                }
                if (!r.general().text().isEmpty()) {
                    general++;
                    if (r.general().isParsed()) {
                        generalParsed++;
                    } else {
                        unparsed.merge("general: " + r.general().text() + " [" + r.htsNumber().usitcFormat() + "]", 1,
                                Integer::sum);
                    }
                }
                for (SpecialRates.Group g : r.special().groups()) {
                    special++;
                    if (g.rate().isParsed()) {
                        specialParsed++;
                    } else {
                        unparsed.merge("special: " + g.rate().text(), 1, Integer::sum);
                    }
                }
                if (!r.other().text().isEmpty()) {
                    other++;
                    if (r.other().isParsed()) {
                        otherParsed++;
                    } else {
                        unparsed.merge("column 2: " + r.other().text(), 1, Integer::sum);
                    }
                }
            }
            report.append(String.format("%s: general %d/%d parsed, special groups %d/%d, column 2 %d/%d, "
                    + "chapter 99 general %d/%d%n", rev.name(), generalParsed, general, specialParsed, special,
                    otherParsed, other, ch99Parsed, ch99));
            unparsed.forEach((k, v) -> report.append("  ").append(v).append(" x ").append(k).append('\n'));
            if (general != generalParsed) {
                failures.add(rev.name() + ": " + (general - generalParsed) + " general rates do not parse");
            }
        }
        Files.writeString(Path.of("target/rate-parse-report.txt"), report.toString(), StandardCharsets.UTF_8);
        assertEquals(List.of(), failures, "every chapter 1-97 general rate parses; see target/rate-parse-report.txt");
        System.out.print(report.toString().lines().filter(l -> !l.startsWith("  ")).reduce("", (a, b) -> a + b + "\n"));
    }

    @Test
    void findsRowsAcrossRevisions() {
        HtsNumber steel = HtsNumber.parse("7326.90.8688");
        for (TariffRevision rev : List.of(BundledData.basic2025(), BundledData.rev4(), BundledData.rev10())) {
            TariffRow r = rev.find(steel).orElseThrow();
            assertEquals("2.9%", r.general().text(), rev.name());
            assertTrue(r.chapter99References().contains(HtsNumber.parse("9903.88.03")), rev.name());
        }
        assertTrue(BundledData.rev4().find(HtsNumber.parse("9903.81.91")).isPresent());
        assertTrue(BundledData.rev10().find(HtsNumber.parse("9903.81.91")).isEmpty(), "moved to 9903.82 in rev 10");
        assertEquals(RateExpression.Form.ADDITIONAL, BundledData.rev10().find(HtsNumber.parse("9903.82.02"))
                .orElseThrow().general().form());
        List<String> missing = new ArrayList<>();
        for (String h : List.of("9903.88.03", "9903.88.15", "9903.01.25", "9903.03.01")) {
            if (BundledData.rev4().find(HtsNumber.parse(h)).isEmpty()) {
                missing.add(h);
            }
        }
        assertEquals(List.of(), missing);
    }
}
