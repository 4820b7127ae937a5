package org.acesdk.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.acesdk.client.catair.AnswerCodec;
import org.acesdk.client.catair.CargoReleaseCodec;
import org.acesdk.client.catair.CatairBatch;
import org.acesdk.client.catair.CatairBlock;
import org.acesdk.client.catair.CatairReader;
import org.acesdk.client.catair.CatairRecord;
import org.acesdk.client.catair.EntrySummaryDecoder;
import org.acesdk.client.catair.IsfCodec;
import org.acesdk.client.catair.ProcessingResultCodec;
import org.acesdk.model.json.AceJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ace decode FILE.txt}: CATAIR records to typed filings and answers. */
@Command(name = "decode", description = "Read a CATAIR transmission (an answer from CBP, or a filing) and write what it "
        + "says, typed: entry summaries, cargo releases and ISFs as the SDK's JSON; AX, SO, SX, SN and batch "
        + "rejections as answers. --table lists the records instead.")
final class DecodeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.txt", description = "The transmission, one 80-character record a line.")
    Path file;

    @Option(names = "--table", description = "List each record: line, identifier, and whether the SDK knows it.")
    boolean table;

    @Override
    public Integer call() {
        String text = new String(Documents.read(file), StandardCharsets.US_ASCII);
        CatairBatch batch = CatairReader.standard().read(text);
        StringBuilder out = new StringBuilder();
        if (table) {
            for (CatairRecord r : batch.records()) {
                out.append(String.format("%5d  %-4s  %s%n", r.lineNumber(), r.recordId(), r.isKnown() ? "known"
                        : "kept as read"));
            }
        } else {
            List<Object> decoded = new ArrayList<>();
            for (CatairBlock b : batch.blocks()) {
                decoded.addAll(decode(b.applicationId(), b.records()));
            }
            if (batch.blocks().isEmpty() || decoded.isEmpty()) {
                // a body without its envelope: read as the records say
                decoded.addAll(decode(guess(batch.records()), batch.records()));
            }
            if (decoded.isEmpty()) {
                throw new IllegalArgumentException("file " + file + ": no filing or answer the SDK can type");
            }
            // one JSON object a line: its type and the typed value
            for (Object o : decoded) {
                out.append("{\"type\":\"").append(o.getClass().getSimpleName()).append("\",\"value\":")
                        .append(AceJson.write(o)).append("}\n");
            }
        }
        spec.commandLine().getOut().print(out);
        spec.commandLine().getOut().flush();
        return AceCli.OK;
    }

    private static String guess(List<CatairRecord> rs) {
        for (CatairRecord r : rs) {
            String id = r.raw().length() >= 4 ? r.raw().substring(0, 4) : r.raw();
            if (id.startsWith("SF90")) {
                return "SN";
            }
            if (id.startsWith("SF10")) {
                return "SF";
            }
            if (id.startsWith("SE90")) {
                return "SX";
            }
            if (id.startsWith("SE10")) {
                return "SE";
            }
            if (id.startsWith("SO")) {
                return "SO";
            }
            if (id.startsWith("E0") || id.startsWith("E1")) {
                return "AX";
            }
            if (id.startsWith("10")) {
                return "AE";
            }
        }
        return "";
    }

    private static List<?> decode(String app, List<CatairRecord> records) {
        List<CatairRecord> rs = new ArrayList<>();
        for (CatairRecord r : records) {
            rs.add(CatairReader.standard().decode(r.raw(), r.lineNumber(), app));
        }
        switch (app) {
            case "AE":
                return EntrySummaryDecoder.decode(rs);
            case "SE":
                return CargoReleaseCodec.decode(rs);
            case "SF":
                return IsfCodec.decode(rs);
            case "AX":
                return AnswerCodec.entrySummaries(rs);
            case "SO":
                return AnswerCodec.cargoReleases(rs);
            case "SN":
                return ProcessingResultCodec.isfAnswers(rs);
            case "SX":
                return ProcessingResultCodec.processingResults("SX", rs);
            default:
                return AnswerCodec.batchRejections(rs);
        }
    }
}
