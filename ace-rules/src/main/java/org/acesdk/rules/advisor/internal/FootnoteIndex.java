package org.acesdk.rules.advisor.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.acesdk.model.code.HtsNumber;
import org.acesdk.rules.tariff.TariffHistory;
import org.acesdk.rules.tariff.TariffRevision;
import org.acesdk.rules.tariff.TariffRow;
import org.acesdk.rules.tariff.TariffSchedule;

/**
 * The chapter 99 headings a schedule's footnotes reference on a number, by the row that carries them: the 10-digit
 * row's own (what it adds to its 8-digit line) or the 8-digit line's. One index per revision, built on first use.
 * Internal: not part of the public API.
 */
public final class FootnoteIndex {
    private static final int REVISION_LIMIT = 64;
    private final TariffSchedule schedule;
    private final Map<TariffRevision, Index> indexes = new ConcurrentHashMap<>();

    /** The references of a number: each with the level (10 or 8 digits) of the row that carries it. */
    public static final class Refs {
        private static final Refs NONE = new Refs(Set.of(), Set.of());
        private final Set<HtsNumber> own10;
        private final Set<HtsNumber> line8;

        Refs(Set<HtsNumber> own10, Set<HtsNumber> line8) {
            this.own10 = own10;
            this.line8 = line8;
        }

        /** 10 when the 10-digit row itself references the heading, 8 when its 8-digit line does, else 0. */
        public int level(HtsNumber heading) {
            return own10.contains(heading) ? 10 : line8.contains(heading) ? 8 : 0;
        }

        /** Every referenced heading. */
        public Set<HtsNumber> all() {
            if (own10.isEmpty()) {
                return line8;
            }
            Set<HtsNumber> out = new LinkedHashSet<>(line8);
            out.addAll(own10);
            return out;
        }
    }

    private record Index(Map<String, Set<HtsNumber>> line8, Map<String, Set<HtsNumber>> own10) {
    }

    /** An index over the schedule (a revision or a history). */
    public FootnoteIndex(TariffSchedule schedule) {
        this.schedule = schedule;
    }

    /** The references of the number on the date. */
    public Refs refs(HtsNumber hts, LocalDate date) {
        TariffRevision revision = revision(date);
        String d = hts.digits();
        if (revision == null) {
            Set<HtsNumber> own = schedule.find(hts, date).map(r -> (Set<HtsNumber>) new LinkedHashSet<>(
                    r.chapter99References())).orElse(Set.of());
            return own.isEmpty() ? Refs.NONE : new Refs(d.length() == 10 ? own : Set.of(), d.length() == 10 ? Set.of()
                    : own);
        }
        Index index = indexes.get(revision);
        if (index == null) {
            index = build(revision);
            if (indexes.size() >= REVISION_LIMIT) {
                indexes.clear();
            }
            indexes.put(revision, index);
        }
        if (d.length() < 8) {
            return Refs.NONE;
        }
        Set<HtsNumber> l8 = index.line8().getOrDefault(d.substring(0, 8), Set.of());
        Set<HtsNumber> o10 = d.length() == 10 ? index.own10().getOrDefault(d, Set.of()) : Set.of();
        return l8.isEmpty() && o10.isEmpty() ? Refs.NONE : new Refs(o10, l8);
    }

    private TariffRevision revision(LocalDate date) {
        if (schedule instanceof TariffRevision) {
            return (TariffRevision) schedule;
        }
        if (schedule instanceof TariffHistory) {
            return ((TariffHistory) schedule).revisionAt(date).orElse(null);
        }
        return null;
    }

    /**
     * By 8-digit line its own row's references, or, when the schedule prints the line only as 10-digit rows, the
     * union of theirs; by 10-digit number what its row adds to its 8-digit row's (a 10-digit row without rates of its
     * own carries its 8-digit line's footnotes too).
     */
    private static Index build(TariffRevision revision) {
        Map<String, Set<HtsNumber>> own8 = new HashMap<>();
        Map<String, Set<HtsNumber>> rows10 = new HashMap<>();
        for (TariffRow row : revision.rows()) {
            String d = row.htsNumber().digits();
            if (row.htsNumber().isChapter99() || d.length() < 8) {
                continue;
            }
            if (d.length() == 8) {
                own8.computeIfAbsent(d, k -> new LinkedHashSet<>()).addAll(row.chapter99References());
            } else if (!row.chapter99References().isEmpty()) {
                rows10.computeIfAbsent(d, k -> new LinkedHashSet<>()).addAll(row.chapter99References());
            }
        }
        Map<String, Set<HtsNumber>> line8 = new HashMap<>();
        own8.forEach((k, v) -> {
            if (!v.isEmpty()) {
                line8.put(k, Set.copyOf(v));
            }
        });
        Map<String, Set<HtsNumber>> own10 = new HashMap<>();
        Map<String, Set<HtsNumber>> union = new HashMap<>();
        rows10.forEach((d, refs) -> {
            String h8 = d.substring(0, 8);
            Set<HtsNumber> parent = own8.get(h8);
            if (parent == null) {
                union.computeIfAbsent(h8, k -> new LinkedHashSet<>()).addAll(refs);
                return;
            }
            Set<HtsNumber> mine = new LinkedHashSet<>(refs);
            mine.removeAll(parent);
            if (!mine.isEmpty()) {
                own10.put(d, Set.copyOf(mine));
            }
        });
        union.forEach((k, v) -> line8.put(k, Set.copyOf(v)));
        return new Index(line8, own10);
    }
}
