package org.acesdk.data;

import java.time.Instant;

/**
 * What an update installed.
 *
 * @param version the installed data version (also the folder the data directory's {@code CURRENT} file names)
 * @param revision the revision added, with its SHA-256 and row count
 * @param url the URL it was fetched from
 * @param fetchedAt when the download finished
 * @param bytes the bytes received
 */
public record UpdateResult(String version, HtsRevision revision, String url, Instant fetchedAt, long bytes) {
}
