package org.acesdk.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.acesdk.client.catair.IsfCodec;
import org.acesdk.model.isf.ImporterSecurityFiling;
import org.acesdk.model.isf.IsfLine;
import org.acesdk.model.party.Party;
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

/** Encoding a 50-line ISF-10 (10 manufacturers of 5 lines each) as CATAIR SF records. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class IsfBenchmark {
    ImporterSecurityFiling isf;

    @Setup
    public void setup() {
        ImporterSecurityFiling base = SampleFilings.isf10().build();
        List<IsfLine> lines = new ArrayList<>();
        for (int m = 0; m < 10; m++) {
            Party maker = Party.builder().name("MANUFACTURER " + m).identifierQualifier("DUNS")
                    .identifier(String.valueOf(100_000_000 + m)).build();
            for (int k = 0; k < 5; k++) {
                lines.add(IsfLine.builder().manufacturer(maker).countryOfOrigin("CN")
                        .htsNumber(String.format("7326.90.%02d%02d", m, k)).build());
            }
        }
        isf = base.toBuilder().lines(lines).build();
    }

    /** One 50-line ISF to records. */
    @Benchmark
    public List<String> encode50Lines() {
        return IsfCodec.encode(isf);
    }
}
