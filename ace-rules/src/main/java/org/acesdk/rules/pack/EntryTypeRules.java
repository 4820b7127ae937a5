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
    /** Steel melt-and-pour country required on the entry summary (CSMS #62582900). */
    static final LocalDate MELT_AND_POUR_FROM = LocalDate.of(2024, 11, 21);
    /** Aluminium smelt-and-cast countries required (CSMS #55438432, delayed to this day by CSMS #55701614). */
    static final LocalDate SMELT_AND_CAST_FROM = LocalDate.of(2023, 5, 10);
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
        r.add(Rule.of("AE-DECL-003", ERROR, ES, "Steel articles (and Mexican steel derivatives) declare the melt-and-pour"
                + " country (54 type 08)", "CSMS #62582900 (from 21 Nov 2024); Proclamations 9705, 9980, 10783", "",
                (e, ctx, f) -> metal(e, ctx, f, "08")));
        r.add(Rule.of("AE-DECL-004", ERROR, ES, "Aluminium articles and derivatives declare the smelt-and-cast countries"
                + " (54 type 07)", "CSMS #55438432, #55701614 (from 10 May 2023); Proclamation 10522", "",
                (e, ctx, f) -> metal(e, ctx, f, "07")));
        return r;
    }

    /**
     * Lines of steel (type 08) or aluminium (type 07) in the declaration's scope without that 54-record. Steel: the
     * steel articles of clause 1 of Proclamation 9705 from every country, and the derivatives of Proclamation 9980
     * annex II (nails of 7317, bumper stampings 8708.10.30, 8708.29.21) only when of Mexico. Aluminium: the articles of
     * Proclamation 9704 clause 1 (7601, 7604-7609, 7616.99.51) and the derivatives of Proclamation 9980 annex I
     * (7614.10.60, 7614.90.20/.40/.50, 8708.10.30, 8708.29.21) of every country but the United States, whether or
     * not 232 duty applies.
     */
    private static void metal(EntrySummary e, RuleContext ctx, org.acesdk.rules.Findings f, String type) {
        LocalDate d = day(e, ctx);
        boolean steel = type.equals("08");
        if (d.isBefore(steel ? MELT_AND_POUR_FROM : SMELT_AND_CAST_FROM)) {
            return;
        }
        for (int i = 0; i < e.lines().size(); i++) {
            EntryLine l = e.lines().get(i);
            String origin = l.countryOfOrigin() == null ? "" : l.countryOfOrigin().code();
            boolean inScope = steel ? steelScope(l, origin) : aluminiumScope(l) && !origin.equals("US");
            if (inScope && l.details().declarations().stream().noneMatch(x -> x.type().equals(type))) {
                f.add("lines[" + i + "].detail.declarations", "line " + l.lineNumber() + (steel
                        ? " (steel) declares the country where its steel was melted and poured (record 54, type 08);"
                                + " for a derivative whose country is unknown, CBP takes OTH"
                        : " (aluminium) declares the primary and secondary countries of smelt and the country of cast"
                                + " (record 54, type 07); for a derivative whose countries are unknown, CBP takes UN"
                                + " (from 28 Jun 2025, with 9903.85.67/.68 declared and the 200% Russia duty paid)"));
            }
        }
    }

    private static boolean steelScope(EntryLine l, String origin) {
        for (String h : commodities(l)) {
            String six = h.substring(0, 6);
            if (between(six, "720610", "721650") || between(six, "721699", "730110") || six.equals("730210")
                    || between(six, "730240", "730290") || between(six, "730410", "730690")) {
                return true;
            }
            if (origin.equals("MX") && (h.startsWith("7317") || h.startsWith("87081030")
                    || h.startsWith("87082921"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean aluminiumScope(EntryLine l) {
        for (String h : commodities(l)) {
            if (h.startsWith("7601") || between(h.substring(0, 4), "7604", "7609") || h.startsWith("76169951")
                    || h.startsWith("76141060") || h.startsWith("76149020") || h.startsWith("76149040")
                    || h.startsWith("76149050") || h.startsWith("87081030") || h.startsWith("87082921")) {
                return true;
            }
        }
        return false;
    }

    private static boolean between(String v, String from, String to) {
        return v.compareTo(from) >= 0 && v.compareTo(to) <= 0;
    }

    /** The chapter 1-97 numbers of a line, as digits. */
    private static List<String> commodities(EntryLine l) {
        List<String> out = new ArrayList<>();
        for (TariffLine t : l.tariffs()) {
            HtsNumber h = t.htsNumber();
            if (h != null && !h.isChapter98() && !h.isChapter99() && h.digits().length() >= 6) {
                out.add(h.digits());
            }
        }
        return out;
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
