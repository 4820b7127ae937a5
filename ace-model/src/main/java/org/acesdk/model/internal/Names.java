package org.acesdk.model.internal;

/** Finding a name among a few interned names by identity. Not API. */
public final class Names {
    private Names() {
    }

    /**
     * The index of {@code name} in {@code interned}, compared by identity, searching from {@code from} onwards and
     * then from the start: callers meet names in about the order they are listed (JSON fields in component order,
     * record fields in column order), so the search mostly ends at once.
     *
     * @param interned the names, each interned
     * @param name the name looked for (interned for a hit)
     * @param from where to start
     * @return the index, or -1 when no entry is that very string
     */
    public static int indexOf(String[] interned, String name, int from) {
        int n = interned.length;
        for (int k = 0, i = from; k < n; k++, i++) {
            if (i >= n) {
                i = 0;
            }
            if (interned[i] == name) {
                return i;
            }
        }
        return -1;
    }
}
