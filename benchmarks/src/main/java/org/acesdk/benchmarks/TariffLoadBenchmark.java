package org.acesdk.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.acesdk.rules.tariff.TariffRevision;
import org.acesdk.rules.tariff.UsitcHtsLoader;
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
 * Loading a full USITC JSON export (about 35,700 rows, gzip) into a {@link TariffRevision}. The file is read from
 * the folder named by the system property {@code ace.hts.file}, by default the raw export in ace-data/src/hts (run from the project root).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TariffLoadBenchmark {
    @Param({"ace-data/src/hts/hts_2026_rev_4.json.gz"})
    public String file;

    byte[] bytes;

    @Setup
    public void setup() throws IOException {
        bytes = Files.readAllBytes(BenchData.export(file));
    }

    /** Loads the export from memory (gunzip, stream-parse, resolve, index). */
    @Benchmark
    public TariffRevision load() throws IOException {
        return UsitcHtsLoader.loadJson(new java.io.ByteArrayInputStream(bytes), "bench", LocalDate.of(2026, 2, 24));
    }
}
