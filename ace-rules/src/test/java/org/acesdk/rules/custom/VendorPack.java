package org.acesdk.rules.custom;

import java.util.List;
import java.util.Set;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.rules.Rule;
import org.acesdk.rules.RuleId;
import org.acesdk.rules.RulePack;
import org.acesdk.rules.Severity;

/** A vendor's pack, as a third-party jar would ship it: one rule of its own, one built-in rule switched off. */
public final class VendorPack implements RulePack {
    @Override
    public String name() {
        return "vendor-pack";
    }

    @Override
    public List<Rule<?>> rules() {
        return List.of(Rule.of("VENDOR-REF-001", Severity.ERROR, EntrySummary.class,
                "Our ERP requires a filer reference", "", "", (e, ctx, f) -> {
                    if (e.filerReference() == null) {
                        f.add("filerReference", "filerReference is required by the ERP");
                    }
                }));
    }

    @Override
    public Set<RuleId> disabledRules() {
        return Set.of(RuleId.of("AE-LINE-011"));
    }
}
