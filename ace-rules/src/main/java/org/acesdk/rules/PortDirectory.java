package org.acesdk.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.acesdk.model.code.InvalidValueException;
import org.acesdk.model.code.PortCode;

/**
 * Reference data about U.S. ports (Census Schedule D): names, and whether harbor maintenance fee applies there
 * (19 CFR 24.24). A directory is either complete (every valid port is listed, so unknown ports are errors) or
 * partial (only what the SDK could source; unknown ports are not judged).
 */
public final class PortDirectory {
    /** One port entry. */
    public record Port(PortCode code, String name, boolean harborMaintenanceFee) {
    }

    private static final PortDirectory DEFAULTS = loadDefaults();

    private final Map<PortCode, Port> ports;
    private final boolean complete;

    private PortDirectory(Map<PortCode, Port> ports, boolean complete) {
        this.ports = Collections.unmodifiableMap(new LinkedHashMap<>(ports));
        this.complete = complete;
    }

    /** The partial directory shipped with the SDK: major seaports where HMF applies. */
    public static PortDirectory defaults() {
        return DEFAULTS;
    }

    private static PortDirectory loadDefaults() {
        return from(org.acesdk.data.AceData.bundled());
    }

    /**
     * The (partial) port directory of a data bundle (its {@code ports} table).
     *
     * @param data the data
     * @return the directory
     * @throws IllegalArgumentException naming the line that is malformed
     */
    public static PortDirectory from(org.acesdk.data.AceData data) {
        try (InputStream in = data.table(org.acesdk.data.AceData.PORTS).open()) {
            return load(in, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a directory from CSV with the header {@code code,name,hmf} ({@code hmf} is {@code true} or
     * {@code false}); lines starting with {@code #} are comments.
     *
     * @param in UTF-8 CSV (not closed)
     * @param complete whether the list holds every valid port
     * @return the directory
     * @throws IOException if the stream cannot be read
     * @throws IllegalArgumentException naming the line that is malformed
     */
    public static PortDirectory load(InputStream in, boolean complete) throws IOException {
        Map<PortCode, Port> map = new LinkedHashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        boolean header = true;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                if (!line.trim().equalsIgnoreCase("code,name,hmf")) {
                    throw new IllegalArgumentException("port list line " + n + ": header must be code,name,hmf");
                }
                continue;
            }
            String[] f = line.split(",", -1);
            if (f.length != 3) {
                throw new IllegalArgumentException("port list line " + n + ": expected 3 columns, found " + f.length);
            }
            try {
                PortCode code = PortCode.parse(f[0]);
                String hmf = f[2].trim();
                if (!hmf.equals("true") && !hmf.equals("false")) {
                    throw new IllegalArgumentException("port list line " + n + ", column hmf: must be true or false");
                }
                map.put(code, new Port(code, f[1].trim(), Boolean.parseBoolean(hmf)));
            } catch (InvalidValueException e) {
                throw new IllegalArgumentException("port list line " + n + ", column code: " + e.getMessage());
            }
        }
        return new PortDirectory(map, complete);
    }

    /** Whether this directory lists every valid port. */
    public boolean isComplete() {
        return complete;
    }

    /** The port, when listed. */
    public Optional<Port> find(PortCode code) {
        return Optional.ofNullable(ports.get(code));
    }

    /**
     * Whether harbor maintenance fee applies at the port for vessel cargo: as listed, or {@code true} for a port
     * a partial directory does not list (most ports receiving commercial vessels are HMF ports).
     */
    public boolean isHarborMaintenanceFeePort(PortCode code) {
        Port p = ports.get(code);
        return p == null ? !complete : p.harborMaintenanceFee();
    }

    /** The number of ports listed. */
    public int size() {
        return ports.size();
    }
}
