package org.acesdk.client.catair;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes CATAIR records exactly to their layouts: US-ASCII, 80 characters a record, numbers right-justified and
 * zero-filled with implied decimals (scaled half up), text left-justified and upper-cased, dates {@code MMDDYY}.
 * A value that does not fit, a negative amount or a missing mandatory field raises a {@link CatairException}
 * naming the record, field and columns; nothing is ever truncated. Immutable and thread-safe.
 */
public final class CatairWriter {
    private final LineSeparator separator;

    private CatairWriter(LineSeparator separator) {
        this.separator = Objects.requireNonNull(separator, "separator");
    }

    /** A writer separating records with the given separator. */
    public static CatairWriter of(LineSeparator separator) {
        return new CatairWriter(separator);
    }

    /** A writer separating records with LF. */
    public static CatairWriter standard() {
        return new CatairWriter(LineSeparator.LF);
    }

    /** The record separator. */
    public LineSeparator separator() {
        return separator;
    }

    /**
     * Formats one record.
     *
     * @param layout the layout
     * @param values field values by name: String (or any object's text), BigDecimal or Number, LocalDate; absent or
     *     {@code null} fields are left blank (numeric N fields zero-filled)
     * @return the 80-character record
     */
    public String record(RecordLayout layout, Map<String, ?> values) {
        RecordBuffer b = new RecordBuffer().start(layout);
        for (Map.Entry<String, ?> e : values.entrySet()) {
            b.set(e.getKey(), e.getValue());
        }
        return b.toRecord();
    }

    /**
     * Re-encodes a decoded record from its typed values, without the mandatory-field check (CBP's own output, such as
     * the ACE-generated B fallback, leaves mandatory input fields blank). Unknown records are returned as received.
     */
    public String record(CatairRecord record) {
        if (!record.isKnown()) {
            return record.raw();
        }
        RecordBuffer b = new RecordBuffer().start(record.layout().orElseThrow());
        for (Map.Entry<String, Object> e : record.values().entrySet()) {
            b.set(e.getKey(), e.getValue());
        }
        return b.toRecordAsIs();
    }

    /**
     * Writes a whole batch: A, then each block's B, records and Y, then Z.
     *
     * @param envelope the sender
     * @param transmissionDate the date written in A and Z
     * @param blocks the blocks
     * @return the batch text, each record followed by the separator
     */
    public String batch(Envelope envelope, LocalDate transmissionDate, List<BlockContent> blocks) {
        return write(envelope, transmissionDate, blocks, false);
    }

    /**
     * Writes a response batch, as CBP does: like {@link #batch(Envelope, LocalDate, List)} but each Y trailer
     * carries the block's detail record count in columns 13-17, and no password is written.
     *
     * @param envelope the receiver (site and id echoed)
     * @param transmissionDate the date written in A and Z
     * @param blocks the response blocks
     * @return the batch text
     */
    public String responseBatch(Envelope envelope, LocalDate transmissionDate, List<BlockContent> blocks) {
        return write(envelope, transmissionDate, blocks, true);
    }

    private String write(Envelope envelope, LocalDate transmissionDate, List<BlockContent> blocks, boolean output) {
        int records = 2;
        for (BlockContent bc : blocks) {
            records += 2 + bc.records().size();
        }
        StringBuilder out = new StringBuilder(records * (80 + separator.text().length()));
        RecordBuffer b = new RecordBuffer();
        String app = blocks.size() == 1 ? blocks.get(0).applicationId() : null;
        b.start(CatairLayouts.A_HEADER).set("siteCode", envelope.siteCode()).set("senderId", envelope.senderId())
                .set("password", output ? null : envelope.password()).set("transmissionDate", transmissionDate)
                .set("applicationId", app).set("officeCode", envelope.officeCode())
                .set("userText", envelope.userText()).appendTo(out, separator.text());
        for (BlockContent bc : blocks) {
            b.start(CatairLayouts.B_HEADER).set("port", bc.port()).set("filerCode", bc.filerCode())
                    .set("applicationId", bc.applicationId()).set("userText", bc.userText())
                    .appendTo(out, separator.text());
            for (String r : bc.records()) {
                if (r.length() != 80) {
                    throw new CatairException(0, r.substring(0, Math.min(2, r.length())), "", "",
                            "a record must be 80 characters, not " + r.length());
                }
                out.append(r).append(separator.text());
            }
            b.start(CatairLayouts.Y_TRAILER).set("port", bc.port()).set("filerCode", bc.filerCode())
                    .set("applicationId", bc.applicationId()).set("recordCount", output ? bc.records().size() : null)
                    .appendTo(out, separator.text());
        }
        b.start(CatairLayouts.Z_TRAILER).set("siteCode", envelope.siteCode()).set("senderId", envelope.senderId())
                .set("transmissionDate", transmissionDate).set("officeCode", envelope.officeCode())
                .appendTo(out, separator.text());
        return out.toString();
    }
}
