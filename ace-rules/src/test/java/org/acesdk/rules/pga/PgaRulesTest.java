package org.acesdk.rules.pga;

import static org.acesdk.rules.pga.PgaFixtures.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.acesdk.model.code.HtsNumber;
import org.acesdk.model.entry.EntryLine;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.model.pga.PgaAgency;
import org.acesdk.model.pga.PgaDeclaration;
import org.acesdk.model.pga.PgaDisclaimer;
import org.acesdk.model.pga.PgaElement;
import org.acesdk.model.pga.PgaSet;
import org.acesdk.model.release.CargoRelease;
import org.acesdk.model.release.ReleaseLine;
import org.acesdk.rules.AceValidator;
import org.acesdk.rules.RuleContext;
import org.acesdk.rules.ValidationReport;
import org.junit.jupiter.api.Test;

class PgaRulesTest {

    static PgaFlags illustrative() throws IOException {
        try (InputStream in = PgaRulesTest.class.getResourceAsStream("illustrative-pga-flags.csv")) {
            return PgaFlags.load(in, "illustrative-pga-flags.csv");
        }
    }

    static ValidationReport validate(Object filing, PgaFlags flags) {
        RuleContext ctx = RuleContext.builder().pgaFlags(flags).build();
        return AceValidator.builder().context(ctx).build().validate(filing, ctx);
    }

    static ValidationReport validate(EntryLine l, PgaFlags flags) {
        return validate(EntrySummary.builder().addLine(l).build(), flags);
    }

    @Test
    void theFlagFileIsReadWithPrefixesAndItsErrorsNameRowAndColumn() throws IOException {
        PgaFlags flags = illustrative();
        assertEquals(6, flags.size());
        assertEquals(List.of("FD2", "FD4"), flags.flagsFor(HtsNumber.parse("1902.19.2000")).stream()
                .map(PgaFlag::code).toList());
        // a prefix row flags every number under it
        assertEquals("EH1", flags.flagsFor(HtsNumber.parse("2903.39.2035")).get(0).code());
        assertTrue(flags.flagsFor(HtsNumber.parse("0101.21.0010")).isEmpty());
        PgaFlag cp2 = PgaFlag.find("cp2").orElseThrow();
        assertEquals(PgaAgency.CPSC, cp2.agency());
        assertTrue(cp2.required());
        assertEquals(49, PgaFlag.definitions().size());
        IllegalArgumentException badFlag = assertThrows(IllegalArgumentException.class, () -> PgaFlags.load(
                new ByteArrayInputStream("hts,flag\n9503.00.0073,ZZ9\n".getBytes(StandardCharsets.UTF_8)), "f.csv"));
        assertEquals("f.csv row 2: column flag: 'ZZ9' is not a PGA flag the definitions know", badFlag.getMessage());
        IllegalArgumentException badHts = assertThrows(IllegalArgumentException.class, () -> PgaFlags.load(
                new ByteArrayInputStream("95X3,CP1\n".getBytes(StandardCharsets.UTF_8)), "f.csv"));
        assertTrue(badHts.getMessage().startsWith("f.csv row 1: column hts"), badHts.getMessage());
        IllegalArgumentException longLine = assertThrows(IllegalArgumentException.class, () -> PgaFlags.load(
                new ByteArrayInputStream(("9503," + "C".repeat(300) + "\n").getBytes(StandardCharsets.UTF_8)),
                "f.csv"));
        assertTrue(longLine.getMessage().contains("longer than 256"), longLine.getMessage());
    }

    @Test
    void aMayFlagTakesDataOrAnAllowedDisclaimerAndARequiredFlagWantsData() throws IOException {
        PgaFlags flags = illustrative();
        // CP1 helmet: nothing -> PGA-FLAG-002; disclaimer A -> fine
        assertTrue(validate(line(PgaFixtures.HELMET, "50"), flags).has("PGA-FLAG-002"));
        ValidationReport disclaimed = validate(line(PgaFixtures.HELMET, "50", PgaDeclaration.disclaim(PgaAgency.CPSC,
                "CPS", PgaDisclaimer.NOT_REGULATED, null)), flags);
        assertFalse(disclaimed.has("PGA-FLAG-002"));
        assertFalse(disclaimed.has("PGA-FLAG-004"));
        // disclaimer B without intended use 130.006
        assertTrue(validate(line(PgaFixtures.HELMET, "50", PgaDeclaration.disclaim(PgaAgency.CPSC, "CPS",
                PgaDisclaimer.NOT_REQUIRED, null)), flags).has("PGA-CPSC-002"));
        // EH1 allows only A
        ValidationReport eh1 = validate(line("2903.39.2035", "50", PgaDeclaration.disclaim(PgaAgency.EPA, "HFC",
                PgaDisclaimer.NOT_REQUIRED, null)), flags);
        assertTrue(eh1.has("PGA-FLAG-004"), eh1.toText());
        // CP2 toy disclaimed: data required (error) and a disclaimer generally refused (warning)
        ValidationReport toy = validate(line(PgaFixtures.TOY, "50", PgaDeclaration.disclaim(PgaAgency.CPSC, "CPS",
                PgaDisclaimer.NOT_REGULATED, null)), flags);
        assertTrue(toy.has("PGA-FLAG-001"));
        assertTrue(toy.has("PGA-FLAG-003"));
        assertTrue(toy.byRule("PGA-FLAG-001").get(0).message().contains("CPSC answers through status messages"));
        // without flags nothing is asked
        assertFalse(validate(line(PgaFixtures.TOY, "50"), PgaFlags.none()).has("PGA-FLAG-001"));
    }

    @Test
    void structureRulesOfTheMessageSet() {
        PgaDeclaration disclaimedWithData = PgaDeclaration.builder(PgaAgency.FDA, "FOO")
                .disclaimer(PgaDisclaimer.NOT_REGULATED).add(PgaElement.Product.fdaProductCode("04A--01")).build();
        PgaDeclaration group = PgaDeclaration.builder(PgaAgency.EPA, "TS1").add(new PgaElement.GroupStart())
                .add(PgaElement.Remark.class.cast(new PgaElement.Remark("GEN", null, "X"))).build();
        PgaDeclaration other = PgaDeclaration.builder(PgaAgency.fromCode("XYZ"), "ABC").intendedUse("980.000")
                .add(PgaElement.AdditionalInfo.of("CIT", "X".repeat(73))).build();
        PgaDeclaration fws = PgaDeclaration.disclaim(PgaAgency.FDA, "FOO", PgaDisclaimer.NO_WILDLIFE, null);
        EntryLine l = line("0101.21.0010", "50", disclaimedWithData, group, other, fws);
        ValidationReport r = validate(l, PgaFlags.none());
        for (String id : List.of("PGA-003", "PGA-007", "PGA-001", "PGA-005", "PGA-006", "PGA-004", "PGA-FDA-008")) {
            assertTrue(r.has(id), id + " in " + r.toText());
        }
        assertEquals("lines[0].tariffs[0].pga.declarations[1].elements[0]", r.byRule("PGA-007").get(0).path());
        EntryLine noOi = line("0101.21.0010", "50").toBuilder().tariffs(List.of(l.tariffs().get(0).toBuilder()
                .pga(new PgaSet(" ", List.of(fws), List.of())).build())).build();
        assertTrue(validate(noOi, PgaFlags.none()).has("PGA-002"));
    }

    @Test
    void fdaDeviceAffirmationsByIntendedUseAndTheLineValue() {
        PgaDeclaration device = PgaDeclaration.builder(PgaAgency.FDA, "DEV").processing("NED").intendedUse("081.001")
                .add(PgaElement.Product.fdaProductCode("80FMI01"))
                .add(PgaElement.Affirmation.of("DEV", "1234567890")).add(PgaElement.Affirmation.of("CPT", "X"))
                .add(PgaElement.Lot.value(new BigDecimal("900"))).build();
        ValidationReport r = validate(line("9018.90.8000", "500", device), PgaFlags.none());
        String msg = r.byRule("PGA-FDA-009").stream().map(f -> f.message()).toList().toString();
        assertTrue(msg.contains("requires affirmations [DFE, LST]"), msg);
        assertTrue(msg.contains("does not allow affirmations [CPT]"), msg);
        assertTrue(r.has("PGA-FDA-015"));
        assertTrue(r.has("PGA-FDA-005"));
        assertTrue(org.acesdk.rules.pack.FdaRules.productCodeWellFormed("16WYT24"));
        assertFalse(org.acesdk.rules.pack.FdaRules.productCodeWellFormed("01ABC12"));
    }

    @Test
    void cargoReleasesAreCheckedToo() throws IOException {
        CargoRelease c = CargoRelease.builder().addLine(ReleaseLine.builder().lineNumber(1).countryOfOrigin("CN")
                .htsNumber(PgaFixtures.TOY).value("100").build()).build();
        ValidationReport r = validate(c, illustrative());
        assertTrue(r.has("PGA-FLAG-001"), r.toText());
        assertEquals("lines[0].pga", r.byRule("PGA-FLAG-001").get(0).path());
    }

    @Test
    void thePlannerSaysWhichAgenciesAndRecordsALineNeedsAndWhatIsMissing() throws IOException {
        PgaPlanner planner = PgaPlanner.of(illustrative());
        PgaPlan empty = planner.plan(line(PgaFixtures.PASTA, "4800"));
        assertEquals(2, empty.requirements().size());
        PgaRequirement fd4 = empty.requirements().get(1);
        assertEquals("FD4", fd4.flag().code());
        assertTrue(fd4.records().get(0).contains("PG30 A arrival"), fd4.records().toString());
        assertFalse(fd4.satisfied());
        assertFalse(empty.complete());
        assertTrue(empty.missing().stream().anyMatch(f -> f.ruleId().toString().equals("PGA-FLAG-001")));

        PgaDeclaration food = PgaFixtures.fdaFood().sample();
        PgaDeclaration noArrival = PgaFixtures.without(food, e -> e instanceof PgaElement.Inspection);
        PgaPlan partial = planner.plan(line(PgaFixtures.PASTA, "999999", noArrival));
        assertEquals(List.of("PGA-FDA-011"), partial.missing().stream().filter(f -> f.isError())
                .map(f -> f.ruleId().toString()).distinct().toList(), partial.toText());
        assertTrue(planner.plan(line(PgaFixtures.PASTA, "999999", food)).complete());

        PgaPlan helmet = planner.plan(line(PgaFixtures.HELMET, "50"));
        assertEquals(List.of("full certificate data (FCP or FGC)", "a certificate in the CPSC Product Registry (REF)",
                "a disclaimer (A or B)"), helmet.requirements().get(0).options());
        assertTrue(helmet.toText().contains("CPS (CP1) needs data"), helmet.toText());
    }
}
