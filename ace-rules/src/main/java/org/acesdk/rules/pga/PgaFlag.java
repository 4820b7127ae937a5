package org.acesdk.rules.pga;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.acesdk.data.AceData;
import org.acesdk.model.pga.PgaAgency;
import org.acesdk.model.pga.PgaDisclaimer;

/**
 * A PGA flag of the ACE tariff reference (e.g. {@code FD2}, {@code CP1}): the agency whose data a flagged HTS number
 * may need or needs, the programs it covers, and the disclaimers it allows. Definitions are data ({@code pga-flags} in
 * {@code ace-data}, from CBP's Agency Tariff Code Reference of March 4, 2026). Immutable.
 *
 * @param code the flag, e.g. {@code FD4}
 * @param agency the agency
 * @param required whether the agency's data is required ("must"), not only possibly required ("may")
 * @param programs the agency programs it covers
 * @param disclaimers the disclaimer codes it allows when it restricts them (e.g. {@code EH1}: only A), else empty
 * @param disclaimerNeeded whether a line it flags needs a declaration or a disclaimer at all ({@code AQX}: no)
 * @param definition the definition as published
 */
public record PgaFlag(String code, PgaAgency agency, boolean required, Set<String> programs, Set<String> disclaimers,
        boolean disclaimerNeeded, String definition) {

    /** Checks the parts and copies the sets. */
    public PgaFlag {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(agency, "agency");
        programs = Set.copyOf(programs);
        disclaimers = Set.copyOf(disclaimers);
        definition = definition == null ? "" : definition;
    }

    /** Whether FDA prior notice (FD&amp;C Act 801(m)) is what the flag is about ({@code FD3}, {@code FD4}). */
    public boolean priorNotice() {
        return code.equals("FD3") || code.equals("FD4");
    }

    /** Whether the flag allows the disclaimer (a "required" flag allows none; an "AQX" flag needs none). */
    public boolean allows(PgaDisclaimer d) {
        if (required || !disclaimerNeeded) {
            return false;
        }
        return disclaimers.isEmpty() || disclaimers.contains(d.code());
    }

    /** The bundled flag definitions, by code. */
    public static Map<String, PgaFlag> definitions() {
        return Bundled.FLAGS;
    }

    /** The definition of a flag in the bundled table. */
    public static Optional<PgaFlag> find(String code) {
        return Optional.ofNullable(code == null ? null : Bundled.FLAGS.get(code.trim().toUpperCase(java.util.Locale.ROOT)));
    }

    private static final class Bundled {
        static final Map<String, PgaFlag> FLAGS = load(AceData.bundled());
    }

    /**
     * The flag definitions of a data bundle.
     *
     * @param data the bundle
     * @return the definitions by code
     */
    public static Map<String, PgaFlag> load(AceData data) {
        Map<String, PgaFlag> out = new LinkedHashMap<>();
        try (InputStream in = data.table(AceData.PGA_FLAGS).open();
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = r.readLine();
            if (header == null || !header.startsWith("flag,agency,requirement,programs,disclaimers")) {
                throw new IllegalArgumentException(AceData.PGA_FLAGS + ": unexpected header");
            }
            int row = 1;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                row++;
                String[] f = line.split(",", 6);
                if (f.length < 6) {
                    throw new IllegalArgumentException(AceData.PGA_FLAGS + " row " + row + ": expected 6 columns");
                }
                boolean none = f[4].equals("-");
                out.put(f[0], new PgaFlag(f[0], PgaAgency.fromCode(f[1]), f[2].equals("required"),
                        Set.of(f[3].split(" ")), none || f[4].isEmpty() ? Set.of() : Set.of(f[4].split(" ")), !none,
                        f[5]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(out);
    }
}
