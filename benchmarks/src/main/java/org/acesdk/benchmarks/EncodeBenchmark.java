package org.acesdk.benchmarks;

import java.util.concurrent.TimeUnit;
import org.acesdk.client.catair.EntrySummaryEncoder;
import org.acesdk.client.catair.LineSeparator;
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
 * CATAIR encoding of a 999-line entry summary (its assessment computed once in setup). MB/s = ops/s x
 * {@link #outputBytes}; run with {@code -prof gc} to compare the allocation per op with the output size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EncodeBenchmark {
    EntrySummary entry;
    DutyAssessment assessment;
    int capacity;
    /** Size of the encoded text in bytes (ASCII), printed in setup. */
    public int outputBytes;

    @Setup
    public void setup() {
        entry = SampleFilings.largeEntry(999);
        assessment = DutyCalculator.create(SampleFilings.context()).assess(entry);
        String text = encode999Lines();
        outputBytes = text.length();
        capacity = outputBytes;
        System.out.println("encoded text: " + outputBytes + " bytes, " + (outputBytes / 81) + " records");
    }

    /** Encodes the AE transaction into an exactly-sized US-ASCII byte array (the transmission path). */
    @Benchmark
    public byte[] encode999LinesAscii() {
        return EntrySummaryEncoder.encodeAscii(entry, assessment, LineSeparator.LF);
    }

    /** Encodes the AE transaction into one String (LF-separated records). */
    @Benchmark
    public String encode999Lines() {
        StringBuilder out = new StringBuilder(capacity > 0 ? capacity : 1 << 16);
        EntrySummaryEncoder.encodeTo(entry, assessment, out, LineSeparator.LF);
        return out.toString();
    }
}
