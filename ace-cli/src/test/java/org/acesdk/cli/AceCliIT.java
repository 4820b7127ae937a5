package org.acesdk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The runnable jar started as a process ({@code java -jar ace-cli-*-all.jar ...}). */
class AceCliIT {

    static String[] run(String... args) throws Exception {
        String jar = System.getProperty("ace.cli.jar");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new java.util.ArrayList<>(List.of(java, "-jar", jar));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the command did not finish");
        }
        return new String[] {String.valueOf(p.exitValue()),
            new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
            new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)};
    }

    @Test
    void theJarAdvisesAndExitsWithItsCodes() throws Exception {
        String[] ok = run("advise", "8703.23.0190", "DE", "2026-01-15");
        assertEquals("0", ok[0], ok[2]);
        assertTrue(ok[1].contains("9903.94.51"), ok[1]);
        String[] bad = run("advise", "12", "DE", "2026-01-15");
        assertEquals("2", bad[0]);
        assertTrue(bad[2].startsWith("ace: "), bad[2]);
        String[] version = run("--version");
        assertEquals("0", version[0]);
        assertTrue(version[1].contains("ace 0.1.0"), version[1]);
    }
}
