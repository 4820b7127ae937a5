package org.acesdk.client.catair;

import java.util.List;

/**
 * One block of a decoded batch: its B header (absent for a body-only text), its detail records, and its Y trailer
 * (absent when truncated).
 *
 * @param header the B record, or {@code null}
 * @param records the detail records between B and Y, in order
 * @param trailer the Y record, or {@code null}
 * @param applicationId the block's application identifier, from B (or Y), or empty
 */
public record CatairBlock(CatairRecord header, List<CatairRecord> records, CatairRecord trailer, String applicationId) {
    /** Copies the list. */
    public CatairBlock {
        records = List.copyOf(records);
        applicationId = applicationId == null ? "" : applicationId;
    }

    /**
     * Whether the Y trailer's record count (output blocks, columns 13-17) disagrees with the detail records received:
     * the message says both, or empty when they agree, the count is absent or zero (input blocks, and some fixtures,
     * carry none), or there is no trailer.
     *
     * @return the disagreement, when there is one
     */
    public java.util.Optional<String> countMismatch() {
        if (trailer == null || !trailer.isKnown()) {
            return java.util.Optional.empty();
        }
        Object count = trailer.value("recordCount");
        if (!(count instanceof java.math.BigDecimal) || ((java.math.BigDecimal) count).signum() == 0) {
            return java.util.Optional.empty();
        }
        int declared = ((java.math.BigDecimal) count).intValue();
        return declared == records.size() ? java.util.Optional.empty()
                : java.util.Optional.of("block " + applicationId + " (Y record at line " + trailer.lineNumber()
                        + ") declares " + declared + " detail records; " + records.size() + " were received");
    }
}
