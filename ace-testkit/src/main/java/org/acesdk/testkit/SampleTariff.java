package org.acesdk.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.acesdk.rules.tariff.TariffRevision;
import org.acesdk.rules.tariff.UsitcHtsLoader;

/**
 * A small tariff schedule the SDK ships for tests, examples and the fake gateway: about thirty real USITC rows in
 * the export's own JSON shape (the steel, handbag, auto part, hat, milk, egg, wine and watch rows the samples use,
 * and the chapter 99 headings 9903.88.03, 9903.88.15, 9903.81.91, 9903.01.25, 9903.03.01-.02). Not a substitute for
 * the full schedule in production.
 */
public final class SampleTariff {
    /** The date the sample revision is treated as taking effect. */
    public static final LocalDate EFFECTIVE_FROM = LocalDate.of(2024, 10, 1);

    private static final TariffRevision REVISION = load();

    private SampleTariff() {
    }

    private static TariffRevision load() {
        try (InputStream in = SampleTariff.class.getResourceAsStream("sample-tariff.json")) {
            if (in == null) {
                throw new IllegalStateException("org/acesdk/testkit/sample-tariff.json is missing from the jar");
            }
            return UsitcHtsLoader.loadJson(in, "ACE SDK sample tariff", EFFECTIVE_FROM);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample revision (immutable, shared). */
    public static TariffRevision revision() {
        return REVISION;
    }
}
