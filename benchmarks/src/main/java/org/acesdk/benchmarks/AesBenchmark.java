package org.acesdk.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.acesdk.client.catair.AesCodec;
import org.acesdk.client.catair.AesEnvelope;
import org.acesdk.model.code.UnitOfMeasure;
import org.acesdk.model.export.ExportInformation;
import org.acesdk.model.export.ExportLine;
import org.acesdk.model.money.Money;
import org.acesdk.model.money.Quantity;
import org.acesdk.model.response.ExportResponse;
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
 * AES exports: a batch of 10 shipments of 20 lines each encoded in the AES proprietary format (XP) and decoded back,
 * and AES's answer to them (XT, one rejected with line conditions) decoded into typed responses.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AesBenchmark {
    private static final AesCodec CODEC = AesCodec.builder().inferredLayouts(true).build();
    private static final AesEnvelope ENVELOPE = AesEnvelope.builder().filerId("761234567").password("PW").build();
    List<ExportInformation> shipments;
    String batch;
    String answer;

    @Setup
    public void setup() {
        shipments = new ArrayList<>();
        for (int s = 0; s < 10; s++) {
            List<ExportLine> lines = new ArrayList<>();
            for (int l = 0; l < 20; l++) {
                lines.add(SampleFilings.exportFiling().build().lines().get(0).toBuilder()
                        .value(Money.usd(String.valueOf(3_000 + 17 * l))).quantity(Quantity.of(String.valueOf(10 + l),
                                UnitOfMeasure.NUMBER)).description("BRAKE PARTS LOT " + l).build());
            }
            shipments.add(SampleFilings.exportFiling().shipmentReference("BENCH-" + s).lines(lines).build());
        }
        batch = CODEC.batch(ENVELOPE, LocalDate.of(2026, 12, 2), "000001", shipments);
        StringBuilder xt = new StringBuilder("A    761234567      EXT20261202000001 761234567\n");
        for (int s = 0; s < 10; s++) {
            xt.append("B  95123456700E          ACME EXPORTS INC\n");
            xt.append(batch.lines().filter(r -> r.startsWith("SC1")).skip(s).findFirst().orElseThrow()).append('\n');
            if (s == 3) {
                xt.append("CL1OS 0002BRAKE PARTS LOT 1\n").append("ES1515  F ECCN MUST BE FORMATTED NANNN\n")
                        .append("ES1970 RF SHIPMENT REJECTED; RESOLVE & RETRANSMIT\n");
            } else {
                xt.append(String.format("ES1974 A  SHIPMENT ADDED                          X20261202%06d%n", s));
            }
            xt.append("Y  95123456700E          ACME EXPORTS INC\n");
        }
        answer = xt.append("Z    761234567      EXT20261202000001 761234567\n").toString();
    }

    /** Ten 20-line shipments to one XP batch (200 lines, about 470 records). */
    @Benchmark
    public String encode10Shipments() {
        return CODEC.batch(ENVELOPE, LocalDate.of(2026, 12, 2), "000001", shipments);
    }

    /** The same batch read back into ten filings. */
    @Benchmark
    public List<ExportInformation> decode10Shipments() {
        return AesCodec.filings(batch);
    }

    /** AES's answer to ten shipments read into typed responses. */
    @Benchmark
    public List<ExportResponse> decodeAnswer() {
        return AesCodec.responses(answer);
    }
}
