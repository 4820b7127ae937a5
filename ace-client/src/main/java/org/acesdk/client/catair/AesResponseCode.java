package org.acesdk.client.catair;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.acesdk.model.response.AesSeverity;

/**
 * An AES response code the SDK knows (AESTIR Appendix A as far as public sources give it): its severity, whether it
 * is a final disposition, the input record and field it concerns, the filing path, the narrative, and the source.
 * A code not listed is still read (new codes appear every few months); it has no entry here.
 *
 * @param code the code, e.g. {@code 515}
 * @param severity its severity
 * @param finalDisposition {@code A} or {@code R} for a final disposition, else {@code null}
 * @param recordId the input record it concerns, e.g. {@code CL2}, or {@code null}
 * @param field the record's field, or {@code null}
 * @param path the {@code ExportInformation} path ({@code lines[*]} for the line of the CL1 echo), or {@code null}
 * @param narrative the text AES returns (exact where a sample gives it, else a paraphrase)
 * @param source where the SDK has it from
 */
public record AesResponseCode(String code, AesSeverity severity, String finalDisposition, String recordId,
        String field, String path, String narrative, String source) {

    private static final Map<String, AesResponseCode> CODES = load();

    private static Map<String, AesResponseCode> load() {
        Map<String, AesResponseCode> m = new LinkedHashMap<>();
        try (InputStream in = AesResponseCode.class.getResourceAsStream("aes-response-codes.csv")) {
            if (in == null) {
                throw new IllegalStateException("aes-response-codes.csv is missing from the SDK jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split(",", -1);
                if (f.length != 8) {
                    throw new IllegalStateException("aes-response-codes.csv: 8 columns expected in " + f[0]);
                }
                m.put(f[0], new AesResponseCode(f[0], AesSeverity.fromCode(f[1]), blank(f[2]), blank(f[3]),
                        blank(f[4]), blank(f[5]), f[6], f[7]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    private static String blank(String s) {
        return s.isEmpty() ? null : s;
    }

    /** The code's entry, if the SDK knows it. */
    public static Optional<AesResponseCode> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(CODES.get(code));
    }

    /** Every code the SDK knows, in the order of its table. */
    public static List<AesResponseCode> all() {
        return new ArrayList<>(CODES.values());
    }
}
