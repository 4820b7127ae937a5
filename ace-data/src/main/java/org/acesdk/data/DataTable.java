package org.acesdk.data;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One dated table of reference data (fees, chapter 99 programs, ports, the tariff history...) with where it came
 * from and the date it is current as of: the newest fact it holds, not the date it was copied. Opens its content on
 * demand. Immutable and thread-safe.
 */
public final class DataTable {
    /** Opens a table's content. */
    @FunctionalInterface
    public interface Opener {
        /**
         * Opens the content.
         *
         * @return a new stream; the caller closes it
         * @throws IOException if it cannot be opened
         */
        InputStream open() throws IOException;
    }

    private final String id;
    private final LocalDate asOf;
    private final List<String> sources;
    private final String note;
    private final String origin;
    private final Opener opener;

    private DataTable(String id, LocalDate asOf, List<String> sources, String note, String origin, Opener opener) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a data table needs an id");
        }
        this.id = id;
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.sources = List.copyOf(sources);
        this.note = note == null ? "" : note;
        this.origin = Objects.requireNonNull(origin, "origin");
        this.opener = Objects.requireNonNull(opener, "opener");
    }

    /**
     * A table read from a file.
     *
     * @param id the table's id, e.g. {@link AceData#FEES}
     * @param file the file
     * @param asOf the date its content is current as of
     * @param sources where its content comes from
     * @return the table
     */
    public static DataTable ofFile(String id, Path file, LocalDate asOf, List<String> sources) {
        Objects.requireNonNull(file, "file");
        return new DataTable(id, asOf, sources, "", "file " + file.getFileName(), () -> Files.newInputStream(file));
    }

    /**
     * A table held in memory.
     *
     * @param id the table's id
     * @param content the content (copied)
     * @param asOf the date its content is current as of
     * @param sources where its content comes from
     * @return the table
     */
    public static DataTable ofBytes(String id, byte[] content, LocalDate asOf, List<String> sources) {
        byte[] copy = content.clone();
        return new DataTable(id, asOf, sources, "", "memory", () -> new ByteArrayInputStream(copy));
    }

    static DataTable of(String id, LocalDate asOf, List<String> sources, String note, String origin, Opener opener) {
        return new DataTable(id, asOf, sources, note, origin, opener);
    }

    /** The table's id, e.g. {@code fees}. */
    public String id() {
        return id;
    }

    /** The date the content is current as of (the newest fact it holds). */
    public LocalDate asOf() {
        return asOf;
    }

    /** Where the content comes from: notices, regulations, publications. */
    public List<String> sources() {
        return sources;
    }

    /** A note on the content's reliability (e.g. figures read from third parties), or empty. */
    public String note() {
        return note;
    }

    /** Where this copy is read from: {@code bundled}, {@code memory} or {@code file NAME}. */
    public String origin() {
        return origin;
    }

    /**
     * Opens the content.
     *
     * @return a new stream; the caller closes it
     * @throws IOException if it cannot be opened
     */
    public InputStream open() throws IOException {
        return opener.open();
    }

    @Override
    public String toString() {
        return "DataTable[" + id + ", as of " + asOf + ", " + origin + "]";
    }
}
