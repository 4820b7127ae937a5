package org.acesdk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The SDK as named modules: descriptors that hide {@code internal}, and the quick start run on the module path. */
class ModulePathTest {
    private static final List<String> SDK = List.of("org.acesdk.model", "org.acesdk.data", "org.acesdk.rules",
            "org.acesdk.client", "org.acesdk.testkit", "org.acesdk.examples");

    /** This module's classes, then every runtime dependency, as Maven resolved them for this build. */
    private static List<Path> modulePath() throws IOException {
        Path target = Paths.get("target");
        String runtime = Files.readString(target.resolve("runtime-path.txt"), StandardCharsets.UTF_8).trim();
        List<Path> path = new ArrayList<>();
        path.add(target.resolve("classes").toAbsolutePath());
        for (String entry : runtime.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                path.add(Paths.get(entry));
            }
        }
        return path;
    }

    @Test
    void everySdkModuleIsExplicitAndKeepsItsInternalPackagesClosed() throws IOException {
        ModuleFinder finder = ModuleFinder.of(modulePath().toArray(Path[]::new));
        for (String name : SDK) {
            ModuleDescriptor d = finder.find(name).orElseThrow(() -> new AssertionError("no module " + name))
                    .descriptor();
            assertFalse(d.isAutomatic(), name + " has a module-info");
            for (ModuleDescriptor.Exports e : d.exports()) {
                if (e.source().contains(".internal")) {
                    assertTrue(e.isQualified() && e.targets().stream().allMatch(t -> t.startsWith("org.acesdk.")),
                            name + " exports " + e.source() + " only to the SDK's own modules: " + e);
                }
            }
            for (ModuleDescriptor.Opens o : d.opens()) {
                assertTrue(o.isQualified(), name + " opens " + o.source() + " only to named readers");
                assertFalse(o.source().contains(".internal"), name + " opens no internal package");
            }
            assertFalse(d.isOpen(), name + " is not an open module");
        }
        Set<String> clientExports = finder.find("org.acesdk.client").orElseThrow().descriptor().exports().stream()
                .filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
        assertEquals(Set.of("org.acesdk.client", "org.acesdk.client.catair", "org.acesdk.client.ledger",
                "org.acesdk.client.transport"),
                clientExports);
        assertTrue(finder.find("org.acesdk.rules").orElseThrow().descriptor().provides().stream()
                .anyMatch(p -> p.service().equals("org.acesdk.rules.RulePack") && p.providers().size() == 7),
                "the bundled rule packs are services of the module");
    }

    @Test
    void theQuickStartRunsOnTheModulePath() throws Exception {
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        String path = modulePath().stream().map(Path::toString)
                .collect(Collectors.joining(File.pathSeparator));
        Path out = Files.createTempFile("quickstart", ".txt");
        try {
            // named modules fail loudly on any reflective access their descriptors do not allow
            Process p = new ProcessBuilder(java, "-Xmx512m", "--module-path", path,
                    "-m", "org.acesdk.examples/org.acesdk.examples.QuickStart")
                    .redirectErrorStream(true).redirectOutput(out.toFile()).start();
            boolean done = p.waitFor(180, TimeUnit.SECONDS);
            if (!done) {
                p.destroyForcibly();
            }
            String text = Files.readString(out, StandardCharsets.UTF_8);
            assertTrue(done, "the quick start ends: " + text);
            assertEquals(0, p.exitValue(), text);
            // the same steps as on the class path: valid, priced, encoded, accepted, then refused and rejected
            assertTrue(text.contains("EntrySummary: valid"), text);
            assertTrue(text.contains("GRAND TOTAL"), text);
            assertTrue(text.contains("AX B76-0324540-1 ACCEPTED"), text);
            assertTrue(text.contains("119 A BOND IS REQUIRED FOR ENTRY TYPE 01"), text);
            assertTrue(text.contains("B76-0324531") && text.contains("REJECTED"), text);
            assertFalse(text.contains("Exception"), text);
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
