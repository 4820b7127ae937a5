package org.acesdk.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.acesdk.data.internal.HistoryBuilder;
import org.acesdk.data.internal.HistoryCodec;

/**
 * Every row of a series of USITC HTS revisions, each row version stored once with the interval of revisions in
 * which it holds. {@link #rows(int)} gives back any revision's export, row for row, in export order. Built at the
 * SDK's build time from all bundled exports ({@link AceData#bundled()}), or by {@link #with} when an update adds a
 * revision. Immutable and thread-safe.
 */
public final class HtsHistory {
    private final List<HtsRevision> revisions;
    private final List<Version> versions;

    /**
     * One row version and the revisions in which it holds.
     *
     * @param row the row as exported
     * @param first the index of the first revision that holds it
     * @param last the index of the last revision that holds it (inclusive)
     */
    public record Version(HtsRow row, int first, int last) {
        /** Checks the interval. */
        public Version {
            Objects.requireNonNull(row, "row");
            if (first < 0 || last < first) {
                throw new IllegalArgumentException("bad revision interval " + first + ".." + last);
            }
        }

        /** Whether the row holds in the revision of that index. */
        public boolean holdsIn(int revision) {
            return revision >= first && revision <= last;
        }
    }

    /**
     * Creates a history from its parts; checks that revisions are in effective-date order and that each revision's
     * row count matches its versions.
     *
     * @param revisions the revisions, oldest first
     * @param versions the row versions, in an order in which every revision's rows stand in export order
     * @throws DataException if the parts disagree
     */
    public HtsHistory(List<HtsRevision> revisions, List<Version> versions) {
        this.revisions = List.copyOf(revisions);
        this.versions = List.copyOf(versions);
        if (this.revisions.isEmpty()) {
            throw new DataException("HTS history: no revisions");
        }
        int[] counts = new int[this.revisions.size()];
        for (Version v : this.versions) {
            if (v.last() >= counts.length) {
                throw new DataException("HTS history: a row version names revision " + v.last() + " of "
                        + counts.length);
            }
            for (int r = v.first(); r <= v.last(); r++) {
                counts[r]++;
            }
        }
        for (int i = 0; i < counts.length; i++) {
            HtsRevision r = this.revisions.get(i);
            if (i > 0 && !r.effective().isAfter(this.revisions.get(i - 1).effective())) {
                throw new DataException("HTS history: revision " + r.id() + " is not effective after "
                        + this.revisions.get(i - 1).id());
            }
            if (counts[i] != r.rowCount()) {
                throw new DataException("HTS history: revision " + r.id() + " has " + counts[i] + " rows, "
                        + r.rowCount() + " expected");
            }
        }
    }

    /**
     * A history of one revision.
     *
     * @param revision the revision (its row count must equal the rows')
     * @param rows its rows in export order
     * @return the history
     */
    public static HtsHistory of(HtsRevision revision, List<HtsRow> rows) {
        return HistoryBuilder.append(null, revision, rows);
    }

    /**
     * This history with one newer revision added: rows unchanged since the newest revision extend their interval,
     * the others are stored as new versions.
     *
     * @param revision the revision, effective after the newest one here; its row count must equal the rows'
     * @param rows its rows in export order
     * @return the new history
     * @throws DataException if the revision is not newer or its id is taken
     */
    public HtsHistory with(HtsRevision revision, List<HtsRow> rows) {
        return HistoryBuilder.append(this, revision, rows);
    }

    /**
     * Reads the compiled form written by {@link #write}; the stream is not closed.
     *
     * @param in the compiled history (gzip)
     * @return the history
     * @throws IOException if the stream cannot be read
     * @throws DataException if it is not a compiled history or is damaged
     */
    public static HtsHistory read(InputStream in) throws IOException {
        return HistoryCodec.read(in);
    }

    /**
     * Writes the compiled form (gzip); the stream is not closed.
     *
     * @param out where to write
     * @throws IOException if writing fails
     */
    public void write(OutputStream out) throws IOException {
        HistoryCodec.write(this, out);
    }

    /** The revisions, oldest first. */
    public List<HtsRevision> revisions() {
        return revisions;
    }

    /** The row versions, each once. */
    public List<Version> versions() {
        return versions;
    }

    /** The newest revision. */
    public HtsRevision newest() {
        return revisions.get(revisions.size() - 1);
    }

    /**
     * The index of the revision in force on a date: the latest effective on or before it.
     *
     * @param date the date
     * @return the index, or -1 when the date is before the first revision
     */
    public int indexAt(LocalDate date) {
        int lo = 0;
        int hi = revisions.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (revisions.get(mid).effective().isAfter(date)) {
                hi = mid - 1;
            } else {
                found = mid;
                lo = mid + 1;
            }
        }
        return found;
    }

    /** The revision in force on a date, when one is. */
    public Optional<HtsRevision> revisionAt(LocalDate date) {
        int i = indexAt(date);
        return i < 0 ? Optional.empty() : Optional.of(revisions.get(i));
    }

    /**
     * The index of a revision by id.
     *
     * @param id e.g. {@code 2026_rev_10}
     * @return the index, or -1
     */
    public int indexOf(String id) {
        for (int i = 0; i < revisions.size(); i++) {
            if (revisions.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A revision's rows, row for row as exported, in export order.
     *
     * @param revision the revision's index
     * @return the rows
     * @throws IndexOutOfBoundsException if there is no such revision
     */
    public List<HtsRow> rows(int revision) {
        Objects.checkIndex(revision, revisions.size());
        List<HtsRow> out = new ArrayList<>(revisions.get(revision).rowCount());
        for (Version v : versions) {
            if (v.holdsIn(revision)) {
                out.add(v.row());
            }
        }
        return Collections.unmodifiableList(out);
    }

    @Override
    public String toString() {
        return "HtsHistory[" + revisions.size() + " revisions, " + revisions.get(0).id() + " to " + newest().id()
                + ", " + versions.size() + " row versions]";
    }
}
