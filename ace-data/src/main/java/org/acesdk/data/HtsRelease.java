package org.acesdk.data;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Which USITC HTS revision to fetch and how to file it: the id and name it gets in the history, the date it takes
 * effect, and the request (path and query, relative to the updater's base URL) that exports it as JSON.
 *
 * @param id the revision's id, e.g. {@code 2026_rev_11} (letters, digits and underscores)
 * @param name the revision's name, e.g. {@code 2026 Revision 11}
 * @param effective the date it takes effect in the HTS (USITC publishes it with the revision)
 * @param request the export request relative to the base URL
 */
public record HtsRelease(String id, String name, LocalDate effective, String request) {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_]{1,40}");

    /** The request that exports the current HTS revision as JSON (USITC REST API {@code exportList}). */
    public static final String CURRENT_EXPORT = "exportList?from=0100&to=9999&format=JSON&styles=false";

    /** Checks the parts. */
    public HtsRelease {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("release id must be 1-40 letters, digits or underscores");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("release name must not be blank");
        }
        Objects.requireNonNull(effective, "effective");
        if (request == null || request.isBlank() || request.contains("://") || request.startsWith("/")) {
            throw new IllegalArgumentException("request must be a path relative to the base URL");
        }
    }

    /**
     * The revision USITC currently publishes, exported whole ({@link #CURRENT_EXPORT}).
     *
     * @param id the id it gets, e.g. {@code 2026_rev_11}
     * @param name its name
     * @param effective the date it takes effect
     * @return the release
     */
    public static HtsRelease current(String id, String name, LocalDate effective) {
        return new HtsRelease(id, name, effective, CURRENT_EXPORT);
    }
}
