package org.acesdk.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Set;

/**
 * An ISO 3166-1 alpha-2 country code (from {@link Locale#getISOCountries()}), or one of the Canadian province
 * codes CBP uses in place of {@code CA} in a manufacturer id (XA, XB, XC, XM, XN, XO, XP, XQ, XS, XT, XV, XW, XY).
 */
public final class CountryCode implements Comparable<CountryCode> {
    private static final String KIND = "CountryCode";
    private static final Set<String> ISO = Set.of(Locale.getISOCountries());
    private static final Set<String> CANADIAN_PROVINCES =
            Set.of("XA", "XB", "XC", "XM", "XN", "XO", "XP", "XQ", "XS", "XT", "XV", "XW", "XY");

    /** The United States. */
    public static final CountryCode US = new CountryCode("US");
    /** Canada. */
    public static final CountryCode CA = new CountryCode("CA");
    /** Mexico. */
    public static final CountryCode MX = new CountryCode("MX");
    /** China. */
    public static final CountryCode CN = new CountryCode("CN");

    /** One instance per known code, so that parsing allocates nothing. */
    private static final java.util.Map<String, CountryCode> KNOWN = known();

    private final String code;

    private static java.util.Map<String, CountryCode> known() {
        java.util.Map<String, CountryCode> m = new java.util.HashMap<>();
        for (String c : ISO) {
            m.put(c, new CountryCode(c));
        }
        for (String c : CANADIAN_PROVINCES) {
            m.put(c, new CountryCode(c));
        }
        for (CountryCode c : new CountryCode[] {US, CA, MX, CN}) {
            m.put(c.code, c);
        }
        return java.util.Map.copyOf(m);
    }

    private final boolean province;

    private CountryCode(String code) {
        this.code = code;
        this.province = CANADIAN_PROVINCES.contains(code);
    }

    /**
     * Parses a two-letter country code (case-insensitive).
     *
     * @param text the code
     * @return the country code
     * @throws InvalidValueException if the code is neither ISO 3166 nor a Canadian province code
     */
    @JsonCreator
    public static CountryCode parse(String text) {
        if (text == null) {
            throw InvalidValueException.nullInput(KIND);
        }
        CountryCode known = KNOWN.get(text);
        if (known == null) {
            known = KNOWN.get(text.trim().toUpperCase(Locale.ROOT));
        }
        if (known == null) {
            throw new InvalidValueException(KIND, InvalidValueException.quote(text)
                    + " is not an ISO 3166 alpha-2 code or a Canadian province code");
        }
        return known;
    }

    /** Whether the text parses as a country code. */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }

    /** Whether this is a Canadian province code (valid in a manufacturer id, not as a country of origin). */
    public boolean isCanadianProvince() {
        return province;
    }

    /** The country a province code stands for ({@code CA}), otherwise this code itself. */
    public CountryCode country() {
        return isCanadianProvince() ? CA : this;
    }

    /** The two-letter code. */
    @JsonValue
    public String code() {
        return code;
    }

    @Override
    public int compareTo(CountryCode o) {
        return code.compareTo(o.code);
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof CountryCode && ((CountryCode) o).code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}
