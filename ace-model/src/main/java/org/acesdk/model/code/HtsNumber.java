package org.acesdk.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/**
 * A Harmonized Tariff Schedule number of 6, 8 or 10 digits: ISF reports 6, chapter 99 headings and tariff rate
 * lines have 8, entry lines 10.
 *
 * <p>Accepts {@code 7326.90.8688}, {@code 7326908688}, {@code 7326.90.86.88} (USITC style) and
 * {@code 9903.88.03}; the canonical text is {@code NNNN.NN.NNNN}, {@code NNNN.NN.NN} or {@code NNNN.NN}.
 */
public final class HtsNumber implements Comparable<HtsNumber> {
    private static final String KIND = "HtsNumber";

    /** How many digits an HTS number carries, and so what it identifies. */
    public enum Precision {
        /** Six digits: the internationally harmonised subheading (ISF). */
        SUBHEADING_6(6),
        /** Eight digits: the U.S. tariff rate line, and chapter 99 headings. */
        RATE_LINE_8(8),
        /** Ten digits: the statistical reporting number used on entry lines. */
        STATISTICAL_10(10);

        private final int digits;

        Precision(int digits) {
            this.digits = digits;
        }

        /** The number of digits. */
        public int digits() {
            return digits;
        }
    }

    private final String digits;
    /** The canonical text, made on first use (a racy but safe cache: every thread computes the same string). */
    private String text;
    /** The USITC text of a 10-digit number, made on first use like {@link #text}. */
    private String usitcText;

    /** The chapter, kept because the rules and the assessment ask for it for every number many times. */
    private final int chapter;

    private HtsNumber(String digits) {
        this.digits = digits;
        this.chapter = (digits.charAt(0) - '0') * 10 + (digits.charAt(1) - '0');
    }

    /**
     * Parses an HTS number; dots and spaces between digit groups are ignored.
     *
     * @param text the number
     * @return the HTS number
     * @throws InvalidValueException unless the text holds 6, 8 or 10 digits of chapter 01-99
     */
    @JsonCreator
    public static HtsNumber parse(String text) {
        if (text == null) {
            throw InvalidValueException.nullInput(KIND);
        }
        char[] digits = new char[10];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (n == 10) {
                    throw new InvalidValueException(KIND, InvalidValueException.quote(text) + " has more than 10 digits");
                }
                digits[n++] = c;
            } else if (c != '.' && c != ' ') {
                throw new InvalidValueException(KIND, InvalidValueException.quote(text)
                        + " may contain only digits and dots");
            }
        }
        if (n != 6 && n != 8 && n != 10) {
            throw new InvalidValueException(KIND, InvalidValueException.quote(text)
                    + " must have 6, 8 or 10 digits, not " + n);
        }
        if (digits[0] == '0' && digits[1] == '0') {
            throw new InvalidValueException(KIND, InvalidValueException.quote(text) + " has chapter 00");
        }
        return new HtsNumber(new String(digits, 0, n));
    }

    /** Whether the text parses as an HTS number. */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }

    /** How many digits this number carries. */
    public Precision precision() {
        switch (digits.length()) {
            case 6:
                return Precision.SUBHEADING_6;
            case 8:
                return Precision.RATE_LINE_8;
            default:
                return Precision.STATISTICAL_10;
        }
    }

    /** The digits alone, e.g. {@code 7326908688}. */
    public String digits() {
        return digits;
    }

    /** The chapter, 1-99. */
    public int chapter() {
        return chapter;
    }

    /** Whether this is a chapter 99 (additional duty or temporary legislation) number. */
    public boolean isChapter99() {
        return chapter() == 99;
    }

    /** Whether this is a chapter 98 (special classification provision) number. */
    public boolean isChapter98() {
        return chapter() == 98;
    }

    /** The four-digit heading, e.g. {@code 7326}. */
    public String heading() {
        return digits.substring(0, 4);
    }

    /** The six-digit subheading digits, e.g. {@code 732690}. */
    public String subheading6() {
        return digits.substring(0, 6);
    }

    /** The first eight digits (the tariff rate line) when this number has at least eight. */
    public Optional<HtsNumber> rateLine() {
        return digits.length() >= 8 ? Optional.of(digits.length() == 8 ? this : new HtsNumber(digits.substring(0, 8)))
                : Optional.empty();
    }

    /** The two-digit statistical suffix of a 10-digit number. */
    public Optional<String> statisticalSuffix() {
        return digits.length() == 10 ? Optional.of(digits.substring(8)) : Optional.empty();
    }

    /** Whether {@code other}'s digits start with this number's digits (this one is the same or broader). */
    public boolean covers(HtsNumber other) {
        return other.digits.startsWith(digits);
    }

    /** The USITC schedule's printed form, e.g. {@code 7326.90.86.88}. */
    public String usitcFormat() {
        if (digits.length() == 10) {
            String t = usitcText;
            if (t == null) {
                t = digits.substring(0, 4) + '.' + digits.substring(4, 6) + '.' + digits.substring(6, 8) + '.'
                        + digits.substring(8);
                usitcText = t;
            }
            return t;
        }
        return toString();
    }

    /** The canonical form: {@code NNNN.NN.NNNN}, {@code NNNN.NN.NN} or {@code NNNN.NN}. */
    @JsonValue
    @Override
    public String toString() {
        String t = text;
        if (t == null) {
            t = canonical();
            text = t;
        }
        return t;
    }

    private String canonical() {
        switch (digits.length()) {
            case 6:
                return digits.substring(0, 4) + '.' + digits.substring(4);
            case 8:
                return digits.substring(0, 4) + '.' + digits.substring(4, 6) + '.' + digits.substring(6);
            default:
                return digits.substring(0, 4) + '.' + digits.substring(4, 6) + '.' + digits.substring(6);
        }
    }

    @Override
    public int compareTo(HtsNumber o) {
        return digits.compareTo(o.digits);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HtsNumber && ((HtsNumber) o).digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }
}
