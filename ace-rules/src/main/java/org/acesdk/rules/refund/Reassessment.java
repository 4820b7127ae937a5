package org.acesdk.rules.refund;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.acesdk.model.code.EntryNumber;
import org.acesdk.model.money.Money;
import org.acesdk.rules.Finding;

/**
 * One entry re-assessed on the rates of its own entry date: the duty as filed (its chapter 99 headings included) and
 * the duty owed under the law as it now stands (the IEEPA headings struck down), per line and by program.
 *
 * @param entryNumber the entry number
 * @param entryDate the entry date that picked the rates
 * @param dutyAsFiled the duty of the entry as filed
 * @param dutyOwed the duty owed without the IEEPA duties
 * @param byProgram the difference by program ({@code IEEPA}, {@code SECTION_301} ...): as filed minus owed, non-zero
 *     only
 * @param lines the same per line
 * @param complete whether both assessments were complete (no rate left unparsed, no quantity missing)
 * @param findings the assessments' findings
 */
public record Reassessment(EntryNumber entryNumber, LocalDate entryDate, Money dutyAsFiled, Money dutyOwed,
        Map<String, Money> byProgram, List<Line> lines, boolean complete, List<Finding> findings) {

    /** Copies the collections. */
    public Reassessment {
        byProgram = Map.copyOf(byProgram);
        lines = List.copyOf(lines);
        findings = List.copyOf(findings);
    }

    /** The duty to refund: as filed minus owed. */
    public Money difference() {
        return dutyAsFiled.minus(dutyOwed);
    }

    /**
     * One line re-assessed.
     *
     * @param lineNumber the line number
     * @param dutyAsFiled the line's duty as filed
     * @param dutyOwed the line's duty owed now
     * @param byProgram the difference by program, non-zero only
     */
    public record Line(int lineNumber, Money dutyAsFiled, Money dutyOwed, Map<String, Money> byProgram) {
        /** Copies the map. */
        public Line {
            byProgram = Map.copyOf(byProgram);
        }
    }
}
