package org.acesdk.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.acesdk.data.AceData;
import org.acesdk.data.HtsHistory;
import org.acesdk.model.code.HtsNumber;
import org.acesdk.rules.tariff.TariffHistory;
import org.acesdk.rules.tariff.TariffRevision;
import org.acesdk.rules.tariff.TariffRow;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The bundled tariff history: loading it warm (the compiled file read and the revision in force resolved, as the
 * first assessment needs; cold: {@link HistoryColdBenchmark}), and lookups by (HTS-10, date) across all 44 revisions. Targets: cold
 * load at most 600 ms, warm at most 150 ms, at least 5 million lookups a second.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HistoryBenchmark {
    private static final int LOOKUPS = 4096;

    byte[] compiled;
    HtsNumber[] numbers = new HtsNumber[LOOKUPS];
    LocalDate[] dates = new LocalDate[LOOKUPS];
    TariffHistory history;

    @Setup
    public void setup() throws IOException {
        try (InputStream in = AceData.bundled().table(AceData.HTS_HISTORY).open()) {
            compiled = in.readAllBytes();
        }
        history = TariffHistory.bundled();
        history.revisions(); // resolve all 44
        HtsHistory h = AceData.bundled().htsHistory();
        java.util.List<TariffRow> rows = history.revisionAt(LocalDate.of(2026, 6, 8)).orElseThrow().rows().stream()
                .filter(r -> r.htsNumber().digits().length() == 10).toList();
        Random random = new Random(7);
        LocalDate first = h.revisions().get(0).effective();
        for (int i = 0; i < LOOKUPS; i++) {
            numbers[i] = rows.get(random.nextInt(rows.size())).htsNumber();
            dates[i] = first.plusDays(random.nextInt(700));
        }
    }

    /** Reads the compiled history and resolves the revision in force today (warm JVM). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public TariffRevision loadWarm() throws IOException {
        HtsHistory h = HtsHistory.read(new ByteArrayInputStream(compiled));
        return TariffHistory.of(h).revisionAt(LocalDate.of(2026, 11, 20)).orElseThrow();
    }

    /** Reads the compiled history only. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public HtsHistory readCompiledOnly() throws IOException {
        return HtsHistory.read(new ByteArrayInputStream(compiled));
    }

    /** Lookups by (HTS-10, date) over all revisions, the revisions already resolved. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(LOOKUPS)
    public int lookup() {
        int found = 0;
        for (int i = 0; i < LOOKUPS; i++) {
            if (history.find(numbers[i], dates[i]).isPresent()) {
                found++;
            }
        }
        return found;
    }

    /**
     * Prints the heap the bundled history retains: read, with the newest revision resolved, and with all 44 (run
     * with {@code java -cp benchmarks/target/benchmarks.jar org.acesdk.benchmarks.HistoryBenchmark}).
     */
    public static void main(String[] args) {
        long base = used();
        HtsHistory h = AceData.bundled().htsHistory();
        long read = used();
        TariffHistory t = TariffHistory.bundled();
        t.revisionAt(LocalDate.of(2026, 11, 20)).orElseThrow();
        long one = used();
        t.revisions();
        long all = used();
        System.out.printf("compiled history read: %.1f MB (%d row versions)%n", (read - base) / 1e6,
                h.versions().size());
        System.out.printf("+ newest revision resolved: %.1f MB%n", (one - base) / 1e6);
        System.out.printf("+ all %d revisions resolved: %.1f MB%n", h.revisions().size(), (all - base) / 1e6);
    }

    private static long used() {
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
