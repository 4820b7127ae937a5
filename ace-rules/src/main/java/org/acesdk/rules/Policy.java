package org.acesdk.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Properties;
import org.acesdk.model.code.ModeOfTransport;

/**
 * Dated policy values the rules use (limits, deadlines, program dates), loaded from data rather than compiled in.
 * The defaults come from {@code org/acesdk/rules/policy.properties}; {@link #load(InputStream)} reads a replacement.
 *
 * @param informalEntryLimit the most an informal entry may be worth, in U.S. dollars (19 CFR 143.21)
 * @param deMinimisSuspendedFrom the first date de minimis (type 86) entries are refused for non-postal goods
 * @param gspLapsedFrom the first date GSP benefits lapsed (claims are accepted but duty is deposited)
 * @param entrySummaryDueWorkingDays working days after entry by which the summary is due (19 CFR 142.12)
 * @param isfLeadTime how long before lading an ISF is due
 * @param isfLateElementsBeforeArrival how long before arrival the stuffing location and consolidator are due
 * @param eeiValueThreshold the value per Schedule B number above which EEI is required (15 CFR 30.37(a))
 * @param eeiVesselLeadTime EEI lead time before departure for vessel cargo
 * @param eeiAirLeadTime EEI lead time before departure for air cargo
 * @param eeiTruckLeadTime EEI lead time before arrival at the border for truck cargo
 * @param eeiRailLeadTime EEI lead time before arrival at the border for rail cargo
 * @param column2Countries countries whose goods pay the column 2 rate (ISO codes)
 */
public record Policy(BigDecimal informalEntryLimit, LocalDate deMinimisSuspendedFrom, LocalDate gspLapsedFrom,
        int entrySummaryDueWorkingDays, Duration isfLeadTime, Duration isfLateElementsBeforeArrival,
        BigDecimal eeiValueThreshold, Duration eeiVesselLeadTime, Duration eeiAirLeadTime, Duration eeiTruckLeadTime,
        Duration eeiRailLeadTime, java.util.Set<String> column2Countries) {

    private static final Policy DEFAULTS = loadDefaults();

    /** Checks that every value is present. */
    public Policy {
        Objects.requireNonNull(informalEntryLimit, "informalEntryLimit");
        Objects.requireNonNull(deMinimisSuspendedFrom, "deMinimisSuspendedFrom");
        Objects.requireNonNull(gspLapsedFrom, "gspLapsedFrom");
        Objects.requireNonNull(isfLeadTime, "isfLeadTime");
        Objects.requireNonNull(isfLateElementsBeforeArrival, "isfLateElementsBeforeArrival");
        Objects.requireNonNull(eeiValueThreshold, "eeiValueThreshold");
        Objects.requireNonNull(eeiVesselLeadTime, "eeiVesselLeadTime");
        Objects.requireNonNull(eeiAirLeadTime, "eeiAirLeadTime");
        Objects.requireNonNull(eeiTruckLeadTime, "eeiTruckLeadTime");
        Objects.requireNonNull(eeiRailLeadTime, "eeiRailLeadTime");
        column2Countries = java.util.Set.copyOf(column2Countries);
    }

    /** The policy values shipped with the SDK. */
    public static Policy defaults() {
        return DEFAULTS;
    }

    private static Policy loadDefaults() {
        return from(org.acesdk.data.AceData.bundled());
    }

    /**
     * The policy values of a data bundle (its {@code policy} table).
     *
     * @param data the data
     * @return the policy
     * @throws IllegalArgumentException naming the key that is missing or malformed
     */
    public static Policy from(org.acesdk.data.AceData data) {
        try (InputStream in = data.table(org.acesdk.data.AceData.POLICY).open()) {
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads policy values from a properties stream with the keys of the shipped file.
     *
     * @param in the stream (not closed)
     * @return the policy
     * @throws IOException if the stream cannot be read
     * @throws IllegalArgumentException naming the key that is missing or malformed
     */
    public static Policy load(InputStream in) throws IOException {
        Properties p = new Properties();
        p.load(in);
        return new Policy(decimal(p, "informalEntryLimit"), date(p, "deMinimisSuspendedFrom"), date(p, "gspLapsedFrom"),
                Integer.parseInt(get(p, "entrySummaryDueWorkingDays")), hours(p, "isfLeadTimeHours"),
                hours(p, "isfLateElementsBeforeArrivalHours"), decimal(p, "eeiValueThreshold"),
                hours(p, "eeiVesselLeadTimeHours"), hours(p, "eeiAirLeadTimeHours"), hours(p, "eeiTruckLeadTimeHours"),
                hours(p, "eeiRailLeadTimeHours"), java.util.Set.of(get(p, "column2Countries").split("\\s*,\\s*")));
    }

    private static String get(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("policy value '" + key + "' is missing");
        }
        return v.trim();
    }

    private static BigDecimal decimal(Properties p, String key) {
        try {
            return new BigDecimal(get(p, key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("policy value '" + key + "' is not a decimal");
        }
    }

    private static LocalDate date(Properties p, String key) {
        try {
            return LocalDate.parse(get(p, key));
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("policy value '" + key + "' is not an ISO date");
        }
    }

    private static Duration hours(Properties p, String key) {
        try {
            return Duration.ofHours(Long.parseLong(get(p, key)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("policy value '" + key + "' is not a whole number of hours");
        }
    }

    /** The EEI lead time for a mode of transport; modes without a rule (mail, pipeline) give zero. */
    public Duration eeiLeadTime(ModeOfTransport mode) {
        if (mode == null) {
            return Duration.ZERO;
        }
        if (mode.isVessel()) {
            return eeiVesselLeadTime;
        }
        if (mode.isAir()) {
            return eeiAirLeadTime;
        }
        if (mode.isRoad()) {
            return eeiTruckLeadTime;
        }
        if (mode.isRail()) {
            return eeiRailLeadTime;
        }
        return Duration.ZERO;
    }
}
