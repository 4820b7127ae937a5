package org.acesdk.examples;

import java.util.List;
import org.acesdk.model.entry.EntryLine;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.rules.AceValidator;
import org.acesdk.rules.Rule;
import org.acesdk.rules.RulePack;
import org.acesdk.rules.Severity;
import org.acesdk.rules.ValidationReport;
import org.acesdk.testkit.SampleFilings;

/**
 * A company rule pack: house rules run after CBP's, with stable ids, and report like the built-in ones. To have it
 * found automatically, list the class in {@code META-INF/services/org.acesdk.rules.RulePack}.
 */
public final class CustomRulePackExample {
    private CustomRulePackExample() {
    }

    /** House rules: every line needs a description of at least 10 characters; large entries get a note. */
    public static final class HouseRules implements RulePack {
        /** Created by the ServiceLoader or by hand. */
        public HouseRules() {
        }

        @Override
        public String name() {
            return "acme-house-rules";
        }

        @Override
        public List<Rule<?>> rules() {
            return List.of(
                    Rule.of("ACME-001", Severity.ERROR, EntrySummary.class, "Line descriptions are specific",
                            "ACME broker manual 4.2", "", (e, ctx, f) -> {
                                for (int i = 0; i < e.lines().size(); i++) {
                                    EntryLine l = e.lines().get(i);
                                    if (l.description() == null || l.description().length() < 10) {
                                        f.add("lines[" + i + "].description", "describe the goods in at least "
                                                + "10 characters, not '" + l.description() + "'");
                                    }
                                }
                            }),
                    Rule.of("ACME-002", Severity.INFO, EntrySummary.class, "Large entries get a second review",
                            "ACME broker manual 7.1", "", (e, ctx, f) -> {
                                if (e.lines().size() > 50) {
                                    f.add("lines", e.lines().size() + " lines: ask for a second review");
                                }
                            }));
        }
    }

    /** Validates the sample entry with a too-short description against CBP's rules and the house rules. */
    public static ValidationReport run(java.io.PrintStream out) {
        AceValidator validator = AceValidator.builder().addPack(new HouseRules()).build();
        EntrySummary entry = SampleFilings.oceanEntry().build();
        EntrySummary vague = entry.toBuilder().lines(List.of(entry.lines().get(0).toBuilder().description("PARTS")
                .build(), entry.lines().get(1), entry.lines().get(2))).build();
        ValidationReport report = validator.validate(vague, SampleFilings.context());
        out.print(report.toText());
        return report;
    }

    /** Runs the example. */
    public static void main(String[] args) {
        run(System.out);
    }
}
