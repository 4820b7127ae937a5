package org.acesdk.model.entry;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.acesdk.model.internal.Lists;

/**
 * A post-summary correction (PSC): the whole corrected entry summary, sent as a replace (10-record action {@code R},
 * PSC indicator {@code Y}) with CBP's reason codes for the header (record 35) and the lines (record 63) and the
 * filer's explanation (record 36). It becomes a new version of the accepted entry summary.
 *
 * @param corrected the corrected entry summary, whole
 * @param headerReasons 1-5 header reason codes (3 characters each, e.g. {@code H99} data change, other)
 * @param explanation the filing explanation, 0-99 lines of at most 75 characters (kept in upper case, as CATAIR text
 *     travels)
 * @param lineReasons reason codes per line number (1-5 each, 3 characters), for the lines corrected
 */
public record PostSummaryCorrection(
        @NotNull @Valid EntrySummary corrected,
        @NotNull @Size(min = 1, max = 5) List<@NotNull String> headerReasons,
        @Size(max = 99) List<@NotNull @Size(max = 75) String> explanation,
        Map<Integer, List<String>> lineReasons) {

    /** Checks the codes and texts, and copies the collections (line reasons in line order). */
    public PostSummaryCorrection {
        Objects.requireNonNull(corrected, "corrected");
        headerReasons = Lists.copy(headerReasons, "headerReasons");
        explanation = Lists.copy(explanation, "explanation").stream().map(l -> l == null ? null
                : l.toUpperCase(java.util.Locale.ROOT)).toList();
        if (headerReasons.isEmpty() || headerReasons.size() > 5) {
            throw new IllegalArgumentException("headerReasons: 1 to 5 reason codes (record 35), not "
                    + headerReasons.size());
        }
        headerReasons.forEach(c -> code("headerReasons", c));
        if (explanation.size() > 99) {
            throw new IllegalArgumentException("explanation: at most 99 lines (record 36), not " + explanation.size());
        }
        for (int i = 0; i < explanation.size(); i++) {
            String l = explanation.get(i);
            if (l.length() > 75 || !l.chars().allMatch(ch -> ch >= 0x20 && ch < 0x7f)) {
                throw new IllegalArgumentException("explanation[" + i + "]: at most 75 printable ASCII characters");
            }
        }
        TreeMap<Integer, List<String>> lines = new TreeMap<>();
        if (lineReasons != null) {
            for (Map.Entry<Integer, List<String>> e : lineReasons.entrySet()) {
                Integer line = e.getKey();
                if (line == null || corrected.lines().stream().noneMatch(l -> l.lineNumber() == line)) {
                    throw new IllegalArgumentException("lineReasons: line " + line + " is not in the corrected "
                            + "summary");
                }
                List<String> codes = Lists.copy(e.getValue(), "lineReasons[" + line + "]");
                if (codes.isEmpty() || codes.size() > 5) {
                    throw new IllegalArgumentException("lineReasons[" + line + "]: 1 to 5 reason codes (record 63)");
                }
                codes.forEach(c -> code("lineReasons[" + line + "]", c));
                lines.put(line, codes);
            }
        }
        lineReasons = java.util.Collections.unmodifiableMap(lines);
    }

    private static void code(String field, String c) {
        if (c == null || !c.matches("[A-Z0-9]{3}")) {
            throw new IllegalArgumentException(field + ": a reason code is 3 letters or digits, not '" + c + "'");
        }
    }

    /** The explanation split into record-36 lines of at most 75 characters, words kept whole where they fit. */
    public static List<String> explain(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            while (word.length() > 75) {
                if (line.length() > 0) {
                    out.add(line.toString());
                    line.setLength(0);
                }
                out.add(word.substring(0, 75));
                word = word.substring(75);
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > 75) {
                out.add(line.toString());
                line.setLength(0);
            }
            if (!word.isEmpty()) {
                line.append(line.length() > 0 ? " " : "").append(word);
            }
        }
        if (line.length() > 0) {
            out.add(line.toString());
        }
        return out;
    }

    /** The entry number and reasons; the summary itself is not printed. */
    @Override
    public String toString() {
        return "PostSummaryCorrection[" + corrected.entryNumber() + ", reasons " + headerReasons + ", lines "
                + lineReasons.keySet() + "]";
    }
}
