package org.acesdk.benchmarks;

import java.util.concurrent.TimeUnit;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.rules.duty.DutyAssessment;
import org.acesdk.rules.duty.DutyCalculator;
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
 * Warm assessment of a 999-line entry summary with 1,665 tariff numbers (the sample's steel line carries three, the
 * others one); tariff lines per second = ops/s x 1,665.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AssessmentBenchmark {
    EntrySummary entry;
    DutyCalculator calculator;

    @Setup
    public void setup() {
        entry = SampleFilings.largeEntry(999);
        calculator = DutyCalculator.create(SampleFilings.context());
        if (!calculator.assess(entry).isComplete()) {
            throw new IllegalStateException("the benchmark entry must assess completely");
        }
    }

    /** Assesses the 999-line entry. */
    @Benchmark
    public DutyAssessment assess999Lines() {
        return calculator.assess(entry);
    }
}
