package org.acesdk.rules.pack;

import java.util.ArrayList;
import java.util.List;
import org.acesdk.model.pga.PgaAgency;
import org.acesdk.model.pga.PgaDeclaration;
import org.acesdk.model.pga.PgaDisclaimer;
import org.acesdk.model.pga.PgaElement;
import org.acesdk.model.pga.PgaEntity;
import org.acesdk.rules.Findings;
import org.acesdk.rules.Rule;
import org.acesdk.rules.RuleContext;
import org.acesdk.rules.RuleLogic;
import org.acesdk.rules.RulePack;
import org.acesdk.rules.Severity;
import org.acesdk.rules.internal.PgaLines;
import org.acesdk.rules.pga.PgaFlag;

/**
 * The PGA Message Set's own rules on entry summaries and cargo releases (any agency), and the PGA flags of each number
 * (from {@link RuleContext#pgaFlags()}: none unless the caller loads them): a "required" flag needs the agency's
 * data, a "may" flag its data or a disclaimer the flag allows. Ids {@code PGA-nnn} and {@code PGA-FLAG-nnn}.
 */
public final class PgaRules implements RulePack {
    static final String CHAPTER = "CBP CATAIR PGA Message Set (July 1, 2026)";
    private static final java.util.regex.Pattern INTENDED_USE = java.util.regex.Pattern.compile("\\d{3}\\.\\d{3}");
    static final String FLAGS = "CBP ACE Agency Tariff Code Reference (March 4, 2026); CATAIR PGA chapter p.20-21";

    /** The pack's scans of the filing being validated. */
    private final PgaLines.Memo memo = new PgaLines.Memo();

    /** Created by hand or by the ServiceLoader. */
    public PgaRules() {
    }

    @Override
    public String name() {
        return "pga";
    }

    @Override
    public int order() {
        return 300;
    }

    /** A check of one declaration; {@code path} makes the declaration's finding path when a finding needs it. */
    @FunctionalInterface
    interface DeclarationCheck {
        void check(PgaLines line, Path path, PgaDeclaration d, RuleContext ctx, Findings f);
    }

    /** A declaration's finding path, made on demand ({@code p + ".agency"} in a check reads as the path text). */
    static final class Path {
        private final PgaLines line;
        private final int k;

        Path(PgaLines line, int k) {
            this.line = line;
            this.k = k;
        }

        @Override
        public String toString() {
            return line.declarationPath(k);
        }
    }

    /** Runs the check on every declaration of the filing (the numbers scanned once per filing for the pack). */
    static RuleLogic<Object> eachDeclaration(PgaLines.Memo memo, DeclarationCheck check) {
        return (filing, ctx, f) -> {
            for (PgaLines l : memo.of(filing, false)) {
                List<PgaDeclaration> ds = l.declarations();
                for (int k = 0; k < ds.size(); k++) {
                    check.check(l, new Path(l, k), ds.get(k), ctx, f);
                }
            }
        };
    }

    /** Runs the check on every declaration of one agency. */
    static RuleLogic<Object> eachOf(PgaLines.Memo memo, PgaAgency agency, DeclarationCheck check) {
        return eachDeclaration(memo, (l, p, d, ctx, f) -> {
            if (d.agency().equals(agency)) {
                check.check(l, p, d, ctx, f);
            }
        });
    }

    /** Runs the check on every declaration of one agency that sends data (not a disclaimer). */
    static RuleLogic<Object> eachFiled(PgaLines.Memo memo, PgaAgency agency, DeclarationCheck check) {
        return eachOf(memo, agency, (l, p, d, ctx, f) -> {
            if (!d.disclaimed()) {
                check.check(l, p, d, ctx, f);
            }
        });
    }

    /** A check of one flag of one number. */
    @FunctionalInterface
    interface FlagCheck {
        void check(PgaLines line, PgaFlag flag, List<PgaDeclaration> ofAgency, Findings f);
    }

    private static RuleLogic<Object> eachFlag(FlagCheck check) {
        return (filing, ctx, f) -> {
            if (ctx.pgaFlags().size() == 0) {
                return;
            }
            for (PgaLines l : PgaLines.of(filing, true)) {
                for (PgaFlag flag : ctx.pgaFlags().flagsFor(l.hts())) {
                    List<PgaDeclaration> mine = new ArrayList<>();
                    for (PgaDeclaration d : l.declarations()) {
                        if (d.agency().equals(flag.agency())) {
                            mine.add(d);
                        }
                    }
                    check.check(l, flag, mine, f);
                }
            }
        };
    }

    private static String flagged(PgaLines l, PgaFlag flag) {
        return l.hts().usitcFormat() + " carries PGA flag " + flag.code() + " (" + flag.definition() + ")";
    }

    @Override
    public List<Rule<?>> rules() {
        List<Rule<?>> r = new ArrayList<>();
        r.add(Rule.of("PGA-001", Severity.WARNING, Object.class, "Each PGA line's agency is in Appendix V", CHAPTER,
                "", eachDeclaration(memo, (l, p, d, ctx, f) -> {
                    if (!d.agency().isKnown()) {
                        f.add(p + ".agency", "'" + d.agency().code() + "' is not an agency code of ACE Appendix PGA "
                                + "Appendix V (June 8, 2020): check it against a newer appendix");
                    }
                })));
        r.add(Rule.of("PGA-002", Severity.ERROR, Object.class, "A PGA set has its OI commercial description",
                CHAPTER, "", (filing, ctx, f) -> {
                    for (PgaLines l : memo.of(filing, false)) {
                        if (l.set() != null && !l.set().declarations().isEmpty()
                                && (l.set().commercialDescription() == null
                                        || l.set().commercialDescription().isBlank())) {
                            f.add(l.path() + ".pga.commercialDescription", "the OI record's commercial description "
                                    + "(columns 11-80) is mandatory");
                        }
                    }
                }));
        r.add(Rule.of("PGA-003", Severity.ERROR, Object.class, "A disclaimed PGA line sends only its PG01", CHAPTER,
                "", eachDeclaration(memo, (l, p, d, ctx, f) -> {
                    if (d.disclaimed() && !d.elements().isEmpty()) {
                        f.add(p + ".elements", "a line disclaimed with " + d.disclaimer().code() + " has "
                                + d.elements().size() + " records after its PG01; a disclaimer is OI + PG01 only");
                    }
                })));
        r.add(Rule.of("PGA-004", Severity.ERROR, Object.class,
                "A disclaimer code is one of A-G and belongs to the agency", CHAPTER, "",
                eachDeclaration(memo, (l, p, d, ctx, f) -> {
                    PgaDisclaimer x = d.disclaimer();
                    if (x == null) {
                        return;
                    }
                    if (!x.isKnown()) {
                        f.add(p + ".disclaimer", "'" + x.code() + "' is not a disclaimer code (A-G)");
                    } else if (x.equals(PgaDisclaimer.NO_WILDLIFE) && !d.agency().equals(PgaAgency.FWS)
                            || x.equals(PgaDisclaimer.US_GOODS_WAREHOUSE) && !d.agency().equals(PgaAgency.FDA)
                            || x.equals(PgaDisclaimer.LACEY_DE_MINIMIS) && !d.agency().equals(PgaAgency.APHIS)) {
                        f.add(p + ".disclaimer", "disclaimer " + x.code() + " (" + x.description() + ") is not for "
                                + d.agency().code());
                    }
                })));
        r.add(Rule.of("PGA-005", Severity.ERROR, Object.class,
                "Intended use 980.000 (other) carries its description", CHAPTER, "",
                eachDeclaration(memo, (l, p, d, ctx, f) -> {
                    if ("980.000".equals(d.intendedUse()) && blank(d.intendedUseDescription())) {
                        f.add(p + ".intendedUseDescription", "intended use 980.000 needs its description "
                                + "(PG01 58-78)");
                    }
                })));
        r.add(Rule.of("PGA-006", Severity.ERROR, Object.class,
                "PG60 additional information fits in 72 characters", CHAPTER, "",
                eachDeclaration(memo, (l, p, d, ctx, f) -> {
                    if (!mayHaveInfo(d)) {
                        return;
                    }
                    for (PgaElement.AdditionalInfo i : infos(d)) {
                        if (i.text() != null && i.text().length() > 72) {
                            f.add(p + ".elements", "PG60 " + i.qualifier() + ": " + i.text().length()
                                    + " characters; at most 72 fit every reading of the chapter (8-79)");
                        }
                    }
                })));
        r.add(Rule.of("PGA-007", Severity.ERROR, Object.class,
                "PG50/PG51 groups open after PG02, PG04, PG13 or PG14, close, and do not nest", CHAPTER, "",
                eachDeclaration(memo, (l, p, d, ctx, f) -> {
                    boolean open = false;
                    PgaElement before = null;
                    for (int i = 0; i < d.elements().size(); i++) {
                        PgaElement e = d.elements().get(i);
                        if (e instanceof PgaElement.GroupStart) {
                            if (open) {
                                f.add(p + ".elements[" + i + "]", "a PG50 inside an open group: groups do not nest");
                            } else if (!(before instanceof PgaElement.Product || before instanceof PgaElement.Constituent
                                    || before instanceof PgaElement.Lpco)) {
                                f.add(p + ".elements[" + i + "]", "a PG50 must follow its parent PG02, PG04, PG13 or "
                                        + "PG14");
                            }
                            open = true;
                        } else if (e instanceof PgaElement.GroupEnd) {
                            if (!open) {
                                f.add(p + ".elements[" + i + "]", "a PG51 with no open PG50");
                            }
                            open = false;
                        }
                        before = e;
                    }
                    if (open) {
                        f.add(p + ".elements", "a PG50 group is not closed by a PG51");
                    }
                })));
        r.add(Rule.of("PGA-008", Severity.WARNING, Object.class, "Every PGA record is one the SDK can type", CHAPTER,
                "", eachDeclaration(memo, (l, p, d, ctx, f) -> {
                    for (int i = 0; i < d.elements().size(); i++) {
                        if (d.elements().get(i) instanceof PgaElement.Unrecognized) {
                            f.add(p + ".elements[" + i + "]", "record " + d.elements().get(i).recordId()
                                    + " is kept as read: not a 2026 PGA record, or not where its parent is");
                        }
                    }
                })));
        r.add(Rule.of("PGA-009", Severity.ERROR, Object.class, "An intended use code has the form NNN.NNN", CHAPTER,
                "", eachDeclaration(memo, (l, p, d, ctx, f) -> {
                    String u = d.intendedUse();
                    if (u != null && !INTENDED_USE.matcher(u).matches() && !u.equals("UNK")) {
                        f.add(p + ".intendedUse", "'" + u + "' is not an intended use code (NNN.NNN)");
                    }
                })));
        r.add(Rule.of("PGA-FLAG-001", Severity.ERROR, Object.class,
                "A number flagged 'required' carries the agency's data", FLAGS, "", eachFlag((l, flag, mine, f) -> {
                    if (flag.required() && mine.stream().noneMatch(d -> !d.disclaimed())) {
                        f.add(l.path() + ".pga", flagged(l, flag) + ": send " + flag.agency().code() + " data"
                                + " (programs " + String.join(", ", new java.util.TreeSet<>(flag.programs())) + ")"
                                + (flag.agency().equals(PgaAgency.CPSC) ? "; ACE does not reject for missing CPSC "
                                + "data, CPSC answers through status messages" : ""));
                    }
                })));
        r.add(Rule.of("PGA-FLAG-002", Severity.ERROR, Object.class,
                "A number flagged 'may' carries the agency's data or a disclaimer", FLAGS, "",
                eachFlag((l, flag, mine, f) -> {
                    if (!flag.required() && flag.disclaimerNeeded() && mine.isEmpty()) {
                        f.add(l.path() + ".pga", flagged(l, flag) + ": send " + flag.agency().code()
                                + " data or a disclaimer" + (flag.disclaimers().isEmpty() ? "" : " ("
                                + String.join(" or ", new java.util.TreeSet<>(flag.disclaimers())) + ")"));
                    }
                })));
        r.add(Rule.of("PGA-FLAG-003", Severity.WARNING, Object.class,
                "A number flagged 'required' is not disclaimed", FLAGS, "", eachFlag((l, flag, mine, f) -> {
                    if (flag.required()) {
                        for (PgaDeclaration d : mine) {
                            if (d.disclaimed()) {
                                f.add(l.path() + ".pga", flagged(l, flag) + ": a disclaimer (" + d.disclaimer().code()
                                        + ") is generally not accepted under a 'required' flag");
                            }
                        }
                    }
                })));
        r.add(Rule.of("PGA-FLAG-004", Severity.ERROR, Object.class,
                "A disclaimer is one the number's flag allows", FLAGS, "", eachFlag((l, flag, mine, f) -> {
                    if (flag.required() || flag.disclaimers().isEmpty()) {
                        return;
                    }
                    for (PgaDeclaration d : mine) {
                        if (d.disclaimed() && !flag.allows(d.disclaimer())) {
                            f.add(l.path() + ".pga", flagged(l, flag) + ": disclaimer " + d.disclaimer().code()
                                    + " is not allowed (only " + String.join(", ",
                                    new java.util.TreeSet<>(flag.disclaimers())) + ")");
                        }
                    }
                })));
        r.add(Rule.of("PGA-FLAG-005", Severity.ERROR, Object.class,
                "A number flagged FD4 is declared under FDA program FOO", FLAGS + "; FDA Supplemental Guide", "",
                eachFlag((l, flag, mine, f) -> {
                    if (flag.code().equals("FD4")) {
                        for (PgaDeclaration d : mine) {
                            if (!d.disclaimed() && !"FOO".equals(d.program())) {
                                f.add(l.path() + ".pga", flagged(l, flag) + ": prior-notice lines use program FOO, "
                                        + "not " + d.program());
                            }
                        }
                    }
                })));
        return r;
    }

    /** Whether an element of the type matches, without collecting them. */
    static <T extends PgaElement> boolean any(PgaDeclaration d, Class<T> type, java.util.function.Predicate<T> p) {
        for (PgaElement e : d.elements()) {
            if (type.isInstance(e) && p.test(type.cast(e))) {
                return true;
            }
        }
        return false;
    }

    /** The first party of a role (laboratories and places after a PG30 included), or {@code null}. */
    static PgaEntity entityOf(PgaDeclaration d, String role) {
        for (PgaElement e : d.elements()) {
            PgaEntity en = e instanceof PgaEntity ? (PgaEntity) e : e instanceof PgaElement.Inspection
                    ? ((PgaElement.Inspection) e).entity() : null;
            if (en != null && role.equals(en.role())) {
                return en;
            }
        }
        return null;
    }

    /** How many parties of a role the line names. */
    static int count(PgaDeclaration d, String role) {
        int n = 0;
        for (PgaElement e : d.elements()) {
            PgaEntity en = e instanceof PgaEntity ? (PgaEntity) e : e instanceof PgaElement.Inspection
                    ? ((PgaElement.Inspection) e).entity() : null;
            if (en != null && role.equals(en.role())) {
                n++;
            }
        }
        return n;
    }

    /** The first affirmation of a code, the line's or an entity's, or {@code null}. */
    static PgaElement.Affirmation affirmationOf(PgaDeclaration d, String code) {
        for (PgaElement e : d.elements()) {
            if (e instanceof PgaElement.Affirmation && code.equals(((PgaElement.Affirmation) e).code())) {
                return (PgaElement.Affirmation) e;
            }
        }
        for (PgaElement e : d.elements()) {
            PgaEntity en = e instanceof PgaEntity ? (PgaEntity) e : e instanceof PgaElement.Inspection
                    ? ((PgaElement.Inspection) e).entity() : null;
            if (en != null) {
                for (PgaElement.Affirmation a : en.affirmations()) {
                    if (code.equals(a.code())) {
                        return a;
                    }
                }
            }
        }
        return null;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Whether any PG60 can be on the line: a PG60, item, declaration contact or entity with one. */
    private static boolean mayHaveInfo(PgaDeclaration d) {
        for (PgaElement e : d.elements()) {
            if (e instanceof PgaElement.AdditionalInfo || (e instanceof PgaElement.ItemIdentity
                    && !((PgaElement.ItemIdentity) e).info().isEmpty()) || e instanceof PgaElement.Declaration) {
                return true;
            }
            PgaEntity en = e instanceof PgaEntity ? (PgaEntity) e : e instanceof PgaElement.Inspection
                    ? ((PgaElement.Inspection) e).entity() : null;
            if (en != null && (!en.info().isEmpty() || (en.address() != null && !en.address().info().isEmpty())
                    || (en.contact() != null && !en.contact().info().isEmpty()))) {
                return true;
            }
        }
        return false;
    }

    /** Every PG60 of a declaration, wherever it stands. */
    static List<PgaElement.AdditionalInfo> infos(PgaDeclaration d) {
        List<PgaElement.AdditionalInfo> out = new ArrayList<>();
        for (PgaElement e : d.elements()) {
            if (e instanceof PgaElement.AdditionalInfo) {
                out.add((PgaElement.AdditionalInfo) e);
            } else if (e instanceof PgaElement.ItemIdentity) {
                out.addAll(((PgaElement.ItemIdentity) e).info());
            } else if (e instanceof PgaElement.Declaration && ((PgaElement.Declaration) e).contact() != null) {
                out.addAll(((PgaElement.Declaration) e).contact().info());
            }
        }
        for (PgaEntity e : d.entities()) {
            out.addAll(e.info());
            if (e.address() != null) {
                out.addAll(e.address().info());
            }
            if (e.contact() != null) {
                out.addAll(e.contact().info());
            }
        }
        return out;
    }
}
