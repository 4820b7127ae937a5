package org.acesdk.client.catair;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.acesdk.model.response.FtzAdmissionAnswer;

/**
 * CBP's answers to foreign-trade-zone admissions (application NF) as typed results, and written back. An NF90 record
 * starts an answer; NF91 statuses, NF95 messages and echoed input records (FT10...) belong to the answer before them;
 * X0/X1 block rejections are left to {@link AnswerCodec#batchRejections(CatairBatch)}. An answer writes back in the
 * order NF90, NF91s, echoed records, NF95s, the order CBP sends. Stateless and thread-safe.
 */
public final class FtzAnswerCodec {
    private FtzAnswerCodec() {
    }

    /**
     * The FTZ admission answers of a batch's NF blocks.
     *
     * @param batch the read batch
     * @return the answers, in order
     */
    public static List<FtzAdmissionAnswer> ftzAdmissions(CatairBatch batch) {
        List<FtzAdmissionAnswer> out = new ArrayList<>();
        for (CatairBlock block : batch.blocks()) {
            if ("NF".equals(block.applicationId())) {
                out.addAll(ftzAdmissions(block.records()));
            }
        }
        return out;
    }

    private static final class Open {
        CatairRecord header;
        final List<FtzAdmissionAnswer.Status> statuses = new ArrayList<>();
        final List<String> echoed = new ArrayList<>();
        final List<FtzAdmissionAnswer.Message> messages = new ArrayList<>();

        boolean isEmpty() {
            return header == null && statuses.isEmpty() && echoed.isEmpty() && messages.isEmpty();
        }

        FtzAdmissionAnswer close() {
            // a blank NF90 field reads as empty text; without an NF90 every field is null
            CatairRecord h = header;
            return new FtzAdmissionAnswer(h == null ? null : h.text("admissionType", ""), h == null ? null
                    : h.text("zoneId", ""), h == null ? null : h.text("calendarYear", ""), h == null ? null
                    : h.text("controlNumber", ""), h == null ? null : h.text("port", ""), h == null ? null
                    : h.text("directDelivery", ""), statuses, echoed, messages);
        }
    }

    /**
     * The FTZ admission answers in NF detail records (whatever layout they were read with).
     *
     * @param records the detail records
     * @return the answers, in order
     * @throws CatairException when an NF91 date or time is not a valid YYMMDD or HHMM, naming the line and columns
     */
    public static List<FtzAdmissionAnswer> ftzAdmissions(List<CatairRecord> records) {
        CatairReader reader = CatairReader.standard();
        List<FtzAdmissionAnswer> out = new ArrayList<>();
        Open open = new Open();
        for (CatairRecord r : records) {
            String id = r.raw().substring(0, 2);
            if (id.equals("X0") || id.equals("X1")) {
                continue;
            }
            if (id.equals("90")) {
                if (!open.isEmpty()) {
                    out.add(open.close());
                    open = new Open();
                }
                open.header = reader.decodeWith(CatairLayouts.NF_90, r.raw(), r.lineNumber());
            } else if (id.equals("91")) {
                CatairRecord s = reader.decodeWith(CatairLayouts.NF_91, r.raw(), r.lineNumber());
                open.statuses.add(new FtzAdmissionAnswer.Status(s.text("dispositionCode"),
                        s.text("referenceQualifier"), s.text("referenceId"), s.date("actionDate"),
                        time(s), s.text("firms")));
            } else if (id.equals("95")) {
                CatairRecord m = reader.decodeWith(CatairLayouts.NF_95, r.raw(), r.lineNumber());
                open.messages.add(new FtzAdmissionAnswer.Message(m.text("messageType"), m.text("errorCode"),
                        m.text("remarks")));
            } else {
                open.echoed.add(r.raw());
            }
        }
        if (!open.isEmpty()) {
            out.add(open.close());
        }
        return out;
    }

    private static LocalTime time(CatairRecord r) {
        String t = r.text("actionTime");
        if (t == null) {
            return null;
        }
        try {
            if (t.length() != 4 || !t.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new NumberFormatException();
            }
            return LocalTime.of(Integer.parseInt(t.substring(0, 2)), Integer.parseInt(t.substring(2, 4)));
        } catch (NumberFormatException | DateTimeException ex) {
            throw new CatairException(r.lineNumber(), "91", "actionTime", "50-53", "not a valid time (HHMM)");
        }
    }

    /**
     * Writes an answer back: NF90 (when the answer has one), the NF91 statuses, the echoed records, the NF95 messages.
     *
     * @param a the answer
     * @return the 80-character records
     * @throws CatairException when a value does not fit its field, naming the record and field
     */
    public static List<String> encode(FtzAdmissionAnswer a) {
        List<String> out = new ArrayList<>();
        RecordBuffer b = new RecordBuffer();
        if (a.admissionType() != null || a.zoneId() != null || a.calendarYear() != null || a.controlNumber() != null
                || a.port() != null || a.directDelivery() != null) {
            out.add(b.start(CatairLayouts.NF_90).set("admissionType", a.admissionType()).set("zoneId", a.zoneId())
                    .set("calendarYear", a.calendarYear()).set("controlNumber", a.controlNumber())
                    .set("port", a.port()).set("directDelivery", a.directDelivery()).toRecordAsIs());
        }
        for (FtzAdmissionAnswer.Status s : a.statuses()) {
            LocalTime t = s.actionTime();
            out.add(b.start(CatairLayouts.NF_91).set("dispositionCode", s.dispositionCode())
                    .set("referenceQualifier", s.referenceQualifier()).set("referenceId", s.referenceId())
                    .set("actionDate", s.actionDate())
                    .set("actionTime", t == null ? null : String.format("%02d%02d", t.getHour(), t.getMinute()))
                    .set("firms", s.firms()).toRecordAsIs());
        }
        for (String e : a.echoedRecords()) {
            if (e == null || e.isEmpty() || e.length() > 80) {
                throw new CatairException(0, "NF", "echoedRecords", "1-80", "an echoed record must be 1-80 characters");
            }
            out.add(e.length() == 80 ? e : e + " ".repeat(80 - e.length()));
        }
        for (FtzAdmissionAnswer.Message m : a.messages()) {
            out.add(b.start(CatairLayouts.NF_95).set("messageType", m.messageType()).set("errorCode", m.errorCode())
                    .set("remarks", m.remarks()).toRecordAsIs());
        }
        return out;
    }
}
