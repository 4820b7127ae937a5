package org.acesdk.rules.tariff;

import java.util.List;
import java.util.Objects;
import org.acesdk.model.code.HtsNumber;
import org.acesdk.model.code.UnitOfMeasure;

/**
 * One row of the Harmonized Tariff Schedule as loaded, with rates resolved: a statistical (10-digit) row that
 * prints no rate carries the rates of the 8-digit line above it.
 *
 * @param htsNumber the HTS number (8 or 10 digits; 6-digit subheadings are kept as rows too)
 * @param indent the indentation level in the schedule
 * @param description the row's own description
 * @param units the units of quantity the row requires, mapped to CBP units ({@code UNKNOWN} when not mappable)
 * @param unitTexts the units as printed by the USITC, e.g. {@code kg}, {@code No.}
 * @param general the general (column 1) rate
 * @param special the special rate column
 * @param other the column 2 rate
 * @param footnotes the footnote texts
 * @param chapter99References chapter 99 headings the footnotes point at, e.g. {@code 9903.88.15}
 * @param rowNumber the 1-based position of the row in the source file
 * @param ratesFrom the row whose rates apply: this row's number, or the 8-digit line above it
 */
public record TariffRow(HtsNumber htsNumber, int indent, String description, List<UnitOfMeasure> units,
        List<String> unitTexts, RateExpression general, SpecialRates special, RateExpression other,
        List<String> footnotes, List<HtsNumber> chapter99References, long rowNumber, HtsNumber ratesFrom) {

    /** Checks the required parts and copies the lists. */
    public TariffRow {
        Objects.requireNonNull(htsNumber, "htsNumber");
        description = description == null ? "" : description;
        units = List.copyOf(units);
        unitTexts = List.copyOf(unitTexts);
        general = general == null ? RateExpression.parse("") : general;
        special = special == null ? SpecialRates.empty() : special;
        other = other == null ? RateExpression.parse("") : other;
        footnotes = List.copyOf(footnotes);
        chapter99References = List.copyOf(chapter99References);
        ratesFrom = ratesFrom == null ? htsNumber : ratesFrom;
    }

    /**
     * A short label for explanations, in the USITC's notation, e.g.
     * {@code HTS 7326.90.86.88 (row 25012, rates of 7326.90.86)}.
     */
    public String source() {
        return "HTS " + htsNumber.usitcFormat() + " (row " + rowNumber
                + (ratesFrom.equals(htsNumber) ? "" : ", rates of " + ratesFrom.usitcFormat()) + ")";
    }
}
