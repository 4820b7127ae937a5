package org.acesdk.testkit.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.acesdk.model.code.EntryNumber;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.model.entry.PostSummaryCorrection;
import org.acesdk.model.response.Condition;
import org.acesdk.model.response.ConditionSeverity;
import org.acesdk.rules.AceValidator;
import org.acesdk.rules.Finding;
import org.acesdk.rules.RuleContext;
import org.acesdk.rules.Severity;
import org.acesdk.rules.duty.DutyAssessment;
import org.acesdk.rules.duty.DutyCalculator;
import org.acesdk.rules.psc.Psc;
import org.acesdk.rules.psc.PscTimeline;

/**
 * The fake's post-summary corrections: the versions of each accepted entry summary, and the answer to a PSC (the
 * corrected summary's rules, then CBP's PSC edits on the fake's clock: the windows, B64, 864, F883), a new version
 * when accepted. Not thread-safe: the engine calls it under its lock.
 */
public final class PscDesk {
    private final Map<EntryNumber, List<EntrySummary>> versions = new HashMap<>();
    private final Set<EntryNumber> capeInProcess = new HashSet<>();
    private final Set<EntryNumber> liquidated = new HashSet<>();

    /** The answer to one correction. */
    public record Answer(boolean accepted, List<Condition> conditions, int version) {
    }

    /** Records a first filing the fake accepted as version 100. */
    public void accepted(EntrySummary e) {
        List<EntrySummary> v = new ArrayList<>();
        v.add(e);
        versions.put(e.entryNumber(), v);
    }

    /** Answers a correction. */
    public Answer answer(PostSummaryCorrection psc, LocalDate today, AceValidator validator, RuleContext context,
            DutyCalculator calculator) {
        EntrySummary c = psc.corrected();
        List<EntrySummary> v = versions.get(c.entryNumber());
        if (v == null) {
            return new Answer(false, List.of(fatal("999", "PSC: NO ACCEPTED ENTRY SUMMARY ON FILE")), 0);
        }
        List<Finding> errors = new ArrayList<>(validator.validate(c, context).errors());
        if (errors.isEmpty()) {
            DutyAssessment a = calculator.assess(c, context);
            if (!a.isComplete()) {
                errors.addAll(a.findings());
            }
        }
        Psc p = Psc.between(v.get(v.size() - 1), c, context);
        for (Finding f : p.check(new PscTimeline(today, null, null, liquidated.contains(c.entryNumber()),
                capeInProcess.contains(c.entryNumber())))) {
            if (f.severity() == Severity.ERROR) {
                errors.add(f);
            }
        }
        if (!errors.isEmpty()) {
            Set<String> seen = new LinkedHashSet<>();
            List<Condition> cs = new ArrayList<>();
            for (Finding f : errors) {
                String code = f.conditionCode().isBlank() ? "999" : f.conditionCode();
                if (seen.add(code + f.message())) {
                    cs.add(fatal(code, f.message()));
                }
            }
            return new Answer(false, cs, 0);
        }
        v.add(c);
        return new Answer(true, List.of(), 99 + v.size());
    }

    /** The accepted versions of an entry summary, oldest first (empty when none). */
    public List<EntrySummary> versions(EntryNumber n) {
        List<EntrySummary> v = versions.get(n);
        return v == null ? List.of() : List.copyOf(v);
    }

    /** Marks a CAPE refund as in process (or done) for an entry. */
    public void capeRefund(EntryNumber n, boolean inProcess) {
        if (inProcess) {
            capeInProcess.add(n);
        } else {
            capeInProcess.remove(n);
        }
    }

    /** Marks an entry liquidated. */
    public void liquidate(EntryNumber n) {
        liquidated.add(n);
    }

    /** Forgets everything. */
    public void clear() {
        versions.clear();
        capeInProcess.clear();
        liquidated.clear();
    }

    private static Condition fatal(String code, String text) {
        return new Condition(code, ConditionSeverity.FATAL, null, text, null, null);
    }
}
