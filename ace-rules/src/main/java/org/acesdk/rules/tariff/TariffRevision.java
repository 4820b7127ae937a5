package org.acesdk.rules.tariff;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.acesdk.model.code.HtsNumber;

/**
 * One loaded revision of the Harmonized Tariff Schedule (e.g. 2026 Revision 4) with the date it took effect.
 * Answers for dates on or after that date. Immutable and thread-safe.
 */
public final class TariffRevision implements TariffSchedule {
    private final String name;
    private final LocalDate effectiveFrom;
    private final List<TariffRow> rows;
    private final Map<String, TariffRow> byDigits;

    TariffRevision(String name, LocalDate effectiveFrom, List<TariffRow> rows, Map<String, TariffRow> byDigits) {
        this.name = Objects.requireNonNull(name, "name");
        this.effectiveFrom = Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        this.rows = Collections.unmodifiableList(rows);
        this.byDigits = byDigits; // the loader's own map, never handed out
    }

    /** The revision's name, e.g. {@code 2026 Revision 4}. */
    public String name() {
        return name;
    }

    /** The date the revision took effect. */
    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    /** Every numbered row (6, 8 and 10 digits), in schedule order. */
    public List<TariffRow> rows() {
        return rows;
    }

    /** The number of numbered rows. */
    public int size() {
        return rows.size();
    }

    /** The row for a number regardless of date. */
    public Optional<TariffRow> find(HtsNumber number) {
        String key = number.digits();
        int slot = key.hashCode() & (recent.length - 1);
        Hit hit = recent[slot];
        if (hit != null && (hit.digits == key || hit.digits.equals(key))) {
            return hit.row;
        }
        Optional<TariffRow> row = Optional.ofNullable(byDigits.get(key));
        recent[slot] = new Hit(key, row);
        return row;
    }

    /**
     * Recent lookups, one per slot: an entry's numbers recur from line to line and from rule to rule, and this small
     * table stays in cache where the full map does not. Entries are immutable, so a race only repeats a lookup.
     */
    private final Hit[] recent = new Hit[1024];

    private static final class Hit {
        private final String digits;
        private final Optional<TariffRow> row;

        Hit(String digits, Optional<TariffRow> row) {
            this.digits = digits;
            this.row = row;
        }
    }

    @Override
    public Optional<TariffRow> find(HtsNumber number, LocalDate date) {
        if (date != null && date.isBefore(effectiveFrom)) {
            return Optional.empty();
        }
        return find(number);
    }

    @Override
    public boolean covers(LocalDate date) {
        return date == null || !date.isBefore(effectiveFrom);
    }

    @Override
    public Optional<String> revisionName(LocalDate date) {
        return covers(date) ? Optional.of(name) : Optional.empty();
    }

    @Override
    public String toString() {
        return "TariffRevision[" + name + ", effective " + effectiveFrom + ", " + rows.size() + " rows]";
    }
}
