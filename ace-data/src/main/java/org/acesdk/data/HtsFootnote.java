package org.acesdk.data;

import java.util.List;
import java.util.Map;

/**
 * One footnote of a USITC HTS row, as exported: the columns it annotates, its text, its type and an optional marker.
 * Keys the SDK does not know are kept in {@code extra} as their JSON text.
 *
 * @param columns the columns the footnote belongs to, e.g. {@code general}; {@code null} when exported as null
 * @param value the footnote text, e.g. {@code See 9903.88.15. }
 * @param type the footnote type, e.g. {@code endnote}
 * @param marker the footnote marker, or {@code null} when the export has none
 * @param extra other keys, by name, each with its value as JSON text
 */
public record HtsFootnote(List<String> columns, String value, String type, String marker, Map<String, String> extra) {

    /** Copies the lists and maps. */
    public HtsFootnote {
        columns = columns == null ? null : List.copyOf(columns);
        extra = extra == null ? Map.of() : Map.copyOf(extra);
    }
}
