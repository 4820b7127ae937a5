package org.acesdk.rules.pack;

import static org.acesdk.rules.Severity.ERROR;
import static org.acesdk.rules.Severity.WARNING;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.acesdk.model.code.EntryType;
import org.acesdk.model.code.HtsNumber;
import org.acesdk.model.entry.EntryLine;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.model.entry.TariffLine;
import org.acesdk.rules.Rule;
import org.acesdk.rules.RuleContext;

/**
 * What each entry type needs besides the core summary (part of {@link EntrySummaryRules}): visas for quota types,
 * FTZ status for type 06, the warehouse entry for warehouse types, the TIB declaration for type 23, the dates from
 * which type 13 exists, and the copper smelt-and-cast declaration.
 */
final class EntryTypeRules {
    private static final Class<EntrySummary> ES = EntrySummary.class;
    private static final String CATAIR = "CATAIR AE";
    private static final Set<String> QUOTA = Set.of("02", "07", "12");
    private static final Set<String> WAREHOUSE = Set.of("21", "22", "31", "32", "34", "38");
    /** Type 13 (informal mail) exists in ACE from this day (FR Doc 2026-12668; production deployment). */
    static final LocalDate INFORMAL_MAIL_FROM = LocalDate.of(2026, 9, 22);
    /** The copper smelt-and-cast declaration (54-record type 12) is expected from this day (CSMS #69252300). */
    static final LocalDate COPPER_DECLARATION_FROM = LocalDate.of(2026, 7, 30);
    /** ... and fatal (F794) from this day (CSMS #69711865). */
    static final LocalDate COPPER_DECLARATION_FATAL_FROM = LocalDate.of(2026, 9, 14);

    private EntryTypeRules() {
    }

    private static String code(EntrySummary e) {
        return e.entryType() == null ? "" : e.entryType().code();
    }

    private static LocalDate day(EntrySummary e, RuleContext ctx) {
        return ctx.effectiveDate(e.entryDate() != null ? e.entryDate() : LocalDate.now(ctx.clock()));
    }

    static List<Rule<?>> rules() {
        List<Rule<?>> r = new ArrayList<>();
        r.add(Rule.of("AE-TYPE-001", ERROR, ES, "A quota or visa entry (02, 07, 12) carries a visa on its lines",
                CATAIR + " 51-record", "", (e, ctx, f) -> {
                    if (QUOTA.contains(code(e)) && e.lines().stream().allMatch(l -> l.details().visaNumber() == null)) {
                        f.add("lines", "entry type " + code(e) + " is filed for quota or visa goods: name the visa "
                                + "(record 51) on the lines it covers");
                    }
                }));
        r.add(Rule.of("AE-TYPE-002", ERROR, ES, "An FTZ entry (06) gives each line's zone status", CATAIR + " 41-record",
                "", (e, ctx, f) -> {
                    if (!"06".equals(code(e))) {
                        return;
                    }
                    for (int i = 0; i < e.lines().size(); i++) {
                        if (e.lines().get(i).details().ftzStatus() == null) {
                            f.add("lines[" + i + "].detail.ftzStatus", "line " + e.lines().get(i).lineNumber()
                                    + " of an FTZ entry (06) needs its merchandise status (record 41)");
                        }
                    }
                }));
        r.add(Rule.of("AE-TYPE-003", ERROR, ES, "A warehouse entry or withdrawal (21, 22, 31-38) names the warehouse entry",
                CATAIR + " 30-record", "", (e, ctx, f) -> {
                    if (WAREHOUSE.contains(code(e)) && e.details().warehouseEntry() == null) {
                        f.add("detail.warehouseEntry", "entry type " + code(e) + " names its associated warehouse "
                                + "entry (record 30)");
                    }
                }));
        r.add(Rule.of("AE-TYPE-004", ERROR, ES, "The TIB declaration is made for type 23 and only for it",
                CATAIR + " 10-record pos 69; error dictionary 315/316", "", (e, ctx, f) -> {
                    boolean tib = "23".equals(code(e));
                    if (tib && !e.details().tibDeclaration()) {
                        f.add("detail.tibDeclaration", "a temporary importation under bond (23) makes the TIB "
                                + "declaration (10-record position 69 = Y)");
                    } else if (!tib && e.details().tibDeclaration()) {
                        f.add("detail.tibDeclaration", "the TIB declaration is only for entry type 23, not "
                                + code(e));
                    }
                }));
        r.add(Rule.of("AE-TYPE-005", ERROR, ES, "Informal mail entries (13) are filed from 22 Sep 2026",
                "FR Doc 2026-12668 (91 FR 38007); ACE deployment 22 Sep 2026 [uncertain: start date from third "
                + "parties]", "", (e, ctx, f) -> {
                    if (EntryType.INFORMAL_MAIL.equals(e.entryType()) && day(e, ctx).isBefore(INFORMAL_MAIL_FROM)) {
                        f.add("entryType", "entry type 13 (informal mail) exists from " + INFORMAL_MAIL_FROM
                                + ", not on " + day(e, ctx));
                    }
                }));
        r.add(Rule.of("AE-DECL-001", WARNING, ES, "Copper articles declare the smelt-and-cast country (54 type 12)",
                "CSMS #69252300 (30 Jul 2026)", "", (e, ctx, f) -> copper(e, ctx, f, false)));
        r.add(Rule.of("AE-DECL-002", ERROR, ES, "Copper articles declare the smelt-and-cast country: fatal from "
                + "14 Sep 2026", "CSMS #69711865 (F794)", "794", (e, ctx, f) -> copper(e, ctx, f, true)));
        return r;
    }

    /** Lines of copper and articles thereof (chapter 74) without a 54-record of type 12. */
    private static void copper(EntrySummary e, RuleContext ctx, org.acesdk.rules.Findings f, boolean fatal) {
        LocalDate d = day(e, ctx);
        boolean due = fatal ? !d.isBefore(COPPER_DECLARATION_FATAL_FROM)
                : !d.isBefore(COPPER_DECLARATION_FROM) && d.isBefore(COPPER_DECLARATION_FATAL_FROM);
        if (!due) {
            return;
        }
        for (int i = 0; i < e.lines().size(); i++) {
            EntryLine l = e.lines().get(i);
            if (isCopper(l) && l.details().declarations().stream().noneMatch(x -> x.type().equals("12"))) {
                f.add("lines[" + i + "].detail.declarations", "line " + l.lineNumber() + " (chapter 74) declares "
                        + "the country where its copper was smelted and cast (record 54, type 12)");
            }
        }
    }

    private static boolean isCopper(EntryLine l) {
        for (TariffLine t : l.tariffs()) {
            HtsNumber h = t.htsNumber();
            if (h != null && !h.isChapter98() && !h.isChapter99() && h.digits().startsWith("74")) {
                return true;
            }
        }
        return false;
    }
}
