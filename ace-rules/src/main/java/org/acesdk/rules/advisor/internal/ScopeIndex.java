package org.acesdk.rules.advisor.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.acesdk.model.code.HtsNumber;
import org.acesdk.rules.advisor.ProductList;

/**
 * Every product list's prefixes in one index, so that a line's matches in all lists take one lookup per prefix
 * length instead of one per list. The answer per list is what {@link ProductList#match} gives: the most specific
 * prefix with an entry in force on the date, the first such entry in file order. Internal: not part of the public API.
 */
public final class ScopeIndex {
    private record Hit(int list, ProductList.Entry entry) {
    }

    private final Map<String, Integer> positions = new HashMap<>();
    private final Map<String, Hit[]> byPrefix = new HashMap<>();
    private final int size;
    private final int shortest;

    /** An index over the lists, in map order. */
    public ScopeIndex(Map<String, ProductList> lists) {
        Map<String, List<Hit>> hits = new HashMap<>();
        int min = 10;
        int i = 0;
        for (ProductList l : lists.values()) {
            positions.put(l.name(), i);
            for (ProductList.Entry e : l.entries()) {
                hits.computeIfAbsent(e.prefix(), k -> new ArrayList<>(2)).add(new Hit(i, e));
                min = Math.min(min, e.prefix().length());
            }
            i++;
        }
        hits.forEach((k, v) -> byPrefix.put(k, v.toArray(new Hit[0])));
        this.size = i;
        this.shortest = min;
    }

    /** The position of the named list in the answers of {@link #match}, or -1 when there is no such list. */
    public int position(String listName) {
        Integer p = listName == null ? null : positions.get(listName);
        return p == null ? -1 : p;
    }

    /** By list position, the list's most specific entry in force on the date that the number starts with, or null. */
    public ProductList.Entry[] match(HtsNumber hts, LocalDate date) {
        ProductList.Entry[] out = new ProductList.Entry[size];
        String d = hts.digits();
        for (int len = Math.min(10, d.length()); len >= shortest; len--) {
            Hit[] hs = byPrefix.get(d.substring(0, len));
            if (hs == null) {
                continue;
            }
            for (Hit h : hs) {
                if (out[h.list()] == null && h.entry().isInForce(date)) {
                    out[h.list()] = h.entry();
                }
            }
        }
        return out;
    }
}
