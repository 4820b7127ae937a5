package org.acesdk.model.export;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.acesdk.model.code.InvalidValueException;

/** When the EEI is filed relative to export (SC1 filing option indicator, 15 CFR 30.4). */
public enum FilingOption {
    /** Full information before departure ({@code 2}): the usual option. */
    PREDEPARTURE("2"),
    /** Advance Export Information ({@code 3}); AES may refuse it ({@code 066 FILING OPT IND MUST BE 2 OR 4}). */
    AEI("3"),
    /** Filed up to 5 calendar days after export by an approved USPPI ({@code 4}). */
    POSTDEPARTURE("4");

    private final String code;

    FilingOption(String code) {
        this.code = code;
    }

    /** The one-digit code AES reads. */
    @JsonValue
    public String code() {
        return code;
    }

    /**
     * The option of a code ({@code 2}, {@code 3}, {@code 4}) or constant name.
     *
     * @param code the code
     * @return the option
     * @throws InvalidValueException if the code is none of them
     */
    @JsonCreator
    public static FilingOption fromCode(String code) {
        if (code != null) {
            String t = code.trim().toUpperCase(Locale.ROOT);
            for (FilingOption o : values()) {
                if (o.code.equals(t) || o.name().equals(t)) {
                    return o;
                }
            }
        }
        throw new InvalidValueException("FilingOption", "a filing option is 2, 3 or 4, not '" + code + "'");
    }
}
