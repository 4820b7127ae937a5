package org.acesdk.benchmarks;

import java.util.concurrent.TimeUnit;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.rules.AceValidator;
import org.acesdk.rules.RuleContext;
import org.acesdk.rules.ValidationReport;
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

/** Warm validation of a 999-line entry summary; lines per second = ops/s x 999. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ValidationBenchmark {
    EntrySummary entry;
    RuleContext context;
    AceValidator validator;

    @Setup
    public void setup() {
        entry = SampleFilings.largeEntry(999);
        context = SampleFilings.context();
        validator = AceValidator.standard();
        if (!validator.validate(entry, context).isValid()) {
            throw new IllegalStateException("the benchmark entry must be valid");
        }
    }

    /** Validates the 999-line entry (shape and every rule). */
    @Benchmark
    public ValidationReport validate999Lines() {
        return validator.validate(entry, context);
    }
}
