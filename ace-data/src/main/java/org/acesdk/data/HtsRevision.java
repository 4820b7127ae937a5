package org.acesdk.data;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One USITC HTS revision held in a {@link HtsHistory}, with its provenance.
 *
 * @param id the file stem, e.g. {@code 2026_rev_10}
 * @param name the revision's name, e.g. {@code 2026 Revision 10}
 * @param effective the date the revision took effect in the HTS
 * @param policyDate the legal effective date of the action it carries when that differs, or {@code null}
 * @param rowCount the number of rows of the export (numbered and text rows)
 * @param sha256 the SHA-256 of the export file as received (lower-case hex)
 * @param source where the export came from (a file name or URL)
 * @param note what changed, in a few words, or empty
 */
public record HtsRevision(String id, String name, LocalDate effective, LocalDate policyDate, int rowCount,
        String sha256, String source, String note) {

    /** Checks the required parts. */
    public HtsRevision {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(effective, "effective");
        if (rowCount < 0) {
            throw new IllegalArgumentException("rowCount must not be negative");
        }
        sha256 = sha256 == null ? "" : sha256;
        source = source == null ? "" : source;
        note = note == null ? "" : note;
    }
}
