package org.acesdk.client.catair;

import java.util.ArrayList;
import java.util.List;
import org.acesdk.model.code.EntryNumber;
import org.acesdk.model.code.InvalidValueException;
import org.acesdk.model.response.CbpResponse;
import org.acesdk.model.response.Condition;
import org.acesdk.model.response.ConditionSeverity;
import org.acesdk.model.response.Disposition;

/**
 * Decodes what CBP sends back into {@link CbpResponse}s: entry summary responses (AX: E0/E1), cargo release
 * responses (SX: SE90) and status notifications (SO: SO50/SO60/SO70), ISF responses (SN: SF90), and batch or block
 * rejections (X0/X1). One response per transaction; a batch rejection gives one response for the batch. A condition
 * is always something CBP says about the filing; the final disposition (E1 {@code A}/{@code R}, X1 {@code R}, SE90 or
 * SF90 {@code 01}/{@code 02} without a message id) sets {@link CbpResponse#disposition()} and stays in the raw lines, not
 * among the conditions. Records of unknown types are kept in the raw lines. Stateless and thread-safe.
 */
public final class ResponseDecoder {
    private ResponseDecoder() {
    }

    /**
     * Decodes a response text.
     *
     * @param text the CATAIR response
     * @return the responses, in order
     * @throws CatairException naming the line, record, field and columns of a malformed record
     */
    public static List<CbpResponse> decode(CharSequence text) {
        return decode(CatairReader.standard().read(text));
    }

    /** Decodes an already-read batch. */
    public static List<CbpResponse> decode(CatairBatch batch) {
        List<CbpResponse> out = new ArrayList<>();
        String batchApp = batch.header() == null ? "" : batch.header().text("applicationId", "");
        for (CatairBlock block : batch.blocks()) {
            String app = block.applicationId().isEmpty() ? batchApp : block.applicationId();
            decodeBlock(app, block.records(), out);
        }
        return out;
    }

    private static final class Tx {
        final String app;
        EntryNumber entry;
        Disposition disposition = Disposition.PENDING;
        final List<Condition> conditions = new ArrayList<>();
        final List<String> raw = new ArrayList<>();

        Tx(String app) {
            this.app = app;
        }

        CbpResponse build() {
            return new CbpResponse(app, entry, disposition, conditions, raw);
        }
    }

    private static EntryNumber entry(String filer, String number) {
        if (filer == null || number == null) {
            return null;
        }
        try {
            return EntryNumber.parse(filer.trim() + number.trim());
        } catch (InvalidValueException e) {
            return null;
        }
    }

    static ConditionSeverity severity(String s) {
        if (s == null) {
            return null;
        }
        switch (s) {
            case "F":
                return ConditionSeverity.FATAL;
            case "W":
            case "P":
                return ConditionSeverity.WARNING;
            case "I":
                return ConditionSeverity.INFORMATIONAL;
            default:
                return ConditionSeverity.UNKNOWN;
        }
    }

    private static Condition condition(CatairRecord r, String code, ConditionSeverity sev, String reason, String text) {
        return new Condition(code, sev, reason, text, r.recordId(), r.lineNumber());
    }

    private static void decodeBlock(String app, List<CatairRecord> records, List<CbpResponse> out) {
        Tx tx = null;
        for (CatairRecord r : records) {
            String id = r.recordId();
            boolean starts = id.equals("E0") && "SUMMRY".equals(r.text("referenceType"))
                    || id.equals("SE10") || id.equals("SO10") || id.equals("SF10");
            if (starts && tx != null) {
                out.add(tx.build());
                tx = null;
            }
            if (tx == null) {
                tx = new Tx(app);
            }
            tx.raw.add(r.raw());
            switch (id) {
                case "E0":
                    if ("SUMMRY".equals(r.text("referenceType"))) {
                        tx.entry = entry(r.text("filerCode"), r.text("entryNumber"));
                    }
                    break;
                case "E1": {
                    String d = r.text("disposition");
                    if (!"A".equals(d) && !"R".equals(d)) {
                        tx.conditions.add(condition(r, r.text("conditionCode"), severity(r.text("severity")),
                                r.text("reasonCode"), r.text("narrative")));
                    } else {
                        tx.disposition = "A".equals(d) ? Disposition.ACCEPTED : Disposition.REJECTED;
                        if (tx.entry == null && r.layout().orElseThrow().field("entryNumber").isPresent()) {
                            tx.entry = entry(r.text("filerCode"), r.text("entryNumber"));
                        }
                        out.add(tx.build());
                        tx = null;
                    }
                    break;
                }
                case "X1": {
                    if (!"R".equals(r.text("disposition"))) {
                        tx.conditions.add(condition(r, r.text("conditionCode"), severity(r.text("severity")),
                                r.text("reasonCode"), r.text("narrative")));
                    } else {
                        tx.disposition = Disposition.REJECTED;
                        out.add(tx.build());
                        tx = null;
                    }
                    break;
                }
                case "SE10":
                    tx.entry = entry(r.text("filerCode"), r.text("entryNumber"));
                    break;
                case "SE90": {
                    String type = r.text("messageType", "");
                    if (type.equals("01") && r.text("messageId") == null) {
                        tx.disposition = Disposition.REJECTED;
                    } else if (type.equals("02") && r.text("messageId") == null) {
                        tx.disposition = Disposition.ACCEPTED;
                    } else {
                        tx.conditions.add(condition(r, r.text("messageId", type), type.equals("11") || type.equals("01")
                                ? ConditionSeverity.FATAL : ConditionSeverity.INFORMATIONAL, type, r.text("narrative")));
                    }
                    break;
                }
                case "SO10":
                    tx.entry = entry(r.text("filerCode"), r.text("entryNumber"));
                    break;
                case "SO50":
                case "SO60": {
                    // a status, not a condition CBP graded: no severity is made up (typed: cargoReleaseAnswers)
                    String code = r.text("dispositionCode");
                    tx.conditions.add(condition(r, code, null, null, r.text("narrative")));
                    if (id.equals("SO60") && "98".equals(code)) {
                        tx.disposition = Disposition.ACCEPTED;
                    }
                    break;
                }
                case "SO70":
                    // reason holds the record's reason code (55-56), as for every other condition; the agency
                    // leads the text
                    tx.conditions.add(condition(r, r.text("entryStatus"), null, r.text("reasonCode"),
                            r.text("agencyCode", "") + " " + r.text("entryMessage", "")));
                    break;
                case "SF90": {
                    String type = r.text("messageType", "");
                    String msg = r.text("messageId");
                    if (msg == null && type.equals("01")) {
                        tx.disposition = Disposition.REJECTED;
                    } else if (msg == null && type.equals("02")) {
                        tx.disposition = Disposition.ACCEPTED;
                    } else {
                        tx.conditions.add(condition(r, msg != null ? msg : type, type.equals("01")
                                ? ConditionSeverity.FATAL : ConditionSeverity.INFORMATIONAL, type,
                                r.text("narrative")));
                    }
                    break;
                }
                default:
                    break;
            }
        }
        if (tx != null) {
            out.add(tx.build());
        }
    }
}
