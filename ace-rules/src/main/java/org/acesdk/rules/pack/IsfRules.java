package org.acesdk.rules.pack;

import static org.acesdk.rules.Severity.ERROR;
import static org.acesdk.rules.Severity.WARNING;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
        r.add(Rule.of("ISF-ELEM-004", ERROR, ISF, "ISF-10 gives at least one consignee number", CFR + "(a)(1)(iv)", "",
                (s, ctx, f) -> {
                    if (isf10(s) && s.consigneeNumbers().isEmpty()) {
                        f.add("consigneeNumbers", "at least one consignee number is required for ISF-10");
                    }
                }));
        r.add(Rule.of("ISF-ELEM-005", ERROR, ISF, "Every commodity line names its manufacturer or supplier",
                CFR + "(a)(1)(v)", "", (s, ctx, f) -> {
                    for (int i = 0; i < s.lines().size(); i++) {
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
                CFR + "(a)(1)(viii)", "", (s, ctx, f) -> {
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
        return r;
    }
}
