package org.acesdk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.model.isf.ImporterSecurityFiling;
import org.acesdk.model.isf.IsfLine;
import org.acesdk.rules.isf.IsfConsistency;
import org.junit.jupiter.api.Test;

class IsfConsistencyTest {

    static List<String> ids(List<Finding> fs) {
        return fs.stream().map(f -> f.ruleId() + " " + f.path()).toList();
    }

    @Test
    void anIsfAndItsEntryAgreeOrSayWhereNot() {
        EntrySummary entry = Samples.entry();
        ImporterSecurityFiling isf = Samples.isf();
        // the sample entry's numbers, MIDs and bill against an ISF that declares all of them
        List<IsfLine> all = new java.util.ArrayList<>();
        for (var l : entry.lines()) {
            for (var t : l.tariffs()) {
                if (!t.htsNumber().isChapter99() && !t.htsNumber().isChapter98()) {
                    all.add(IsfLine.builder().manufacturer(Samples.party("M", l.countryOfOrigin().code()))
                            .countryOfOrigin(l.countryOfOrigin()).htsNumber(t.htsNumber().digits().substring(0, 6))
                            .build());
                }
            }
        }
        ImporterSecurityFiling matching = isf.toBuilder().lines(all).billOfLading(entry.billOfLading() == null
                ? isf.billOfLading() : entry.billOfLading()).build();
        assertEquals(List.of(), ids(IsfConsistency.check(matching, entry)));
        // only the first line's heading declared, from another country, on another bill
        ImporterSecurityFiling partial = matching.toBuilder().lines(List.of(IsfLine.builder()
                .manufacturer(Samples.party("M", "KR")).countryOfOrigin("KR").htsNumber(all.get(0).htsNumber())
                .build())).billOfLading("OTHER123").build();
        List<String> found = ids(IsfConsistency.check(partial, entry.toBuilder().billOfLading("MAEU999").build()));
        assertEquals(true, found.contains("ISF-ENTRY-003 billOfLading"), found.toString());
        assertEquals(true, found.stream().anyMatch(s -> s.startsWith("ISF-ENTRY-001 lines[1]")), found.toString());
        assertEquals(true, found.stream().anyMatch(s -> s.startsWith("ISF-ENTRY-002 lines[0].manufacturerId")),
                found.toString());
    }
}
