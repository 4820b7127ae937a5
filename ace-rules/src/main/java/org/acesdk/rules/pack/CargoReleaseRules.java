package org.acesdk.rules.pack;

import static org.acesdk.rules.Severity.ERROR;
import static org.acesdk.rules.Severity.WARNING;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.acesdk.model.code.BondType;
import org.acesdk.model.code.EntryType;
import org.acesdk.model.code.FilingAction;
import org.acesdk.model.code.HtsNumber;
import org.acesdk.model.release.BillOfLading;
import org.acesdk.model.release.CargoRelease;
import org.acesdk.model.release.ReleaseLine;
import org.acesdk.rules.Rule;
import org.acesdk.rules.RulePack;

/** Built-in rules for cargo release (CBP Form 3461, CATAIR SE). */
public final class CargoReleaseRules implements RulePack {
    private static final Class<CargoRelease> SE = CargoRelease.class;
    private static final String CATAIR = "CATAIR SE";
    private static final Set<EntryType> SE_TYPES = java.util.Set.of(EntryType.CONSUMPTION, EntryType.QUOTA_VISA,
            EntryType.ADCVD, EntryType.FTZ_CONSUMPTION, EntryType.QUOTA_VISA_ADCVD, EntryType.INFORMAL,
            EntryType.INFORMAL_QUOTA_VISA, EntryType.WAREHOUSE, EntryType.TEMPORARY_IMPORTATION_BOND,
            EntryType.DCMA, EntryType.GOVERNMENT_DUTIABLE);

    @Override
    public String name() {
        return "ace-cargo-release";
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public List<Rule<?>> rules() {
        List<Rule<?>> r = new ArrayList<>();
        r.add(Rule.of("SE-HDR-001", ERROR, SE, "The action is add, replace or delete", CATAIR + " SE10 pos 5", "",
                (c, ctx, f) -> {
                    if (c.action() != null && !c.action().isKnown()) {
                        f.add("action", "action must be A, R or D");
                    }
                }));
        r.add(Rule.of("SE-HDR-002", ERROR, SE, "The entry type is one cargo release accepts", CATAIR + " SE10 pos 20-21",
                "", (c, ctx, f) -> {
                    if (c.entryType() != null && !SE_TYPES.contains(c.entryType())) {
                        f.add("entryType", "entryType " + c.entryType().code() + " is not released with SE");
                    }
                }));
        r.add(Rule.of("SE-HDR-003", ERROR, SE, "The bond type is 8 or 9", CATAIR + " SE10 pos 39", "112",
                (c, ctx, f) -> {
                    if (c.bondType() != null && c.bondType() != BondType.CONTINUOUS
                            && c.bondType() != BondType.SINGLE_TRANSACTION) {
                        f.add("bondType", "bondType must be 8 or 9");
                    }
                }));
        r.add(Rule.of("SE-HDR-004", ERROR, SE, "The estimated value is a positive U.S. dollar amount",
                CATAIR + " SE10 pos 40-49", "", (c, ctx, f) -> {
                    if (c.estimatedValue() != null && (!c.estimatedValue().isUsd() || c.estimatedValue().isNegative()
                            || c.estimatedValue().isZero())) {
                        f.add("estimatedValue", "estimatedValue " + c.estimatedValue() + " must be a positive USD amount");
                    }
                }));
        r.add(Rule.of("SE-HDR-005", WARNING, SE, "Add and replace name a contact", CATAIR + " SE13", "",
                (c, ctx, f) -> {
                    if (c.action() != FilingAction.DELETE && (c.contactName() == null || c.contactName().isBlank()
                            || c.contactPhone() == null || c.contactPhone().isBlank())) {
                        f.add("contactName", "a contact name and phone are expected (SE13) for action " + c.action());
                    }
                }));
        r.add(Rule.of("SE-HDR-006", WARNING, SE, "The arrival date is not long past", CATAIR + " SE16", "",
                (c, ctx, f) -> {
                    if (c.arrivalDate() != null && c.arrivalDate().isBefore(ctx.today().minusDays(15))) {
                        f.add("arrivalDate", "arrivalDate " + c.arrivalDate() + " is more than 15 days ago; entry is due "
                                + "within 15 days of arrival (19 CFR 142.2)");
                    }
                }));
        r.add(Rule.of("SE-BILL-001", ERROR, SE, "Non-air bills name their issuer (SCAC)", CATAIR + " SE15 pos 6-9", "",
                (c, ctx, f) -> {
                    boolean air = c.modeOfTransport() != null && c.modeOfTransport().isAir();
                    for (int i = 0; i < c.bills().size(); i++) {
                        if (!air && c.bills().get(i).issuer() == null) {
                            f.add("bills[" + i + "].issuer", "issuer SCAC is required for mode "
                                    + (c.modeOfTransport() == null ? "?" : c.modeOfTransport().code()));
                        }
                    }
                }));
        r.add(Rule.of("SE-BILL-002", ERROR, SE, "Each bill appears once", CATAIR + " SE15", "", (c, ctx, f) -> {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < c.bills().size(); i++) {
                BillOfLading b = c.bills().get(i);
                String key = (b.issuer() == null ? "" : b.issuer().code()) + "/" + b.number();
                if (b.number() != null && !seen.add(key)) {
                    f.add("bills[" + i + "].number", "bill " + b.number() + " is listed twice");
                }
            }
        }));
        r.add(Rule.of("SE-LINE-001", ERROR, SE, "Release lines carry a 10-digit chapter 1-97 HTS number",
                CATAIR + " SE60 pos 5-14", "433", (c, ctx, f) -> {
                    for (int i = 0; i < c.lines().size(); i++) {
                        HtsNumber h = c.lines().get(i).htsNumber();
                        if (h != null && (h.precision() != HtsNumber.Precision.STATISTICAL_10 || h.isChapter99())) {
                            f.add("lines[" + i + "].htsNumber", "htsNumber " + h
                                    + " must be a 10-digit chapter 1-97 number");
                        }
                    }
                }));
        r.add(Rule.of("SE-LINE-002", ERROR, SE, "Release line numbers are unique", CATAIR + " SE40 pos 5-7", "518",
                (c, ctx, f) -> {
                    Set<Integer> seen = new HashSet<>();
                    for (int i = 0; i < c.lines().size(); i++) {
                        if (!seen.add(c.lines().get(i).lineNumber())) {
                            f.add("lines[" + i + "].lineNumber", "lineNumber " + c.lines().get(i).lineNumber()
                                    + " is used twice");
                        }
                    }
                }));
        r.add(Rule.of("SE-LINE-003", WARNING, SE, "Line values add up to no more than the estimated value",
                CATAIR + " SE60", "", (c, ctx, f) -> {
                    if (c.estimatedValue() == null || !c.estimatedValue().isUsd()) {
                        return;
                    }
                    java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
                    for (ReleaseLine l : c.lines()) {
                        if (l.value() != null && l.value().isUsd()) {
                            sum = sum.add(l.value().amount());
                        }
                    }
                    if (sum.compareTo(c.estimatedValue().amount()) > 0) {
                        f.add("estimatedValue", "line values add up to $" + sum.toPlainString()
                                + ", more than the estimated value $" + c.estimatedValue());
                    }
                }));
        return r;
    }
}
