package org.acesdk.rules.pack;

import static org.acesdk.rules.Severity.ERROR;
import static org.acesdk.rules.Severity.WARNING;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.acesdk.model.code.BondType;
import org.acesdk.model.code.FilingAction;
import org.acesdk.model.isf.IsfBond;
import org.acesdk.model.isf.ImporterSecurityFiling;
import org.acesdk.model.isf.IsfKind;
import org.acesdk.model.party.Party;
import org.acesdk.rules.Findings;
import org.acesdk.rules.Rule;
import org.acesdk.rules.RulePack;

/** Built-in rules for the Importer Security Filing (19 CFR 149): ISF-10 and ISF-5. */
public final class IsfRules implements RulePack {
    private static final Class<ImporterSecurityFiling> ISF = ImporterSecurityFiling.class;
    private static final String CFR = "19 CFR 149.3";

    @Override
    public String name() {
        return "ace-isf";
    }

    @Override
    public int order() {
        return 300;
    }

    private static boolean identified(Party p) {
        if (p == null) {
            return false;
        }
        boolean byId = p.identifier() != null && !p.identifier().isBlank();
        boolean byName = p.name() != null && !p.name().isBlank() && p.address() != null;
        return byId || byName;
    }

    private static void requireParty(Party p, String field, String what, Findings f) {
        if (p == null) {
            f.add(field, what + " (" + field + ") is required");
        } else if (!identified(p)) {
            f.add(field, what + " (" + field + ") needs a name and address, or an identifier");
        }
    }

    private static boolean isf10(ImporterSecurityFiling s) {
        return s.kind() == IsfKind.ISF_10;
    }

    private static final String APPENDIX_S = "CATAIR Appendix S (ISF condition codes)";
    private static final String CFR_2 = "19 CFR 149.2(b)";
    private static final Set<String> BOND_ACTIVITIES = Set.of("01", "02", "03", "04", "16", "1", "2", "3", "4");
    /** Shipment types that need no ISF bond: household goods, government, diplomatic, carnets, mail, informal. */
    private static final Set<String> UNBONDED = Set.of("03", "04", "05", "06", "09", "11");

    @Override
    public List<Rule<?>> rules() {
        List<Rule<?>> r = new ArrayList<>();
        r.add(Rule.of("ISF-KIND-001", ERROR, ISF, "The ISF kind is ISF-10 or ISF-5", CFR, "", (s, ctx, f) -> {
            if (s.kind() != null && !s.kind().isKnown()) {
                f.add("kind", "kind must be ISF-10 or ISF-5");
            }
        }));
        r.add(Rule.of("ISF-ELEM-001", ERROR, ISF, "ISF-10 names the seller", CFR + "(a)(1)(i)", "",
                (s, ctx, f) -> {
                    if (isf10(s)) {
                        requireParty(s.seller(), "seller", "the seller", f);
                    }
                }));
        r.add(Rule.of("ISF-ELEM-002", ERROR, ISF, "ISF-10 names the buyer", CFR + "(a)(1)(ii)", "", (s, ctx, f) -> {
            if (isf10(s)) {
                requireParty(s.buyer(), "buyer", "the buyer", f);
            }
        }));
        r.add(Rule.of("ISF-ELEM-003", ERROR, ISF, "The ISF names the ship-to party", CFR + "(a)(1)(vi)", "",
                (s, ctx, f) -> requireParty(s.shipTo(), "shipTo", "the ship-to party", f)));
        r.add(Rule.of("ISF-ELEM-004", ERROR, ISF, "ISF-10 gives at least one consignee number", CFR + "(a)(1)(iv)", "303",
                (s, ctx, f) -> {
                    if (isf10(s) && s.consigneeNumbers().isEmpty()) {
                        f.add("consigneeNumbers", "at least one consignee number is required for ISF-10");
                    }
                }));
        r.add(Rule.of("ISF-ELEM-005", ERROR, ISF, "Every ISF-10 commodity line names its manufacturer or supplier",
                CFR + "(a)(1)(v)", "", (s, ctx, f) -> {
                    for (int i = 0; isf10(s) && i < s.lines().size(); i++) {
                        requireParty(s.lines().get(i).manufacturer(), "lines[" + i + "].manufacturer",
                                "the manufacturer", f);
                    }
                }));
        r.add(Rule.of("ISF-ELEM-006", WARNING, ISF, "ISF-10 gives the stuffing location and consolidator",
                CFR + "(a)(1)(ix)-(x)", "", (s, ctx, f) -> {
                    if (!isf10(s)) {
                        return;
                    }
                    if (s.containerStuffingLocation() == null) {
                        f.add("containerStuffingLocation", "containerStuffingLocation must follow no later than 24 hours "
                                + "before arrival");
                    }
                    if (s.consolidator() == null) {
                        f.add("consolidator", "consolidator must follow no later than 24 hours before arrival");
                    }
                }));
        r.add(Rule.of("ISF-ELEM-007", ERROR, ISF, "ISF-5 names the booking party, foreign port of unlading and place "
                + "of delivery", "19 CFR 149.3(b)", "", (s, ctx, f) -> {
                    if (s.kind() != IsfKind.ISF_5) {
                        return;
                    }
                    requireParty(s.bookingParty(), "bookingParty", "the booking party", f);
                    if (s.foreignPortOfUnlading() == null || s.foreignPortOfUnlading().isBlank()) {
                        f.add("foreignPortOfUnlading", "foreignPortOfUnlading is required for ISF-5");
                    }
                    if (s.placeOfDelivery() == null || s.placeOfDelivery().isBlank()) {
                        f.add("placeOfDelivery", "placeOfDelivery is required for ISF-5");
                    }
                }));
        r.add(Rule.of("ISF-HTS-001", ERROR, ISF, "Commodity lines give a chapter 1-97 HTS number of at least 6 digits",
                CFR + "(a)(1)(viii)", "404", (s, ctx, f) -> {
                    for (int i = 0; i < s.lines().size(); i++) {
                        var h = s.lines().get(i).htsNumber();
                        if (h != null && (h.isChapter99() || h.isChapter98())) {
                            f.add("lines[" + i + "].htsNumber", "htsNumber " + h + " must be a chapter 1-97 number");
                        }
                    }
                }));
        r.add(Rule.of("ISF-TIME-001", WARNING, ISF, "The ISF is filed 24 hours before lading", "19 CFR 149.2(b)", "",
                (s, ctx, f) -> {
                    if (s.estimatedLading() == null) {
                        return;
                    }
                    Instant due = s.estimatedLading().minus(ctx.policy().isfLeadTime());
                    Instant now = ctx.clock().instant();
                    if (now.isAfter(due)) {
                        f.add("estimatedLading", "the ISF was due by " + due + " (24 hours before lading at "
                                + s.estimatedLading() + "); filing now is late and risks $5,000 liquidated damages");
                    }
                }));
        r.add(Rule.of("ISF-TIME-002", ERROR, ISF, "Stuffing location and consolidator are given 24 hours before arrival",
                "19 CFR 149.2(b)", "", (s, ctx, f) -> {
                    if (!isf10(s) || s.estimatedArrival() == null) {
                        return;
                    }
                    Instant due = s.estimatedArrival().minus(ctx.policy().isfLateElementsBeforeArrival());
                    if (ctx.clock().instant().isAfter(due)
                            && (s.containerStuffingLocation() == null || s.consolidator() == null)) {
                        f.add("containerStuffingLocation", "stuffing location and consolidator were due by " + due);
                    }
                }));
        r.add(Rule.of("ISF-KIND-002", WARNING, ISF, "ISF-5 uses shipment type 01", "CATAIR SF10 pos 6-7", "",
                (s, ctx, f) -> {
                    if (s.kind() == IsfKind.ISF_5 && s.shipmentType() != null && !"01".equals(s.shipmentType())) {
                        f.add("shipmentType", "ISF-5 filings use shipment type 01, not " + s.shipmentType());
                    }
                }));
        r.add(Rule.of("ISF-ELEM-008", ERROR, ISF, "Every ISF-10 commodity line gives its country of origin",
                CFR + "(a)(1)(vii)", "", (s, ctx, f) -> {
                    for (int i = 0; isf10(s) && i < s.lines().size(); i++) {
                        if (s.lines().get(i).countryOfOrigin() == null) {
                            f.add("lines[" + i + "].countryOfOrigin", "the country of origin is required for ISF-10");
                        }
                    }
                }));
        r.add(Rule.of("ISF-ACT-001", ERROR, ISF, "A replace or delete names the ISF transaction number CBP returned",
                APPENDIX_S, "108", (s, ctx, f) -> {
                    FilingAction a = s.effectiveAction();
                    if ((a.equals(FilingAction.REPLACE) || a.equals(FilingAction.DELETE))
                            && (s.transactionNumber() == null || s.transactionNumber().isBlank())) {
                        f.add("transactionNumber", "a " + a.code() + " (" + a + ") needs the ISF transaction number "
                                + "CBP returned for the original filing");
                    }
                    if (!a.isKnown() || !(a.equals(FilingAction.ADD) || a.equals(FilingAction.REPLACE)
                            || a.equals(FilingAction.DELETE))) {
                        f.add("action", "the action is A (add), R (replace) or D (delete), not " + a.code());
                    }
                }));
        r.add(Rule.of("ISF-ACT-002", ERROR, ISF, "An add carries no ISF transaction number", APPENDIX_S, "110",
                (s, ctx, f) -> {
                    if (s.effectiveAction().equals(FilingAction.ADD) && s.transactionNumber() != null
                            && !s.transactionNumber().isBlank()) {
                        f.add("transactionNumber", "an add (A) must not carry a transaction number: CBP assigns it");
                    }
                }));
        r.add(Rule.of("ISF-FLEX-001", ERROR, ISF,
                "A flexible filing (FR, FT, FX) is completed with CT 24 hours before arrival", CFR_2 + "; CBP ISF FAQ",
                "132", (s, ctx, f) -> {
                    String reason = s.actionReason();
                    if (reason == null || reason.equals("CT") || s.estimatedArrival() == null) {
                        return;
                    }
                    Instant due = s.estimatedArrival().minus(ctx.policy().isfLateElementsBeforeArrival());
                    if (ctx.clock().instant().isAfter(due)) {
                        f.add("actionReason", "a flexible filing (" + reason + ") had to be replaced with a complete "
                                + "one (CT) by " + due);
                    }
                }));
        r.add(Rule.of("ISF-FLEX-002", ERROR, ISF,
                "A filing without stuffing location or consolidator says flexible timing (FT or FX)", CFR_2, "308",
                (s, ctx, f) -> {
                    if (isf10(s) && "CT".equals(s.actionReason())
                            && (s.containerStuffingLocation() == null || s.consolidator() == null)) {
                        f.add("consolidator", "a complete transaction (CT) needs the stuffing location and "
                                + "consolidator; file FT (or FX) until they are known");
                    }
                }));
        r.add(Rule.of("ISF-BOND-001", ERROR, ISF, "The bond's activity code is 1, 2, 3, 4 or 16", "19 CFR 113.62-113.64, "
                + "113 appendix D; " + APPENDIX_S, "122", (s, ctx, f) -> {
                    if (s.bond() != null && (s.bond().activityCode() == null
                            || !BOND_ACTIVITIES.contains(s.bond().activityCode()))) {
                        f.add("bond.activityCode", "an ISF bond has activity code 01, 02, 03, 04 or 16, not "
                                + s.bond().activityCode());
                    }
                    if (s.bond() != null && (s.bond().type() == null || !s.bond().type().isKnown())) {
                        f.add("bond.type", "the bond type is 8 (continuous) or 9 (single transaction)");
                    }
                }));
        r.add(Rule.of("ISF-BOND-002", ERROR, ISF, "A bonded shipment type names the bond holder", APPENDIX_S, "121",
                (s, ctx, f) -> {
                    String t = s.shipmentType() == null ? "01" : s.shipmentType();
                    if (!s.effectiveAction().equals(FilingAction.DELETE) && !UNBONDED.contains(t)
                            && (s.bond() == null || s.bond().holder() == null || s.bond().holder().isBlank())) {
                        f.add("bond", "shipment type " + t + " needs a bond (holder, activity code, type)");
                    }
                }));
        r.add(Rule.of("ISF-BOND-003", ERROR, ISF,
                "A single-transaction ISF bond (activity 16) gives the surety code and bond reference", "19 CFR 113 "
                + "appendix D; 74 FR 68376", "", (s, ctx, f) -> {
                    IsfBond b = s.bond();
                    if (b == null || !"16".equals(b.activityCode()) || !BondType.SINGLE_TRANSACTION.equals(b.type())) {
                        return;
                    }
                    for (String q : List.of("V1", "SBN")) {
                        if (s.references().stream().noneMatch(x -> q.equals(x.qualifier()))) {
                            f.add("references", "a single-transaction ISF bond needs an SF20 " + q + " reference ("
                                    + (q.equals("V1") ? "surety code" : "surety bond reference number") + ")");
                        }
                    }
                }));
        r.add(Rule.of("ISF-MOT-001", ERROR, ISF, "The mode of transport is 10 (break bulk) or 11 (containerized)",
                APPENDIX_S, "107", (s, ctx, f) -> {
                    if (s.modeOfTransport() != null && !s.modeOfTransport().matches("1[01]")) {
                        f.add("modeOfTransport", "ISF covers vessel cargo: mode 10 or 11, not " + s.modeOfTransport());
                    }
                }));
        return r;
    }
}
