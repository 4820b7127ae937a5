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
}
