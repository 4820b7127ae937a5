package org.acesdk.rules.tariff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.acesdk.model.code.HtsNumber;

/** Several tariff revisions; a date is answered by the latest revision effective on or before it. Immutable. */
public final class TariffHistory implements TariffSchedule {
    private final List<TariffRevision> revisions;

    /**
     * Creates the history.
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
        this.revisions = List.copyOf(sorted);
    }

    /** The revision in force on the date. */
    public Optional<TariffRevision> revisionAt(LocalDate date) {
        TariffRevision found = null;
        for (TariffRevision r : revisions) {
            if (!r.effectiveFrom().isAfter(date)) {
                found = r;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The revisions, oldest first. */
    public List<TariffRevision> revisions() {
        return revisions;
    }

    @Override
    public Optional<TariffRow> find(HtsNumber number, LocalDate date) {
        return revisionAt(date).flatMap(r -> r.find(number, date));
    }

    @Override
    public boolean covers(LocalDate date) {
        return revisionAt(date).isPresent();
    }

    @Override
    public Optional<String> revisionName(LocalDate date) {
        return revisionAt(date).map(TariffRevision::name);
    }
}
