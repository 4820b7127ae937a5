package org.acesdk.testkit.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.acesdk.client.catair.AesCodec;
import org.acesdk.client.catair.AesEnvelope;
import org.acesdk.client.catair.AesResponseCode;
import org.acesdk.client.catair.CatairException;
import org.acesdk.client.catair.CatairReader;
import org.acesdk.model.code.InternalTransactionNumber;
import org.acesdk.model.export.ExportInformation;
import org.acesdk.model.export.ShipmentAction;
import org.acesdk.model.response.AesSeverity;
import org.acesdk.model.response.Disposition;
import org.acesdk.model.response.ExportResponse;
import org.acesdk.rules.AceValidator;
import org.acesdk.rules.Finding;
import org.acesdk.rules.RuleContext;
import org.acesdk.rules.Severity;

/**
 * The fake AES: the shipments on file by shipment reference with their ITNs, and AES's answer (XT) to an XP batch:
 * each shipment's SC1 echo, its conditions (from the SDK's export rules, each with the AES code its rule carries, or as
 * steered), the line echoes of lines with conditions, and the final disposition: {@code 974} (or {@code 971}-{@code
 * 973} with warnings, verify or compliance alerts) with a new ITN, {@code 978}/{@code 977} on a replace and {@code
 * 983} on a cancel with the shipment's ITN, {@code 97H} on a hold, {@code 970} on a rejection. A condition whose rule
 * has no AES code is reported as {@code 999}, the fake's own code. Not API; not thread-safe (the engine holds its
 * lock).
 */
public final class AesDesk {
    /** What the engine decides for one shipment: accept, reject with codes, accept with alerts, hold, or no answer. */
    public record Steer(String kind, List<String> codes) {
    }

    private record OnFile(InternalTransactionNumber itn, boolean cancelled) {
    }

    /** The fake's answer to a batch: its XT text, or none, and whether the batch was rejected whole. */
    public record Answer(String text, boolean batchRejected, Map<String, String> decisions) {
    }

    private static final AesCodec CODEC = AesCodec.builder().inferredLayouts(true).build();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);

    private final Map<String, OnFile> byReference = new HashMap<>();
    private long sequence;

    /** Forgets every shipment. */
    public void clear() {
        byReference.clear();
        sequence = 0;
    }

    /** The ITN the fake issued for a shipment reference, or {@code null}. */
    public InternalTransactionNumber itnOf(String reference) {
        OnFile f = byReference.get(reference);
        return f == null ? null : f.itn();
    }

    /**
     * Answers an XP batch.
     *
     * @param text the batch
     * @param today the fake's date
     * @param steering the outcome forced for a shipment reference ({@code BY_RULES} to decide by the rules)
     * @param validator the rules
     * @param context their context
     * @return the answer
     */
    public Answer answer(String text, LocalDate today, Function<String, Steer> steering, AceValidator validator,
            RuleContext context) {
        List<String> lines = CatairReader.standard().split(text);
        AesEnvelope echo = envelope(lines.get(0));
        String control = lines.get(0).substring(31, 37).trim();
        List<ExportInformation> shipments;
        try {
            shipments = AesCodec.filings(text);
        } catch (CatairException | org.acesdk.model.code.InvalidValueException e) {
            ExportResponse rejected = new ExportResponse(null, null, null, null, null, Disposition.REJECTED, null,
                    List.of(condition("960", AesSeverity.FATAL, true, null, null)), List.of());
            return new Answer(CODEC.answer(echo, today, control.isEmpty() ? null : control, List.of(rejected)), true,
                    Map.of());
        }
        List<List<String>> raw = shipmentsOf(lines);
        List<ExportResponse> out = new ArrayList<>();
        Map<String, String> decisions = new LinkedHashMap<>();
        for (int i = 0; i < shipments.size(); i++) {
            ExportInformation x = shipments.get(i);
            Steer s = steering.apply(x.shipmentReference());
            if (s.kind().equals("PENDING")) {
                decisions.put(x.shipmentReference(), "PENDING");
                continue;
            }
            ExportResponse r = decide(x, raw.get(i), s, today, validator, context);
            decisions.put(x.shipmentReference(), r.accepted() ? r.onHold() ? "HOLD" : "ACCEPTED" : "REJECTED");
            out.add(r);
        }
        String body = out.isEmpty() ? null : CODEC.answer(echo, today, control.isEmpty() ? null : control, out);
        return new Answer(body, false, decisions);
    }

    private ExportResponse decide(ExportInformation x, List<String> raw, Steer s, LocalDate today,
            AceValidator validator, RuleContext context) {
        List<ExportResponse.Condition> conditions = new ArrayList<>();
        OnFile onFile = byReference.get(x.shipmentReference());
        if (onFile != null && x.itn() == null) {
            // AES knows a filed shipment by its reference: the ITN is not on the wire
            x = x.toBuilder().itn(onFile.itn()).build();
        }
        switch (s.kind()) {
            case "REJECT":
                for (String c : s.codes()) {
                    conditions.add(condition(c, AesSeverity.FATAL, false, null, null));
                }
                break;
            case "ACCEPT":
                for (String c : s.codes()) {
                    AesSeverity sev = AesResponseCode.find(c).map(AesResponseCode::severity)
                            .filter(v -> v != AesSeverity.FATAL).orElse(AesSeverity.WARNING);
                    conditions.add(condition(c, sev, false, null, null));
                }
                break;
            case "BY_RULES":
                if (x.effectiveAction() != ShipmentAction.CANCEL) {
                    for (Finding f : validator.validate(x, context).findings()) {
                        ExportResponse.Condition c = byRule(f);
                        if (c != null) {
                            conditions.add(c);
                        }
                    }
                }
                break;
            default:
                break;
        }
        ShipmentAction action = x.effectiveAction();
        if (action == ShipmentAction.ADD && onFile != null && !onFile.cancelled()) {
            conditions.add(condition("999", AesSeverity.FATAL, false, null, "SHIPMENT REFERENCE NBR ALREADY ON FILE"));
        } else if (action != ShipmentAction.ADD && (onFile == null || onFile.cancelled())) {
            conditions.add(condition("999", AesSeverity.FATAL, false, null, "SHIPMENT NOT ON FILE"));
        } else if (action == ShipmentAction.CHANGE) {
            conditions.add(condition("999", AesSeverity.FATAL, false, null, "CHANGE NOT MODELLED; USE REPLACE"));
        }
        boolean fatal = conditions.stream().anyMatch(c -> c.severity() == AesSeverity.FATAL);
        InternalTransactionNumber itn = null;
        String finalCode;
        if (fatal) {
            finalCode = "970";
        } else {
            AesSeverity worst = conditions.stream().map(ExportResponse.Condition::severity)
                    .min(Enum::compareTo).orElse(AesSeverity.NOTIFICATION);
            switch (action) {
                case CANCEL:
                    finalCode = "983";
                    itn = onFile.itn();
                    byReference.put(x.shipmentReference(), new OnFile(itn, true));
                    break;
                case REPLACE:
                    finalCode = worst == AesSeverity.COMPLIANCE ? "977" : "978";
                    itn = onFile.itn();
                    break;
                default:
                    finalCode = worst == AesSeverity.WARNING ? "971" : worst == AesSeverity.VERIFY ? "972"
                            : worst == AesSeverity.COMPLIANCE ? "973" : "974";
                    itn = InternalTransactionNumber.parse("X" + today.format(DAY)
                            + String.format("%06d", ++sequence % 1_000_000));
                    byReference.put(x.shipmentReference(), new OnFile(itn, false));
                    break;
            }
            if (s.kind().equals("HOLD")) {
                finalCode = "97H";
            }
        }
        AesResponseCode fin = AesResponseCode.find(finalCode).orElseThrow();
        conditions.add(new ExportResponse.Condition(finalCode, fin.severity(), null, true,
                finalCode.equals("97H") ? "SHIPMENT ON HOLD.CONTACT 5555555555" : fin.narrative(), itn, null, null,
                null, null));
        List<String> echoes = echoes(raw, conditions);
        String[] usppi = usppiOf(raw);
        return new ExportResponse(usppi[0], usppi[1], usppi[2], x.shipmentReference(), action,
                fatal ? Disposition.REJECTED : Disposition.ACCEPTED, itn, conditions, echoes);
    }

    /** A rule's finding as AES would report it: its rule's AES code and severity, or 999 for an error without one. */
    private static ExportResponse.Condition byRule(Finding f) {
        String code = f.conditionCode();
        Integer line = lineOf(f.path());
        if (code == null || code.isBlank()) {
            if (f.severity() != Severity.ERROR) {
                return null;
            }
            return condition("999", AesSeverity.FATAL, false, line, text(f.message()));
        }
        AesSeverity sev = AesResponseCode.find(code).map(AesResponseCode::severity).orElse(
                f.severity() == Severity.ERROR ? AesSeverity.FATAL : AesSeverity.WARNING);
        return condition(code, sev, false, line, null);
    }

    private static Integer lineOf(String path) {
        if (path == null || !path.startsWith("lines[")) {
            return null;
        }
        int end = path.indexOf(']');
        try {
            return Integer.parseInt(path.substring(6, end)) + 1;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String text(String message) {
        String t = message.toUpperCase(Locale.ROOT).replaceAll("[^ -~]", "?");
        return t.length() > 40 ? t.substring(0, 40) : t;
    }

    private static ExportResponse.Condition condition(String code, AesSeverity severity, boolean fin, Integer line,
            String narrative) {
        String text = narrative != null ? narrative : AesResponseCode.find(code).map(AesResponseCode::narrative)
                .orElse("CONDITION " + code);
        return new ExportResponse.Condition(code, severity, null, fin, text.length() > 40 ? text.substring(0, 40)
                : text, null, line, null, null, null);
    }

    /** The SC1 echo, then the CL1 ... records of each line that has a condition. */
    private static List<String> echoes(List<String> raw, List<ExportResponse.Condition> conditions) {
        List<String> out = new ArrayList<>();
        out.add(raw.stream().filter(r -> r.startsWith("SC1")).findFirst().orElseThrow());
        int line = 0;
        boolean keep = false;
        for (String r : raw) {
            if (r.startsWith("CL1")) {
                int n = ++line;
                keep = conditions.stream().anyMatch(c -> c.lineNumber() != null && c.lineNumber() == n);
                if (keep) {
                    out.add(r);
                }
            } else if (keep && (r.startsWith("CL2") || r.startsWith("EV1") || r.startsWith("PGA"))) {
                out.add(r);
            }
        }
        return out;
    }

    /** The records of each shipment, with its block's B record first. */
    private static List<List<String>> shipmentsOf(List<String> lines) {
        List<List<String>> out = new ArrayList<>();
        String b = null;
        List<String> current = null;
        for (String r : lines) {
            if (r.startsWith("B")) {
                b = r;
            } else if (r.startsWith("SC1")) {
                current = new ArrayList<>();
                current.add(b);
                current.add(r);
                out.add(current);
            } else if (current != null && !r.startsWith("Y") && !r.startsWith("Z")) {
                current.add(r);
            }
        }
        return out;
    }

    private static String[] usppiOf(List<String> raw) {
        String b = raw.get(0) == null ? "" : String.format("%-80s", raw.get(0));
        return new String[] {blank(b.substring(3, 14)), blank(b.substring(14, 15)), blank(b.substring(25, 55))};
    }

    private static String blank(String s) {
        String t = s.trim();
        return t.isEmpty() ? null : t;
    }

    /** The A record's filer and transmitter, echoed without the password. */
    private static AesEnvelope envelope(String a) {
        String filer = blank(a.substring(5, 14));
        String type = blank(a.substring(20, 21));
        String transmitter = blank(a.substring(38, 47));
        try {
            return AesEnvelope.builder().filerId(filer == null ? "UNKNOWN" : filer)
                    .filerIdType(type == null ? "E" : type).transmitterId(transmitter).build();
        } catch (IllegalArgumentException e) {
            return AesEnvelope.builder().filerId("UNKNOWN").build();
        }
    }
}
