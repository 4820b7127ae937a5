package org.acesdk.benchmarks;

import java.util.concurrent.TimeUnit;
import org.acesdk.rules.AceValidator;
import org.acesdk.rules.ValidationReport;
import org.acesdk.testkit.SampleFilings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The first validation in a fresh JVM, including Hibernate Validator's bootstrap, rule pack discovery and class
 * loading: one shot per fork.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class ColdStartBenchmark {

    /** Loads the full 2026 revision 4 export (gzip, about 35,700 rows) in a JVM that has loaded none before. */
    @Benchmark
    public org.acesdk.rules.tariff.TariffRevision firstTariffLoad() throws java.io.IOException {
        return org.acesdk.rules.tariff.UsitcHtsLoader.loadJson(BenchData.export(
                "ace-data/src/hts/hts_2026_rev_4.json.gz"), "cold", java.time.LocalDate.of(2026, 2, 24));
    }

    /** Builds a sample entry and validates it, in a JVM that has done neither before. */
    @Benchmark
    public ValidationReport firstValidation() {
        return AceValidator.standard().validate(SampleFilings.oceanEntry().build(), SampleFilings.context());
    }
}
