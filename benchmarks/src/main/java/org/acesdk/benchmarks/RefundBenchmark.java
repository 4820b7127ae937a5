package org.acesdk.benchmarks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.acesdk.rules.refund.FiledEntry;
import org.acesdk.rules.refund.GeneratedEntries;
import org.acesdk.rules.refund.RefundPlan;
import org.acesdk.rules.refund.RefundPlanner;
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
 * IEEPA refund planning on one machine, one thread: 2,000 entries of the generated year (seed 2026; 1-4 lines each,
 * 5,000 lines) re-assessed with and without their IEEPA headings, judged by the CAPE rules, with an interest estimate.
 * Entries per second = ops/s x 2,000; {@code SparkRefundBenchmark} (ace-spark) measures the same on Spark.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class RefundBenchmark {
    List<FiledEntry> year;
    String csv;
    RefundPlanner planner;

    @Setup
    public void setup() {
        year = GeneratedEntries.year(2026, 2_000).toList();
        java.io.StringWriter w = new java.io.StringWriter();
        org.acesdk.rules.refund.EntryRows.writeCsv(year.stream(), w);
        csv = w.toString();
        planner = RefundPlanner.builder().filingDay(LocalDate.of(2026, 12, 2))
                .annualInterestRate(new BigDecimal("0.07")).build();
    }

    /** The same 2,000 entries read from their CSV export (5,000 rows) and planned, as Spark does from its input. */
    @Benchmark
    public RefundPlan readAndPlan2000Entries() {
        try (var entries = org.acesdk.rules.refund.EntryRows.readCsv(new java.io.StringReader(csv))) {
            return planner.plan(entries);
        }
    }

    /** 2,000 entries planned. */
    @Benchmark
    public RefundPlan plan2000Entries() {
        return planner.plan(year.stream());
    }
}
