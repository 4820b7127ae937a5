package org.acesdk.rules.pga;

import static org.acesdk.rules.pga.PgaFixtures.line;
import static org.acesdk.rules.pga.PgaFixtures.mapped;
import static org.acesdk.rules.pga.PgaFixtures.role;
import static org.acesdk.rules.pga.PgaFixtures.without;

import java.util.ArrayList;
import java.util.List;
import org.acesdk.model.entry.EntryLine;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.model.pga.PgaAgency;
import org.acesdk.model.pga.PgaDeclaration;
import org.acesdk.model.pga.PgaDisclaimer;
import org.acesdk.model.pga.PgaElement;
import org.acesdk.model.pga.PgaEntity;
import org.acesdk.model.pga.PgaSet;
import org.acesdk.rules.RuleContext;

/** The rule catalog's cases for the PGA, CPSC and FDA packs: {id, failing filing, passing filing, context}. */
public final class PgaCatalog {
    private PgaCatalog() {
    }

    static EntrySummary es(EntryLine l) {
        return EntrySummary.builder().addLine(l).build();
    }

    static PgaDeclaration with(PgaDeclaration d, String program, String processing, String use, PgaDisclaimer x) {
        return new PgaDeclaration(d.lineNumber(), d.agency(), program, processing, false, false,
                d.productIdQualifier(), d.productId(), use, null, null, x, d.elements());
    }

    /** The cases. */
    public static List<Object[]> cases() {
        RuleContext ctx = RuleContext.builder().pgaFlags(PgaFixtures.flags()).build();
        PgaDeclaration toy = PgaFixtures.fixedCpscFull();
        PgaDeclaration ref = PgaFixtures.cpscReference("TOY-ST-001", "01", "CERTIFIER-0042");
        PgaDeclaration food = PgaFixtures.fixedFdaFood();
        EntrySummary toyOk = es(line(PgaFixtures.TOY, "1200", toy));
        EntrySummary refOk = es(line(PgaFixtures.TOY, "1200", ref));
        EntrySummary foodOk = es(line(PgaFixtures.PASTA, "99999", food));
        List<Object[]> out = new ArrayList<>();
        // the message set
        out.add(new Object[] {"PGA-001", es(line(PgaFixtures.TOY, "1200", toy, PgaDeclaration.disclaim(
                PgaAgency.fromCode("XYZ"), "ABC", PgaDisclaimer.NOT_REGULATED, null))), toyOk, ctx});
        out.add(new Object[] {"PGA-002", es(line(PgaFixtures.TOY, "1200").toBuilder().tariffs(List.of(
                line(PgaFixtures.TOY, "1200").tariffs().get(0).toBuilder().pga(new PgaSet(null, List.of(toy),
                        List.of())).build())).build()), toyOk, ctx});
        out.add(new Object[] {"PGA-003", es(line(PgaFixtures.HELMET, "50", PgaDeclaration.builder(PgaAgency.CPSC,
                "CPS").disclaimer(PgaDisclaimer.NOT_REGULATED).add(PgaElement.Declaration.code("CPY")).build())),
                es(line(PgaFixtures.HELMET, "50", PgaDeclaration.disclaim(PgaAgency.CPSC, "CPS",
                        PgaDisclaimer.NOT_REGULATED, null))), ctx});
        out.add(new Object[] {"PGA-004", es(line(PgaFixtures.HELMET, "50", PgaDeclaration.disclaim(PgaAgency.CPSC,
                "CPS", PgaDisclaimer.LACEY_DE_MINIMIS, null))), es(line(PgaFixtures.HELMET, "50",
                PgaDeclaration.disclaim(PgaAgency.CPSC, "CPS", PgaDisclaimer.NOT_REGULATED, null))), ctx});
        out.add(new Object[] {"PGA-005", es(line(PgaFixtures.TOY, "1200", with(toy, "CPS", "FCP", "980.000", null))),
                toyOk, ctx});
        out.add(new Object[] {"PGA-006", es(line(PgaFixtures.TOY, "1200", PgaDeclaration.builder(PgaAgency.CPSC,
                "CPS").processing("FCP").addAll(toy.elements()).add(PgaElement.AdditionalInfo.of("CP4",
                "X".repeat(73))).build())), toyOk, ctx});
        out.add(new Object[] {"PGA-007", es(line(PgaFixtures.TOY, "1200", toy.toBuilder()
                .add(new PgaElement.GroupEnd()).build())), toyOk, ctx});
        out.add(new Object[] {"PGA-008", es(line(PgaFixtures.TOY, "1200", toy.toBuilder()
                .add(new PgaElement.Unrecognized(String.format("%-80s", "PG03X"))).build())), toyOk, ctx});
        out.add(new Object[] {"PGA-009", es(line(PgaFixtures.TOY, "1200", with(toy, "CPS", "FCP", "13.5", null))),
                toyOk, ctx});
        // flags
        out.add(new Object[] {"PGA-FLAG-001", es(line(PgaFixtures.TOY, "1200")), toyOk, ctx});
        out.add(new Object[] {"PGA-FLAG-002", es(line(PgaFixtures.HELMET, "50")), es(line(PgaFixtures.HELMET, "50",
                PgaDeclaration.disclaim(PgaAgency.CPSC, "CPS", PgaDisclaimer.NOT_REGULATED, null))), ctx});
        out.add(new Object[] {"PGA-FLAG-003", es(line(PgaFixtures.TOY, "1200", PgaDeclaration.disclaim(
                PgaAgency.CPSC, "CPS", PgaDisclaimer.NOT_REGULATED, null))), toyOk, ctx});
        out.add(new Object[] {"PGA-FLAG-004", es(line(PgaFixtures.HFC, "50", PgaDeclaration.disclaim(PgaAgency.EPA,
                "HFC", PgaDisclaimer.NOT_REQUIRED, null))), es(line(PgaFixtures.HFC, "50", PgaDeclaration.disclaim(
                PgaAgency.EPA, "HFC", PgaDisclaimer.NOT_REGULATED, null))), ctx});
        out.add(new Object[] {"PGA-FLAG-005", es(line(PgaFixtures.PASTA, "99999", with(food, "DRU", "PRE", "080.012",
                null))), foodOk, ctx});
        // CPSC
        out.add(new Object[] {"PGA-CPSC-001", es(line(PgaFixtures.TOY, "1200", with(toy, "CPS", "XXX", "130.005",
                null))), toyOk, ctx});
        out.add(new Object[] {"PGA-CPSC-002", es(line(PgaFixtures.HELMET, "50", PgaDeclaration.disclaim(
                PgaAgency.CPSC, "CPS", PgaDisclaimer.NOT_REQUIRED, null))), es(line(PgaFixtures.HELMET, "50",
                PgaDeclaration.disclaim(PgaAgency.CPSC, "CPS", PgaDisclaimer.NOT_REQUIRED, "130.006"))), ctx});
        out.add(new Object[] {"PGA-CPSC-003", es(line(PgaFixtures.HELMET, "50", PgaDeclaration.disclaim(
                PgaAgency.CPSC, "CPS", PgaDisclaimer.PAPER, null))), es(line(PgaFixtures.HELMET, "50",
                PgaDeclaration.disclaim(PgaAgency.CPSC, "CPS", PgaDisclaimer.NOT_REGULATED, null))), ctx});
        out.add(new Object[] {"PGA-CPSC-010", es(line(PgaFixtures.TOY, "1200", new PgaDeclaration(null,
                PgaAgency.CPSC, "CPS", "FCP", false, false, null, null, "130.005", null, null, null,
                toy.elements()))), toyOk, ctx});
        out.add(new Object[] {"PGA-CPSC-011", es(line(PgaFixtures.TOY, "1200", without(toy,
                e -> e instanceof PgaElement.ItemIdentity))), toyOk, ctx});
        out.add(new Object[] {"PGA-CPSC-012", es(line(PgaFixtures.TOY, "1200", mapped(toy,
                e -> e instanceof PgaElement.ItemIdentity ? PgaElement.ItemIdentity.of("TOYCO", "RINGS", "132026",
                        "MN", "X") : e))), toyOk, ctx});
        out.add(new Object[] {"PGA-CPSC-013", es(line(PgaFixtures.TOY, "1200", without(toy, role("MF")))), toyOk,
                ctx});
        out.add(new Object[] {"PGA-CPSC-014", es(line(PgaFixtures.TOY, "1200", without(toy, role("CE")))), toyOk,
                ctx});
        out.add(new Object[] {"PGA-CPSC-015", es(line(PgaFixtures.TOY, "1200", mapped(toy, e -> role("PK").test(e)
                ? ((PgaEntity) e).toBuilder().contact(null).build() : e))), toyOk, ctx});
        out.add(new Object[] {"PGA-CPSC-016", es(line(PgaFixtures.TOY, "1200", without(toy,
                e -> e instanceof PgaElement.Inspection))), toyOk, ctx});
        out.add(new Object[] {"PGA-CPSC-017", es(line(PgaFixtures.TOY, "1200", without(toy,
                e -> e instanceof PgaElement.Declaration))), toyOk, ctx});
        out.add(new Object[] {"PGA-CPSC-018", es(line(PgaFixtures.TOY, "1200", with(without(toy,
                e -> e instanceof PgaElement.Product), "CPS", "FGC", "130.005", null))), toyOk, ctx});
        out.add(new Object[] {"PGA-CPSC-020", es(line(PgaFixtures.TOY, "1200", without(ref,
                e -> e instanceof PgaElement.Product))), refOk, ctx});
        out.add(new Object[] {"PGA-CPSC-021", es(line(PgaFixtures.TOY, "1200", without(ref,
                e -> e instanceof PgaElement.Lpco))), refOk, ctx});
        // FDA
        out.add(new Object[] {"PGA-FDA-001", es(line(PgaFixtures.PASTA, "99999", with(food, "XXX", "PRO", null,
                null))), foodOk, ctx});
        out.add(new Object[] {"PGA-FDA-002", es(line(PgaFixtures.PASTA, "99999", with(food, "FOO", null, null,
                null))), foodOk, ctx});
        out.add(new Object[] {"PGA-FDA-003", es(line("9018.90.8000", "500", with(food, "DEV", "NED", null, null))),
                foodOk, ctx});
        out.add(new Object[] {"PGA-FDA-004", es(line(PgaFixtures.PASTA, "99999", without(food,
                e -> e instanceof PgaElement.Product))), foodOk, ctx});
        out.add(new Object[] {"PGA-FDA-005", es(line(PgaFixtures.PASTA, "99999", without(food, role("DP")))),
                foodOk, ctx});
        out.add(new Object[] {"PGA-FDA-006", es(line(PgaFixtures.PASTA, "99999", mapped(food, e -> role("FD1")
                .test(e) ? ((PgaEntity) e).toBuilder().contact(null).build() : e))), foodOk, ctx});
        out.add(new Object[] {"PGA-FDA-007", es(line(PgaFixtures.PASTA, "99999", without(food, e ->
                e instanceof PgaElement.Origin && "39".equals(((PgaElement.Origin) e).sourceType())))), foodOk, ctx});
        out.add(new Object[] {"PGA-FDA-008", es(line(PgaFixtures.PASTA, "99999", PgaDeclaration.disclaim(
                PgaAgency.FDA, "FOO", PgaDisclaimer.LACEY_DE_MINIMIS, null))), foodOk, ctx});
        out.add(new Object[] {"PGA-FDA-009", es(line("9018.90.8000", "500", PgaDeclaration.builder(PgaAgency.FDA,
                "DEV").processing("NED").intendedUse("081.001").add(PgaElement.Affirmation.of("DEV", "123")).build())),
                es(line("9018.90.8000", "500", PgaDeclaration.builder(PgaAgency.FDA, "DEV").processing("NED")
                        .intendedUse("081.001").add(PgaElement.Affirmation.of("DEV", "123"))
                        .add(PgaElement.Affirmation.of("DFE", "456")).add(PgaElement.Affirmation.of("LST", "E1"))
                        .build())), ctx});
        out.add(new Object[] {"PGA-FDA-010", es(line(PgaFixtures.PASTA, "99999", without(food, e ->
                e instanceof PgaElement.Origin && "CSH".equals(((PgaElement.Origin) e).sourceType())))), foodOk,
                ctx});
        out.add(new Object[] {"PGA-FDA-011", es(line(PgaFixtures.PASTA, "99999", without(food,
                e -> e instanceof PgaElement.Inspection))), foodOk, ctx});
        out.add(new Object[] {"PGA-FDA-012", es(line(PgaFixtures.PASTA, "99999", without(food, e ->
                e instanceof PgaElement.Affirmation && "PFR".equals(((PgaElement.Affirmation) e).code())))), foodOk,
                ctx});
        out.add(new Object[] {"PGA-FDA-013", es(line(PgaFixtures.PASTA, "99999", without(food,
                e -> e instanceof PgaElement.Packaging))), foodOk, ctx});
        out.add(new Object[] {"PGA-FDA-014", es(line(PgaFixtures.PASTA, "99999", mapped(food, e ->
                e instanceof PgaElement.Affirmation && "PFR".equals(((PgaElement.Affirmation) e).code())
                        ? PgaElement.Affirmation.of("PFR", "123") : e))), foodOk, ctx});
        out.add(new Object[] {"PGA-FDA-015", es(line(PgaFixtures.PASTA, "100", food)), foodOk, ctx});
        PgaDeclaration drug = PgaDeclaration.builder(PgaAgency.FDA, "DRU").processing("PRE").intendedUse("180.009")
                .add(PgaElement.Product.fdaProductCode("60LBA01")).add(PgaElement.Affirmation.of("IND", "123456"))
                .build();
        out.add(new Object[] {"PGA-FDA-016", es(line("3004.90.9290", "500", drug.toBuilder()
                .add(PgaElement.Affirmation.of("REG", "1234567")).build())), es(line("3004.90.9290", "500", drug)),
                ctx});
        PgaDeclaration tobacco = PgaDeclaration.builder(PgaAgency.FDA, "TOB").processing("CSU")
                .add(PgaElement.Product.fdaProductCode("98CAA01")).add(PgaElement.Affirmation.of("SE", "SE0001234"))
                .build();
        out.add(new Object[] {"PGA-FDA-017", es(line("2402.20.8000", "500", tobacco)), es(line("2402.20.8000", "500",
                tobacco.toBuilder().add(PgaElement.Affirmation.of("TST", "Y")).build())), ctx});
        return out;
    }

}
