package org.acesdk.rules.refund;

import java.util.Objects;
import org.acesdk.model.entry.EntrySummary;

/**
 * A filed entry summary (typed, read from the SDK's JSON, or decoded from the AE transmission the filer kept) and
 * what ACE knows of it since.
 *
 * @param entry the entry summary as filed, chapter 99 headings included
 * @param status its liquidation, protest, drawback and reconciliation status
 */
public record FiledEntry(EntrySummary entry, EntryStatus status) {
    /** Checks the parts; a missing status is an open entry with nothing against it. */
    public FiledEntry {
        Objects.requireNonNull(entry, "entry");
        status = status == null ? EntryStatus.open() : status;
    }
}
