package org.acesdk.client.catair;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.acesdk.model.response.AnswerCondition;
import org.acesdk.model.response.AnswerReference;
import org.acesdk.model.response.EntrySummaryAnswer;

/**
 * CBP's answers as typed results: entry summary answers (AX) decoded from E0/E1 records with each condition's
 * references resolved as CBP sends them (a {@code LINITM} reference replaces the line; a {@code TARIFF} reference
 * stacks under it; others reset to the header), and written back record for record. Stateless and thread-safe.
 */
public final class AnswerCodec {
    private AnswerCodec() {
    }

    /**
     * The entry summary answers of a batch's AX blocks.
     *
     * @param batch the read batch
     * @return the answers, in order
     */
    public static List<EntrySummaryAnswer> entrySummaries(CatairBatch batch) {
        List<EntrySummaryAnswer> out = new ArrayList<>();
        for (CatairBlock block : batch.blocks()) {
            if ("AX".equals(block.applicationId())) {
                out.addAll(entrySummaries(block.records()));
            }
        }
        return out;
    }

    /** One answer being read. */
    private static final class Open {
        Integer occurrence;
        String literal;
        String filer;
        String entry;
        String reference;
        String team;
        final List<AnswerCondition> conditions = new ArrayList<>();
        final List<AnswerReference> stack = new ArrayList<>();
        int fresh;

        EntrySummaryAnswer close(AnswerCondition fin) {
            return new EntrySummaryAnswer(occurrence, literal, filer, entry, reference, team, conditions, fin);
        }
    }

    /**
     * The entry summary answers in AX detail records.
     *
     * @param records E0 and E1 records
     * @return the answers, in order; one still open at the end has no final disposition
     */
    public static List<EntrySummaryAnswer> entrySummaries(List<CatairRecord> records) {
        List<EntrySummaryAnswer> out = new ArrayList<>();
        Open open = null;
        for (CatairRecord r : records) {
            String id = r.recordId();
            if (id.equals("E0")) {
                String type = r.text("referenceType", "");
                if (type.equals("SUMMRY")) {
                    if (open != null) {
                        out.add(open.close(null));
                    }
                    open = new Open();
                    open.occurrence = integer(r.value("occurrence"));
                    open.literal = r.text("referenceLiteral", "");
                    open.filer = r.text("filerCode", "");
                    open.entry = r.text("entryNumber", "");
                    open.reference = r.text("filerReference", "");
                    open.team = r.text("teamNumber", "");
                    continue;
                }
                if (open == null) {
                    open = new Open();
                }
                AnswerReference ref = new AnswerReference(type, integer(r.value("occurrence")),
                        r.text("referenceLiteral", ""), r.text("referenceData", ""));
                if (type.equals("TARIFF")) {
                    // under the current line, replacing an earlier tariff reference
                    open.stack.removeIf(x -> !x.type().equals("LINITM"));
                } else {
                    open.stack.clear();
                }
                open.stack.add(ref);
                open.fresh = Math.min(open.stack.size(), open.fresh + 1);
            } else if (id.equals("E1")) {
                if (open == null) {
                    open = new Open();
                }
                String d = r.text("disposition", "");
                AnswerCondition c = new AnswerCondition(d, r.text("severity", ""), r.text("conditionCode", ""),
                        r.text("reasonCode", ""), r.text("narrative", ""), open.stack, open.fresh,
                        r.text("filerCode", ""), r.text("entryNumber", ""), integer(r.value("version")),
                        r.text("filerReference", ""));
                open.fresh = 0;
                if (d.equals("A") || d.equals("R")) {
                    out.add(open.close(c));
                    open = null;
                } else {
                    open.conditions.add(c);
                }
            }
        }
        if (open != null) {
            out.add(open.close(null));
        }
        return out;
    }

    private static Integer integer(Object v) {
        return v instanceof BigDecimal ? ((BigDecimal) v).intValueExact() : null;
    }

    /**
     * Writes an answer back as E0 and E1 records: the SUMMRY reference, each condition after the references CBP sent
     * before it, and the final disposition.
     *
     * @param a the answer
     * @return the 80-character records
     */
    public static List<String> encode(EntrySummaryAnswer a) {
        List<String> out = new ArrayList<>();
        RecordBuffer b = new RecordBuffer();
        b.start(CatairLayouts.AX_E0_SUMMARY).set("referenceType", "SUMMRY").set("occurrence", a.occurrence())
                .set("referenceLiteral", blankNull(a.literal())).set("filerCode", blankNull(a.filerCode()))
                .set("entryNumber", blankNull(a.entryNumberText())).set("filerReference", blankNull(a.filerReference()))
                .set("teamNumber", blankNull(a.teamNumber()));
        out.add(b.toRecordAsIs());
        for (AnswerCondition c : a.conditions()) {
            condition(b, c, out);
        }
        if (a.finalDisposition() != null) {
            condition(b, a.finalDisposition(), out);
        }
        return out;
    }

    private static void condition(RecordBuffer b, AnswerCondition c, List<String> out) {
        List<AnswerReference> ctx = c.context();
        for (AnswerReference r : ctx.subList(ctx.size() - c.newReferences(), ctx.size())) {
            b.start(CatairLayouts.AX_E0_REFERENCE).set("referenceType", r.type()).set("occurrence", r.occurrence())
                    .set("referenceLiteral", blankNull(r.literal())).set("referenceData", blankNull(r.data()));
            out.add(b.toRecordAsIs());
        }
        b.start(CatairLayouts.AX_E1).set("disposition", blankNull(c.dispositionCode()))
                .set("severity", blankNull(c.severityCode())).set("conditionCode", blankNull(c.code()))
                .set("reasonCode", blankNull(c.reasonCode())).set("narrative", blankNull(c.narrative()))
                .set("filerCode", blankNull(c.filerCode())).set("entryNumber", blankNull(c.entryNumber()))
                .set("version", c.version()).set("filerReference", blankNull(c.filerReference()));
        out.add(b.toRecordAsIs());
    }

    private static String blankNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
