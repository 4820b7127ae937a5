package org.acesdk.client.catair;

import java.util.ArrayList;
import java.util.List;
import org.acesdk.model.response.StatementAnswer;

/**
 * Daily and periodic monthly statement blocks (applications PF and MS) as typed results, and written back: the
 * statement fields of the block header (B columns 13-44) typed, the detail records kept as text (their layouts are
 * not modelled). Stateless and thread-safe.
 */
public final class StatementCodec {
    private StatementCodec() {
    }

    /**
     * The statements of a batch's PF and MS blocks that have a B header.
     *
     * @param batch the read batch
     * @return the statements, in order
     * @throws CatairException when a statement field is malformed (e.g. the print date), naming line and columns
     */
    public static List<StatementAnswer> statements(CatairBatch batch) {
        List<StatementAnswer> out = new ArrayList<>();
        for (CatairBlock block : batch.blocks()) {
            String app = block.applicationId();
            if (block.header() != null && ("PF".equals(app) || "MS".equals(app))) {
                out.add(statement(block));
            }
        }
        return out;
    }

    /**
     * One statement block.
     *
     * @param block a PF or MS block with its B header
     * @return the statement
     * @throws CatairException when the block has no B header or a statement field is malformed
     */
    public static StatementAnswer statement(CatairBlock block) {
        if (block.header() == null) {
            throw new CatairException(0, "B", "header", "1-80", "a statement block needs its B record");
        }
        CatairRecord h = CatairReader.standard().decodeWith(CatairLayouts.B_STATEMENT, block.header().raw(),
                block.header().lineNumber());
        List<String> records = new ArrayList<>(block.records().size());
        for (CatairRecord r : block.records()) {
            records.add(r.raw());
        }
        String indicator = h.raw().substring(1, 3);
        return new StatementAnswer(h.text("applicationId"), indicator.isBlank() ? null : indicator, h.text("port"),
                h.text("filerCode"), h.text("statementStatus"), h.text("statementNumber"), h.date("printDate"),
                h.text("paymentType"), h.text("importerNumber"), h.text("clientBranch"), records);
    }

    /**
     * Writes a statement back as a block: its B record, the detail records, and a Y record counting them.
     *
     * @param s the statement
     * @return the 80-character records
     * @throws CatairException when a value does not fit its field, naming the record and field
     */
    public static List<String> encode(StatementAnswer s) {
        List<String> out = new ArrayList<>();
        RecordBuffer b = new RecordBuffer();
        out.add(b.start(CatairLayouts.B_STATEMENT).set("blockIndicator", s.blockIndicator()).set("port", s.port())
                .set("filerCode", s.filerCode()).set("applicationId", s.applicationId())
                .set("statementStatus", s.statementStatus()).set("statementNumber", s.statementNumber())
                .set("printDate", s.printDate()).set("paymentType", s.paymentType())
                .set("importerNumber", s.importerNumberText()).set("clientBranch", s.clientBranch())
                .toRecordAsIs());
        for (String r : s.records()) {
            if (r == null || r.isEmpty() || r.length() > 80) {
                throw new CatairException(0, s.applicationId(), "records", "1-80",
                        "a detail record must be 1-80 characters");
            }
            out.add(r.length() == 80 ? r : r + " ".repeat(80 - r.length()));
        }
        out.add(b.start(CatairLayouts.Y_TRAILER).set("port", s.port()).set("filerCode", s.filerCode())
                .set("applicationId", s.applicationId()).set("recordCount", s.records().size()).toRecordAsIs());
        return out;
    }
}
