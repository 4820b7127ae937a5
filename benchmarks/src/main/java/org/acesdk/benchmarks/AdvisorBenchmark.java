package org.acesdk.benchmarks;

import java.time.LocalDate;
import java.util.List;
import java.util.ArrayList;
import org.acesdk.model.code.CountryCode;
import org.acesdk.model.code.HtsNumber;
import org.acesdk.rules.tariff.TariffHistory;
import org.acesdk.rules.tariff.TariffRow;
import java.util.concurrent.TimeUnit;
import org.acesdk.model.entry.EntryLine;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.rules.advisor.Advice;
import org.acesdk.rules.advisor.Chapter99Advisor;
import org.acesdk.rules.tariff.TariffRevision;
import org.acesdk.testkit.SampleFilings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Chapter 99 advice on the bundled data alone (programs, product scopes, the 2026 revision 4 schedule's footnotes):
 * a 999-line entry (CN steel with 301 and 232, VN handbags, MX parts), and a mixed universe slice of 12 origins.
 * Lines/s = ops/s x lines; target at least 500,000.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class AdvisorBenchmark {
    Chapter99Advisor advisor;
    List<EntryLine> lines;
    List<HtsNumber> numbers;
    List<CountryCode> origins;
    LocalDate date = LocalDate.of(2026, 3, 20);

    @Setup
    public void setup() {
        advisor = Chapter99Advisor.bundled();
        EntrySummary e = SampleFilings.largeEntry(999);
        lines = e.lines();
        advisor.advise(lines.get(0), date);
        TariffRevision rev = TariffHistory.bundled().revisionAt(date).orElseThrow();
        numbers = new ArrayList<>();
        for (TariffRow r : rev.rows()) {
            if (r.htsNumber().digits().length() == 10 && !r.htsNumber().isChapter99() && numbers.size() < 1000) {
                numbers.add(r.htsNumber());
            }
        }
        origins = new ArrayList<>();
        for (String o : List.of("CN", "MX", "CA", "VN", "DE", "JP", "IN", "KR", "GB", "BR", "TW", "CH")) {
            origins.add(CountryCode.parse(o));
        }
    }

    /** Advises all 999 lines of the entry. */
    @Benchmark
    public int advise999Lines() {
        int n = 0;
        for (EntryLine l : lines) {
            Advice a = advisor.advise(l, date);
            n += a.headings().size();
        }
        return n;
    }

    /** Advises 1,000 HTS-10 numbers for each of 12 origins (12,000 lines). */
    @Benchmark
    public int advise12000MixedLines() {
        int n = 0;
        for (CountryCode o : origins) {
            for (HtsNumber h : numbers) {
                n += advisor.advise(h, o, date, null).headings().size();
            }
        }
        return n;
    }
}
