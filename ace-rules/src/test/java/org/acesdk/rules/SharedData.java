package org.acesdk.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.acesdk.rules.tariff.TariffRevision;
import org.acesdk.rules.tariff.UsitcHtsLoader;
import org.junit.jupiter.api.Assumptions;

/** The real USITC exports in the read-only shared folder beside the checkout, read in place; tests skip without it. */
public final class SharedData {
    private SharedData() {
    }

    private static final Map<String, TariffRevision> CACHE = new ConcurrentHashMap<>();

    /** The shared folder, from the {@code ace.shared.dir} system property the build sets. */
    public static Path dir() {
        String p = System.getProperty("ace.shared.dir", "../shared");
        return Path.of(p).toAbsolutePath().normalize();
    }

    /** Skips the calling test, with a message saying why, when the file is absent. */
    public static Path require(String relative) {
        Path f = dir().resolve(relative);
        Assumptions.assumeTrue(Files.isRegularFile(f), "shared data absent, test skipped: " + relative
                + " not found under the ace.shared.dir folder");
        return f;
    }

    /** 2025 basic edition, effective 1 January 2025. */
    public static TariffRevision basic2025() {
        return load("data/hts/hts_2025_basic.json.gz", "2025 Basic Edition", LocalDate.of(2025, 1, 1));
    }

    /** 2026 revision 4, effective 24 February 2026. */
    public static TariffRevision rev4() {
        return load("data/hts/hts_2026_rev_4.json.gz", "2026 Revision 4", LocalDate.of(2026, 2, 24));
    }

    /** 2026 revision 10, effective 8 June 2026. */
    public static TariffRevision rev10() {
        return load("data/hts/hts_2026_rev_10.json.gz", "2026 Revision 10", LocalDate.of(2026, 6, 8));
    }

    private static TariffRevision load(String rel, String name, LocalDate from) {
        Path f = require(rel);
        return CACHE.computeIfAbsent(rel, k -> {
            try {
                return UsitcHtsLoader.loadJson(f, name, from);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
