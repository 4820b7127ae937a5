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
 * @param occurrenceText the occurrence as printed (columns 11-16), when it was read and differs from the zero-filled
 *     form (ACE-generated rejections pad it with spaces), so it writes back as it came; otherwise {@code null}
 */
public record AnswerReference(String type, Integer occurrence, String literal, String data, String occurrenceText) {
    /** Checks the type and the printed occurrence. */
    public AnswerReference {
        Objects.requireNonNull(type, "type");
        data = data == null ? "" : data;
        if (occurrenceText != null && (occurrenceText.length() != 6 || occurrence == null
                || !printsNumber(occurrenceText.trim(), occurrence))) {
            throw new IllegalArgumentException("occurrenceText must be six characters printing the occurrence");
        }
    }

    private static boolean printsNumber(String digits, int value) {
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        return Integer.parseInt(digits) == value;
    }

    /** A reference without a printed form of its occurrence (written zero-filled). */
    public AnswerReference(String type, Integer occurrence, String literal, String data) {
        this(type, occurrence, literal, data, null);
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

    /** The record's text with personal data masked (it holds text from CBP's answer). */
    @Override
    public String toString() {
        return org.acesdk.model.internal.Redact.describe(this);
    }
}
