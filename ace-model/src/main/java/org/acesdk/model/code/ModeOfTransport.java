package org.acesdk.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** CBP mode of transportation codes (CATAIR AE table 3). */
public enum ModeOfTransport {
    /** vessel, non-container (10). */
    VESSEL_NON_CONTAINER("10", "vessel, non-container"),
    /** vessel, container (11). */
    VESSEL_CONTAINER("11", "vessel, container"),
    /** border, waterborne (12). */
    BORDER_WATERBORNE("12", "border, waterborne"),
    /** rail, non-container (20). */
    RAIL_NON_CONTAINER("20", "rail, non-container"),
    /** rail, container (21). */
    RAIL_CONTAINER("21", "rail, container"),
    /** truck, non-container (30). */
    TRUCK_NON_CONTAINER("30", "truck, non-container"),
    /** truck, container (31). */
    TRUCK_CONTAINER("31", "truck, container"),
    /** auto (32). */
    AUTO("32", "auto"),
    /** pedestrian (33). */
    PEDESTRIAN("33", "pedestrian"),
    /** road, other (34). */
    ROAD_OTHER("34", "road, other"),
    /** air, non-container (40). */
    AIR_NON_CONTAINER("40", "air, non-container"),
    /** air, container (41). */
    AIR_CONTAINER("41", "air, container"),
    /** mail (50). */
    MAIL("50", "mail"),
    /** passenger, hand-carried (60). */
    PASSENGER_HAND_CARRIED("60", "passenger, hand-carried"),
    /** fixed transport installation (pipeline, power line) (70). */
    FIXED_INSTALLATION("70", "fixed transport installation (pipeline, power line)"),
    /** A code this version of the SDK does not know; tolerant readers map unknown codes here. */
    UNKNOWN("UNKNOWN", "unknown code");

    private static final Map<String, ModeOfTransport> BY_CODE = new HashMap<>();

    static {
        for (ModeOfTransport v : values()) {
            BY_CODE.put(v.code, v);
        }
    }

    private final String code;
    private final String description;

    ModeOfTransport(String code, String description) {
        this.code = code;
        this.description = description;
    }

    /**
     * Maps a CBP code (or constant name) to its value; unknown or blank codes give {@link #UNKNOWN}, never an
     * exception.
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
        return UNKNOWN;
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
        return this != UNKNOWN;
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
}
