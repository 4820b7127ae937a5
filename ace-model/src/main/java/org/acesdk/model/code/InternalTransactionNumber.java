package org.acesdk.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The Internal Transaction Number AES returns for an accepted EEI filing: {@code X}, the acceptance date
 * {@code YYYYMMDD}, and six letters or digits, e.g. {@code X20190308366903}.
 */
public final class InternalTransactionNumber implements Comparable<InternalTransactionNumber> {
    private static final java.util.regex.Pattern SHAPE = java.util.regex.Pattern.compile("X[0-9]{8}[A-Z0-9]{6}");
    private static final String KIND = "InternalTransactionNumber";
    private final String value;
    private final LocalDate acceptanceDate;

    private InternalTransactionNumber(String value, LocalDate acceptanceDate) {
        this.value = value;
        this.acceptanceDate = acceptanceDate;
    }

    /**
     * Parses an ITN.
     *
     * @param text the ITN
     * @return the ITN
     * @throws InvalidValueException if the text is not X + a real date + 6 letters or digits
     */
    @JsonCreator
    public static InternalTransactionNumber parse(String text) {
        if (text == null) {
            throw InvalidValueException.nullInput(KIND);
        }
        String t = text.trim().toUpperCase(java.util.Locale.ROOT);
        if (!SHAPE.matcher(t).matches()) {
            throw new InvalidValueException(KIND, InvalidValueException.quote(text)
                    + " must be X, a date YYYYMMDD and 6 letters or digits");
        }
        LocalDate date;
        try {
            date = LocalDate.of(Integer.parseInt(t.substring(1, 5)), Integer.parseInt(t.substring(5, 7)),
                    Integer.parseInt(t.substring(7, 9)));
        } catch (DateTimeException e) {
            throw new InvalidValueException(KIND, InvalidValueException.quote(text) + " does not hold a real date");
        }
        return new InternalTransactionNumber(t, date);
    }

    /** The date AES accepted the filing, as encoded in the ITN. */
    public LocalDate acceptanceDate() {
        return acceptanceDate;
    }

    /** The ITN text. */
    @JsonValue
    @Override
    public String toString() {
        return value;
    }

    @Override
    public int compareTo(InternalTransactionNumber o) {
        return value.compareTo(o.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InternalTransactionNumber && ((InternalTransactionNumber) o).value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
