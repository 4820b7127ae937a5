package org.acesdk.model.export;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.acesdk.model.code.InvalidValueException;

/** What an EEI filing asks AES to do with the shipment (SC1 shipment filing action request indicator). */
public enum ShipmentAction {
    /** Add a new shipment ({@code A}). */
    ADD("A"),
    /** Replace the whole shipment and all its lines ({@code R}); names the shipment by its reference. */
    REPLACE("R"),
    /** Change the shipment ({@code C}). */
    CHANGE("C"),
    /** Cancel the shipment ({@code X}); the SC1 alone is sent. */
    CANCEL("X");

    private final String code;

    ShipmentAction(String code) {
        this.code = code;
    }

    /** The one-letter code AES reads. */
    @JsonValue
    public String code() {
        return code;
    }

    /**
     * The action of a code ({@code A}, {@code R}, {@code C}, {@code X}) or constant name.
     *
     * @param code the code
     * @return the action
     * @throws InvalidValueException if the code is none of them
     */
    @JsonCreator
    public static ShipmentAction fromCode(String code) {
        if (code != null) {
            String t = code.trim().toUpperCase(Locale.ROOT);
            for (ShipmentAction a : values()) {
                if (a.code.equals(t) || a.name().equals(t)) {
                    return a;
                }
            }
        }
        throw new InvalidValueException("ShipmentAction", "a shipment filing action is A, R, C or X, not '" + code
                + "'");
    }
}
