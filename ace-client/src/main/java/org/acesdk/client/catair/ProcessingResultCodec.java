package org.acesdk.client.catair;

import java.util.ArrayList;
import java.util.List;
import org.acesdk.model.response.ProcessingResult;

/**
 * CBP's processing results for transactions it answers by echoing the input (SX for a cargo release, SN for an ISF)
 * as typed results, and written back record for record. Stateless and thread-safe.
 */
public final class ProcessingResultCodec {
    private ProcessingResultCodec() {
    }

    /**
     * The processing results of a batch's SX (cargo release) and SN (ISF) blocks.
     *
     * @param batch the read batch
     * @return the results, in order
     */
    public static List<ProcessingResult> processingResults(CatairBatch batch) {
        List<ProcessingResult> out = new ArrayList<>();
        for (CatairBlock block : batch.blocks()) {
            if ("SX".equals(block.applicationId()) || "SN".equals(block.applicationId())) {
                out.addAll(processingResults(block.applicationId(), block.records()));
            }
        }
        return out;
    }

    /**
     * The results in SX or SN records: echoed input records, each followed by its messages (SE90 or SF90); a
     * message of type 01 or 02 without a message id ends a result.
     *
     * @param applicationId {@code SX} or {@code SN}
     * @param records the detail records
     * @return the results, in order
     */
    public static List<ProcessingResult> processingResults(String applicationId, List<CatairRecord> records) {
        String messageId = "SN".equals(applicationId) ? "SF90" : "SE90";
        List<ProcessingResult> out = new ArrayList<>();
        List<ProcessingResult.Item> items = new ArrayList<>();
        List<ProcessingResult.Message> pending = new ArrayList<>();
        String echoed = null;
        boolean any = false;
        for (CatairRecord r : records) {
            if (r.recordId().equals(messageId)) {
                ProcessingResult.Message m = new ProcessingResult.Message(r.text("messageType"),
                        r.text("messageId"), r.text("narrative"));
                String type = m.messageType() == null ? "" : m.messageType();
                if (m.messageId() == null && (type.equals("01") || type.equals("02"))) {
                    if (echoed != null || !pending.isEmpty()) {
                        items.add(new ProcessingResult.Item(echoed, pending));
                    }
                    out.add(new ProcessingResult(applicationId, items, m));
                    items = new ArrayList<>();
                    pending = new ArrayList<>();
                    echoed = null;
                    any = false;
                } else {
                    pending.add(m);
                    any = true;
                }
            } else {
                if (echoed != null || !pending.isEmpty()) {
                    items.add(new ProcessingResult.Item(echoed, pending));
                    pending = new ArrayList<>();
                }
                echoed = r.raw();
                any = true;
            }
        }
        if (any) {
            if (echoed != null || !pending.isEmpty()) {
                items.add(new ProcessingResult.Item(echoed, pending));
            }
            out.add(new ProcessingResult(applicationId, items, null));
        }
        return out;
    }

    /**
     * The ISF answers in SN records, typed: accepted or rejected, the transaction number echoed in the SF10 (columns
     * 39-53), and each condition with the field its code concerns.
     *
     * @param records the SN records (SF echoes and SF90s)
     * @return one answer per transaction, in order
     */
    public static List<org.acesdk.model.response.IsfAnswer> isfAnswers(List<CatairRecord> records) {
        List<org.acesdk.model.response.IsfAnswer> out = new ArrayList<>();
        for (ProcessingResult r : processingResults("SN", records)) {
            String txn = null;
            List<org.acesdk.model.response.IsfAnswer.Condition> cs = new ArrayList<>();
            for (ProcessingResult.Item i : r.items()) {
                String id = i.recordId().orElse(null);
                if ("SF10".equals(id) && i.echoedRecord().length() >= 53) {
                    String t = i.echoedRecord().substring(38, 53).trim();
                    txn = t.isEmpty() ? null : t;
                }
                for (ProcessingResult.Message m : i.messages()) {
                    cs.add(new org.acesdk.model.response.IsfAnswer.Condition(m.messageId(), m.narrative(),
                            org.acesdk.model.response.IsfAnswer.fieldOf(m.messageId()), id));
                }
            }
            ProcessingResult.Message fin = r.finalDisposition();
            out.add(new org.acesdk.model.response.IsfAnswer(fin != null && "02".equals(fin.messageType()), txn, cs,
                    fin == null ? null : fin.narrative()));
        }
        return out;
    }

    /**
     * Writes a result back: each echoed record, its messages, and the final message.
     *
     * @param result the result
     * @return the 80-character records
     */
    public static List<String> encode(ProcessingResult result) {
        RecordLayout layout = "SN".equals(result.applicationId()) ? CatairLayouts.SF_90 : CatairLayouts.SE_90;
        List<String> out = new ArrayList<>();
        RecordBuffer b = new RecordBuffer();
        for (ProcessingResult.Item i : result.items()) {
            if (i.echoedRecord() != null) {
                out.add(i.echoedRecord());
            }
            for (ProcessingResult.Message m : i.messages()) {
                out.add(message(b, layout, m));
            }
        }
        if (result.finalDisposition() != null) {
            out.add(message(b, layout, result.finalDisposition()));
        }
        return out;
    }

    private static String message(RecordBuffer b, RecordLayout layout, ProcessingResult.Message m) {
        return b.start(layout).set("messageType", m.messageType()).set("messageId", m.messageId())
                .set("narrative", m.narrative()).toRecordAsIs();
    }
}
