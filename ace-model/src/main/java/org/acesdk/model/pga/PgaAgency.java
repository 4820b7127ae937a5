package org.acesdk.model.pga;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.acesdk.model.internal.OpenCodes;

/**
 * A government agency code of the PGA Message Set (PG01 8-10; ACE Appendix PGA, Appendix V, June 8, 2020: 53 codes,
 * bundled as {@code agencies.csv}). An agency the table does not know keeps its text and is not {@link #isKnown()}.
 * Immutable.
 */
public final class PgaAgency {
    private static final Map<String, String> NAMES = load();
    /** Food and Drug Administration. */
    public static final PgaAgency FDA = new PgaAgency("FDA");
    /** Consumer Product Safety Commission: {@code CPS} on the wire (the flag table prints "CPSC"). */
    public static final PgaAgency CPSC = new PgaAgency("CPS");
    /** Environmental Protection Agency. */
    public static final PgaAgency EPA = new PgaAgency("EPA");
    /** National Highway Traffic Safety Administration. */
    public static final PgaAgency NHTSA = new PgaAgency("NHT");
    /** USDA Animal and Plant Health Inspection Service. */
    public static final PgaAgency APHIS = new PgaAgency("APH");
    /** USDA Food Safety and Inspection Service. */
    public static final PgaAgency FSIS = new PgaAgency("FSI");
    /** Fish and Wildlife Service. */
    public static final PgaAgency FWS = new PgaAgency("FWS");
    /** National Marine Fisheries Service. */
    public static final PgaAgency NMFS = new PgaAgency("NMF");
    /** Alcohol and Tobacco Tax and Trade Bureau. */
    public static final PgaAgency TTB = new PgaAgency("TTB");
    /** USDA Agricultural Marketing Service. */
    public static final PgaAgency AMS = new PgaAgency("AMS");
    /** Drug Enforcement Administration. */
    public static final PgaAgency DEA = new PgaAgency("DEA");
    /** A blank or unreadable code. */
    public static final PgaAgency UNKNOWN = new PgaAgency("UNKNOWN");

    private final String code;

    private PgaAgency(String code) {
        this.code = code;
    }

    private static Map<String, String> load() {
        Map<String, String> m = new LinkedHashMap<>();
        try (InputStream in = PgaAgency.class.getResourceAsStream("agencies.csv")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(in, "agencies.csv"),
                    StandardCharsets.UTF_8));
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int comma = line.indexOf(',');
                if (comma == 3) {
                    String name = line.substring(4);
                    m.put(line.substring(0, 3), name.startsWith("\"") ? name.substring(1, name.length() - 1) : name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(m);
    }

    /**
     * The agency of a code; never an exception: a blank or malformed code gives {@link #UNKNOWN}, an unknown one
     * keeps its text.
     *
     * @param code the code, e.g. {@code FDA} ({@code CPSC} is read as {@code CPS})
     * @return the agency
     */
    @JsonCreator
    public static PgaAgency fromCode(String code) {
        String kept = OpenCodes.kept(code);
        if (kept == null) {
            return UNKNOWN;
        }
        String t = kept.toUpperCase(Locale.ROOT);
        if (t.equals("CPSC")) {
            return CPSC;
        }
        for (PgaAgency a : new PgaAgency[] {FDA, CPSC, EPA, NHTSA, APHIS, FSIS, FWS, NMFS, TTB, AMS, DEA}) {
            if (a.code.equals(t)) {
                return a;
            }
        }
        return t.equals("UNKNOWN") ? UNKNOWN : new PgaAgency(t);
    }

    /** The code as on the wire, e.g. {@code CPS}. */
    @JsonValue
    public String code() {
        return code;
    }

    /** The agency's name from Appendix V, or the code when the table does not know it. */
    public String agencyName() {
        return NAMES.getOrDefault(code, code);
    }

    /** Whether Appendix V lists the code. */
    public boolean isKnown() {
        return NAMES.containsKey(code);
    }

    /** Every agency Appendix V lists, in code order. */
    public static PgaAgency[] values() {
        return NAMES.keySet().stream().sorted().map(PgaAgency::fromCode).toArray(PgaAgency[]::new);
    }

    /** Every code Appendix V lists, with its agency's name. */
    public static Map<String, String> appendixV() {
        return NAMES;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PgaAgency && ((PgaAgency) o).code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}
