package org.acesdk.benchmarks;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.acesdk.model.entry.EntryLine;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.rules.advisor.Advice;
import org.acesdk.rules.advisor.Chapter99Advisor;
import org.acesdk.rules.advisor.ProductList;
import org.acesdk.rules.tariff.TariffRevision;
import org.acesdk.rules.tariff.UsitcHtsLoader;
import org.acesdk.testkit.SampleFilings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Chapter 99 advice for every line of a 999-line entry (CN steel with 301 and 232, VN handbags, MX parts) against the
 * full 2026 revision 4 export (footnote index built in setup). Lines/s = ops/s x 999; target at least 200,000.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AdvisorBenchmark {
    @Param({"ace-data/src/hts/hts_2026_rev_4.json.gz"})
    public String file;

    Chapter99Advisor advisor;
    List<EntryLine> lines;
    LocalDate date = LocalDate.of(2026, 3, 20);

    @Setup
    public void setup() throws IOException {
        TariffRevision rev = UsitcHtsLoader.loadJson(BenchData.export(file), "2026 Revision 4", LocalDate.of(2026, 2, 24));
        ProductList s232 = ProductList.load(new java.io.ByteArrayInputStream(
                "hts_prefix,heading\n73269086,9903.81.91\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "S232");
        advisor = Chapter99Advisor.builder().tariffSchedule(rev).addProductList(s232).build();
        EntrySummary e = SampleFilings.largeEntry(999);
        lines = e.lines();
        advisor.advise(lines.get(0), date);
    }

    /** Advises all 999 lines. */
    @Benchmark
    public int advise999Lines() {
        int n = 0;
        for (EntryLine l : lines) {
            Advice a = advisor.advise(l, date);
            n += a.headings().size();
        }
        return n;
    }
}
