package org.acesdk.rules.advisor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.acesdk.model.code.CountryCode;
import org.acesdk.model.code.HtsNumber;
import org.acesdk.model.money.Money;

/**
 * The chapter 99 headings one line should declare, in CBP's reporting order, and the explanations of what was left
 * out (exclusions, non-stacking, programs not in force).
 *
 * @param lineNumber the line, or 0 when advised for a bare HTS number
 * @param htsNumber the line's chapter 1-97 number
 * @param origin the country of origin
 * @param entryDate the date the programs are judged on
 * @param headings the headings to declare, in CSMS order
 * @param notes what was considered and not advised, and why
 * @param baseRatePercent the chapter 1-97 ad valorem rate the floors were judged on, or {@code null} when the schedule
 *     has no ad valorem rate for the number
 * @param prohibitions import prohibitions that apply to the goods (e.g. Section 338), each with CBP's condition code
 * @param unknownHeadings chapter 99 headings the schedule references on the line that the program data does not know
 */
public record Advice(int lineNumber, HtsNumber htsNumber, CountryCode origin, LocalDate entryDate,
        List<AdvisedHeading> headings, List<String> notes, BigDecimal baseRatePercent, List<String> prohibitions,
        List<HtsNumber> unknownHeadings) {

    /** Copies the lists. */
    public Advice {
        Objects.requireNonNull(htsNumber, "htsNumber");
        headings = List.copyOf(headings);
        notes = List.copyOf(notes);
        prohibitions = List.copyOf(prohibitions);
        unknownHeadings = List.copyOf(unknownHeadings);
    }

    /** The additional ad valorem percent the advised headings add together. */
    public BigDecimal additionalRatePercent() {
        BigDecimal sum = BigDecimal.ZERO;
        for (AdvisedHeading h : headings) {
            sum = sum.add(h.ratePercent());
        }
        return sum;
    }

    /** The chapter 1-97 ad valorem rate plus the additional percent, or {@code null} without an ad valorem base. */
    public BigDecimal totalRatePercent() {
        return baseRatePercent == null ? null : baseRatePercent.add(additionalRatePercent());
    }

    /** The headings only. */
    public List<HtsNumber> headingNumbers() {
        return headings.stream().map(AdvisedHeading::heading).toList();
    }

    /** The additional duty the advised headings add. */
    public Money additionalDuty() {
        Money sum = Money.usd("0.00");
        for (AdvisedHeading h : headings) {
            sum = sum.plus(h.amount());
        }
        return sum;
    }

    /** A readable account: one line per heading, then the notes. */
    public String toText() {
        StringBuilder b = new StringBuilder();
        b.append("line ").append(lineNumber).append(' ').append(htsNumber).append(" from ").append(origin)
                .append(" on ").append(entryDate).append('\n');
        for (AdvisedHeading h : headings) {
            b.append("  declare ").append(h.heading()).append("  ").append(h.programId()).append(' ')
                    .append(h.ratePercent().toPlainString()).append("%  ").append(h.amount()).append("  (")
                    .append(h.reason()).append(")\n");
        }
        for (String p : prohibitions) {
            b.append("  PROHIBITED: ").append(p).append('\n');
        }
        for (String n : notes) {
            b.append("  note: ").append(n).append('\n');
        }
        return b.toString();
    }
}
