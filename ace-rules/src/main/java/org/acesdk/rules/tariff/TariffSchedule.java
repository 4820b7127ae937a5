package org.acesdk.rules.tariff;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.acesdk.model.code.HtsNumber;

/**
 * Answers which tariff row applies to an HTS number on a date. Implementations must be immutable and
 * thread-safe; {@link TariffRevision} is one loaded revision, {@link TariffHistory} picks a revision by date.
 */
public interface TariffSchedule {

    /**
     * The row for a number in force on a date.
     *
     * @param number the HTS number (6, 8 or 10 digits)
     * @param date the entry date
     * @return the row, or empty when the number is not in the schedule in force then
     */
    Optional<TariffRow> find(HtsNumber number, LocalDate date);

    /** Whether this schedule holds a revision in force on the date. */
    boolean covers(LocalDate date);

    /** The name of the revision in force on the date, for explanations, e.g. {@code 2026 Revision 4}. */
    Optional<String> revisionName(LocalDate date);

    /**
     * The effective date of the newest revision this schedule holds, so that callers can tell stale data; empty when
     * the schedule does not know (the default).
     *
     * @return the date, when known
     */
    default Optional<LocalDate> newestRevisionDate() {
        return Optional.empty();
    }

    /**
     * A schedule over several revisions: each date is answered by the latest revision effective on or before it.
     *
     * @param revisions the revisions, in any order
     * @return the schedule
     */
    static TariffSchedule of(List<TariffRevision> revisions) {
        return new TariffHistory(revisions);
    }
}
