package org.acesdk.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the benchmarks find the real USITC export. */
final class BenchData {
    private BenchData() {
    }

    /** The export: {@code -Dace.hts.file=...} when given, else the {@code file} parameter; it must exist. */
    static Path export(String file) {
        Path p = Path.of(System.getProperty("ace.hts.file", file));
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException("USITC export not found at " + p.toAbsolutePath()
                    + "; pass -Dace.hts.file=... or -p file=...");
        }
        return p;
    }
}
