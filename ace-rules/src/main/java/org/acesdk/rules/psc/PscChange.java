package org.acesdk.rules.psc;

/**
 * One value that differs between the filed and the corrected summary.
 *
 * @param path where, e.g. {@code lines[line 2].tariffs[0].htsNumber}
 * @param before the filed value as JSON text, or {@code null} when added
 * @param after the corrected value as JSON text, or {@code null} when removed
 */
public record PscChange(String path, String before, String after) {
    /** The change, personal data masked. */
    @Override
    public String toString() {
        return org.acesdk.model.internal.Redact.text(path + ": " + before + " -> " + after);
    }
}
