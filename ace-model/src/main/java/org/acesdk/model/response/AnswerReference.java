package org.acesdk.model.response;

import java.util.Objects;
import java.util.Optional;

/**
 * A reference CBP gives for the conditions after it (an E0 record): which part of the filing they concern.
 *
 * @param type the reference type, e.g. {@code LINITM} (a line item), {@code TARIFF} (an HTS number), {@code PSTLIN}
 * @param occurrence the relative sequence of that grouping, or {@code null} when not given
 * @param literal the literal CBP prints before the data, usually {@code REF ID:}
 * @param data the reference data as printed (columns 26-80, trailing spaces removed), e.g. {@code 001}
 */
public record AnswerReference(String type, Integer occurrence, String literal, String data) {
    /** Checks the type. */
    public AnswerReference {
        Objects.requireNonNull(type, "type");
        data = data == null ? "" : data;
    }

    /** The line item number, when this reference names a line ({@code LINITM}). */
    public Optional<Integer> lineItem() {
        if (!type.equals("LINITM")) {
            return Optional.empty();
        }
        String t = data.trim();
        if (t.isEmpty() || t.length() > 3 || !t.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(t));
    }
}
