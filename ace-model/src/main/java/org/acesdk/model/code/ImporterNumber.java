package org.acesdk.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An importer of record or consignee number (CBP Form 5106): an IRS number with suffix {@code NN-NNNNNNNXX}, a
 * Social Security number {@code NNN-NN-NNNN}, or a CBP-assigned number {@code YYDDPP-NNNNN}.
 *
 * <p>These numbers can be personal data. {@link #toString()} masks all but the last four characters; only
 * {@link #reveal()} gives the full value, and parse errors never repeat the input.
 */
public final class ImporterNumber {
    private static final String KIND = "ImporterNumber";

    /** The three number formats CBP accepts. */
    public enum Format {
        /** IRS employer identification number plus a two-character suffix: {@code NN-NNNNNNNXX}. */
        IRS_NUMBER,
        /** Social Security number, {@code NNN-NN-NNNN}: personal data. */
        SOCIAL_SECURITY_NUMBER,
        /** CBP-assigned number, {@code YYDDPP-NNNNN}. */
        CBP_ASSIGNED
    }

    private final String value;
    private final Format format;

    private ImporterNumber(String value, Format format) {
        this.value = value;
        this.format = format;
    }

    /**
     * Parses one of the three formats. An IRS number may be given without its hyphen; a nine-digit string alone
     * is refused as ambiguous.
     *
     * @param text the number
     * @return the importer number
     * @throws InvalidValueException if the text matches no format; the message does not repeat the text
     */
    @JsonCreator
    public static ImporterNumber parse(String text) {
        if (text == null) {
            throw InvalidValueException.nullInput(KIND);
        }
        String t = text.trim().toUpperCase(java.util.Locale.ROOT);
        if (t.length() == 11 && t.charAt(3) == '-' && t.charAt(6) == '-') {
            if (digits(t, 0, 3) && digits(t, 4, 6) && digits(t, 7, 11)) {
                return new ImporterNumber(t, Format.SOCIAL_SECURITY_NUMBER);
            }
            throw new InvalidValueException(KIND, "a Social Security number must be NNN-NN-NNNN digits (value withheld)");
        }
        if (t.length() == 12 && t.charAt(6) == '-') {
            if (digits(t, 0, 6) && digits(t, 7, 12)) {
                return new ImporterNumber(t, Format.CBP_ASSIGNED);
            }
            throw new InvalidValueException(KIND, "a CBP-assigned number must be YYDDPP-NNNNN digits (value withheld)");
        }
        String irs = null;
        if (t.length() == 12 && t.charAt(2) == '-') {
            irs = t;
        } else if (t.length() == 11 && t.indexOf('-') < 0) {
            irs = t.substring(0, 2) + '-' + t.substring(2);
        }
        if (irs != null) {
            if (!digits(irs, 0, 2) || !digits(irs, 3, 10)) {
                throw new InvalidValueException(KIND, "an IRS number must be NN-NNNNNNN followed by a 2-character suffix "
                        + "(value withheld)");
            }
            for (int i = 10; i < 12; i++) {
                char c = irs.charAt(i);
                boolean alnum = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
                if (!alnum || c == 'O' || c == 'I' || c == 'Z') {
                    throw new InvalidValueException(KIND, "the IRS number suffix must be letters or digits other than "
                            + "O, I and Z (value withheld)");
                }
            }
            return new ImporterNumber(irs, Format.IRS_NUMBER);
        }
        if (t.length() == 9 && digits(t, 0, 9)) {
            throw new InvalidValueException(KIND, "nine digits alone are ambiguous: write a Social Security number as "
                    + "NNN-NN-NNNN or an IRS number with its 2-character suffix (value withheld)");
        }
        throw new InvalidValueException(KIND, "must be NN-NNNNNNNXX, NNN-NN-NNNN or YYDDPP-NNNNN (value withheld, "
                + t.length() + " characters given)");
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Which of the three formats this number has. */
    public Format format() {
        return format;
    }

    /** Whether this number may identify a person (a Social Security number). */
    public boolean isPersonal() {
        return format == Format.SOCIAL_SECURITY_NUMBER;
    }

    /** The full, unmasked number. Handle with care: it may be a Social Security number. */
    @JsonValue
    public String reveal() {
        return value;
    }

    /** The number with every letter and digit but the last four replaced by {@code *}, e.g. {@code ***-**-6789}. */
    public String masked() {
        char[] c = value.toCharArray();
        int keep = 4;
        for (int i = c.length - 1; i >= 0; i--) {
            if (c[i] == '-') {
                continue;
            }
            if (keep > 0) {
                keep--;
            } else {
                c[i] = '*';
            }
        }
        return new String(c);
    }

    /** The masked form; never the full number. */
    @Override
    public String toString() {
        return masked();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ImporterNumber && ((ImporterNumber) o).value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
