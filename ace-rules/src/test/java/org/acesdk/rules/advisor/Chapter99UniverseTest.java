package org.acesdk.rules.advisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.acesdk.model.code.CountryCode;
import org.acesdk.model.code.HtsNumber;
import org.acesdk.model.money.Money;
import org.acesdk.rules.tariff.TariffHistory;
import org.acesdk.rules.tariff.TariffRevision;
import org.acesdk.rules.tariff.TariffRow;
import org.junit.jupiter.api.Test;

/**
 * Every HTS-10 of every bundled revision, for the twelve origins the chapter 99 sample covers, on that revision's
 * date: no exception, every line priced (a total rate wherever the schedule gives the line an ad valorem or free
 * rate), and a report of heading counts by program and origin in {@code target/chapter99-universe.txt}.
 */
class Chapter99UniverseTest {
    private static final List<String> ORIGINS = List.of("CN", "MX", "CA", "VN", "DE", "JP", "IN", "KR", "GB", "BR", "TW",
            "CH");

    @Test
    void everyLineOfEveryRevisionIsAdvisedAndPriced() throws IOException {
        TariffHistory history = TariffHistory.bundled();
        Chapter99Advisor advisor = Chapter99Advisor.bundled();
        Map<String, LongAdder> byProgram = new ConcurrentHashMap<>();
        Map<String, LongAdder> byOrigin = new ConcurrentHashMap<>();
        AtomicLong lines = new AtomicLong();
        AtomicLong priced = new AtomicLong();
        AtomicLong withAdValorem = new AtomicLong();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        StringBuilder perRevision = new StringBuilder();
        Money value = Money.usd("1000.00");
        for (TariffRevision rev : history.revisions()) {
            LocalDate date = rev.effectiveFrom();
            List<HtsNumber> numbers = new ArrayList<>();
            for (TariffRow row : rev.rows()) {
                if (row.htsNumber().digits().length() == 10 && !row.htsNumber().isChapter99()
                        && !row.htsNumber().isChapter98()) {
                    numbers.add(row.htsNumber());
                }
            }
            ORIGINS.parallelStream().forEach(o -> {
                CountryCode origin = CountryCode.parse(o);
                for (HtsNumber n : numbers) {
                    try {
                        Advice a = advisor.advise(n, origin, date, value);
                        lines.incrementAndGet();
                        if (a.baseRatePercent() != null) {
                            withAdValorem.incrementAndGet();
                            if (a.totalRatePercent() != null) {
                                priced.incrementAndGet();
                            }
                        }
                        for (AdvisedHeading h : a.headings()) {
                            byProgram.computeIfAbsent(h.programId(), k -> new LongAdder()).increment();
                            if (h.ratePercent().signum() > 0) {
                                byOrigin.computeIfAbsent(o + " " + h.category(), k -> new LongAdder()).increment();
                            }
                        }
                    } catch (RuntimeException e) {
                        if (failures.size() < 20) {
                            failures.add(rev.name() + " " + n + " " + o + ": " + e);
                        }
                    }
                }
            });
            perRevision.append(rev.name()).append(" (").append(date).append("): ").append(numbers.size())
                    .append(" HTS-10 x ").append(ORIGINS.size()).append('\n');
        }
        StringBuilder report = new StringBuilder("Chapter 99 universe run: every HTS-10 of every bundled revision x "
                + ORIGINS + " on the revision's date\n\nlines advised: " + lines + "\nlines with an ad valorem or free "
                + "MFN rate: " + withAdValorem + ", of which priced: " + priced + "\n\n");
        report.append(perRevision).append("\nheadings advised, by program:\n");
        new TreeMap<>(byProgram).forEach((k, v) -> report.append("  ").append(k).append(": ").append(v).append('\n'));
        report.append("\nheadings with duty, by origin and category:\n");
        new TreeMap<>(byOrigin).forEach((k, v) -> report.append("  ").append(k).append(": ").append(v).append('\n'));
        Path out = Path.of("target", "chapter99-universe.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
        assertEquals(List.of(), failures);
        assertEquals(withAdValorem.get(), priced.get());
        assertTrue(lines.get() > 44L * 17_000 * ORIGINS.size(), "lines advised: " + lines);
        // every program family of 2025-2026 shows up somewhere in the universe
        for (String p : List.of("S301-8803", "S301-9106", "IEEPA-CN-FENT-10", "IEEPA-CA-FENT-35", "IEEPA-MX-FENT",
                "IEEPA-RECIP-BASE", "IEEPA-RECIP-VN", "IEEPA-FLOOR-EU", "IEEPA-BR", "IEEPA-IN", "IEEPA-ANNEX-II",
                "S122", "S122-EXEMPT-II", "S232-ANNEX-1A-STEEL", "S232-ANNEX-1B-STEEL", "S232-ANNEX-1C",
                "S232-ANNEX-3-STEEL", "S232-STEEL-MILL-50", "S232-AUTOS", "S232-AUTOS-EU", "S232-PARTS", "S232-MHD",
                "S232-WOOD-SOFTWOOD", "S232-SEMI", "S232-STEEL-2018")) {
            assertTrue(byProgram.containsKey(p), p + " never advised; report in " + out.toAbsolutePath());
        }
    }
}
