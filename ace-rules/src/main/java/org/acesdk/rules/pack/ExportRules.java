package org.acesdk.rules.pack;

import static org.acesdk.rules.Severity.ERROR;
import static org.acesdk.rules.Severity.WARNING;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.acesdk.model.code.CountryCode;
import org.acesdk.model.code.HtsNumber;
import org.acesdk.model.export.ExportInformation;
import org.acesdk.model.export.ExportLine;
import org.acesdk.rules.Rule;
import org.acesdk.rules.RuleContext;
import org.acesdk.rules.RulePack;

/** Built-in rules for Electronic Export Information filed in AES (15 CFR 30). */
public final class ExportRules implements RulePack {
    private static final Class<ExportInformation> EEI = ExportInformation.class;

    @Override
    public String name() {
        return "ace-export";
    }

    @Override
    public int order() {
        return 400;
    }

    /** Whether EEI must be filed: a Schedule B number worth more than the threshold, or a licence. */
    static boolean required(ExportInformation x, RuleContext ctx) {
        Map<HtsNumber, BigDecimal> perNumber = new HashMap<>();
        for (ExportLine l : x.lines()) {
            if (l.licenseCode() != null && !l.licenseCode().isBlank() && !"C33".equals(l.licenseCode())) {
                return true;
            }
            if (l.commodityNumber() != null && l.value() != null && l.value().isUsd()) {
                perNumber.merge(l.commodityNumber(), l.value().amount(), BigDecimal::add);
            }
        }
        for (BigDecimal v : perNumber.values()) {
            if (v.compareTo(ctx.policy().eeiValueThreshold()) > 0) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<Rule<?>> rules() {
        List<Rule<?>> r = new ArrayList<>();
        r.add(Rule.of("EEI-REQ-001", ERROR, EEI, "EEI is filed (ITN) when required; an exemption legend is not enough",
                "15 CFR 30.2, 30.37(a)", "", (x, ctx, f) -> {
                    if (required(x, ctx) && x.itn() == null) {
                        f.add("itn", "EEI is required (a Schedule B number is worth more than $"
                                + ctx.policy().eeiValueThreshold().toPlainString() + " or a licence applies); "
                                + (x.exemptionLegend() != null ? "exemption legend '" + x.exemptionLegend()
                                        + "' does not apply" : "no ITN is given"));
                    }
                }));
        r.add(Rule.of("EEI-REQ-002", WARNING, EEI, "An exempt shipment carries its exemption legend", "15 CFR 30.37",
                "", (x, ctx, f) -> {
                    if (!required(x, ctx) && x.itn() == null
                            && (x.exemptionLegend() == null || x.exemptionLegend().isBlank())) {
                        f.add("exemptionLegend", "no EEI is required; give the legend, e.g. NOEEI 30.37(a)");
                    }
                }));
        r.add(Rule.of("EEI-REQ-003", ERROR, EEI, "A filing gives an ITN or an exemption legend, not both", "15 CFR 30.7",
                "", (x, ctx, f) -> {
                    if (x.itn() != null && x.exemptionLegend() != null && !x.exemptionLegend().isBlank()) {
                        f.add("exemptionLegend", "an ITN and an exemption legend cannot both be given");
                    }
                }));
        r.add(Rule.of("EEI-ITN-001", ERROR, EEI, "The ITN was issued no later than the date of export", "15 CFR 30.4",
                "", (x, ctx, f) -> {
                    if (x.itn() != null && x.dateOfExport() != null
                            && x.itn().acceptanceDate().isAfter(x.dateOfExport())) {
                        f.add("itn", "ITN " + x.itn() + " was issued on " + x.itn().acceptanceDate()
                                + ", after the date of export " + x.dateOfExport());
                    }
                }));
        r.add(Rule.of("EEI-TIME-001", ERROR, EEI, "EEI is filed within the deadline for the mode of transport",
                "15 CFR 30.4(b)", "", (x, ctx, f) -> {
                    if (x.departure() == null || !required(x, ctx)) {
                        return;
                    }
                    Duration lead = ctx.policy().eeiLeadTime(x.modeOfTransport());
                    Instant due = x.departure().minus(lead);
                    Instant filed = x.filedAt() != null ? x.filedAt() : ctx.clock().instant();
                    if (filed.isAfter(due)) {
                        f.add(x.filedAt() != null ? "filedAt" : "departure", "EEI for mode "
                                + (x.modeOfTransport() == null ? "?" : x.modeOfTransport().code()) + " was due by " + due
                                + " (" + lead.toHours() + " h before departure or border arrival)");
                    }
                }));
        r.add(Rule.of("EEI-LINE-001", ERROR, EEI, "Commodity numbers have 10 digits", "15 CFR 30.6(a)(12)", "",
                (x, ctx, f) -> {
                    for (int i = 0; i < x.lines().size(); i++) {
                        HtsNumber h = x.lines().get(i).commodityNumber();
                        if (h != null && (h.precision() != HtsNumber.Precision.STATISTICAL_10 || h.isChapter99())) {
                            f.add("lines[" + i + "].commodityNumber", "commodityNumber " + h
                                    + " must be a 10-digit Schedule B or HTS number");
                        }
                    }
                }));
        r.add(Rule.of("EEI-LINE-002", ERROR, EEI, "Line values are positive U.S. dollar amounts", "15 CFR 30.6(a)(17)",
                "", (x, ctx, f) -> {
                    for (int i = 0; i < x.lines().size(); i++) {
                        var v = x.lines().get(i).value();
                        if (v != null && (!v.isUsd() || v.isNegative() || v.isZero())) {
                            f.add("lines[" + i + "].value", "value " + v + " must be a positive USD amount");
                        }
                    }
                }));
        r.add(Rule.of("EEI-DEST-001", ERROR, EEI, "The country of ultimate destination is not the United States",
                "15 CFR 30.6(a)(5)", "", (x, ctx, f) -> {
                    if (CountryCode.US.equals(x.countryOfDestination())) {
                        f.add("countryOfDestination", "countryOfDestination cannot be US");
                    }
                }));
        return r;
    }
}
