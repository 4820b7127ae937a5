package org.acesdk.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * A CBP entry number {@code XXX-NNNNNNN-C}: filer code, seven-digit serial chosen by the filer, and the check
 * digit of 19 CFR 142.3a / CATAIR appendix E.
 */
public final class EntryNumber implements Comparable<EntryNumber> {
    private static final String KIND = "EntryNumber";

    private final FilerCode filerCode;
    private final String serial;
    private final int checkDigit;

    private EntryNumber(FilerCode filerCode, String serial, int checkDigit) {
        this.filerCode = filerCode;
        this.serial = serial;
        this.checkDigit = checkDigit;
    }

    /**
     * Builds an entry number from a filer code and a seven-digit serial, computing the check digit.
     *
     * @param filerCode the filer code
     * @param serial seven digits
     * @return the entry number with its check digit
     * @throws InvalidValueException if the serial is not seven digits
     */
    public static EntryNumber of(FilerCode filerCode, String serial) {
        if (filerCode == null) {
            throw new InvalidValueException(KIND, "filer code is null");
        }
        checkSerial(serial);
        return new EntryNumber(filerCode, serial, checkDigit(filerCode, serial));
    }

    /**
     * Parses {@code B76-0324527-8} or {@code B7603245278} and verifies the check digit.
     *
     * @param text the entry number, dashes optional
     * @return the entry number
     * @throws InvalidValueException if the text is malformed or the check digit is wrong
     */
    @JsonCreator
    public static EntryNumber parse(String text) {
        if (text == null) {
            throw InvalidValueException.nullInput(KIND);
        }
        String t = text.trim();
        String compact;
        if (t.length() == 13 && t.charAt(3) == '-' && t.charAt(11) == '-') {
            compact = t.substring(0, 3) + t.substring(4, 11) + t.charAt(12);
        } else if (t.length() == 11 && t.indexOf('-') < 0) {
            compact = t;
        } else {
            throw new InvalidValueException(KIND, InvalidValueException.quote(text)
                    + " must look like XXX-NNNNNNN-C or XXXNNNNNNNC");
        }
        FilerCode filer;
        try {
            filer = FilerCode.parse(compact.substring(0, 3));
        } catch (InvalidValueException e) {
            throw new InvalidValueException(KIND, "filer code: " + e.reason());
        }
        String serial = compact.substring(3, 10);
        checkSerial(serial);
        char cd = compact.charAt(10);
        if (cd < '0' || cd > '9') {
            throw new InvalidValueException(KIND, InvalidValueException.quote(text) + " check digit must be a digit");
        }
        int expected = checkDigit(filer, serial);
        if (cd - '0' != expected) {
            throw new InvalidValueException(KIND, InvalidValueException.quote(text)
                    + " has check digit " + cd + " but appendix E gives " + expected);
        }
        return new EntryNumber(filer, serial, expected);
    }

    private static void checkSerial(String serial) {
        if (serial == null || serial.length() != 7) {
            throw new InvalidValueException(KIND, "serial " + InvalidValueException.quote(serial) + " must be 7 digits");
        }
        for (int i = 0; i < 7; i++) {
            char c = serial.charAt(i);
            if (c < '0' || c > '9') {
                throw new InvalidValueException(KIND, "serial " + InvalidValueException.quote(serial) + " must be 7 digits");
            }
        }
    }

    /** Appendix E: Luhn over the 10 digits (filer code mapped to digits + serial), doubling from the rightmost. */
    static int checkDigit(FilerCode filer, String serial) {
        int[] d = new int[10];
        for (int i = 0; i < 3; i++) {
            d[i] = filer.digitAt(i);
        }
        for (int i = 0; i < 7; i++) {
            d[3 + i] = serial.charAt(i) - '0';
        }
        int sum = 0;
        for (int i = 9, pos = 0; i >= 0; i--, pos++) {
            int v = d[i];
            if (pos % 2 == 0) {
                v *= 2;
                if (v > 9) {
                    v -= 9;
                }
            }
            sum += v;
        }
        return (10 - sum % 10) % 10;
    }

    /** The filer code part. */
    public FilerCode filerCode() {
        return filerCode;
    }

    /** The seven-digit serial chosen by the filer. */
    public String serial() {
        return serial;
    }

    /** The check digit, 0-9. */
    public int checkDigit() {
        return checkDigit;
    }

    /** The eight characters CATAIR carries after the filer code: serial followed by the check digit. */
    public String serialWithCheckDigit() {
        return serial + checkDigit;
    }

    /** The canonical form {@code XXX-NNNNNNN-C}. */
    @JsonValue
    @Override
    public String toString() {
        return filerCode.code() + '-' + serial + '-' + checkDigit;
    }

    @Override
    public int compareTo(EntryNumber o) {
        return toString().compareTo(o.toString());
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof EntryNumber)) {
            return false;
        }
        EntryNumber e = (EntryNumber) o;
        return e.filerCode.equals(filerCode) && e.serial.equals(serial);
    }

    @Override
    public int hashCode() {
        return Objects.hash(filerCode, serial);
    }
}
