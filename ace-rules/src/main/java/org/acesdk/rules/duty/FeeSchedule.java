package org.acesdk.rules.duty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.acesdk.model.code.HtsNumber;
import org.acesdk.model.code.SpecialProgram;

/**
 * Dated user-fee tables (MPF, HMF, fixed fees) and the MPF exemptions, loaded from data. The shipped defaults are
 * the {@code fees} table of {@link org.acesdk.data.AceData#bundled()}; {@link #load(InputStream)} reads a replacement of
 * the same shape.
 * Immutable and thread-safe.
 */
public final class FeeSchedule {
    private static final FeeSchedule DEFAULTS = loadDefaults();

    private final List<FeePeriod> periods;
    private final Set<String> mpfExemptPrograms;
    private final List<String> mpfExemptHtsPrefixes;
    private final List<String> mpfExemptionExceptions;

    private FeeSchedule(List<FeePeriod> periods, Set<String> exemptPrograms, List<String> exemptPrefixes,
            List<String> exceptions) {
        List<FeePeriod> sorted = new ArrayList<>(periods);
        sorted.sort(Comparator.comparing(FeePeriod::from));
        for (int i = 1; i < sorted.size(); i++) {
            if (!sorted.get(i).from().isAfter(sorted.get(i - 1).to())) {
                throw new IllegalArgumentException("fee periods " + sorted.get(i - 1).label() + " and "
                        + sorted.get(i).label() + " overlap");
            }
        }
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("fee schedule: at least one period is needed");
        }
        this.periods = List.copyOf(sorted);
        this.mpfExemptPrograms = Set.copyOf(exemptPrograms);
        this.mpfExemptHtsPrefixes = List.copyOf(exemptPrefixes);
        this.mpfExemptionExceptions = List.copyOf(exceptions);
    }

    /** The fee tables shipped with the SDK. */
    public static FeeSchedule defaults() {
        return DEFAULTS;
    }

    private static FeeSchedule loadDefaults() {
        return from(org.acesdk.data.AceData.bundled());
    }

    /**
     * The fee tables of a data bundle (its {@code fees} table).
     *
     * @param data the data
     * @return the schedule
     * @throws IllegalArgumentException naming the period and field that is malformed
     */
    public static FeeSchedule from(org.acesdk.data.AceData data) {
        try (InputStream in = data.table(org.acesdk.data.AceData.FEES).open()) {
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads fee tables from JSON of the shipped file's shape.
     *
     * @param in the JSON (not closed)
     * @return the schedule
     * @throws IOException if the stream cannot be read or is not JSON
     * @throws IllegalArgumentException naming the period and field that is missing or malformed
     */
    public static FeeSchedule load(InputStream in) throws IOException {
        JsonNode root = new ObjectMapper().readTree(in);
        if (root == null || !root.path("periods").isArray()) {
            throw new IllegalArgumentException("fee schedule: 'periods' must be an array");
        }
        List<FeePeriod> periods = new ArrayList<>();
        int i = 0;
        for (JsonNode p : root.get("periods")) {
            String where = "periods[" + i++ + "]";
            Map<String, BigDecimal> fixed = new LinkedHashMap<>();
            p.path("fixedFees").fields().forEachRemaining(e -> fixed.put(e.getKey(), decimal(e.getValue(),
                    where + ".fixedFees." + e.getKey())));
            periods.add(new FeePeriod(text(p, "label", where), date(p, "from", where), date(p, "to", where),
                    decimal(p.path("mpf").path("ratePercent"), where + ".mpf.ratePercent"),
                    decimal(p.path("mpf").path("minimum"), where + ".mpf.minimum"),
                    decimal(p.path("mpf").path("maximum"), where + ".mpf.maximum"),
                    decimal(p.path("hmf").path("ratePercent"), where + ".hmf.ratePercent"),
                    decimal(p.path("hmf").path("reportThreshold"), where + ".hmf.reportThreshold"),
                    fixed, p.path("source").asText("")));
        }
        Set<String> programs = new TreeSet<>();
        root.path("mpfExemptPrograms").forEach(n -> programs.add(n.asText()));
        List<String> prefixes = new ArrayList<>();
        root.path("mpfExemptHtsPrefixes").forEach(n -> prefixes.add(n.asText().replace(".", "")));
        List<String> exceptions = new ArrayList<>();
        root.path("mpfExemptionExceptions").forEach(n -> exceptions.add(n.asText().replace(".", "")));
        return new FeeSchedule(periods, programs, prefixes, exceptions);
    }

    private static String text(JsonNode p, String f, String where) {
        JsonNode n = p.get(f);
        if (n == null || !n.isTextual() || n.asText().isBlank()) {
            throw new IllegalArgumentException("fee schedule: " + where + "." + f + " is missing");
        }
        return n.asText();
    }

    private static LocalDate date(JsonNode p, String f, String where) {
        try {
            return LocalDate.parse(text(p, f, where));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("fee schedule: " + where + "." + f + " is not an ISO date");
        }
    }

    private static BigDecimal decimal(JsonNode n, String where) {
        if (n == null || n.isMissingNode() || n.isNull()) {
            throw new IllegalArgumentException("fee schedule: " + where + " is missing");
        }
        try {
            return new BigDecimal(n.asText());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("fee schedule: " + where + " is not a decimal");
        }
    }

    /** The fee period containing the date. */
    public Optional<FeePeriod> periodAt(LocalDate date) {
        for (FeePeriod p : periods) {
            if (p.contains(date)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The newest period on file, whose figures continue until a notice changes them (19 CFR 24.22(k)). */
    public FeePeriod lastPeriod() {
        return periods.get(periods.size() - 1);
    }

    /** All periods, oldest first. */
    public List<FeePeriod> periods() {
        return periods;
    }

    /** Whether claiming the program exempts a line from MPF (certain FTAs, CBERA, LDBDC, insular possessions). */
    public boolean isMpfExemptProgram(SpecialProgram program) {
        return program != null && mpfExemptPrograms.contains(program.code());
    }

    /** Whether the tariff number is MPF-exempt by itself (chapter 98, except 9802.00.60 and 9802.00.80). */
    public boolean isMpfExemptNumber(HtsNumber number) {
        String d = number.digits();
        for (String ex : mpfExemptionExceptions) {
            if (d.startsWith(ex)) {
                return false;
            }
        }
        for (String p : mpfExemptHtsPrefixes) {
            if (d.startsWith(p)) {
                return true;
            }
        }
        return false;
    }
}
