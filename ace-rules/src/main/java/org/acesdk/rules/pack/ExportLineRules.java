package org.acesdk.rules.pack;

import static org.acesdk.rules.Severity.ERROR;
import static org.acesdk.rules.Severity.WARNING;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.acesdk.model.code.HtsNumber;
import org.acesdk.model.export.ExportInformation;
import org.acesdk.model.export.ExportLine;
import org.acesdk.model.export.UsedVehicle;
import org.acesdk.rules.Findings;
import org.acesdk.rules.Rule;

/** The commodity-line rules of {@link ExportRules}: classification, value, weight, ECCN, licences, used vehicles. */
final class ExportLineRules {
    private ExportLineRules() {
    }

    /** Runs {@code check} on every line of a filing that is not a cancel. */
    private interface LineCheck {
        void check(ExportInformation x, ExportLine l, String path, Findings f);
    }

    private static Rule<ExportInformation> line(String id, org.acesdk.rules.Severity s, String description,
            String reference, String code, LineCheck check) {
        return Rule.of(id, s, ExportRules.EEI, description, reference, code, (x, ctx, f) -> {
            if (ExportRules.cancel(x)) {
                return;
            }
            for (int i = 0; i < x.lines().size(); i++) {
                check.check(x, x.lines().get(i), "lines[" + i + "]", f);
            }
        });
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static List<Rule<?>> rules() {
        List<Rule<?>> r = new ArrayList<>();
        r.add(line("EEI-LINE-001", ERROR, "Commodity numbers have 10 digits", "15 CFR 30.6(a)(12)", "",
                (x, l, p, f) -> {
                    HtsNumber h = l.commodityNumber();
                    if (h != null && (h.precision() != HtsNumber.Precision.STATISTICAL_10 || h.isChapter99())) {
                        f.add(p + ".commodityNumber", "commodityNumber " + h
                                + " must be a 10-digit Schedule B or HTS number");
                    }
                }));
        r.add(line("EEI-LINE-002", ERROR, "Line values are positive U.S. dollar amounts", "15 CFR 30.6(a)(17)", "",
                (x, l, p, f) -> {
                    var v = l.value();
                    if (v != null && (!v.isUsd() || v.isNegative() || v.isZero())) {
                        f.add(p + ".value", "value " + v + " must be a positive USD amount");
                    }
                }));
        r.add(line("EEI-LINE-003", ERROR, "An ECCN has the form NANNN, or is EAR99", "AESTIR appendix A 515", "515",
                (x, l, p, f) -> {
                    if (!blank(l.eccn()) && !ExportLicences.ECCN.matcher(l.eccn()).matches()) {
                        f.add(p + ".eccn", "ECCN '" + l.eccn() + "' must be formatted NANNN (e.g. 5A002) or EAR99");
                    }
                }));
        r.add(line("EEI-LINE-004", ERROR, "The shipping weight is positive for vessel, rail, truck and air",
                "AESTIR appendix A 538; 15 CFR 30.6(a)(16)", "538", (x, l, p, f) -> {
                    if (x.modeOfTransport() != null && ExportLicences.CARRIED_MODES.contains(x.modeOfTransport().code())
                            && ExportRules.filing(x) && (l.shippingWeightKg() == null || l.shippingWeightKg() <= 0)) {
                        f.add(p + ".shippingWeightKg", "mode " + x.modeOfTransport().code()
                                + " needs a shipping weight greater than zero");
                    }
                }));
        r.add(line("EEI-LINE-005", ERROR, "A second quantity, when given, is greater than zero",
                "AESTIR appendix A 643", "643", (x, l, p, f) -> {
                    if (l.quantity2() != null && l.quantity2().amount().signum() <= 0) {
                        f.add(p + ".quantity2", "quantity 2 must be greater than zero");
                    }
                }));
        r.add(line("EEI-LINE-006", WARNING, "Values are whole dollars (AES takes no cents)", "15 CFR 30.6(a)(17)", "",
                (x, l, p, f) -> {
                    for (String which : new String[] {"value", "licenseValue"}) {
                        var v = which.equals("value") ? l.value() : l.licenseValue();
                        if (v != null && v.amount().stripTrailingZeros().scale() > 0) {
                            f.add(p + "." + which, which + " " + v.amount().toPlainString()
                                    + " has cents; the encoder rounds it to whole dollars (half up)");
                        }
                    }
                }));
        r.add(line("EEI-VEH-001", ERROR, "Export information code HV reports its used vehicles",
                "AESTIR appendix A 651", "651", (x, l, p, f) -> {
                    if ("HV".equals(l.exportInformationCode()) && l.usedVehicles().isEmpty()) {
                        f.add(p + ".usedVehicles", "export information code HV needs the used-vehicle information");
                    }
                }));
        r.add(line("EEI-VEH-002", ERROR, "A used vehicle's VIN has 17 characters without I, O or Q",
                "AESTIR appendix A 140", "140", (x, l, p, f) -> {
                    for (int j = 0; j < l.usedVehicles().size(); j++) {
                        UsedVehicle v = l.usedVehicles().get(j);
                        if ("V".equals(v.qualifier()) && v.vehicleId() != null
                                && !ExportLicences.VIN.matcher(v.vehicleId()).matches()) {
                            f.add(p + ".usedVehicles[" + j + "].vehicleId", "INVAL VEHICLE ID NUMBER (VIN)");
                        }
                    }
                }));
        r.add(line("EEI-VEH-003", ERROR, "A used vehicle gives its title number", "AESTIR appendix A 141", "141",
                (x, l, p, f) -> {
                    for (int j = 0; j < l.usedVehicles().size(); j++) {
                        if (blank(l.usedVehicles().get(j).titleNumber())) {
                            f.add(p + ".usedVehicles[" + j + "].titleNumber", "MISSING VEHICLE TITLE NUMBER");
                        }
                    }
                }));
        r.add(line("EEI-VEH-004", ERROR, "A used vehicle gives the state of its title", "AESTIR appendix A 143",
                "143", (x, l, p, f) -> {
                    for (int j = 0; j < l.usedVehicles().size(); j++) {
                        if (blank(l.usedVehicles().get(j).titleState())) {
                            f.add(p + ".usedVehicles[" + j + "].titleState", "MISS VEHICLE STATE OF TITLE");
                        }
                    }
                }));
        r.add(line("EEI-LIC-001", ERROR, "The licence code is a current one (C37 was removed in 2020)",
                "AESTIR summary of changes, 26 Jun 2020", "", (x, l, p, f) -> {
                    if (l.licenseCode() != null && ExportLicences.REMOVED.contains(l.licenseCode())) {
                        f.add(p + ".licenseCode", "licence code " + l.licenseCode() + " is no longer valid");
                    }
                }));
        r.add(line("EEI-LIC-002", ERROR, "A licence code that needs an ECCN has one (C32: not EAR99)",
                "AESTIR appendix F", "", (x, l, p, f) -> {
                    String code = l.licenseCode();
                    if (code == null || !ExportLicences.ECCN_REQUIRED.contains(code)) {
                        return;
                    }
                    if (blank(l.eccn())) {
                        f.add(p + ".eccn", "licence code " + code + " needs the item's ECCN");
                    } else if (code.equals("C32") && l.eccn().equals("EAR99")) {
                        f.add(p + ".eccn", "C32 (NLR for an item on the CCL) takes its ECCN; EAR99 goes with C33");
                    }
                }));
        r.add(line("EEI-LIC-003", ERROR, "A BIS or DDTC licence gives its number and licence value",
                "AESTIR appendix A 549; 15 CFR 30.6(c)", "549", (x, l, p, f) -> {
                    String code = l.licenseCode();
                    if (code == null || !ExportLicences.VALUE_REQUIRED.contains(code)) {
                        return;
                    }
                    if (blank(l.licenseNumber())) {
                        f.add(p + ".licenseNumber", "licence code " + code + " needs the licence number");
                    }
                    if (l.licenseValue() == null || l.licenseValue().amount().compareTo(BigDecimal.ZERO) <= 0) {
                        f.add(p + ".licenseValue", "licence code " + code + " needs the licence value");
                    }
                }));
        return r;
    }
}
