package org.acesdk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.acesdk.model.entry.EntryLine;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.model.entry.TariffLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineTest {

    private static Rule<EntrySummary> rule(String id, RuleLogic<EntrySummary> logic) {
        return Rule.of(id, Severity.WARNING, EntrySummary.class, "test rule " + id, "test", "", logic);
    }

    @Test
    void ruleSetRejectsDuplicateIdsWhenBuilt() {
        RuleSet.Builder<EntrySummary> b = RuleSet.builder(EntrySummary.class)
                .add(rule("T-001", (e, c, f) -> { }))
                .add(rule("T-001", (e, c, f) -> { }));
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, b::build);
        assertTrue(ex.getMessage().contains("T-001"));
    }

    @Test
    void ruleSetRunsRulesInDeclaredOrder() {
        RuleSet<EntrySummary> set = RuleSet.builder(EntrySummary.class)
                .add(rule("T-003", (e, c, f) -> f.add("a", "third declared, first run")))
                .add(rule("T-001", (e, c, f) -> f.add("b", "second")))
                .add(rule("T-002", (e, c, f) -> f.add("c", "third")))
                .build();
        List<Finding> out = set.evaluate(Samples.entry(), Samples.context());
        assertEquals(List.of("T-003", "T-001", "T-002"), out.stream().map(f -> f.ruleId().toString()).toList());
        assertEquals(2, set.without(List.of(RuleId.of("T-001"))).size());
        assertTrue(set.find(RuleId.of("T-002")).isPresent());
    }

    @Test
    void aRuleThatThrowsBecomesAnErrorFinding() {
        AceValidator v = AceValidator.builder().discoverPacks(false)
                .addRule(rule("T-BOOM", (e, c, f) -> {
                    throw new IllegalStateException("secret 123-45-6789");
                }))
                .build();
        ValidationReport r = v.validate(Samples.entry(), Samples.context());
        Finding f = r.byRule("T-BOOM").get(0);
        assertEquals(Severity.ERROR, f.severity());
        assertTrue(f.message().contains("T-BOOM") && f.message().contains("IllegalStateException"));
        assertFalse(f.message().contains("123-45-6789"), "exception messages may hold personal data");
        assertFalse(r.isValid());
    }

    @Test
    void validatorRejectsDuplicateIdsAcrossPacks() {
        AceValidator.Builder b = AceValidator.builder().addRule(rule("AE-HDR-002", (e, c, f) -> { }));
        assertThrows(IllegalArgumentException.class, b::build);
    }

    @Test
    void ruleIdsHaveAStableShape() {
        assertEquals("AE", RuleId.of("AE-LINE-012").namespace());
        assertThrows(IllegalArgumentException.class, () -> RuleId.of("ae-line-1"));
        assertThrows(IllegalArgumentException.class, () -> RuleId.of("NODASH"));
        assertThrows(IllegalArgumentException.class, () -> RuleId.of(null));
    }

    @Test
    void nullFilingGivesAReportNotAnException() {
        ValidationReport r = AceValidator.standard().validate(null);
        assertFalse(r.isValid());
        assertEquals("CORE-001", r.findings().get(0).ruleId().toString());
    }

    @Test
    void beanValidationViolationsAreFindingsWithPaths() {
        EntrySummary e = Samples.entry();
        EntryLine l = e.lines().get(2).toBuilder().tariffs(List.of(TariffLine.builder().build())).build();
        EntrySummary bad = e.toBuilder().entryNumber((org.acesdk.model.code.EntryNumber) null)
                .lines(List.of(e.lines().get(0), e.lines().get(1), l)).build();
        ValidationReport r = AceValidator.standard().validate(bad, Samples.context());
        assertTrue(r.findings().stream().anyMatch(f -> f.ruleId().toString().equals("BV-NOTNULL")
                && f.path().equals("entryNumber")), r.toText());
        assertTrue(r.findings().stream().anyMatch(f -> f.ruleId().toString().equals("BV-NOTNULL")
                && f.path().equals("lines[2].tariffs[0].htsNumber")), r.toText());
        // shape findings come first, sorted by path
        assertTrue(r.findings().get(0).ruleId().toString().startsWith("BV-"));
    }

    @Test
    void emptyEntryReportsMissingLines() {
        EntrySummary e = Samples.entry().toBuilder().lines(List.of()).build();
        ValidationReport r = AceValidator.standard().validate(e, Samples.context());
        assertTrue(r.findings().stream().anyMatch(f -> f.ruleId().toString().equals("BV-SIZE")
                && f.path().equals("lines")), r.toText());
    }

    @Test
    void reportRendersAsTextAndJson() throws Exception {
        EntrySummary e = Samples.entry().toBuilder().bond(null).build();
        ValidationReport r = AceValidator.standard().validate(e, Samples.context());
        assertTrue(r.toText().contains("AE-BOND-001 at bond: a bond is required for entry type 01"), r.toText());
        JsonNode json = new ObjectMapper().readTree(r.toJson());
        assertFalse(json.get("valid").asBoolean());
        assertEquals("EntrySummary", json.get("filingType").asText());
        JsonNode first = json.get("findings").get(0);
        assertEquals("AE-BOND-001", first.get("ruleId").asText());
        assertEquals("119", first.get("conditionCode").asText());
        assertEquals("ERROR", first.get("severity").asText());
    }

    @Test
    void personalImporterNumbersAreMaskedInFindings() {
        EntrySummary e = Samples.entry().toBuilder()
                .importerNumber(org.acesdk.model.code.ImporterNumber.parse("123-45-6789")).build();
        ValidationReport r = AceValidator.standard().validate(e, Samples.context());
        assertTrue(r.has("AE-HDR-008"));
        assertFalse(r.toText().contains("123-45-6789"));
        assertFalse(r.toJson().contains("123-45-6789"));
        assertTrue(r.toText().contains("***-**-6789"));
    }

    @Test
    void customPackInAJarIsDiscoveredAndDisablesABuiltInRule(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("vendor-rules.jar");
        try (OutputStream os = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(os)) {
            j.putNextEntry(new JarEntry("META-INF/services/org.acesdk.rules.RulePack"));
            j.write("org.acesdk.rules.custom.VendorPack\n".getBytes(StandardCharsets.UTF_8));
            j.closeEntry();
        }
        try (URLClassLoader cl = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
            AceValidator v = AceValidator.builder().classLoader(cl).build();
            assertTrue(v.rules().stream().anyMatch(r -> r.id().toString().equals("VENDOR-REF-001")));
            assertTrue(v.rules().stream().noneMatch(r -> r.id().toString().equals("AE-LINE-011")));
            EntrySummary e = Samples.entry().toBuilder().filerReference(null).build();
            EntryLine noDesc = e.lines().get(0).toBuilder().description("").build();
            e = e.toBuilder().lines(List.of(noDesc, e.lines().get(1), e.lines().get(2))).build();
            ValidationReport r = v.validate(e, Samples.context());
            assertTrue(r.has("VENDOR-REF-001"), r.toText());
            assertFalse(r.has("AE-LINE-011"), r.toText());
            // the standard validator still has the built-in rule
            assertTrue(AceValidator.standard().validate(e, Samples.context()).has("AE-LINE-011"));
        }
    }

    @Test
    void disablingByIdRemovesTheRule() {
        AceValidator v = AceValidator.builder().disable("AE-BOND-001").build();
        EntrySummary e = Samples.entry().toBuilder().bond(null).build();
        assertFalse(v.validate(e, Samples.context()).has("AE-BOND-001"));
        assertTrue(AceValidator.standard().validate(e, Samples.context()).has("AE-BOND-001"));
    }
}
