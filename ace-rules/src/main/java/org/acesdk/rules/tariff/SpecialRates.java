package org.acesdk.rules.tariff;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.acesdk.model.code.SpecialProgram;

/**
 * The HTS "Special" rate column, e.g. {@code Free (A+,AU,BH,CL,CO,D,E,IL,JO,KR,MA,OM,P,PA,PE,S,SG) 2.5% (JO)}:
 * groups of a rate and the program indicators it applies to. {@code See 9822...} cross-references are skipped.
 */
public final class SpecialRates {
    /**
     * One rate and the programs it applies to.
     *
     * @param rate the rate
     * @param programCodes the program indicators as printed, e.g. {@code A+}, {@code AU}
     */
    public record Group(RateExpression rate, List<String> programCodes) {
        /** Copies the list. */
        public Group {
            programCodes = List.copyOf(programCodes);
        }
    }

    private static final SpecialRates EMPTY = new SpecialRates("", List.of());

    private final String text;
    private final List<Group> groups;

    private SpecialRates(String text, List<Group> groups) {
        this.text = text;
        this.groups = Collections.unmodifiableList(new ArrayList<>(groups));
    }

    /** No special rates. */
    public static SpecialRates empty() {
        return EMPTY;
    }

    /**
     * Parses the special column; never throws. Groups whose rate does not parse keep an {@code UNPARSED} rate.
     *
     * @param text the column text
     * @return the parsed groups
     */
    public static SpecialRates parse(String text) {
        if (text == null || text.isBlank()) {
            return EMPTY;
        }
        List<Group> groups = new ArrayList<>();
        // one pass: each innermost "(codes)" with the paren-free text before it (as the pattern
        // ([^()]*?)\s*\(([^()]*)\) finds them), in linear time however long the text
        int segStart = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == ')') {
                segStart = i + 1;
                i++;
            } else if (c == '(') {
                int j = i + 1;
                while (j < n && text.charAt(j) != '(' && text.charAt(j) != ')') {
                    j++;
                }
                if (j >= n) {
                    break;
                }
                if (text.charAt(j) == '(') {
                    segStart = i + 1;
                    i = j;
                    continue;
                }
                add(groups, text.substring(segStart, i).trim(), text.substring(i + 1, j));
                segStart = j + 1;
                i = j + 1;
            } else {
                i++;
            }
        }
        return new SpecialRates(text.trim(), groups);
    }

    private static void add(List<Group> groups, String rate, String codeList) {
        if (rate.isEmpty() || rate.regionMatches(true, 0, "See", 0, 3) || rate.contains("See ")) {
            return;
        }
        List<String> codes = new ArrayList<>();
        for (String c : codeList.split(",")) {
            String code = c.trim();
            if (!code.isEmpty()) {
                codes.add(code);
            }
        }
        groups.add(new Group(RateExpression.parse(rate), codes));
    }

    /** The text as printed. */
    public String text() {
        return text;
    }

    /** The rate groups. */
    public List<Group> groups() {
        return groups;
    }

    /**
     * The rate for a claimed program, when the column lists it. A claim of {@code A} matches {@code A} and
     * {@code A*}; {@code A+} matches {@code A+}, {@code A} and {@code A*}; likewise {@code E}/{@code E*},
     * {@code P}/{@code P+} and {@code S}/{@code S+}.
     *
     * @param program the claimed program
     * @return the rate, or empty when the program is not listed
     */
    public Optional<RateExpression> rateFor(SpecialProgram program) {
        if (program == null || !program.isKnown()) {
            return Optional.empty();
        }
        String claim = program.code();
        for (Group g : groups) {
            for (String listed : g.programCodes()) {
                if (matches(claim, listed)) {
                    return Optional.of(g.rate());
                }
            }
        }
        return Optional.empty();
    }

    private static boolean matches(String claim, String listed) {
        if (claim.equals(listed)) {
            return true;
        }
        int baseLength = claim.endsWith("+") || claim.endsWith("*") ? claim.length() - 1 : claim.length();
        boolean baseIsA = baseLength == 1 && claim.charAt(0) == 'A';
        if (baseIsA && claim.endsWith("+")) {
            return listed.equals("A") || listed.equals("A*");
        }
        // listed is the base followed by '*', or by '+' unless the base is A (compared without building strings)
        if (listed.length() != baseLength + 1 || !listed.regionMatches(0, claim, 0, baseLength)) {
            return false;
        }
        char mark = listed.charAt(baseLength);
        return mark == '*' || (mark == '+' && !baseIsA);
    }

    /** Whether the column lists the program. */
    public boolean lists(SpecialProgram program) {
        return rateFor(program).isPresent();
    }

    /** Equal when parsed from the same text (the groups follow from it). */
    @Override
    public boolean equals(Object o) {
        return o instanceof SpecialRates && ((SpecialRates) o).text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
