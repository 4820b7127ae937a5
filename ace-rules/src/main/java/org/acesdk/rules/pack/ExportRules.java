package org.acesdk.rules.pack;

import static org.acesdk.rules.Severity.ERROR;
import static org.acesdk.rules.Severity.WARNING;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.acesdk.model.code.CountryCode;
import org.acesdk.model.code.HtsNumber;
import org.acesdk.model.export.ExportInformation;
import org.acesdk.model.export.ExportLine;
import org.acesdk.model.export.FilingOption;
import org.acesdk.model.export.ShipmentAction;
import org.acesdk.model.party.Party;
import org.acesdk.rules.Rule;
import org.acesdk.rules.RuleContext;
import org.acesdk.rules.RulePack;

/**
 * Built-in rules for Electronic Export Information filed in AES (15 CFR 30, the Foreign Trade Regulations). A rule
 * that mirrors an AES condition carries its Appendix A response code as its condition code. Shipment-level rules;
 * the line rules are in {@link ExportLineRules}.
 */
public final class ExportRules implements RulePack {
    static final Class<ExportInformation> EEI = ExportInformation.class;
    /** Post-departure filing and fatal-error correction: within 5 calendar days after export (15 CFR 30.9(b)). */
    static final int POSTDEPARTURE_DAYS = 5;

    @Override
    public String name() {
        return "ace-export";
    }

    @Override
    public int order() {
        return 400;
    }

    /**
     * Whether EEI must be filed (15 CFR 30.2, 30.37(a)): a Schedule B number worth more than the threshold for one
     * USPPI, consignee and carrier; a licence (not NLR C32/C33); a used vehicle; a destination in Country Group E:1 or
     * E:2.
     */
    static boolean required(ExportInformation x, RuleContext ctx) {
        if (x.countryOfDestination() != null && ExportLicences.GROUP_E.contains(x.countryOfDestination().code())) {
            return true;
        }
        Map<HtsNumber, BigDecimal> perNumber = new HashMap<>();
        for (ExportLine l : x.lines()) {
            if (ExportLicences.isLicence(l.licenseCode()) || !l.usedVehicles().isEmpty()
                    || "HV".equals(l.exportInformationCode())) {
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

    /** Whether the filing is a cancel, which AES reads from its SC1 alone. */
    static boolean cancel(ExportInformation x) {
        return x.effectiveAction() == ShipmentAction.CANCEL;
    }

    /**
     * Whether the value is a filing to AES (a filing option or an action is set) rather than the record of an export
     * already filed or exempt: the fields AES requires are checked only on a filing.
     */
    static boolean filing(ExportInformation x) {
        return x.filingOption() != null || x.action() != null;
    }

    private static boolean legend(ExportInformation x) {
        return x.exemptionLegend() != null && !x.exemptionLegend().isBlank();
    }

    @Override
    public List<Rule<?>> rules() {
        List<Rule<?>> r = new ArrayList<>();
        r.add(Rule.of("EEI-REQ-001", ERROR, EEI, "An exemption legend is not used when EEI is required",
                "15 CFR 30.2, 30.37(a)", "", (x, ctx, f) -> {
                    if (required(x, ctx) && x.itn() == null && legend(x)
                            && !x.exemptionLegend().startsWith("AESDOWN")
                            && !x.exemptionLegend().startsWith("AESPOST")) {
                        f.add("exemptionLegend", "EEI is required (a Schedule B number is worth more than $"
                                + ctx.policy().eeiValueThreshold().toPlainString() + ", a licence applies, a used"
                                + " vehicle or a Country Group E destination); exemption legend '"
                                + x.exemptionLegend() + "' does not apply: file the EEI");
                    }
                }));
        r.add(Rule.of("EEI-REQ-002", WARNING, EEI, "An exempt shipment carries its exemption legend", "15 CFR 30.37",
                "", (x, ctx, f) -> {
                    if (!required(x, ctx) && x.itn() == null && !legend(x) && !filing(x)) {
                        f.add("exemptionLegend", "no EEI is required; give the legend, e.g. NOEEI § 30.37(a),"
                                + " or file it anyway (set the filing option)");
                    }
                }));
        r.add(Rule.of("EEI-REQ-003", ERROR, EEI, "A filing gives an ITN or an exemption legend, not both", "15 CFR 30.7",
                "", (x, ctx, f) -> {
                    if (x.itn() != null && legend(x)) {
                        f.add("exemptionLegend", "an ITN and an exemption legend cannot both be given");
                    }
                }));
        r.add(Rule.of("EEI-REQ-004", ERROR, EEI, "An exemption or filing legend has the form of 15 CFR 30 appendix B",
                "15 CFR 30 appendix B", "", (x, ctx, f) -> {
                    if (legend(x) && !ExportLicences.LEGEND.matcher(x.exemptionLegend().trim()).matches()) {
                        f.add("exemptionLegend", "legend '" + x.exemptionLegend() + "' is none of NOEEI § 30.36,"
                                + " NOEEI § 30.37(a)-(y), NOEEI § 30.39, NOEEI § 30.40(a)-(c), AESDOWN <filer id>"
                                + " mm/dd/yyyy, AESPOST <USPPI id> mm/dd/yyyy");
                    }
                }));
        r.add(Rule.of("EEI-REQ-005", ERROR, EEI, "AESDOWN is not used for a licensed or USML shipment",
                "CSMS #17-000573", "", (x, ctx, f) -> {
                    if (!legend(x) || !x.exemptionLegend().startsWith("AESDOWN")) {
                        return;
                    }
                    for (int i = 0; i < x.lines().size(); i++) {
                        String code = x.lines().get(i).licenseCode();
                        if (ExportLicences.isLicence(code)) {
                            f.add("lines[" + i + "].licenseCode", "licence code " + code + " needs the EEI filed"
                                    + " before export; AESDOWN does not apply");
                        }
                    }
                }));
        r.add(Rule.of("EEI-ITN-001", ERROR, EEI,
                "The ITN was issued by the date of export (pre-departure) or within 5 days after it (post-departure)",
                "15 CFR 30.4, 30.9(b)", "", (x, ctx, f) -> {
                    if (x.itn() == null || x.dateOfExport() == null) {
                        return;
                    }
                    boolean post = x.effectiveFilingOption() == FilingOption.POSTDEPARTURE;
                    LocalDate latest = post ? x.dateOfExport().plusDays(POSTDEPARTURE_DAYS) : x.dateOfExport();
                    if (x.itn().acceptanceDate().isAfter(latest)) {
                        f.add("itn", "ITN " + x.itn() + " was issued on " + x.itn().acceptanceDate() + ", after "
                                + (post ? "the 5 days after the date of export " + x.dateOfExport()
                                        + " a post-departure filer has" : "the date of export " + x.dateOfExport()));
                    }
                }));
        r.add(Rule.of("EEI-TIME-001", ERROR, EEI, "Pre-departure EEI is filed within the deadline for the mode",
                "15 CFR 30.4(b); 19 CFR 192.14(b)", "700", (x, ctx, f) -> {
                    if (x.departure() == null || !required(x, ctx) || cancel(x)
                            || x.effectiveFilingOption() == FilingOption.POSTDEPARTURE) {
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
        r.add(Rule.of("EEI-TIME-002", ERROR, EEI, "Post-departure EEI is filed within 5 calendar days after export",
                "15 CFR 30.4(c), 30.9(b)", "700", (x, ctx, f) -> {
                    if (x.effectiveFilingOption() != FilingOption.POSTDEPARTURE || x.dateOfExport() == null
                            || cancel(x)) {
                        return;
                    }
                    Instant filed = x.filedAt() != null ? x.filedAt() : ctx.clock().instant();
                    LocalDate day = LocalDate.ofInstant(filed, ZoneOffset.UTC);
                    if (day.isAfter(x.dateOfExport().plusDays(POSTDEPARTURE_DAYS))) {
                        f.add(x.filedAt() != null ? "filedAt" : "dateOfExport", "post-departure EEI for the export of "
                                + x.dateOfExport() + " was due by " + x.dateOfExport().plusDays(POSTDEPARTURE_DAYS));
                    }
                }));
        r.add(Rule.of("EEI-DEST-001", ERROR, EEI, "The country of ultimate destination is not the United States",
                "15 CFR 30.6(a)(5)", "", (x, ctx, f) -> {
                    if (CountryCode.US.equals(x.countryOfDestination())) {
                        f.add("countryOfDestination", "countryOfDestination cannot be US");
                    }
                }));
        r.add(Rule.of("EEI-SC1-001", ERROR, EEI, "The filing option is pre-departure (2) or post-departure (4)",
                "AESTIR appendix A 066", "066", (x, ctx, f) -> {
                    if (x.filingOption() == FilingOption.AEI && !cancel(x)) {
                        f.add("filingOption", "FILING OPT IND MUST BE 2 OR 4: advance export information (3) is"
                                + " not accepted");
                    }
                }));
        r.add(Rule.of("EEI-SC1-002", ERROR, EEI, "A carried shipment names its carrier (SCAC, or IATA for air)",
                "AESTIR appendix A 118; 15 CFR 30.6(a)(13)", "118", (x, ctx, f) -> {
                    if (!cancel(x) && filing(x) && x.modeOfTransport() != null
                            && ExportLicences.CARRIED_MODES.contains(x.modeOfTransport().code())
                            && (x.carrier() == null || x.carrier().isBlank())) {
                        f.add("carrier", "mode " + x.modeOfTransport().code() + " needs the carrier's "
                                + (x.modeOfTransport().code().startsWith("4") ? "IATA" : "SCAC") + " code");
                    }
                }));
        r.add(Rule.of("EEI-SC1-003", ERROR, EEI, "A conveyance name is given only for vessel, air, rail and truck",
                "AESTIR appendix A 126", "126", (x, ctx, f) -> {
                    if (x.conveyanceName() != null && !x.conveyanceName().isBlank() && x.modeOfTransport() != null
                            && !ExportLicences.CARRIED_MODES.contains(x.modeOfTransport().code())) {
                        f.add("conveyanceName", "a conveyance name is not allowed for mode "
                                + x.modeOfTransport().code());
                    }
                }));
        r.add(Rule.of("EEI-SC1-004", WARNING, EEI, "The state of origin is the state of the USPPI's address",
                "AESTIR appendix A 26C (CSMS #64231666)", "26C", (x, ctx, f) -> {
                    String usppiState = x.usppi() == null || x.usppi().address() == null ? null
                            : x.usppi().address().subdivision();
                    if (!cancel(x) && x.stateOfOrigin() != null && usppiState != null
                            && !x.stateOfOrigin().equalsIgnoreCase(usppiState.trim())) {
                        f.add("stateOfOrigin", "USPPI ADDRESS STATE CODE INCORRECT: state of origin "
                                + x.stateOfOrigin() + ", USPPI address state " + usppiState);
                    }
                }));
        r.add(Rule.of("EEI-SC1-005", ERROR, EEI,
                "An add or replace gives the state of origin and the related-party, routed and hazmat indicators",
                "15 CFR 30.6(a)", "", (x, ctx, f) -> {
                    if (cancel(x) || !filing(x)) {
                        return; // a record of an export, not a filing to AES
                    }
                    if (x.stateOfOrigin() == null) {
                        f.add("stateOfOrigin", "stateOfOrigin is required to file");
                    }
                    if (x.relatedParties() == null) {
                        f.add("relatedParties", "relatedParties (Y/N) is required to file");
                    }
                    if (x.routedExport() == null) {
                        f.add("routedExport", "routedExport (Y/N) is required to file");
                    }
                    if (x.hazardousMaterials() == null) {
                        f.add("hazardousMaterials", "hazardousMaterials (Y/N) is required to file");
                    }
                }));
        r.add(Rule.of("EEI-SC1-006", ERROR, EEI, "A replace or cancel names a shipment AES accepted (its ITN)",
                "AESTIR part II 1(a)", "", (x, ctx, f) -> {
                    if ((x.effectiveAction() == ShipmentAction.REPLACE || cancel(x)) && x.itn() == null) {
                        f.add("itn", "a " + x.effectiveAction().name().toLowerCase(Locale.ROOT)
                                + " names the shipment's ITN from AES's acceptance");
                    }
                }));
        r.add(Rule.of("EEI-SC2-001", ERROR, EEI, "Goods exported in bond or from a zone give the entry or zone number",
                "15 CFR 30.6(b)(1), (b)(2)", "", (x, ctx, f) -> {
                    String code = x.inBondCode();
                    if (code == null || code.equals("70") || cancel(x)) {
                        return;
                    }
                    if (x.inBondEntryNumber() == null || x.inBondEntryNumber().isBlank()) {
                        f.add("inBondEntryNumber", "in-bond code " + code + " needs the import entry number");
                    }
                    if ((code.equals("67") || code.equals("68"))
                            && (x.ftzIdentifier() == null || x.ftzIdentifier().isBlank())) {
                        f.add("ftzIdentifier", "in-bond code " + code + " (FTZ withdrawal) needs the zone identifier");
                    }
                }));
        r.add(Rule.of("EEI-PTY-001", ERROR, EEI, "The ultimate consignee is named unless the goods are sold en route",
                "15 CFR 30.6(a)(3)", "", (x, ctx, f) -> {
                    if (!cancel(x) && x.ultimateConsignee() == null && !Boolean.TRUE.equals(x.soldEnRoute())) {
                        f.add("ultimateConsignee", "name the ultimate consignee, or set soldEnRoute");
                    }
                }));
        r.add(Rule.of("EEI-PTY-002", ERROR, EEI, "The USPPI's address is where the goods begin, not a post office box",
                "15 CFR 30.6(a)(1)(ii); AESTIR appendix A 240", "240", (x, ctx, f) -> {
                    Party u = x.usppi();
                    if (cancel(x) || u == null || u.address() == null || u.address().streetLines().isEmpty()) {
                        return;
                    }
                    String line = u.address().streetLines().get(0).toUpperCase(Locale.ROOT).replace(".", "");
                    if (line.matches("(?s).*\\b(PO BOX|P O BOX|POST OFFICE BOX)\\b.*")) {
                        f.add("usppi.address.streetLines[0]", "USPPI ADDR LINE 1 INELIGIBLE: a post office box");
                    }
                }));
        r.add(Rule.of("EEI-PTY-003", ERROR, EEI, "A filing identifies the USPPI (EIN, DUNS or SSN)",
                "15 CFR 30.6(a)(1)(iii)", "", (x, ctx, f) -> {
                    if (cancel(x) || !filing(x)) {
                        return;
                    }
                    boolean duns = x.usppi() != null && x.usppi().identifier() != null
                            && "DUNS".equals(x.usppi().identifierQualifier());
                    if (x.usppiId() == null && !duns) {
                        f.add("usppiId", "give the USPPI's IRS number (or its DUNS as the party's identifier)");
                    } else if (x.usppiId() != null && x.usppiId().format()
                            == org.acesdk.model.code.ImporterNumber.Format.CBP_ASSIGNED) {
                        f.add("usppiId", "a CBP-assigned number does not identify a USPPI in AES");
                    }
                }));
        r.addAll(ExportLineRules.rules());
        return r;
    }
}
