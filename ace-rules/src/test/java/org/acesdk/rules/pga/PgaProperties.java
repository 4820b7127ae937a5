package org.acesdk.rules.pga;

import static org.acesdk.rules.pga.PgaFixtures.line;
import static org.acesdk.rules.pga.PgaFixtures.mapped;
import static org.acesdk.rules.pga.PgaFixtures.role;
import static org.acesdk.rules.pga.PgaFixtures.without;

import java.util.List;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.acesdk.model.entry.EntryLine;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.model.pga.PgaDeclaration;
import org.acesdk.model.pga.PgaElement;
import org.acesdk.model.pga.PgaEntity;
import org.acesdk.rules.AceValidator;
import org.acesdk.rules.Finding;
import org.acesdk.rules.RuleContext;
import org.acesdk.rules.ValidationReport;

/**
 * Generated lines with PGA flags and complete declarations pass the PGA, CPSC and FDA rules; removing any required
 * element fails with that element's rule id.
 */
class PgaProperties {
    static final RuleContext CONTEXT = RuleContext.builder().pgaFlags(PgaFixtures.flags()).build();
    static final AceValidator VALIDATOR = AceValidator.builder().context(CONTEXT).build();

    static List<Finding> pgaErrors(EntryLine l) {
        ValidationReport r = VALIDATOR.validate(EntrySummary.builder().addLine(l).build(), CONTEXT);
        return r.errors().stream().filter(f -> f.ruleId().toString().startsWith("PGA")).toList();
    }

    @Property(tries = 200)
    void completeCpscCertificatesPass(@ForAll("cpscFull") PgaDeclaration d) {
        List<Finding> errors = pgaErrors(line(PgaFixtures.TOY, "1200", d));
        if (!errors.isEmpty()) {
            throw new AssertionError("a complete certificate has errors: " + errors);
        }
    }

    @Property(tries = 100)
    void completeCpscReferencesPass(@ForAll("cpscReference") PgaDeclaration d) {
        List<Finding> errors = pgaErrors(line(PgaFixtures.TOY, "1200", d));
        if (!errors.isEmpty()) {
            throw new AssertionError("a complete reference has errors: " + errors);
        }
    }

    @Property(tries = 200)
    void completeFdaFoodLinesWithPriorNoticePass(@ForAll("fdaFood") PgaDeclaration d) {
        List<Finding> errors = pgaErrors(line(PgaFixtures.PASTA, "999999", d));
        if (!errors.isEmpty()) {
            throw new AssertionError("a complete food line has errors: " + errors);
        }
    }

    /** A damage to a complete declaration and the rule that must then report it. */
    record Damage(String name, String ruleId, UnaryOperator<PgaDeclaration> apply) {
        @Override
        public String toString() {
            return name + " -> " + ruleId;
        }
    }

    static PgaDeclaration withProcessing(PgaDeclaration d, String p) {
        return new PgaDeclaration(d.lineNumber(), d.agency(), d.program(), p, d.electronicImage(), d.confidential(),
                d.productIdQualifier(), d.productId(), d.intendedUse(), d.intendedUseDescription(), d.correction(),
                d.disclaimer(), d.elements());
    }

    static PgaEntity entity(PgaElement e, UnaryOperator<PgaEntity.Builder> f) {
        return f.apply(((PgaEntity) e).toBuilder()).build();
    }

    @Provide
    Arbitrary<Damage> cpscDamage() {
        return Arbitraries.of(
                new Damage("no processing code", "PGA-CPSC-001", d -> withProcessing(d, null)),
                new Damage("no global product id", "PGA-CPSC-010", d -> new PgaDeclaration(null, d.agency(),
                        d.program(), d.processing(), false, false, null, null, d.intendedUse(), null, null, null,
                        d.elements())),
                new Damage("no PG07", "PGA-CPSC-011", d -> without(d, e -> e instanceof PgaElement.ItemIdentity)),
                new Damage("no manufacture date", "PGA-CPSC-012", d -> mapped(d, e -> e instanceof PgaElement.ItemIdentity
                        ? PgaElement.ItemIdentity.of(((PgaElement.ItemIdentity) e).brandName(), ((PgaElement.ItemIdentity) e).model(), null,
                        "MN", "X1") : e)),
                new Damage("no manufacturer", "PGA-CPSC-013", d -> without(d, role("MF"))),
                new Damage("no manufacturer address", "PGA-CPSC-013", d -> mapped(d, e -> role("MF").test(e)
                        ? entity(e, b -> b.address(null)) : e)),
                new Damage("no certifier", "PGA-CPSC-014", d -> without(d, role("CE"))),
                new Damage("no records custodian contact", "PGA-CPSC-015", d -> mapped(d, e -> role("PK").test(e)
                        ? entity(e, b -> b.contact(null)) : e)),
                new Damage("no lab test", "PGA-CPSC-016", d -> without(d, e -> e instanceof PgaElement.Inspection)),
                new Damage("no citation", "PGA-CPSC-016", d -> mapped(d, e -> e instanceof PgaElement.Inspection
                        ? PgaElement.Inspection.labTest(((PgaElement.Inspection) e).date(),
                        PgaEntity.builder().role("ITL").id(null, "1234").build()) : e)),
                new Damage("no lab test date", "PGA-CPSC-016", d -> mapped(d, e -> e instanceof PgaElement.Inspection
                        ? PgaElement.Inspection.labTest(null, ((PgaElement.Inspection) e).entity()) : e)),
                new Damage("no certificate declaration", "PGA-CPSC-017",
                        d -> without(d, e -> e instanceof PgaElement.Declaration)),
                new Damage("general certificate without SKU", "PGA-CPSC-018",
                        d -> withProcessing(without(d, e -> e instanceof PgaElement.Product), "FGC")),
                new Damage("no CPSC data at all (CP2)", "PGA-FLAG-001", d -> null));
    }

    @Property(tries = 300)
    void removingARequiredCpscElementFailsWithItsRule(@ForAll("cpscFull") PgaDeclaration d,
            @ForAll("cpscDamage") Damage damage) {
        PgaDeclaration damaged = damage.apply().apply(d);
        EntryLine l = damaged == null ? line(PgaFixtures.TOY, "1200") : line(PgaFixtures.TOY, "1200", damaged);
        expect(damage, pgaErrors(l));
    }

    @Provide
    Arbitrary<Damage> referenceDamage() {
        return Arbitraries.of(
                new Damage("no registry version", "PGA-CPSC-020", d -> mapped(d, e -> e instanceof PgaElement.Product
                        ? PgaElement.Product.of("PRI", ((PgaElement.Product) e).number1()) : e)),
                new Damage("no reference number", "PGA-CPSC-021", d -> without(d, e -> e instanceof PgaElement.Lpco)));
    }

    @Property(tries = 100)
    void removingARequiredReferenceElementFailsWithItsRule(@ForAll("cpscReference") PgaDeclaration d,
            @ForAll("referenceDamage") Damage damage) {
        expect(damage, pgaErrors(line(PgaFixtures.TOY, "1200", damage.apply().apply(d))));
    }

    @Provide
    Arbitrary<Damage> fdaDamage() {
        return Arbitraries.of(
                new Damage("no processing code", "PGA-FDA-002", d -> withProcessing(d, null)),
                new Damage("no product code", "PGA-FDA-004", d -> without(d, e -> e instanceof PgaElement.Product)),
                new Damage("malformed product code", "PGA-FDA-004", d -> mapped(d, e -> e instanceof PgaElement.Product
                        ? PgaElement.Product.fdaProductCode("99") : e)),
                new Damage("no manufacturer", "PGA-FDA-005", d -> without(d, role("MF"))),
                new Damage("no shipper", "PGA-FDA-005", d -> without(d, role("DEQ"))),
                new Damage("no FDA importer", "PGA-FDA-005", d -> without(d, role("FD1"))),
                new Damage("no deliver-to party", "PGA-FDA-005", d -> without(d, role("DP"))),
                new Damage("no FDA importer contact", "PGA-FDA-006", d -> mapped(d, e -> role("FD1").test(e)
                        ? entity(e, b -> b.contact(null)) : e)),
                new Damage("no country of production", "PGA-FDA-007", d -> without(d, e ->
                        e instanceof PgaElement.Origin && "39".equals(((PgaElement.Origin) e).sourceType()))),
                new Damage("no country of shipment", "PGA-FDA-010", d -> without(d, e ->
                        e instanceof PgaElement.Origin && "CSH".equals(((PgaElement.Origin) e).sourceType()))),
                new Damage("no arrival", "PGA-FDA-011", d -> without(d, e -> e instanceof PgaElement.Inspection)),
                new Damage("no facility registration", "PGA-FDA-012", d -> without(d, e ->
                        e instanceof PgaElement.Affirmation && "PFR".equals(((PgaElement.Affirmation) e).code()))),
                new Damage("no packaging", "PGA-FDA-013", d -> without(d, e -> e instanceof PgaElement.Packaging)),
                new Damage("short facility registration", "PGA-FDA-014", d -> mapped(d, e ->
                        e instanceof PgaElement.Affirmation && "PFR".equals(((PgaElement.Affirmation) e).code())
                                ? PgaElement.Affirmation.of("PFR", "123") : e)),
                new Damage("prior notice under another program", "PGA-FLAG-005", d -> new PgaDeclaration(null,
                        d.agency(), "DRU", d.processing(), false, false, null, null, "080.012", null, null, null,
                        d.elements())),
                new Damage("no FDA data at all (FD2, FD4)", "PGA-FLAG-001", d -> null));
    }

    @Property(tries = 300)
    void removingARequiredFdaElementFailsWithItsRule(@ForAll("fdaFood") PgaDeclaration d,
            @ForAll("fdaDamage") Damage damage) {
        PgaDeclaration damaged = damage.apply().apply(d);
        EntryLine l = damaged == null ? line(PgaFixtures.PASTA, "999999")
                : line(PgaFixtures.PASTA, "999999", damaged);
        expect(damage, pgaErrors(l));
    }

    static void expect(Damage damage, List<Finding> errors) {
        if (errors.stream().noneMatch(f -> f.ruleId().toString().equals(damage.ruleId()))) {
            throw new AssertionError(damage + ": expected " + damage.ruleId() + ", got " + errors);
        }
    }

    @Provide
    Arbitrary<PgaDeclaration> cpscFull() {
        return PgaFixtures.cpscFull();
    }

    @Provide
    Arbitrary<PgaDeclaration> cpscReference() {
        return PgaFixtures.cpscReference();
    }

    @Provide
    Arbitrary<PgaDeclaration> fdaFood() {
        return PgaFixtures.fdaFood();
    }
}
