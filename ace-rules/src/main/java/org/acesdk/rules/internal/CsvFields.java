package org.acesdk.rules.internal;

import java.util.ArrayList;
import java.util.List;

/** Splits one line of the SDK's bundled CSV tables: commas, double quotes around fields that hold commas. */
public final class CsvFields {
    private CsvFields() {
    }

    /** The fields of the line, each trimmed. */
    public static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(cur.toString().trim());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString().trim());
        return out;
    }
}
