package org.acesdk.benchmarks;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.acesdk.model.code.HtsNumber;
import org.acesdk.rules.tariff.TariffHistory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The bundled tariff history's first use in a fresh JVM: the bundle found, the compiled history read, the revision in
 * force resolved and one row looked up (target: at most 600 ms). Run with {@code -f 10} and nothing else: each fork
 * measures one first call.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class HistoryColdBenchmark {

    /** One first lookup. */
    @Benchmark
    public Object firstLookup() {
        return TariffHistory.bundled().find(HtsNumber.parse("7326.90.8688"), LocalDate.of(2026, 11, 20));
    }
}
