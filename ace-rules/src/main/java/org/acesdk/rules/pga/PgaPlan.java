package org.acesdk.rules.pga;

import java.util.ArrayList;
import java.util.List;
import org.acesdk.rules.Finding;

/**
 * A line's PGA plan: for each flagged tariff number, which agencies need which records and why, and what the line's
 * declarations still lack, so that an ERP can ask its user for exactly the missing data. Immutable.
 *
 * @param lineNumber the entry line's number
 * @param requirements one per flag of each tariff number, in order
 * @param unflagged findings on declarations no flag asks for (the agency rules still apply to them)
 */
public record PgaPlan(int lineNumber, List<PgaRequirement> requirements, List<Finding> unflagged) {

    /** Copies the lists. */
    public PgaPlan {
        requirements = List.copyOf(requirements);
        unflagged = List.copyOf(unflagged);
    }

    /** Whether every requirement is satisfied and no declaration has an error. */
    public boolean complete() {
        return requirements.stream().allMatch(PgaRequirement::satisfied)
                && unflagged.stream().noneMatch(Finding::isError);
    }

    /** Everything still missing, requirement by requirement. */
    public List<Finding> missing() {
        List<Finding> out = new ArrayList<>();
        for (PgaRequirement r : requirements) {
            out.addAll(r.missing());
        }
        out.addAll(unflagged);
        return out;
    }

    /** A readable account: one paragraph per requirement. */
    public String toText() {
        StringBuilder b = new StringBuilder("line ").append(lineNumber).append('\n');
        for (PgaRequirement r : requirements) {
            b.append("  ").append(r.flag().agency().code()).append(" (").append(r.flag().code()).append(") ")
                    .append(r.satisfied() ? "satisfied" : "needs data").append(": ").append(r.why()).append('\n');
            for (int i = 0; i < r.options().size(); i++) {
                b.append("    - ").append(r.options().get(i)).append(": ").append(r.records().get(i)).append('\n');
            }
            for (Finding f : r.missing()) {
                b.append("    missing [").append(f.ruleId()).append("] ").append(f.message()).append('\n');
            }
        }
        for (Finding f : unflagged) {
            b.append("  [").append(f.ruleId()).append("] ").append(f.message()).append('\n');
        }
        return b.toString();
    }
}
