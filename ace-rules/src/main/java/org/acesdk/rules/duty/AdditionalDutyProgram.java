package org.acesdk.rules.duty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.acesdk.model.code.HtsNumber;

/**
 * A chapter 99 additional-duty program in force between two dates: which headings it covers, its rate, and where it
 * stands in the reporting order. The tariff schedule's own chapter 99 row takes precedence when it is loaded and
 * parses; these figures are the fallback and the explanation.
 *
 * @param id a stable id, e.g. {@code S301-LIST3}
 * @param name a readable name, e.g. {@code Section 301 list 3}
 * @param category the stacking category
 * @param headings the chapter 99 headings (8 digits) it covers
 * @param ratePercent the additional ad valorem rate, percent
 * @param from first entry date in force
 * @param to last entry date in force, or {@code null} while open-ended
 * @param source the legal or CBP source
 */
public record AdditionalDutyProgram(String id, String name, StackingCategory category, List<HtsNumber> headings,
        BigDecimal ratePercent, LocalDate from, LocalDate to, String source) {

    /** Checks the parts. */
    public AdditionalDutyProgram {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        headings = List.copyOf(headings);
        Objects.requireNonNull(ratePercent, "ratePercent");
        Objects.requireNonNull(from, "from");
        source = source == null ? "" : source;
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("program " + id + " ends before it starts");
        }
    }

    /** Whether the program is in force for goods entered on the date. */
    public boolean isInForce(LocalDate date) {
        return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }

    /** Whether the program covers the heading. */
    public boolean covers(HtsNumber heading) {
        for (HtsNumber h : headings) {
            if (h.covers(heading)) {
                return true;
            }
        }
        return false;
    }
}
