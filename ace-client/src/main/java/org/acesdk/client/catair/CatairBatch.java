package org.acesdk.client.catair;

import java.util.ArrayList;
import java.util.List;

/**
 * A decoded CATAIR text: the A header and Z trailer when present, and the blocks in between.
 *
 * @param header the A record, or {@code null}
 * @param blocks the blocks
 * @param trailer the Z record, or {@code null}
 */
public record CatairBatch(CatairRecord header, List<CatairBlock> blocks, CatairRecord trailer) {
    /** Copies the list. */
    public CatairBatch {
        blocks = List.copyOf(blocks);
    }

    /** What the control records disagree with: Y record counts that do not match the records received. */
    public List<String> countFindings() {
        List<String> out = new ArrayList<>();
        for (CatairBlock b : blocks) {
            b.countMismatch().ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    /** Every record in input order, envelope included. */
    public List<CatairRecord> records() {
        List<CatairRecord> out = new ArrayList<>();
        if (header != null) {
            out.add(header);
        }
        for (CatairBlock b : blocks) {
            if (b.header() != null) {
                out.add(b.header());
            }
            out.addAll(b.records());
            if (b.trailer() != null) {
                out.add(b.trailer());
            }
        }
        if (trailer != null) {
            out.add(trailer);
        }
        return out;
    }
}
