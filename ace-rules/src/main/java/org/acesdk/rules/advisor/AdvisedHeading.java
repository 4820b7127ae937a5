package org.acesdk.rules.advisor;

import java.math.BigDecimal;
import java.util.Objects;
import org.acesdk.model.code.HtsNumber;
import org.acesdk.model.money.Money;
import org.acesdk.rules.duty.StackingCategory;

/**
 * One chapter 99 heading the advisor says to declare on a line.
 *
 * @param heading the chapter 99 heading, e.g. {@code 9903.88.03}
 * @param programId the program, e.g. {@code S301-LIST3}
 * @param programName the program's readable name
 * @param category where it stands in CBP's reporting order
 * @param reason why: which footnote, list or rule matched
 * @param ratePercent the additional ad valorem rate in force on the date, percent
 * @param amount what it adds on the line's value (rounded half up to the cent), or zero for exemption headings
 * @param source the legal source: heading text, U.S. note and paragraph, proclamation or notice
 */
public record AdvisedHeading(HtsNumber heading, String programId, String programName, StackingCategory category,
        String reason, BigDecimal ratePercent, Money amount, String source) {

    /** Checks the parts. */
    public AdvisedHeading {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(programId, "programId");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(ratePercent, "ratePercent");
        Objects.requireNonNull(amount, "amount");
        programName = programName == null ? programId : programName;
        reason = reason == null ? "" : reason;
        source = source == null ? "" : source;
    }
}
