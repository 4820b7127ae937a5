package org.acesdk.rules.tariff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.acesdk.data.AceData;
import org.acesdk.data.HtsHistory;
import org.acesdk.model.code.HtsNumber;

/**
 * Several tariff revisions; a date is answered by the latest revision effective on or before it. Built from loaded
 * revisions, or over a compiled {@link HtsHistory} ({@link #bundled()}: every USITC revision from the 2025 Basic
 * Edition on), whose revisions are resolved on first use and then kept. Immutable in what it answers, and
 * thread-safe.
 */
public final class TariffHistory implements TariffSchedule {
    private final String[] names;
    private final LocalDate[] effective;
    private final AtomicReferenceArray<TariffRevision> resolved;
    private final HtsHistory source;
    private final UsitcHtsLoader.Caches caches;

    /**
     * Creates the history from loaded revisions.
     *
     * @param revisions the revisions, in any order; at least one
     * @throws IllegalArgumentException if empty or two revisions share an effective date
     */
    public TariffHistory(List<TariffRevision> revisions) {
        if (revisions == null || revisions.isEmpty()) {
            throw new IllegalArgumentException("a tariff history needs at least one revision");
        }
        List<TariffRevision> sorted = new ArrayList<>(revisions);
        sorted.sort(Comparator.comparing(TariffRevision::effectiveFrom));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).effectiveFrom().equals(sorted.get(i - 1).effectiveFrom())) {
                throw new IllegalArgumentException("two revisions take effect on " + sorted.get(i).effectiveFrom() + ": "
                        + sorted.get(i - 1).name() + " and " + sorted.get(i).name());
            }
        }
        int n = sorted.size();
        names = new String[n];
        effective = new LocalDate[n];
        resolved = new AtomicReferenceArray<>(n);
        for (int i = 0; i < n; i++) {
            names[i] = sorted.get(i).name();
            effective[i] = sorted.get(i).effectiveFrom();
            resolved.set(i, sorted.get(i));
        }
        source = null;
        caches = null;
    }

    private TariffHistory(HtsHistory history) {
        int n = history.revisions().size();
        names = new String[n];
        effective = new LocalDate[n];
        resolved = new AtomicReferenceArray<>(n);
        for (int i = 0; i < n; i++) {
            names[i] = history.revisions().get(i).name();
            effective[i] = history.revisions().get(i).effective();
        }
        source = history;
        caches = new UsitcHtsLoader.Caches(true);
    }

    private static final class Bundled {
        static final TariffHistory INSTANCE = new TariffHistory(AceData.bundled().htsHistory());
    }

    /** Every USITC revision bundled with the SDK (2025 Basic Edition on), shared by all callers. */
    public static TariffHistory bundled() {
        return Bundled.INSTANCE;
    }

    /**
     * The tariff history of a data bundle.
     *
     * @param data the data ({@link AceData#bundled()} gives the shared {@link #bundled()} history)
     * @return the history
     */
    public static TariffHistory from(AceData data) {
        Objects.requireNonNull(data, "data");
        return data == AceData.bundled() ? bundled() : new TariffHistory(data.htsHistory());
    }

    /**
     * A history over a compiled HTS history; each revision is resolved on first use.
     *
     * @param history the compiled history
     * @return the tariff history
     */
    public static TariffHistory of(HtsHistory history) {
        return new TariffHistory(Objects.requireNonNull(history, "history"));
    }

    private int indexAt(LocalDate date) {
        int lo = 0;
        int hi = effective.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (effective[mid].isAfter(date)) {
                hi = mid - 1;
            } else {
                found = mid;
                lo = mid + 1;
            }
        }
        return found;
    }

    private TariffRevision revision(int i) {
        TariffRevision r = resolved.get(i);
        if (r == null) {
            synchronized (this) {
                r = resolved.get(i);
                if (r == null) {
                    r = UsitcHtsLoader.fromRows(source.rows(i), names[i], effective[i], caches);
                    resolved.set(i, r);
                }
            }
        }
        return r;
    }

    /** The revision in force on the date. */
    public Optional<TariffRevision> revisionAt(LocalDate date) {
        int i = date == null ? -1 : indexAt(date);
        return i < 0 ? Optional.empty() : Optional.of(revision(i));
    }

    /** The revisions, oldest first (resolving every revision not used yet). */
    public List<TariffRevision> revisions() {
        List<TariffRevision> out = new ArrayList<>(names.length);
        for (int i = 0; i < names.length; i++) {
            out.add(revision(i));
        }
        return List.copyOf(out);
    }

    /** The names of the revisions, oldest first. */
    public List<String> revisionNames() {
        return List.of(names);
    }

    /** The effective dates of the revisions, oldest first. */
    public List<LocalDate> effectiveDates() {
        return List.of(effective);
    }

    @Override
    public Optional<TariffRow> find(HtsNumber number, LocalDate date) {
        int i = indexAt(date);
        return i < 0 ? Optional.empty() : revision(i).find(number);
    }

    @Override
    public boolean covers(LocalDate date) {
        return date != null && indexAt(date) >= 0;
    }

    @Override
    public Optional<String> revisionName(LocalDate date) {
        int i = date == null ? -1 : indexAt(date);
        return i < 0 ? Optional.empty() : Optional.of(names[i]);
    }

    @Override
    public Optional<LocalDate> newestRevisionDate() {
        return Optional.of(effective[effective.length - 1]);
    }

    @Override
    public String toString() {
        return "TariffHistory[" + names.length + " revisions, " + names[0] + " to " + names[names.length - 1] + "]";
    }
}
