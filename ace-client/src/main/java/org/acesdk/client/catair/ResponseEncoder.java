package org.acesdk.client.catair;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.acesdk.model.code.EntryNumber;
import org.acesdk.model.response.Condition;
import org.acesdk.model.response.ConditionSeverity;

/**
 * Writes CBP-format responses: AX (E0/E1) for entry summaries, SX (SE10 echo + SE90) for cargo releases, SO status
 * notifications, and the ACE-generated batch rejection (A echo, B/Y/Z fallbacks, X0/X1). Used by the testkit's fake
 * gateway; the layouts are the ones {@link ResponseDecoder} reads. Stateless and thread-safe.
 */
public final class ResponseEncoder {
    private ResponseEncoder() {
    }

    /**
     * The AX records for one entry summary.
     *
     * @param entry the entry number
     * @param filerReference the filer's reference echoed back, or {@code null}
     * @param conditions conditions to report before the disposition (code, severity letter, narrative)
     * @param accepted whether the summary is accepted (E1 A 995) or rejected (E1 R F 998)
     * @return the records
     */
    public static List<String> entrySummary(EntryNumber entry, String filerReference, List<Condition> conditions,
            boolean accepted) {
        return entrySummary(entry, filerReference, conditions, java.util.Map.of(), accepted);
    }

    /**
     * The AX records for one entry summary with conditions on its lines: the header conditions, then for each line
     * (in line number order) an E0 {@code LINITM} reference naming it and its conditions, as CBP sends them.
     *
     * @param entry the entry number
     * @param filerReference the filer's reference echoed back, or {@code null}
     * @param conditions conditions on the summary as a whole
     * @param lineConditions conditions by line number (1-999)
     * @param accepted whether the summary is accepted (E1 A 995) or rejected (E1 R F 998)
     * @return the records
     * @throws IllegalArgumentException when a line number is outside 1-999
     */
    public static List<String> entrySummary(EntryNumber entry, String filerReference, List<Condition> conditions,
            java.util.Map<Integer, List<Condition>> lineConditions, boolean accepted) {
        return entrySummary(entry, filerReference, conditions, lineConditions, accepted, 100);
    }

    /**
     * Like {@link #entrySummary(EntryNumber, String, List, java.util.Map, boolean)}, with the version an accepted
     * summary is given in its final E1 (positions 64-68): 100 for the first, one more for each accepted correction.
     *
     * @param entry the entry number
     * @param filerReference the filer's reference echoed back, or {@code null}
     * @param conditions conditions on the summary as a whole
     * @param lineConditions conditions by line number (1-999)
     * @param accepted whether the summary is accepted
     * @param version the version of an accepted summary
     * @return the records
     */
    public static List<String> entrySummary(EntryNumber entry, String filerReference, List<Condition> conditions,
            java.util.Map<Integer, List<Condition>> lineConditions, boolean accepted, int version) {
        java.util.Objects.requireNonNull(entry, "entry");
        List<String> out = new ArrayList<>();
        RecordBuffer b = new RecordBuffer();
        String filer = entry.filerCode().code();
        String number = entry.serialWithCheckDigit();
        b.start(CatairLayouts.AX_E0_SUMMARY).set("referenceType", "SUMMRY").set("occurrence", 1)
                .set("referenceLiteral", "REF ID:").set("filerCode", filer).set("entryNumber", number)
                .set("filerReference", filerReference);
        out.add(b.toRecordAsIs());
        conditions(b, conditions, filer, number, filerReference, out);
        int occurrence = 0;
        for (java.util.Map.Entry<Integer, List<Condition>> line : new java.util.TreeMap<>(lineConditions).entrySet()) {
            int n = line.getKey();
            if (n < 1 || n > 999) {
                throw new IllegalArgumentException("line number " + n + " is outside 1-999");
            }
            b.start(CatairLayouts.AX_E0_REFERENCE).set("referenceType", "LINITM").set("occurrence", ++occurrence)
                    .set("referenceLiteral", "REF ID:").set("referenceData", String.format("%03d", n));
            out.add(b.toRecordAsIs());
            conditions(b, line.getValue(), filer, number, filerReference, out);
        }
        b.start(CatairLayouts.AX_E1).set("disposition", accepted ? "A" : "R").set("severity", accepted ? null : "F")
                .set("conditionCode", accepted ? "995" : "998")
                .set("narrative", accepted ? "SUMMARY HAS BEEN ADDED" : "TRANSACTION DATA REJECTED")
                .set("filerCode", filer).set("entryNumber", number).set("version", accepted ? version : null)
                .set("filerReference", filerReference);
        out.add(b.toRecordAsIs());
        return out;
    }

    private static void conditions(RecordBuffer b, List<Condition> conditions, String filer, String number,
            String filerReference, List<String> out) {
        for (Condition c : conditions) {
            b.start(CatairLayouts.AX_E1).set("severity", letter(c)).set("conditionCode", c.code())
                    .set("reasonCode", c.reason()).set("narrative", narrative(c.text())).set("filerCode", filer)
                    .set("entryNumber", number).set("filerReference", filerReference);
            out.add(b.toRecordAsIs());
        }
    }

    /**
     * The SX records for one cargo release: the SE10 echo, record-level SE90s and the final disposition.
     *
     * @param se10 the SE10 record as received
     * @param conditions record-level conditions (code = message id)
     * @param accepted whether the release data is accepted
     * @return the records
     */
    public static List<String> cargoRelease(String se10, List<Condition> conditions, boolean accepted) {
        return echoed(se10, CatairLayouts.SE_90, "11", conditions, accepted, "SE DATA");
    }

    /**
     * An answer that echoes the input: the echoed record, a message per condition (of the given type, the condition
     * code as its id), and the final message ({@code 02 ... ACCEPTED} or {@code 01 ... REJECTED}).
     */
    private static List<String> echoed(String echo, RecordLayout messages, String conditionType,
            List<Condition> conditions, boolean accepted, String what) {
        List<String> out = new ArrayList<>();
        out.add(echo);
        RecordBuffer b = new RecordBuffer();
        for (Condition c : conditions) {
            b.start(messages).set("messageType", conditionType).set("messageId", c.code())
                    .set("narrative", narrative(c.text()));
            out.add(b.toRecordAsIs());
        }
        b.start(messages).set("messageType", accepted ? "02" : "01")
                .set("narrative", what + (accepted ? " ACCEPTED" : " REJECTED"));
        out.add(b.toRecordAsIs());
        return out;
    }

    /**
     * An SN answer to one ISF transaction: its SF10 echoed (with the ISF transaction number CBP assigned, when given),
     * an SF90 per condition (type 01 with the condition code), and the final SF90 {@code 02 ISF ACCEPTED} or
     * {@code 01 ISF REJECTED}.
     *
     * @param sf10 the SF10 as received
     * @param transactionNumber the transaction number to echo in columns 39-53, or {@code null} to echo as received
     * @param conditions the conditions
     * @param accepted whether the ISF was accepted
     * @return the records
     */
    public static List<String> isf(String sf10, String transactionNumber, List<Condition> conditions,
            boolean accepted) {
        String echo = sf10.length() >= 80 ? sf10.substring(0, 80) : sf10 + " ".repeat(80 - sf10.length());
        if (transactionNumber != null) {
            echo = echo.substring(0, 38) + String.format("%-15s", transactionNumber) + echo.substring(53);
        }
        return echoed(echo, CatairLayouts.SF_90, "01", conditions, accepted, "ISF");
    }

    /**
     * An SO status notification for an entry: the SO10 header and one SO60 entry disposition.
     *
     * @param port the port of entry
     * @param entry the entry number
     * @param entryType the entry type code
     * @param date the disposition date
     * @param dispositionCode e.g. {@code 98} released, {@code 99} release suspended
     * @param narrative e.g. {@code RELEASED}
     * @return the records
     */
    public static List<String> statusNotification(String port, EntryNumber entry, String entryType, LocalDate date,
            String dispositionCode, String narrative) {
        RecordBuffer b = new RecordBuffer();
        List<String> out = new ArrayList<>();
        b.start(CatairLayouts.SO_10).set("port", port).set("filerCode", entry.filerCode().code())
                .set("entryNumber", entry.serialWithCheckDigit()).set("entryType", entryType);
        out.add(b.toRecordAsIs());
        b.start(CatairLayouts.SO_60).set("dispositionDate", date).set("dispositionTime", "1200")
                .set("dispositionCode", dispositionCode).set("narrative", narrative)
                .set("releaseDate", "98".equals(dispositionCode) ? date : null)
                .set("releaseOrigin", "98".equals(dispositionCode) ? "01" : null);
        out.add(b.toRecordAsIs());
        return out;
    }

    /**
     * A partner agency's status of one PGA line (SO70), as the status notification (SO) carries it.
     *
     * @param agency the agency code, e.g. {@code FDA}
     * @param program the program code
     * @param date the status date
     * @param status the two-digit status code, e.g. {@code 07}
     * @param narrative the status text, e.g. {@code MAY PROCEED}
     * @param reason the status reason code, or {@code null}
     * @param cbpLine the CBP line number
     * @param pgaLine the PGA line number
     * @return the record
     */
    public static String pgaStatus(String agency, String program, LocalDate date, String status, String narrative,
            String reason, int cbpLine, int pgaLine) {
        RecordBuffer b = new RecordBuffer();
        return b.start(CatairLayouts.SO_70).set("agencyCode", agency).set("programCode", program)
                .set("statusDate", date).set("statusTime", "1200").set("entryStatus", status)
                .set("entryMessage", narrative).set("lineStatus", status).set("pgaLineStatus", status)
                .set("reasonCode", reason).set("beginCbpLine", String.format("%03d", cbpLine))
                .set("beginPgaLine", String.format("%03d", pgaLine)).toRecordAsIs();
    }

    /**
     * A batch rejection as ACE generates it: the A record echoed with a blank application id, the B fallback, an X0
     * reference and X1 conditions, the final X1 999 BATCH REJECTED, and the Y and Z fallbacks.
     *
     * @param aRecord the A record as received, or {@code null} when the batch had none
     * @param conditions the conditions (X-codes such as {@code X34})
     * @param recordPosition the position of the offending record in the batch, or 0 for the whole batch
     * @return the records
     */
    public static List<String> batchRejection(String aRecord, List<Condition> conditions, int recordPosition) {
        List<String> out = new ArrayList<>();
        RecordBuffer b = new RecordBuffer();
        if (aRecord != null) {
            // echoed as one 80-character record, however short or long the A record came in
            String padded = aRecord.length() >= 80 ? aRecord.substring(0, 80)
                    : aRecord + " ".repeat(80 - aRecord.length());
            StringBuilder a = new StringBuilder(padded);
            a.replace(25, 27, "  ");
            out.add(a.toString());
        }
        out.add("B" + " ".repeat(78) + "B");
        for (Condition c : conditions) {
            if (recordPosition > 0) {
                b.start(CatairLayouts.X0_TRANSACTION).set("referenceType", "TRNACT").set("occurrence", 1)
                        .set("referenceLiteral", "REF ID:").set("recordPosition", recordPosition)
                        .set("problemPosition", 0);
                out.add(b.toRecordAsIs());
            }
            b.start(CatairLayouts.X1_CONDITION).set("severity", "F").set("conditionCode", c.code())
                    .set("narrative", narrative(c.text()));
            out.add(b.toRecordAsIs());
        }
        b.start(CatairLayouts.X1_CONDITION).set("disposition", "R").set("severity", "F").set("conditionCode", "999")
                .set("narrative", "BATCH REJECTED");
        out.add(b.toRecordAsIs());
        int count = out.size() - (aRecord != null ? 2 : 1);
        StringBuilder y = new StringBuilder("Y" + " ".repeat(79));
        String n = String.format("%05d", count);
        y.replace(12, 17, n);
        y.setCharAt(79, 'Y');
        out.add(y.toString());
        out.add("Z" + " ".repeat(78) + "Z");
        return out;
    }

    private static String letter(Condition c) {
        if (c.severity() == null) {
            return null;
        }
        ConditionSeverity s = c.severity();
        return s == ConditionSeverity.FATAL ? "F" : s == ConditionSeverity.WARNING ? "W"
                : s == ConditionSeverity.INFORMATIONAL ? "I" : null;
    }

    private static String narrative(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(Math.min(40, text.length()));
        for (int i = 0; i < text.length() && sb.length() < 40; i++) {
            char c = Character.toUpperCase(text.charAt(i));
            sb.append(c >= 0x20 && c <= 0x7e ? c : ' ');
        }
        return sb.toString();
    }
}
