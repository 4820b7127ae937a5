package org.acesdk.rules.pack;

import static org.acesdk.rules.pack.PgaRules.affirmationOf;
import static org.acesdk.rules.pack.PgaRules.any;
import static org.acesdk.rules.pack.PgaRules.blank;
import static org.acesdk.rules.pack.PgaRules.count;
import static org.acesdk.rules.pack.PgaRules.entityOf;
import static org.acesdk.rules.pack.PgaRules.eachFiled;
import static org.acesdk.rules.pack.PgaRules.eachOf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.acesdk.model.pga.PgaAgency;
import org.acesdk.model.pga.PgaDeclaration;
import org.acesdk.model.pga.PgaDisclaimer;
import org.acesdk.model.pga.PgaElement;
import org.acesdk.model.pga.PgaEntity;
import org.acesdk.rules.Rule;
import org.acesdk.rules.RuleLogic;
import org.acesdk.rules.RulePack;
import org.acesdk.rules.Severity;

/**
 * CPSC eFiling (16 CFR part 1110, in force for entries from 2026-07-08): the certificate data elements of a full
 * filing ({@code FCP} children's product, {@code FGC} general certificate), a reference to a Product Registry
 * certificate ({@code REF}), or a disclaimer. ACE does not reject an entry for missing or incomplete CPSC data; CPSC
 * answers through status messages, so these findings are the filer's only early warning. Ids {@code PGA-CPSC-nnn}.
 * Record usage follows a commercial implementation and vendor notes (the CPSC implementation guide v2.5 was not read).
 */
public final class CpscRules implements RulePack {
    private static final String SOURCE = "16 CFR 1110.11; CPSC eFiling Implementation Guide v2.5 (as read by "
            + "implementers); CSMS 69177694";
    private static final java.util.regex.Pattern SIX_DIGITS = java.util.regex.Pattern.compile("\\d{6}");
    private static final Set<String> IDENTITY = Set.of("MN", "SE", "RN", "ALT");

    /** The pack's scans of the filing being validated. */
    private final org.acesdk.rules.internal.PgaLines.Memo memo = new org.acesdk.rules.internal.PgaLines.Memo();

    /** Created by hand or by the ServiceLoader. */
    public CpscRules() {
    }

    @Override
    public String name() {
        return "pga-cpsc";
    }

    @Override
    public int order() {
        return 310;
    }

    private static boolean full(PgaDeclaration d) {
        return "FCP".equals(d.processing()) || "FGC".equals(d.processing());
    }

    private RuleLogic<Object> eachFull(PgaRules.DeclarationCheck check) {
        return eachFiled(memo, PgaAgency.CPSC, (l, p, d, ctx, f) -> {
            if (full(d)) {
                check.check(l, p, d, ctx, f);
            }
        });
    }

    private RuleLogic<Object> eachReference(PgaRules.DeclarationCheck check) {
        return eachFiled(memo, PgaAgency.CPSC, (l, p, d, ctx, f) -> {
            if ("REF".equals(d.processing())) {
                check.check(l, p, d, ctx, f);
            }
        });
    }

    /** Whether an entity of the role has a name (or, for a lab, its CPSC lab id). */
    private static PgaEntity named(PgaDeclaration d, String role) {
        for (PgaEntity e : d.entities()) {
            if (role.equals(e.role()) && (!blank(e.name()) || !blank(e.number()))) {
                return e;
            }
        }
        return null;
    }

    private static boolean cites(PgaEntity e) {
        List<PgaElement.AdditionalInfo> all = new ArrayList<>(e.info());
        if (e.address() != null) {
            all.addAll(e.address().info());
        }
        if (e.contact() != null) {
            all.addAll(e.contact().info());
        }
        return all.stream().anyMatch(i -> "CIT".equals(i.qualifier()) && !blank(i.text()));
    }

    /** Whether the manufacture date is {@code MMCCYY} with month 00-12. */
    static boolean manufactureDate(String s) {
        if (s == null || !SIX_DIGITS.matcher(s).matches()) {
            return false;
        }
        int month = Integer.parseInt(s.substring(0, 2));
        int year = Integer.parseInt(s.substring(2));
        return month <= 12 && year >= 1900 && year <= 2100;
    }

    @Override
    public List<Rule<?>> rules() {
        List<Rule<?>> r = new ArrayList<>();
        r.add(Rule.of("PGA-CPSC-001", Severity.ERROR, Object.class,
                "A CPSC line is full (FCP, FGC), a reference (REF) or a disclaimer", SOURCE, "",
                eachFiled(memo, PgaAgency.CPSC, (l, p, d, ctx, f) -> {
                    if (!full(d) && !"REF".equals(d.processing())) {
                        f.add(p + ".processing", "CPSC processing code '" + (d.processing() == null ? ""
                                : d.processing()) + "': use FCP or FGC (certificate data), REF (Product Registry) "
                                + "or a disclaimer");
                    }
                })));
        r.add(Rule.of("PGA-CPSC-002", Severity.ERROR, Object.class,
                "A CPSC disclaimer B carries intended use 130.006", SOURCE + " (IG v2.4)", "",
                eachOf(memo, PgaAgency.CPSC, (l, p, d, ctx, f) -> {
                    if (PgaDisclaimer.NOT_REQUIRED.equals(d.disclaimer()) && !"130.006".equals(d.intendedUse())) {
                        f.add(p + ".intendedUse", "disclaimer B (data not required per CPSC guidance) needs intended "
                                + "use 130.006 (consumer product for persons 13 and older)");
                    }
                })));
        r.add(Rule.of("PGA-CPSC-003", Severity.WARNING, Object.class, "A CPSC disclaimer is A or B", SOURCE, "",
                eachOf(memo, PgaAgency.CPSC, (l, p, d, ctx, f) -> {
                    if (d.disclaimed() && !PgaDisclaimer.NOT_REGULATED.equals(d.disclaimer())
                            && !PgaDisclaimer.NOT_REQUIRED.equals(d.disclaimer())) {
                        f.add(p + ".disclaimer", "CPSC uses disclaimers A and B; " + d.disclaimer().code()
                                + " is not used in any CPSC source");
                    }
                })));
        r.add(Rule.of("PGA-CPSC-010", Severity.ERROR, Object.class,
                "A CPSC certificate identifies the product by a globally unique identifier", SOURCE, "",
                eachFull((l, p, d, ctx, f) -> {
                    if (blank(d.productIdQualifier()) || blank(d.productId())) {
                        f.add(p + ".productId", "the product's globally unique identifier and its type (PG01 19-41, "
                                + "e.g. a GTIN) are certificate data");
                    }
                })));
        r.add(Rule.of("PGA-CPSC-011", Severity.ERROR, Object.class,
                "A CPSC certificate names the product and one model, serial, registered or alternate number", SOURCE,
                "", eachFull((l, p, d, ctx, f) -> {
                    boolean ok = any(d, PgaElement.ItemIdentity.class, i ->
                            (!blank(i.brandName()) || !blank(i.model())) && IDENTITY.contains(i.identityQualifier())
                                    && !blank(i.identityNumber()));
                    if (!ok) {
                        f.add(p + ".elements", "a PG07 with the brand or product name and an MN, SE, RN or ALT "
                                + "number identifies the certified product");
                    }
                })));
        r.add(Rule.of("PGA-CPSC-012", Severity.ERROR, Object.class,
                "A CPSC certificate gives the month and year of manufacture", SOURCE, "",
                eachFull((l, p, d, ctx, f) -> {
                    List<PgaElement.ItemIdentity> items = d.elementsOf(PgaElement.ItemIdentity.class);
                    if (items.stream().noneMatch(i -> manufactureDate(i.manufactureDate()))) {
                        f.add(p + ".elements", "the date of manufacture (PG07 55-60, MMCCYY, 00 for an unknown month) "
                                + "is certificate data" + (items.isEmpty() ? "" : ": '" + items.get(0)
                                .manufactureDate() + "' is not MMCCYY"));
                    }
                })));
        r.add(Rule.of("PGA-CPSC-013", Severity.ERROR, Object.class,
                "A CPSC certificate names the manufacturer and its address (place of manufacture)", SOURCE, "",
                eachFull((l, p, d, ctx, f) -> {
                    PgaEntity mf = named(d, "MF");
                    if (mf == null || mf.address() == null || blank(mf.address().city())
                            || blank(mf.address().country())) {
                        f.add(p + ".elements", "a PG19 MF manufacturer with its PG20 address (city and country) "
                                + "is certificate data");
                    }
                })));
        r.add(Rule.of("PGA-CPSC-014", Severity.ERROR, Object.class, "A CPSC certificate names its certifier",
                SOURCE, "", eachFull((l, p, d, ctx, f) -> {
                    if (named(d, "CE") == null) {
                        f.add(p + ".elements", "a PG19 CE certifying entity is certificate data");
                    }
                })));
        r.add(Rule.of("PGA-CPSC-015", Severity.ERROR, Object.class,
                "A CPSC certificate gives the records custodian's contact", SOURCE, "",
                eachFull((l, p, d, ctx, f) -> {
                    PgaEntity pk = named(d, "PK");
                    if (pk == null || pk.contact() == null || (blank(pk.contact().phone())
                            && blank(pk.contact().email()))) {
                        f.add(p + ".elements", "a PG19 PK point of contact with a PG21 phone or e-mail is "
                                + "certificate data");
                    }
                })));
        r.add(Rule.of("PGA-CPSC-016", Severity.ERROR, Object.class,
                "A CPSC certificate cites each rule, tested by a laboratory on a date or certified without testing",
                SOURCE, "", eachFull((l, p, d, ctx, f) -> {
                    boolean tested = any(d, PgaElement.Inspection.class, i ->
                            "L".equals(i.status()) && i.date() != null && i.entity() != null
                                    && (("ITL".equals(i.entity().role()) && !blank(i.entity().number()))
                                    || ("LAB".equals(i.entity().role()) && !blank(i.entity().name())))
                                    && cites(i.entity()));
                    PgaEntity nol = named(d, "NOL");
                    boolean exempt = d.entities().stream().anyMatch(e -> "NOL".equals(e.role()) && cites(e));
                    if (!tested && !exempt && nol == null) {
                        f.add(p + ".elements", "a PG30 L with the test date, its laboratory (PG19 ITL with the CPSC "
                                + "lab id, or LAB) and PG60 CIT citations; or a PG19 NOL with its citations");
                    } else if (!tested && !exempt) {
                        f.add(p + ".elements", "the PG19 NOL (no lab testing required) needs PG60 CIT citations");
                    }
                })));
        r.add(Rule.of("PGA-CPSC-017", Severity.ERROR, Object.class,
                "A CPSC full filing declares that the certificate exists (PG22 CPY)", SOURCE, "",
                eachFull((l, p, d, ctx, f) -> {
                    if (!any(d, PgaElement.Declaration.class, x -> "CPY".equals(x.code()))) {
                        f.add(p + ".elements", "a PG22 with declaration code CPY (certificate exists)");
                    }
                })));
        r.add(Rule.of("PGA-CPSC-018", Severity.ERROR, Object.class, "A CPSC general certificate (FGC) gives the SKU",
                SOURCE, "", eachFull((l, p, d, ctx, f) -> {
                    if ("FGC".equals(d.processing()) && blank(d.productCode("SKU"))) {
                        f.add(p + ".elements", "a PG02 with the seller's SKU");
                    }
                })));
        r.add(Rule.of("PGA-CPSC-020", Severity.ERROR, Object.class,
                "A CPSC reference names the Product Registry product and its version", SOURCE, "",
                eachReference((l, p, d, ctx, f) -> {
                    if (blank(d.productCode("PRI")) || blank(d.productCode("PRIV"))) {
                        f.add(p + ".elements", "a PG02 with PRI (Product Registry product id) and PRIV (version)");
                    }
                })));
        r.add(Rule.of("PGA-CPSC-021", Severity.ERROR, Object.class,
                "A CPSC reference gives the certifier's reference number", SOURCE, "",
                eachReference((l, p, d, ctx, f) -> {
                    if (!any(d, PgaElement.Lpco.class, x -> !blank(x.number()))) {
                        f.add(p + ".elements", "a PG14 with the reference number (columns 9-41)");
                    }
                })));
        return r;
    }
}
