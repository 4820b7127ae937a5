package org.acesdk.client.catair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every response block among the CATAIR samples decodes into a typed answer from which its detail records are
 * written back exactly (issue 16: nothing dropped). Input blocks (AE, SE, SF, FT, CQ) are not answers and are passed
 * over; a sample of an unknown application fails the test, so a new sample cannot go unchecked.
 */
class EveryResponseSampleTypedTest {
    private static final Set<String> INPUTS = Set.of("AE", "SE", "SF", "FT", "CQ");

    @Test
    void everyResponseBlockReEncodesFromItsTypedAnswer() throws Exception {
        Set<String> covered = new TreeSet<>();
        try (Stream<Path> files = Files.list(GoldenSamplesTest.samples())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String name = f.getFileName().toString();
                CatairBatch batch = CatairReader.standard().read(GoldenSamplesTest.read(name));
                for (CatairBlock b : batch.blocks()) {
                    String app = application(b);
                    if (INPUTS.contains(app)) {
                        continue;
                    }
                    List<String> expected = new ArrayList<>();
                    b.records().forEach(r -> expected.add(r.raw()));
                    if (app.equals("PF")) {
                        expected.add(0, b.header().raw());
                        expected.add(b.trailer().raw());
                    }
                    List<String> written = write(app, b);
                    assertEquals(expected, written, name + " block " + app);
                    covered.add(name.substring(0, name.indexOf('-')) + " " + app);
                }
            }
        }
        assertEquals(new TreeSet<>(Set.of("7_12 SO", "7_13 SO", "7_15 SN", "7_16 SN", "7_17 X", "7_18 X", "7_19 X",
                "7_20 TX", "7_21 PF", "7_22 PZ", "7_25 NF", "7_27 NF", "7_3 AX", "7_4 AX", "7_6 AX", "7_7 AX",
                "7_9 SX")), covered);
    }

    private static String application(CatairBlock b) {
        if (!b.records().isEmpty() && b.records().stream().allMatch(r -> r.raw().startsWith("X0")
                || r.raw().startsWith("X1"))) {
            return "X";
        }
        if (!b.applicationId().isEmpty()) {
            return b.applicationId();
        }
        // a body without its envelope: the records say what it is
        if (b.records().stream().anyMatch(r -> r.raw().startsWith("SF90"))) {
            return "SN";
        }
        // the PGA worked examples: input records (OI, PGnn, and the 50 or SE60 they follow)
        return b.records().stream().allMatch(r -> r.raw().startsWith("OI") || r.raw().startsWith("PG")
                || r.raw().startsWith("50") || r.raw().startsWith("62") || r.raw().startsWith("SE60")) ? "AE" : "?";
    }

    private static List<String> write(String app, CatairBlock b) {
        List<String> out = new ArrayList<>();
        List<CatairRecord> rs = b.records();
        switch (app) {
            case "AX" -> AnswerCodec.entrySummaries(rs).forEach(a -> out.addAll(AnswerCodec.encode(a)));
            case "SO" -> AnswerCodec.cargoReleases(rs).forEach(a -> out.addAll(AnswerCodec.encode(a)));
            case "SX", "SN" -> ProcessingResultCodec.processingResults(app, rs)
                    .forEach(a -> out.addAll(ProcessingResultCodec.encode(a)));
            case "X" -> AnswerCodec.batchRejections(rs).forEach(a -> out.addAll(AnswerCodec.encode(a)));
            case "TX", "PZ" -> AnswerCodec.conditionAnswers(app, rs).forEach(a -> out.addAll(AnswerCodec.encode(a)));
            case "NF" -> FtzAnswerCodec.ftzAdmissions(rs).forEach(a -> out.addAll(FtzAnswerCodec.encode(a)));
            case "PF", "MS" -> out.addAll(StatementCodec.encode(StatementCodec.statement(b)));
            default -> throw new AssertionError("a response sample of an application without a typed answer: " + app);
        }
        assertFalse(out.isEmpty(), app);
        return out;
    }
}
