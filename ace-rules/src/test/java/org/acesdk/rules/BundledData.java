package org.acesdk.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import org.acesdk.data.AceData;
import org.acesdk.rules.tariff.TariffHistory;
import org.acesdk.rules.tariff.TariffRevision;

/**
 * Real data for tests, all from inside the clone: revisions of the bundled tariff history, the raw USITC exports it
 * was compiled from (ace-data/src/hts), and bundled tables as files.
 */
public final class BundledData {
    private BundledData() {
    }

    /** 2025 basic edition, effective 1 January 2025. */
    public static TariffRevision basic2025() {
        return TariffHistory.bundled().revisionAt(LocalDate.of(2025, 1, 1)).orElseThrow();
    }

    /** 2026 revision 4, effective 24 February 2026. */
    public static TariffRevision rev4() {
        return TariffHistory.bundled().revisionAt(LocalDate.of(2026, 2, 24)).orElseThrow();
    }

    /** 2026 revision 10, effective 8 June 2026. */
    public static TariffRevision rev10() {
        return TariffHistory.bundled().revisionAt(LocalDate.of(2026, 6, 8)).orElseThrow();
    }

    /** A raw USITC export the history was compiled from, e.g. {@code 2026_rev_4}. */
    public static Path export(String id) {
        Path dir = Path.of(System.getProperty("ace.hts.dir", "../ace-data/src/hts"));
        Path f = dir.resolve("hts_" + id + ".json.gz");
        if (!Files.isRegularFile(f)) {
            throw new IllegalStateException("the raw export " + f.getFileName() + " is missing from ace-data/src/hts");
        }
        return f;
    }

    /** A bundled table copied to a temporary file (for APIs that read files). */
    public static Path table(String id) {
        try (InputStream in = AceData.bundled().table(id).open()) {
            Path f = Files.createTempFile("ace-" + id, ".csv");
            f.toFile().deleteOnExit();
            Files.copy(in, f, StandardCopyOption.REPLACE_EXISTING);
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
