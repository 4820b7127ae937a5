package org.acesdk.rules.pack;

import static org.acesdk.rules.pack.PgaRules.affirmationOf;
import static org.acesdk.rules.pack.PgaRules.any;
import static org.acesdk.rules.pack.PgaRules.blank;
import static org.acesdk.rules.pack.PgaRules.count;
import static org.acesdk.rules.pack.PgaRules.entityOf;
import static org.acesdk.rules.pack.PgaRules.eachFiled;
import static org.acesdk.rules.pack.PgaRules.eachOf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.acesdk.model.pga.PgaAgency;
import org.acesdk.model.pga.PgaDeclaration;
import org.acesdk.model.pga.PgaDisclaimer;
import org.acesdk.model.pga.PgaElement;
import org.acesdk.model.pga.PgaEntity;
import org.acesdk.rules.RuleContext;
import org.acesdk.rules.Rule;
import org.acesdk.rules.RuleLogic;
import org.acesdk.rules.RulePack;
import org.acesdk.rules.Severity;
import org.acesdk.rules.internal.PgaLines;
import org.acesdk.rules.pga.PgaFlag;

/**
 * FDA lines of the PGA Message Set: program, processing and intended use, the product code's structure, the entities
 * FDA requires (manufacturer, shipper, FDA importer with a contact, deliver-to), food's country of production, device
 * affirmations by intended use, prior notice for food (FD3/FD4, or a food line that carries arrival data), the FDA line
 * value and the disclaimers FDA takes. Ids {@code PGA-FDA-nnn}. The rules follow FDA's Supplemental Guide as read by two
 * implementers (the guide itself was not read); the affirmation list is partial.
 */
public final class FdaRules implements RulePack {
    private static final String SOURCE = "FDA Supplemental Guide v2.6 (as read by implementers); CATAIR PGA chapter";
    private static final String PN = "FD&C Act 801(m); 21 CFR 1.281; FDA Supplemental Guide v2.6";
    private static final java.util.regex.Pattern PRODUCT_CODE = java.util.regex.Pattern.compile(
            "\\d{2}[A-Z0-9][A-Z-][A-Z0-9-][A-Z0-9]{2}");
    private static final java.util.regex.Pattern PFR = java.util.regex.Pattern.compile("\\d{11}");
    private static final Set<String> PROGRAMS = Set.of("BIO", "COS", "DEV", "DRU", "FOO", "RAD", "TOB", "VME");
    private static final Set<String> DISCLAIMERS = Set.of("A", "B", "C", "D", "F");
    private static final Set<String> RADIATION = Set.of("RA1", "RA2", "RA3", "RA4", "RA5", "RA6", "RA7", "RB1", "RB2",
            "RC1", "RC2", "RD1", "RD2", "RD3", "ACC", "ANC", "MDL", "CCM");
    private static final List<String> ROLES = List.of("MF", "DEQ", "FD1", "DP");

    /** Device affirmations by intended use: {required, allowed} (implementer's table of FDA's guide). */
    private static final Map<String, String[]> DEVICE = Map.ofEntries(
            Map.entry("081.001", new String[] {"DEV DFE LST", "DEV DFE LST IRC LWC PM# DI ERR"}),
            Map.entry("081.002", new String[] {"DEV DFE LST", "DEV DFE LST IRC LWC PM# DI ERR"}),
            Map.entry("140.000", new String[] {"DEV DFE LST", "DEV DFE LST IRC LWC PM# DI ERR"}),
            Map.entry("UNK", new String[] {"DEV DFE LST", "DEV DFE LST IRC LWC PM# DI ERR"}),
            Map.entry("081.003", new String[] {"DDM DFE KIT LST", "DDM DFE KIT LST IRC LWC PM# DI ERR"}),
            Map.entry("081.004", new String[] {"KIT DEV DFE LST", "KIT DEV DFE LST PM# LWC IRC DI ERR"}),
            Map.entry("081.005", new String[] {"DEV DFE LST", "DEV DFE LST DA IND DI ERR"}),
            Map.entry("081.007", new String[] {"CPT", "CPT LST PM# DI ERR"}),
            Map.entry("081.008", new String[] {"CPT", "CPT DA IND DI ERR"}),
            Map.entry("180.015", new String[] {"IDE", "IDE DI ERR"}),
            Map.entry("170.000", new String[] {"", "DFE LST IRC LWC PM# DDM"}),
            Map.entry("920.001", new String[] {"DDM LST", "DDM DFE IRC LST LWC PM# DI ERR"}),
            Map.entry("950.001", new String[] {"DDM LST", "DDM DFE IRC LST LWC PM# DI ERR"}),
            Map.entry("920.002", new String[] {"DFE DDM LST", "DDM DFE IRC LST LWC PM# DI ERR"}),
            Map.entry("950.002", new String[] {"", "DDM DFE IRC LST LWC PM# DI ERR"}),
            Map.entry("970.000", new String[] {"DEV DFE IFE LST", "DEV DFE IFE LST DI ERR"}),
            Map.entry("970.001", new String[] {"IFE CPT DDM LST", "IFE CPT DDM LST DI ERR"}));

    /** The pack's scans of the filing being validated. */
    private final org.acesdk.rules.internal.PgaLines.Memo memo = new org.acesdk.rules.internal.PgaLines.Memo();

    /** Drug, veterinary and cosmetic affirmations allowed by intended use (implementer's table of FDA's guide). */
    private static final Map<String, String> ALLOWED = Map.ofEntries(
            Map.entry("DRU 080.012", "REG DLS DA FSR PRN PLR"), Map.entry("DRU 130.000", "REG DLS DA"),
            Map.entry("DRU 150.007", "REG DLS DA"), Map.entry("DRU 150.013", "REG DLS"),
            Map.entry("DRU 150.017", "REG DLS DA LST PM# IDE"), Map.entry("DRU 155.009", "REG DLS DA LST PM# IDE"),
            Map.entry("DRU 180.009", "IND"), Map.entry("DRU 920.000", "REG DLS DA IND"),
            Map.entry("DRU 980.000", "REG DLS"), Map.entry("VME 085.003", "REG NDC VAN VNA VFL VFD"),
            Map.entry("VME 980.000", "REG NDC VAN VNA VFL VFD"), Map.entry("VME 150.013", "REG NDC"),
            Map.entry("VME 150.020", "REG NDC VAN VNA"), Map.entry("VME 180.009", "VIN"),
            Map.entry("VME 180.018", "VIN"));

    /** Created by hand or by the ServiceLoader. */
    public FdaRules() {
    }

    @Override
    public String name() {
        return "pga-fda";
    }

    @Override
    public int order() {
        return 320;
    }

    /** Whether an FDA product code has FDA's structure: industry 02-98, class, subclass, process, product. */
    public static boolean productCodeWellFormed(String code) {
        if (code == null || !PRODUCT_CODE.matcher(code).matches()) {
            return false;
        }
        int industry = Integer.parseInt(code.substring(0, 2));
        return industry >= 2 && industry <= 98;
    }

    /** Whether the line owes prior notice: flagged FD4, or FD3 and declared, or a food line with arrival data. */
    static boolean priorNotice(PgaLines l, PgaDeclaration d, RuleContext ctx) {
        if (!"FOO".equals(d.program()) || d.disclaimed()) {
            return false;
        }
        if ("CCW".equals(d.processing())) {
            return false;
        }
        for (PgaFlag f : ctx.pgaFlags().flagsFor(l.hts())) {
            if (f.priorNotice()) {
                return true;
            }
        }
        return any(d, PgaElement.Inspection.class, i -> "A".equals(i.status()))
                || any(d, PgaElement.Origin.class, o -> "CSH".equals(o.sourceType()));
    }

    /** The prior-notice confirmation on the line, or {@code null}. */
    private static PgaElement.Lpco confirmation(PgaDeclaration d) {
        for (PgaElement e : d.elements()) {
            if (e instanceof PgaElement.Lpco && "PNC".equals(((PgaElement.Lpco) e).lpcoType())) {
                return (PgaElement.Lpco) e;
            }
        }
        return null;
    }

    private RuleLogic<Object> eachPriorNotice(PgaRules.DeclarationCheck check) {
        return eachFiled(memo, PgaAgency.FDA, (l, p, d, ctx, f) -> {
            if (priorNotice(l, d, ctx) && confirmation(d) == null) {
                check.check(l, p, d, ctx, f);
            }
        });
    }

    private static Set<String> codes(String s) {
        return s.isEmpty() ? Set.of() : Set.of(s.split(" "));
    }

    @Override
    public List<Rule<?>> rules() {
        List<Rule<?>> r = new ArrayList<>();
        r.add(Rule.of("PGA-FDA-001", Severity.ERROR, Object.class,
                "An FDA line's program is BIO, COS, DEV, DRU, FOO, RAD, TOB or VME", SOURCE, "",
                eachFiled(memo, PgaAgency.FDA, (l, p, d, ctx, f) -> {
                    if (!PROGRAMS.contains(d.program())) {
                        f.add(p + ".program", "'" + d.program() + "' is not an FDA program (BIO, COS, DEV, DRU, FOO, "
                                + "RAD, TOB, VME)");
                    }
                })));
        r.add(Rule.of("PGA-FDA-002", Severity.ERROR, Object.class,
                "An FDA line has a processing code (cosmetics excepted)", SOURCE, "",
                eachFiled(memo, PgaAgency.FDA, (l, p, d, ctx, f) -> {
                    if (!"COS".equals(d.program()) && blank(d.processing())) {
                        f.add(p + ".processing", "FDA program " + d.program() + " needs a processing code (PG01 14-16)");
                    }
                })));
        r.add(Rule.of("PGA-FDA-003", Severity.ERROR, Object.class,
                "An FDA line has an intended use (COS, DRU/PHN, FOO and VME other than ADR excepted)", SOURCE, "",
                eachFiled(memo, PgaAgency.FDA, (l, p, d, ctx, f) -> {
                    String prog = d.program() == null ? "" : d.program();
                    boolean exempt = prog.equals("COS") || prog.equals("FOO")
                            || (prog.equals("DRU") && "PHN".equals(d.processing()))
                            || (prog.equals("VME") && !"ADR".equals(d.processing()));
                    if (!exempt && blank(d.intendedUse())) {
                        f.add(p + ".intendedUse", "FDA program " + prog + " needs an intended use code (PG01 42-57)");
                    }
                })));
        r.add(Rule.of("PGA-FDA-004", Severity.ERROR, Object.class,
                "An FDA line has one FDA product code of FDA's structure", SOURCE + "; FDA Product Code Builder", "",
                eachFiled(memo, PgaAgency.FDA, (l, p, d, ctx, f) -> {
                    List<String> fdp = new ArrayList<>();
                    for (PgaElement e : d.elements()) {
                        if (!(e instanceof PgaElement.Product)) {
                            continue;
                        }
                        PgaElement.Product x = (PgaElement.Product) e;
                        for (String[] qn : new String[][] {{x.qualifier1(), x.number1()}, {x.qualifier2(),
                                x.number2()}, {x.qualifier3(), x.number3()}}) {
                            if ("FDP".equals(qn[0])) {
                                fdp.add(qn[1]);
                            }
                        }
                    }
                    if (fdp.size() != 1) {
                        f.add(p + ".elements", "an FDA line has exactly one PG02 FDP product code; found " + fdp.size());
                    } else if (!productCodeWellFormed(fdp.get(0))) {
                        f.add(p + ".elements", "'" + fdp.get(0) + "' is not an FDA product code (7 characters: "
                                + "industry 02-98, class, subclass or -, process or -, product)");
                    }
                })));
        r.add(Rule.of("PGA-FDA-005", Severity.ERROR, Object.class,
                "An FDA line names its manufacturer, shipper, FDA importer and deliver-to party, once each", SOURCE,
                "", eachFiled(memo, PgaAgency.FDA, (l, p, d, ctx, f) -> {
                    for (String role : ROLES) {
                        int n = count(d, role);
                        if (n != 1) {
                            f.add(p + ".elements", "entity " + role + " (" + roleName(role) + ") appears " + n
                                    + " times; FDA requires it once");
                        }
                    }
                })));
        r.add(Rule.of("PGA-FDA-006", Severity.ERROR, Object.class, "The FDA importer has a point of contact (PG21)",
                SOURCE, "", eachFiled(memo, PgaAgency.FDA, (l, p, d, ctx, f) -> {
                    PgaEntity fd1 = entityOf(d, "FD1");
                    if (fd1 != null && (fd1.contact() == null || blank(fd1.contact().name()))) {
                        f.add(p + ".elements", "the FD1 FDA importer needs a PG21 contact with a name");
                    }
                })));
        r.add(Rule.of("PGA-FDA-007", Severity.ERROR, Object.class,
                "A food line gives its country of production or place of growth (PG06 39 or 262)", SOURCE, "",
                eachFiled(memo, PgaAgency.FDA, (l, p, d, ctx, f) -> {
                    if ("FOO".equals(d.program()) && !any(d, PgaElement.Origin.class, o ->
                            ("39".equals(o.sourceType()) || "262".equals(o.sourceType())) && !blank(o.country()))) {
                        f.add(p + ".elements", "a PG06 with source type 39 (country of production) or 262 (place of "
                                + "growth) and the country");
                    }
                })));
        r.add(Rule.of("PGA-FDA-008", Severity.ERROR, Object.class, "An FDA disclaimer is A, B, C, D or F", SOURCE,
                "", eachOf(memo, PgaAgency.FDA, (l, p, d, ctx, f) -> {
                    if (d.disclaimed() && !DISCLAIMERS.contains(d.disclaimer().code())) {
                        f.add(p + ".disclaimer", "FDA takes disclaimers A-D and F; not " + d.disclaimer().code());
                    }
                    if (PgaDisclaimer.US_GOODS_WAREHOUSE.equals(d.disclaimer())) {
                        f.add(Severity.WARNING, p + ".disclaimer", "disclaimer F is for entry type 21 (U.S. goods into "
                                + "a warehouse) only");
                    }
                })));
        r.add(Rule.of("PGA-FDA-009", Severity.ERROR, Object.class,
                "A device line has the affirmations its intended use requires, and no others", SOURCE, "",
                eachFiled(memo, PgaAgency.FDA, (l, p, d, ctx, f) -> {
                    String[] rule = "DEV".equals(d.program()) ? DEVICE.get(d.intendedUse()) : null;
                    if (rule == null) {
                        return;
                    }
                    Set<String> have = new HashSet<>();
                    d.affirmations().forEach(a -> have.add(a.code()));
                    Set<String> missing = new TreeSet<>(codes(rule[0]));
                    missing.removeAll(have);
                    Set<String> allowed = new HashSet<>(codes(rule[1]));
                    if ("RED".equals(d.processing())) {
                        allowed.addAll(RADIATION);
                    }
                    Set<String> extra = new TreeSet<>(have);
                    extra.removeAll(allowed);
                    if (!missing.isEmpty()) {
                        f.add(p + ".elements", "intended use " + d.intendedUse() + " requires affirmations " + missing);
                    }
                    if (!extra.isEmpty()) {
                        f.add(p + ".elements", "intended use " + d.intendedUse() + " does not allow affirmations "
                                + extra);
                    }
                })));
        r.add(Rule.of("PGA-FDA-010", Severity.ERROR, Object.class,
                "Prior notice gives the country of shipment (PG06 CSH)", PN, "", eachPriorNotice((l, p, d, ctx, f) -> {
                    if (!any(d, PgaElement.Origin.class, o -> "CSH".equals(o.sourceType())
                            && !blank(o.country()))) {
                        f.add(p + ".elements", "prior notice: a PG06 CSH with the country of shipment, or a PG14 PNC "
                                + "confirmation of a notice filed separately");
                    }
                })));
        r.add(Rule.of("PGA-FDA-011", Severity.ERROR, Object.class,
                "Prior notice gives the anticipated arrival: date, time and port (PG30 A)", PN, "",
                eachPriorNotice((l, p, d, ctx, f) -> {
                    if (!any(d, PgaElement.Inspection.class, i -> "A".equals(i.status())
                            && i.date() != null && !blank(i.time()) && !blank(i.location()))) {
                        f.add(p + ".elements", "prior notice: a PG30 A with the anticipated arrival date, time and "
                                + "port");
                    }
                })));
        r.add(Rule.of("PGA-FDA-012", Severity.ERROR, Object.class,
                "Prior notice gives the manufacturer's food facility registration (PFR) or its exemption (FME)", PN,
                "", eachPriorNotice((l, p, d, ctx, f) -> {
                    if ("NSF".equals(d.processing()) || entityOf(d, "MF") == null) {
                        return;
                    }
                    PgaElement.Affirmation pfr = affirmationOf(d, "PFR");
                    PgaElement.Affirmation fme = affirmationOf(d, "FME");
                    if (pfr == null && (fme == null || !"Y".equals(fme.qualifier()))) {
                        f.add(p + ".elements", "prior notice: a PG23 PFR with the manufacturer's 11-digit food "
                                + "facility registration, or FME Y");
                    }
                })));
        r.add(Rule.of("PGA-FDA-013", Severity.ERROR, Object.class,
                "Prior notice gives the packaging levels from 1, each unit once, down to the base quantity", PN, "",
                eachPriorNotice((l, p, d, ctx, f) -> {
                    List<PgaElement.Packaging> levels = d.elementsOf(PgaElement.Packaging.class);
                    if (levels.isEmpty()) {
                        f.add(p + ".elements", "prior notice: PG26 packaging with the base quantity");
                        return;
                    }
                    Set<String> units = new HashSet<>();
                    for (int i = 0; i < levels.size(); i++) {
                        PgaElement.Packaging x = levels.get(i);
                        if (x.level() == null || x.level() != i + 1) {
                            f.add(p + ".elements", "PG26 levels run 1, 2, ... in order; level " + x.level()
                                    + " is number " + (i + 1));
                        }
                        if (x.quantity() == null || x.quantity().signum() <= 0 || blank(x.unit())) {
                            f.add(p + ".elements", "PG26 level " + x.level() + " needs a quantity and a unit");
                        } else if (!units.add(x.unit())) {
                            f.add(p + ".elements", "PG26 unit " + x.unit() + " repeats across levels");
                        }
                    }
                })));
        r.add(Rule.of("PGA-FDA-014", Severity.ERROR, Object.class,
                "A prior-notice confirmation (PNC) is 12 characters and a PFR 11 digits", PN, "",
                eachFiled(memo, PgaAgency.FDA, (l, p, d, ctx, f) -> {
                    PgaElement.Lpco pnc = confirmation(d);
                    if (pnc != null && (pnc.number() == null || pnc.number().length() != 12)) {
                        f.add(p + ".elements", "the PG14 PNC confirmation number has 12 characters");
                    }
                    PgaElement.Affirmation pfr = affirmationOf(d, "PFR");
                    if (pfr != null && (pfr.qualifier() == null || !PFR.matcher(pfr.qualifier()).matches())) {
                        f.add(p + ".elements", "the PG23 PFR food facility registration has 11 digits");
                    }
                })));
        r.add(Rule.of("PGA-FDA-015", Severity.ERROR, Object.class,
                "The FDA line value is no more than the tariff's value", SOURCE, "",
                eachFiled(memo, PgaAgency.FDA, (l, p, d, ctx, f) -> {
                    if (l.value() == null) {
                        return;
                    }
                    BigDecimal whole = l.value().amount().setScale(0, java.math.RoundingMode.HALF_UP);
                    for (PgaElement e : d.elements()) {
                        PgaElement.Lot lot = e instanceof PgaElement.Lot ? (PgaElement.Lot) e : null;
                        if (lot != null && lot.lineValue() != null && lot.lineValue().compareTo(whole) > 0) {
                            f.add(p + ".elements", "the PG25 FDA line value " + lot.lineValue().toPlainString()
                                    + " is more than the tariff's value " + whole.toPlainString());
                        }
                    }
                })));
        r.add(Rule.of("PGA-FDA-016", Severity.ERROR, Object.class,
                "A drug, veterinary or cosmetic line sends only the affirmations its program and intended use allow",
                SOURCE, "", eachFiled(memo, PgaAgency.FDA, (l, p, d, ctx, f) -> {
                    String allowed;
                    if ("COS".equals(d.program())) {
                        allowed = "COS ERR IFE";
                    } else {
                        allowed = ALLOWED.get(d.program() + " " + d.intendedUse());
                        if (allowed != null && "DRU".equals(d.program()) && "804".equals(d.processing())) {
                            allowed = allowed.replace(" PLR", "");
                        }
                    }
                    if (allowed == null) {
                        return;
                    }
                    Set<String> ok = codes(allowed);
                    Set<String> extra = new TreeSet<>();
                    d.affirmations().forEach(a -> {
                        if (!ok.contains(a.code())) {
                            extra.add(a.code());
                        }
                    });
                    if (!extra.isEmpty()) {
                        f.add(p + ".elements", d.program() + (d.intendedUse() == null ? "" : " intended use "
                                + d.intendedUse()) + " allows affirmations " + new TreeSet<>(ok) + ", not " + extra);
                    }
                })));
        r.add(Rule.of("PGA-FDA-017", Severity.ERROR, Object.class,
                "A tobacco line affirming SE, PMT or EXE also gives TST (unless CMT)", SOURCE, "",
                eachFiled(memo, PgaAgency.FDA, (l, p, d, ctx, f) -> {
                    if (!"TOB".equals(d.program())) {
                        return;
                    }
                    boolean needs = affirmationOf(d, "SE") != null || affirmationOf(d, "PMT") != null
                            || affirmationOf(d, "EXE") != null;
                    if (needs && affirmationOf(d, "CMT") == null && affirmationOf(d, "TST") == null) {
                        f.add(p + ".elements", "a tobacco line with SE, PMT or EXE needs a TST affirmation (or CMT)");
                    }
                })));
        return r;
    }

    private static String roleName(String role) {
        switch (role) {
            case "MF":
                return "manufacturer";
            case "DEQ":
                return "shipper";
            case "FD1":
                return "FDA importer";
            default:
                return "deliver-to party";
        }
    }
}
