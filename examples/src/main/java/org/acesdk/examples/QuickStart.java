package org.acesdk.examples;

import java.io.PrintStream;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.model.json.AceJson;
import org.acesdk.rules.AceValidator;
import org.acesdk.rules.RuleContext;
import org.acesdk.rules.ValidationReport;
import org.acesdk.rules.duty.DutyAssessment;
import org.acesdk.rules.duty.DutyCalculator;
import org.acesdk.testkit.SampleFilings;

/**
 * The README's quick start: builds a realistic three-line ocean entry (steel from China with Section 301 and 232,
 * handbags from Vietnam, USMCA parts from Mexico), validates it, assesses duty and fees, and prints the results;
 * then validates a deliberately broken copy and prints its findings.
 */
public final class QuickStart {
    private QuickStart() {
    }

    /** Runs the quick start, printing to standard output. */
    public static void main(String[] args) {
        run(System.out);
    }

    /**
     * Runs the quick start.
     *
     * @param out where to print
     * @return the assessment of the valid entry
     */
    public static DutyAssessment run(PrintStream out) {
        RuleContext context = SampleFilings.context();
        EntrySummary entry = SampleFilings.oceanEntry().build();

        out.println("== 1. The entry summary (JSON, importer numbers masked) ==");
        out.println(AceJson.writeRedactedPretty(entry));

        out.println("== 2. Validation ==");
        ValidationReport report = AceValidator.standard().validate(entry, context);
        out.print(report.toText());

        out.println("== 3. Duty and fees ==");
        DutyAssessment assessment = DutyCalculator.create(context).assess(entry);
        out.print(assessment.toTable());

        out.println("== 4. A broken copy: no bond, and line 1 exported after the goods were imported ==");
        EntrySummary broken = entry.toBuilder().bond(null)
                .lines(java.util.List.of(entry.lines().get(0).toBuilder()
                        .exportDate(java.time.LocalDate.of(2026, 3, 25)).build(),
                        entry.lines().get(1), entry.lines().get(2)))
                .build();
        out.print(AceValidator.standard().validate(broken, context).toText());
        return assessment;
    }
}
