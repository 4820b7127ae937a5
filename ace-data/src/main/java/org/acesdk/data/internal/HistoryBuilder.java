package org.acesdk.data.internal;

import com.github.difflib.algorithm.Change;
import com.github.difflib.algorithm.myers.MeyersDiffWithLinearSpace;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.acesdk.data.DataException;
import org.acesdk.data.HtsHistory;
import org.acesdk.data.HtsRevision;
import org.acesdk.data.HtsRow;

/**
 * Adds a revision to a history: the newest revision's rows and the new rows are aligned by a linear-space Myers diff
 * (rows equal by value); aligned rows extend their version's interval, the others become new versions placed right
 * after the version of the row before them, so every revision's rows stay in export order.
 */
public final class HistoryBuilder {
    private HistoryBuilder() {
    }

    /** A version being built: its interval end moves as revisions are added. */
    private static final class Node {
        final HtsRow row;
        final int first;
        int last;

        Node(HtsRow row, int first, int last) {
            this.row = row;
            this.first = first;
            this.last = last;
        }
    }

    /**
     * The history with the revision added.
     *
     * @param base the history so far, or {@code null} to start one
     * @param revision the revision
     * @param rows its rows in export order
     * @return the new history
     */
    public static HtsHistory append(HtsHistory base, HtsRevision revision, List<HtsRow> rows) {
        if (rows.size() != revision.rowCount()) {
            throw new DataException("HTS revision " + revision.id() + ": " + rows.size() + " rows, "
                    + revision.rowCount() + " declared");
        }
        List<HtsRevision> revisions = new ArrayList<>();
        List<Node> order = new ArrayList<>();
        if (base != null) {
            revisions.addAll(base.revisions());
            for (HtsHistory.Version v : base.versions()) {
                order.add(new Node(v.row(), v.first(), v.last()));
            }
            for (HtsRevision r : revisions) {
                if (r.id().equals(revision.id())) {
                    throw new DataException("HTS history already holds revision " + revision.id());
                }
            }
            if (!revision.effective().isAfter(base.newest().effective())) {
                throw new DataException("HTS revision " + revision.id() + " (effective " + revision.effective()
                        + ") is not newer than " + base.newest().id() + " (effective " + base.newest().effective() + ")");
            }
        }
        int index = revisions.size();
        revisions.add(revision);

        List<Node> previous = new ArrayList<>();
        for (Node n : order) {
            if (n.last == index - 1) {
                previous.add(n);
            }
        }
        Map<HtsRow, Integer> ids = new HashMap<>(rows.size() * 2);
        List<Integer> a = new ArrayList<>(previous.size());
        for (Node n : previous) {
            a.add(ids.computeIfAbsent(n.row, k -> ids.size()));
        }
        List<Integer> b = new ArrayList<>(rows.size());
        for (HtsRow r : rows) {
            b.add(ids.computeIfAbsent(r, k -> ids.size()));
        }
        List<Change> changes = previous.isEmpty()
                ? List.of(new Change(DeltaType.INSERT, 0, 0, 0, rows.size()))
                : new MeyersDiffWithLinearSpace<Integer>().computeDiff(a, b, null);

        // walk the alignment: unchanged stretches extend versions, changed ones add versions after their anchor
        Map<Node, List<Node>> after = new IdentityHashMap<>();
        List<Node> atHead = new ArrayList<>();
        Node anchor = null;
        int i = 0;
        int j = 0;
        int c = 0;
        while (j < rows.size()) {
            Change ch = c < changes.size() ? changes.get(c) : null;
            if (ch != null && i == ch.startOriginal && j == ch.startRevised) {
                i = ch.endOriginal;
                for (; j < ch.endRevised; j++) {
                    Node added = new Node(rows.get(j), index, index);
                    (anchor == null ? atHead : after.computeIfAbsent(anchor, k -> new ArrayList<>())).add(added);
                }
                c++;
                continue;
            }
            if (i >= previous.size()) {
                throw new IllegalStateException("diff alignment ran past the previous revision");
            }
            Node kept = previous.get(i++);
            kept.last = index;
            anchor = kept;
            j++;
        }
        List<Node> merged = new ArrayList<>(order.size() + atHead.size() + 64);
        merged.addAll(atHead);
        for (Node n : order) {
            merged.add(n);
            List<Node> added = after.get(n);
            if (added != null) {
                merged.addAll(added);
            }
        }
        List<HtsHistory.Version> versions = new ArrayList<>(merged.size());
        for (Node n : merged) {
            versions.add(new HtsHistory.Version(n.row, n.first, n.last));
        }
        return new HtsHistory(revisions, versions);
    }
}
