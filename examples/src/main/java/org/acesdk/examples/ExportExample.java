package org.acesdk.examples;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.acesdk.client.AceClient;
import org.acesdk.client.BatchStatus;
import org.acesdk.client.Transmission;
import org.acesdk.client.catair.AesCodec;
import org.acesdk.model.export.ExportInformation;
import org.acesdk.model.export.ProofOfFiling;
import org.acesdk.model.response.ExportResponse;
import org.acesdk.testkit.FakeAceGateway;
import org.acesdk.testkit.SampleFilings;

/**
 * An export filed with AES against the embedded fake: Electronic Export Information for brake parts leaving Long Beach
 * by vessel in five days, AES's answer with the ITN, and the proof-of-filing citation for the bill of lading.
 *
 * <p>The AES codec is built with {@code inferredLayouts(true)}: the SDK lays out the A, Y, Z, CL1 and ES1 records
 * from samples, not from CBP's published layout, and encodes them only when asked (see the README's coverage table).
 */
public final class ExportExample {
    private ExportExample() {
    }

    /** Files the sample export, prints AES's answer and the citation; returns the answer. */
    public static ExportResponse run(PrintStream out) {
        try (FakeAceGateway gateway = FakeAceGateway.start();
                AceClient client = gateway.clientBuilder()
                        .aesCodec(AesCodec.builder().inferredLayouts(true).build()).build()) {
            LocalDate today = LocalDate.now(gateway.clock());
            ExportInformation eei = SampleFilings.exportFiling().shipmentReference("ACME-EXP-0042")
                    .dateOfExport(today.plusDays(5)).departure(today.plusDays(5).atTime(18, 0)
                            .toInstant(ZoneOffset.UTC)).filedAt(null).build();
            Transmission t = client.submit(eei);
            BatchStatus status = client.awaitResponse(t.batchId(), Duration.ofSeconds(30));
            ExportResponse answer = status.exportResponses().get(0);
            out.println("shipment " + answer.shipmentReference() + ": " + (answer.accepted() ? "accepted" : "rejected"));
            for (ExportResponse.Condition c : answer.conditions()) {
                out.println("  " + c.code() + " " + c.severity() + " " + c.narrative()
                        + (c.path() == null ? "" : " (" + c.path() + ")"));
            }
            if (answer.accepted()) {
                ExportInformation filed = eei.toBuilder().itn(answer.itn()).build();
                out.println("bill of lading: " + ProofOfFiling.of(filed).orElseThrow());
            }
            return answer;
        }
    }

    /** Runs the example. */
    public static void main(String[] args) {
        run(System.out);
    }
}
