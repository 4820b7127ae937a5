package org.acesdk.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A manufacturer identification code (MID) per 19 CFR 102 appendix: at most 15 letters and digits, starting
 * with the ISO country of origin (a province code for Canada, never {@code CA}).
 */
public final class ManufacturerId implements Comparable<ManufacturerId> {
    private static final String KIND = "ManufacturerId";
    private static final Set<String> SKIPPED_WORDS = Set.of("A", "AN", "AND", "OF", "THE");

    private final String code;

    private final CountryCode country;

    private ManufacturerId(String code, CountryCode country) {
        this.code = code;
        this.country = country;
    }

    /**
     * Parses an MID.
     *
     * @param text the MID
     * @return the MID
     * @throws InvalidValueException if the text is longer than 15, has characters other than A-Z and 0-9, or does
     *     not start with a valid country (or Canadian province) code other than {@code CA}
     */
    @JsonCreator
    public static ManufacturerId parse(String text) {
        if (text == null) {
            throw InvalidValueException.nullInput(KIND);
        }
        String t = text.trim().toUpperCase(Locale.ROOT);
        if (t.length() < 3 || t.length() > 15) {
            throw new InvalidValueException(KIND, InvalidValueException.quote(text) + " must be 3 to 15 characters");
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                throw new InvalidValueException(KIND, InvalidValueException.quote(text)
                        + " may contain only letters A-Z and digits, no spaces (position " + (i + 1) + ")");
            }
        }
        String cc = t.substring(0, 2);
        if ("CA".equals(cc)) {
            throw new InvalidValueException(KIND, InvalidValueException.quote(text)
                    + " starts with CA: Canadian MIDs start with a province code (XA...XY)");
        }
        CountryCode country;
        try {
            country = CountryCode.parse(cc);
        } catch (InvalidValueException e) {
            throw new InvalidValueException(KIND, InvalidValueException.quote(text)
                    + " must start with an ISO country code or a Canadian province code");
        }
        return new ManufacturerId(t, country);
    }

    /**
     * Derives an MID from the manufacturer's name and address following the 19 CFR 102 appendix: the country
     * code; the first three letters of each of the first two words of the name (three letters for a one-word
     * name; A, An, And, Of and The are skipped; initials run together, such as {@code D.J.}, count as one word);
     * up to four digits of the largest number on the street line; the first three letters of the city.
     *
     * @param country the country of manufacture; for Canada, its province code
     * @param name the manufacturer's name
     * @param streetLine the first street address line (may be {@code null})
     * @param city the city
     * @return the derived MID
     * @throws InvalidValueException if the country is {@code CA} or the name or city has no letters
     */
    public static ManufacturerId derive(CountryCode country, String name, String streetLine, String city) {
        if (country == null) {
            throw new InvalidValueException(KIND, "country is null");
        }
        if (country.equals(CountryCode.CA)) {
            throw new InvalidValueException(KIND, "for Canada use the province code (XA...XY), not CA");
        }
        StringBuilder sb = new StringBuilder(15).append(country.code());
        List<String> words = words(name);
        if (words.isEmpty()) {
            throw new InvalidValueException(KIND, "manufacturer name has no letters");
        }
        for (int i = 0; i < Math.min(2, words.size()); i++) {
            String w = words.get(i);
            sb.append(w, 0, Math.min(3, w.length()));
        }
        sb.append(largestNumber(streetLine));
        List<String> cityWords = words(city == null ? "" : city);
        String cityLetters = String.join("", cityWords);
        if (cityLetters.isEmpty()) {
            throw new InvalidValueException(KIND, "city has no letters");
        }
        sb.append(cityLetters, 0, Math.min(3, cityLetters.length()));
        return new ManufacturerId(sb.toString(), country);
    }

    /** Upper-cased words of letters, initials joined (D.J. -> DJ), skipped words removed, digits dropped. */
    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String raw : text.toUpperCase(Locale.ROOT).split("[\\s,&/\\-]+")) {
            StringBuilder w = new StringBuilder();
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (c >= 'A' && c <= 'Z') {
                    w.append(c);
                }
            }
            if (w.length() > 0 && !SKIPPED_WORDS.contains(w.toString())) {
                out.add(w.toString());
            }
        }
        return out;
    }

    private static String largestNumber(String street) {
        if (street == null) {
            return "";
        }
        int bestStart = -1;
        int bestSig = 0;
        int bestEnd = 0;
        int i = 0;
        while (i < street.length()) {
            if (Character.isDigit(street.charAt(i)) && street.charAt(i) < 128) {
                int j = i;
                while (j < street.length() && street.charAt(j) >= '0' && street.charAt(j) <= '9') {
                    j++;
                }
                // compared as digit strings (no big-number parsing: linear however long the run)
                int k = i;
                while (k < j - 1 && street.charAt(k) == '0') {
                    k++;
                }
                if (bestStart < 0 || numericallyGreater(street, k, j, bestSig, bestEnd)) {
                    bestStart = i;
                    bestSig = k;
                    bestEnd = j;
                }
                i = j;
            } else {
                i++;
            }
        }
        if (bestStart < 0) {
            return "";
        }
        return street.substring(bestStart, Math.min(bestEnd, bestStart + 4));
    }

    /** Whether digits a[aFrom, aTo) exceed b[bFrom, bTo), both without leading zeros (but a lone zero). */
    private static boolean numericallyGreater(String s, int aFrom, int aTo, int bFrom, int bTo) {
        int la = aTo - aFrom;
        int lb = bTo - bFrom;
        if (la != lb) {
            return la > lb;
        }
        for (int x = 0; x < la; x++) {
            char ca = s.charAt(aFrom + x);
            char cb = s.charAt(bFrom + x);
            if (ca != cb) {
                return ca > cb;
            }
        }
        return false;
    }

    /** The country (or Canadian province) code the MID starts with. */
    public CountryCode countryCode() {
        return country;
    }

    /** The MID text. */
    @JsonValue
    public String code() {
        return code;
    }

    @Override
    public int compareTo(ManufacturerId o) {
        return code.compareTo(o.code);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ManufacturerId && ((ManufacturerId) o).code.equals(code);
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
