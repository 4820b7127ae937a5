package org.acesdk.data;

import java.util.List;
import java.util.Map;

/**
 * One row of a USITC HTS JSON export exactly as published, before any interpretation: every value is the exported
 * text, {@code null} where the export has {@code null}. Keys the SDK does not know are kept in {@code extra} as their
 * JSON text, so nothing read is lost. The rules module resolves rates from these rows.
 *
 * @param htsno the HTS number as printed, e.g. {@code 0101.21.00}, or empty for a heading text row
 * @param indent the indentation level as exported (a whole number as text)
 * @param description the row's description
 * @param superior the export's {@code superior} flag text, or {@code null}
 * @param units the units of quantity as printed, e.g. {@code No.}
 * @param general the general (column 1) rate text
 * @param special the special rate text
 * @param other the column 2 rate text
 * @param footnotes the footnotes, or {@code null} when exported as null
 * @param quotaQuantity the quota quantity text, or {@code null}
 * @param additionalDuties the additional duties text, or {@code null}
 * @param addiitionalDuties the export's misspelt {@code addiitionalDuties} value, or {@code null}
 * @param extra other keys, by name, each with its value as JSON text
 */
public record HtsRow(String htsno, String indent, String description, String superior, List<String> units,
        String general, String special, String other, List<HtsFootnote> footnotes, String quotaQuantity,
        String additionalDuties, String addiitionalDuties, Map<String, String> extra) {

    /** Copies the lists and maps. */
    public HtsRow {
        units = units == null ? null : List.copyOf(units);
        footnotes = footnotes == null ? null : List.copyOf(footnotes);
        extra = extra == null ? Map.of() : Map.copyOf(extra);
    }

    /** Whether the row carries an HTS number (headings, subheadings, tariff and statistical lines). */
    public boolean isNumbered() {
        return htsno != null && !htsno.isBlank();
    }
}
