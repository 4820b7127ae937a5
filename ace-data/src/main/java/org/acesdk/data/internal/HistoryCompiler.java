package org.acesdk.data.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.acesdk.data.HtsHistory;
import org.acesdk.data.HtsRevision;
import org.acesdk.data.HtsRow;
import org.acesdk.data.UsitcExport;

/**
 * Compiles the USITC exports listed in a folder's {@code revisions.csv} ({@code id,name,effective,policy,note}, files
 * named {@code hts_ID.json.gz}) into one compiled {@link HtsHistory}. Run by the build; skips the work when the output
 * is newer than every input.
 */
public final class HistoryCompiler {
    private HistoryCompiler() {
    }

    /**
     * Compiles.
     *
     * @param args the source folder and the output file
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: HistoryCompiler SOURCE_DIR OUTPUT_FILE");
        }
        Path src = Path.of(args[0]);
        Path out = Path.of(args[1]);
        if (upToDate(src, out)) {
            return;
        }
        HtsHistory h = compile(src);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try (OutputStream o = Files.newOutputStream(tmp)) {
            h.write(o);
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static boolean upToDate(Path src, Path out) throws IOException {
        if (!Files.isRegularFile(out)) {
            return false;
        }
        long built = Files.getLastModifiedTime(out).toMillis();
        try (var files = Files.list(src)) {
            return files.allMatch(f -> {
                try {
                    return Files.getLastModifiedTime(f).toMillis() <= built;
                } catch (IOException e) {
                    return false;
                }
            });
        }
    }

    /**
     * Compiles the folder's exports.
     *
     * @param src the folder
     * @return the history
     * @throws IOException if a file cannot be read
     */
    public static HtsHistory compile(Path src) throws IOException {
        List<String> lines = Files.readAllLines(src.resolve("revisions.csv"), StandardCharsets.UTF_8);
        HtsHistory h = null;
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",", 5);
            String id = f[0];
            String file = "hts_" + id + ".json.gz";
            byte[] bytes = Files.readAllBytes(src.resolve(file));
            List<HtsRow> rows;
            try (InputStream in = new java.io.ByteArrayInputStream(bytes)) {
                rows = UsitcExport.read(in);
            }
            HtsRevision r = new HtsRevision(id, f[1], LocalDate.parse(f[2]),
                    f[3].isBlank() ? null : LocalDate.parse(f[3]), rows.size(), sha256(bytes),
                    "USITC HTS JSON export " + file, f.length > 4 ? f[4] : "");
            h = h == null ? HtsHistory.of(r, rows) : h.with(r, rows);
        }
        if (h == null) {
            throw new IllegalStateException("revisions.csv lists no revision");
        }
        return h;
    }

    /** The SHA-256 of the bytes, lower-case hex. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
