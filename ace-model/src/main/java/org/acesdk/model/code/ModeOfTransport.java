package org.acesdk.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** CBP mode of transportation codes (CATAIR AE table 3). */
public final class ModeOfTransport {
    /** vessel, non-container (10). */
    public static final ModeOfTransport VESSEL_NON_CONTAINER = new ModeOfTransport("VESSEL_NON_CONTAINER", "10", "vessel, non-container");
    /** vessel, container (11). */
    public static final ModeOfTransport VESSEL_CONTAINER = new ModeOfTransport("VESSEL_CONTAINER", "11", "vessel, container");
    /** border, waterborne (12). */
    public static final ModeOfTransport BORDER_WATERBORNE = new ModeOfTransport("BORDER_WATERBORNE", "12", "border, waterborne");
    /** rail, non-container (20). */
    public static final ModeOfTransport RAIL_NON_CONTAINER = new ModeOfTransport("RAIL_NON_CONTAINER", "20", "rail, non-container");
    /** rail, container (21). */
    public static final ModeOfTransport RAIL_CONTAINER = new ModeOfTransport("RAIL_CONTAINER", "21", "rail, container");
    /** truck, non-container (30). */
    public static final ModeOfTransport TRUCK_NON_CONTAINER = new ModeOfTransport("TRUCK_NON_CONTAINER", "30", "truck, non-container");
    /** truck, container (31). */
    public static final ModeOfTransport TRUCK_CONTAINER = new ModeOfTransport("TRUCK_CONTAINER", "31", "truck, container");
    /** auto (32). */
    public static final ModeOfTransport AUTO = new ModeOfTransport("AUTO", "32", "auto");
    /** pedestrian (33). */
    public static final ModeOfTransport PEDESTRIAN = new ModeOfTransport("PEDESTRIAN", "33", "pedestrian");
    /** road, other (34). */
    public static final ModeOfTransport ROAD_OTHER = new ModeOfTransport("ROAD_OTHER", "34", "road, other");
    /** air, non-container (40). */
    public static final ModeOfTransport AIR_NON_CONTAINER = new ModeOfTransport("AIR_NON_CONTAINER", "40", "air, non-container");
    /** air, container (41). */
    public static final ModeOfTransport AIR_CONTAINER = new ModeOfTransport("AIR_CONTAINER", "41", "air, container");
    /** mail (50). */
    public static final ModeOfTransport MAIL = new ModeOfTransport("MAIL", "50", "mail");
    /** passenger, hand-carried (60). */
    public static final ModeOfTransport PASSENGER_HAND_CARRIED = new ModeOfTransport("PASSENGER_HAND_CARRIED", "60", "passenger, hand-carried");
    /** fixed transport installation (pipeline, power line) (70). */
    public static final ModeOfTransport FIXED_INSTALLATION = new ModeOfTransport("FIXED_INSTALLATION", "70", "fixed transport installation (pipeline, power line)");
    /** A code this version of the SDK does not know; a blank code reads as this; an unknown one keeps its text */
    public static final ModeOfTransport UNKNOWN = new ModeOfTransport("UNKNOWN", "UNKNOWN", "unknown code");

    private static final ModeOfTransport[] VALUES = {
            VESSEL_NON_CONTAINER, VESSEL_CONTAINER, BORDER_WATERBORNE, RAIL_NON_CONTAINER, RAIL_CONTAINER,
            TRUCK_NON_CONTAINER, TRUCK_CONTAINER, AUTO, PEDESTRIAN, ROAD_OTHER, AIR_NON_CONTAINER, AIR_CONTAINER,
            MAIL, PASSENGER_HAND_CARRIED, FIXED_INSTALLATION, UNKNOWN};

    private static final Map<String, ModeOfTransport> BY_CODE = new HashMap<>();

    static {
        for (ModeOfTransport v : values()) {
            BY_CODE.put(v.code, v);
        }
    }

    private final String name;
    private final String code;
    private final String description;

    private ModeOfTransport(String name, String code, String description) {
        this.name = name;
        this.code = code;
        this.description = description;
    }

    /**
     * Maps a CBP code (or constant name) to its value; a blank code gives {@link #UNKNOWN}; an unknown code gives
     * an unknown value that keeps its text ({@link #isKnown()} is false); never an exception.
     *
     * @param code the code, e.g. {@code 10}
     * @return the value, or {@code UNKNOWN}
     */
    @JsonCreator
    public static ModeOfTransport fromCode(String code) {
        if (code == null) {
            return UNKNOWN;
        }
        String t = code.trim().toUpperCase(Locale.ROOT);
        ModeOfTransport v = BY_CODE.get(t);
        if (v != null) {
            return v;
        }
        for (ModeOfTransport e : values()) {
            if (e.name().equals(t)) {
                return e;
            }
        }
        return unknown(code);
    }

    /** The CBP code as it appears on the wire. */
    @JsonValue
    public String code() {
        return code;
    }

    /** A short English description. */
    public String description() {
        return description;
    }

    /** Whether this is a known code (not {@link #UNKNOWN}). */
    public boolean isKnown() {
        return !name.equals("UNKNOWN");
    }

    /** Whether goods arrive by vessel (10, 11, 12): the modes that can owe harbor maintenance fee. */
    public boolean isVessel() {
        return this == VESSEL_NON_CONTAINER || this == VESSEL_CONTAINER || this == BORDER_WATERBORNE;
    }

    /** Whether goods arrive by ocean vessel (10, 11). */
    public boolean isOceanVessel() {
        return this == VESSEL_NON_CONTAINER || this == VESSEL_CONTAINER;
    }

    /** Whether goods arrive by air (40, 41). */
    public boolean isAir() {
        return this == AIR_NON_CONTAINER || this == AIR_CONTAINER;
    }

    /** Whether goods arrive by road (30-34). */
    public boolean isRoad() {
        return this == TRUCK_NON_CONTAINER || this == TRUCK_CONTAINER || this == AUTO || this == PEDESTRIAN
                || this == ROAD_OTHER;
    }

    /** Whether goods arrive by rail (20, 21). */
    public boolean isRail() {
        return this == RAIL_NON_CONTAINER || this == RAIL_CONTAINER;
    }

    /** Whether goods arrive by mail (50). */
    public boolean isMail() {
        return this == MAIL;
    }

    /** Every known value and {@code UNKNOWN}, in declaration order (a copy). */
    public static ModeOfTransport[] values() {
        return VALUES.clone();
    }

    /**
     * A code this version of the SDK does not know, kept as it was read so that it is written back unchanged: 1-8
     * letters, digits or {@code * + . -}; anything else (or blank) gives {@link #UNKNOWN}.
     */
    private static ModeOfTransport unknown(String code) {
        String t = org.acesdk.model.internal.OpenCodes.kept(code);
        return t == null ? UNKNOWN : new ModeOfTransport("UNKNOWN", t, "unknown code");
    }

    /** The constant's name, e.g. {@code VESSEL_NON_CONTAINER}; {@code UNKNOWN} for a code the SDK does not know. */
    public String name() {
        return name;
    }

    /** Equal when both are the same known value, or unknown codes of the same text. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ModeOfTransport && ((ModeOfTransport) o).name.equals(name)
                && ((ModeOfTransport) o).code.equals(code);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + code.hashCode();
    }

    /** The constant's name, or {@code UNKNOWN(code)} for a code the SDK does not know. */
    @Override
    public String toString() {
        return isKnown() || this == UNKNOWN ? name : "UNKNOWN(" + code + ")";
    }
}
