package org.acesdk.rules.advisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.acesdk.model.code.CountryCode;
import org.acesdk.model.code.HtsNumber;
import org.acesdk.rules.BundledData;
import org.acesdk.rules.tariff.TariffRevision;
import org.acesdk.rules.tariff.TariffRow;
import org.junit.jupiter.api.Test;

/**
 * The advisor against the independent lists bundled in ace-data (Budget Lab, MIT; see its NOTICE), for the 2026 revision 4
 * export. Disagreements go to {@code target/ch99-crosscheck-report.txt}.
 */
class Chapter99CrossCheckTest {
    private static final LocalDate DATE = LocalDate.of(2026, 3, 20);

    private static Set<String> eightDigitNumbers(TariffRevision rev) {
        Set<String> out = new LinkedHashSet<>();
        for (TariffRow r : rev.rows()) {
            String d = r.htsNumber().digits();
            if (d.length() >= 8 && !r.htsNumber().isChapter99()) {
                out.add(d.substring(0, 8));
            }
        }
        return out;
    }

    private static List<String[]> csv(Path file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            r.readLine();
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    rows.add(line.replace("\"", "").split(",", -1));
                }
            }
        }
        return rows;
    }

    @Test
    void section301HeadingsAgreeWithTheIndependentListsAndSection122ExemptionsMatch() throws IOException {
        TariffRevision rev4 = BundledData.rev4();
        Path s301 = BundledData.table(org.acesdk.data.AceData.S301_PRODUCT_LISTS);
        Path s122 = BundledData.table(org.acesdk.data.AceData.S122_EXEMPT_PRODUCTS);
        Set<String> inExport = eightDigitNumbers(rev4);

        Map<String, Set<String>> codes = new TreeMap<>();
        Map<String, Set<String>> lists = new TreeMap<>();
        for (String[] f : csv(s301)) {
            codes.computeIfAbsent(f[0], k -> new LinkedHashSet<>()).add(f[2]);
            lists.computeIfAbsent(f[0], k -> new LinkedHashSet<>()).add(f[1]);
        }
        Chapter99Advisor advisor = Chapter99Advisor.builder().tariffSchedule(rev4)
                .addProductList(ProductList.load(s122, "S122-EXEMPT")).build();
        CountryCode cn = CountryCode.parse("CN");
        int compared = 0;
        int agree = 0;
        int comparedInForce = 0;
        int agreeInForce = 0;
        Map<String, String> disagreements = new LinkedHashMap<>();
        for (Map.Entry<String, Set<String>> e : codes.entrySet()) {
            if (!inExport.contains(e.getKey())) {
                continue;
            }
            Advice a = advisor.advise(HtsNumber.parse(e.getKey()), cn, DATE, null);
            Set<String> advised = new LinkedHashSet<>();
            a.headings().stream().filter(h -> h.category().name().equals("SECTION_301"))
                    .forEach(h -> advised.add(h.heading().usitcFormat()));
            boolean ok = e.getValue().stream().anyMatch(advised::contains);
            boolean suspendedOnly = lists.get(e.getKey()).equals(Set.of("4B"));
            compared++;
            agree += ok ? 1 : 0;
            if (!suspendedOnly) {
                comparedInForce++;
                agreeInForce += ok ? 1 : 0;
            }
            if (!ok) {
                disagreements.put(e.getKey(), "list " + lists.get(e.getKey()) + " says " + e.getValue()
                        + "; advisor says " + advised + (suspendedOnly ? "  [list 4B: suspended, never in force]" : ""));
            }
        }

        // Section 122: every 8-digit number of the export, from Vietnam: exempt exactly when the list says so
        Set<String> exempt = new LinkedHashSet<>();
        for (String[] f : csv(s122)) {
            exempt.add(f[0]);
        }
        CountryCode vn = CountryCode.parse("VN");
        int s122Compared = 0;
        int s122Agree = 0;
        List<String> s122Disagreements = new ArrayList<>();
        for (String h8 : inExport) {
            Advice a = advisor.advise(HtsNumber.parse(h8), vn, DATE, null);
            boolean advisedExempt = a.headings().stream().anyMatch(h -> h.programId().equals("S122-EXEMPT"));
            boolean advisedSurcharge = a.headings().stream().anyMatch(h -> h.programId().equals("S122-SURCHARGE"));
            boolean listed = exempt.contains(h8);
            s122Compared++;
            if (listed == advisedExempt && listed != advisedSurcharge) {
                s122Agree++;
            } else {
                s122Disagreements.add(h8 + ": list says " + (listed ? "exempt" : "not exempt") + "; advisor "
                        + a.headingNumbers());
            }
        }

        Path report = Path.of("target", "ch99-crosscheck-report.txt");
        Files.createDirectories(report.getParent());
        StringBuilder b = new StringBuilder();
        b.append("Chapter 99 advisor cross-check, 2026 revision 4 export, entry date ").append(DATE).append('\n');
        b.append(String.format("Section 301: %d of %d HTS 8-digit numbers on the lists and in the export agree "
                + "(%.2f%%); excluding %d on the suspended list 4B only: %d of %d (%.3f%%)%n", agree, compared,
                100.0 * agree / compared, compared - comparedInForce, agreeInForce, comparedInForce,
                100.0 * agreeInForce / comparedInForce));
        disagreements.forEach((k, v) -> b.append("  ").append(k).append("  ").append(v).append('\n'));
        b.append(String.format("Section 122: %d of %d HTS 8-digit numbers of the export agree with the exemption "
                + "list (%.2f%%)%n", s122Agree, s122Compared, 100.0 * s122Agree / s122Compared));
        s122Disagreements.forEach(d -> b.append("  ").append(d).append('\n'));
        Files.writeString(report, b.toString(), StandardCharsets.UTF_8);

        assertTrue(compared > 10_000, "the lists and the export overlap: " + compared);
        assertTrue(agreeInForce >= 0.99 * comparedInForce, b.toString().lines().limit(3).toList().toString());
        assertEquals(s122Compared, s122Agree, s122Disagreements.stream().limit(5).toList().toString());
    }
}
