package org.acesdk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.model.export.ExportInformation;
import org.acesdk.model.isf.ImporterSecurityFiling;
import org.acesdk.model.json.AceJson;
import org.acesdk.model.release.CargoRelease;

/** Reading the files the commands take: bounded, the document's kind told or recognised, errors in one line. */
final class Documents {
    /** The largest file read. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private Documents() {
    }

    /** The kinds of filing document. */
    enum Kind {
        ENTRY(EntrySummary.class), RELEASE(CargoRelease.class), ISF(ImporterSecurityFiling.class),
        EEI(ExportInformation.class);

        final Class<?> type;

        Kind(Class<?> type) {
            this.type = type;
        }
    }

    /** The bytes of a file, at most {@link #MAX_BYTES}. */
    static byte[] read(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("file " + file + " does not exist or is not a file");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new IllegalArgumentException("file " + file + " is larger than " + MAX_BYTES + " bytes");
            }
            try (InputStream in = Files.newInputStream(file)) {
                return in.readNBytes((int) MAX_BYTES + 1);
            }
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("file " + file + " does not exist");
        } catch (IOException e) {
            throw new IllegalArgumentException("file " + file + " cannot be read: " + e.getMessage());
        }
    }

    /** The kind of a JSON filing: as told, else recognised by its fields. */
    static Kind kind(byte[] json, Kind told, Path file) {
        if (told != null) {
            return told;
        }
        String text = new String(json, 0, Math.min(json.length, 1 << 20), java.nio.charset.StandardCharsets.UTF_8);
        if (text.contains("\"tariffs\"")) {
            return Kind.ENTRY;
        }
        if (text.contains("\"bills\"") || text.contains("\"action\"") && text.contains("\"htsNumber\"")
                && !text.contains("\"kind\"")) {
            return Kind.RELEASE;
        }
        if (text.contains("\"kind\"") && text.contains("\"importerNumber\"")) {
            return Kind.ISF;
        }
        if (text.contains("\"usppi\"") || text.contains("\"itn\"") || text.contains("\"exemptionLegend\"")) {
            return Kind.EEI;
        }
        throw new IllegalArgumentException("file " + file + ": not a filing the SDK recognises; say which with --type "
                + "(entry, release, isf, eei)");
    }

    /** The filing in a JSON file. */
    static Object filing(Path file, Kind told) {
        byte[] json = read(file);
        Kind k = kind(json, told, file);
        try {
            return AceJson.read(json, k.type);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("file " + file + " is not a valid " + k.name().toLowerCase(
                    java.util.Locale.ROOT) + " document: " + AceCli.message(e));
        }
    }

    /** Whether a file holds many filings, one JSON document a line: told, or by its name (.jsonl, .ndjson). */
    static boolean isBulk(Path file, boolean told) {
        String name = String.valueOf(file.getFileName()).toLowerCase(java.util.Locale.ROOT);
        return told || name.endsWith(".jsonl") || name.endsWith(".ndjson");
    }

    /** The non-blank lines of a bulk file, each with its line number (from 1). */
    static java.util.List<Line> lines(Path file) {
        String text = new String(read(file), java.nio.charset.StandardCharsets.UTF_8);
        java.util.List<Line> lines = new java.util.ArrayList<>();
        int n = 0;
        for (String l : text.split("\r?\n", -1)) {
            n++;
            if (!l.isBlank()) {
                lines.add(new Line(n, l));
            }
        }
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("file " + file + " holds no filing");
        }
        return lines;
    }

    /** The filing on one line of a bulk file. */
    static Object filing(Path file, Line line, Kind told) {
        byte[] json = line.text().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Kind k;
        try {
            k = kind(json, told, file);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("file " + file + " line " + line.number() + ": not a filing the SDK "
                    + "recognises; say which with --type (entry, release, isf, eei)");
        }
        try {
            return AceJson.read(json, k.type);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("file " + file + " line " + line.number() + " is not a valid "
                    + k.name().toLowerCase(java.util.Locale.ROOT) + " document: " + AceCli.message(e));
        }
    }

    /** One line of a bulk file. */
    record Line(int number, String text) {
    }
}
