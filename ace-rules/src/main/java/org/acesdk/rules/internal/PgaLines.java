package org.acesdk.rules.internal;

import java.util.ArrayList;
import java.util.List;
import org.acesdk.model.code.HtsNumber;
import org.acesdk.model.entry.EntryLine;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.model.entry.TariffLine;
import org.acesdk.model.money.Money;
import org.acesdk.model.pga.PgaDeclaration;
import org.acesdk.model.pga.PgaSet;
import org.acesdk.model.release.CargoRelease;
import org.acesdk.model.release.ReleaseLine;

/**
 * The tariff numbers of a filing that can carry PGA data (an entry summary's tariffs, a cargo release's lines), with
 * their value and PGA set; the finding path is made only when a finding needs it. Not API.
 *
 * @param line the index of the line
 * @param tariff the index of the tariff on an entry line, or -1 for a cargo release line
 * @param lineNumber the line's number
 * @param hts the number
 * @param value the number's value, or {@code null}
 * @param set its PGA set, or {@code null}
 */
public record PgaLines(int line, int tariff, int lineNumber, HtsNumber hts, Money value, PgaSet set) {

    /**
     * The numbers of an entry summary or cargo release (empty for other filings).
     *
     * @param filing the filing
     * @param all every number, or only those with PGA data
     * @return the numbers, in order
     */
    public static List<PgaLines> of(Object filing, boolean all) {
        List<PgaLines> out = new ArrayList<>();
        forEach(filing, all, out::add);
        return out;
    }

    /**
     * The last scan of a filing, kept by one rule pack so that its rules, which all start from the same numbers, scan
     * a filing once instead of once each. Holds the filing weakly; a scan of another filing replaces it. Thread-safe.
     */
    public static final class Memo {
        private record Scan(java.lang.ref.WeakReference<Object> filing, boolean all, List<PgaLines> lines) {
        }

        private final java.util.concurrent.atomic.AtomicReference<Scan> last =
                new java.util.concurrent.atomic.AtomicReference<>();

        /** The numbers of the filing (see {@link PgaLines#of(Object, boolean)}), from the last scan when it is this one. */
        public List<PgaLines> of(Object filing, boolean all) {
            Scan s = last.get();
            if (s != null && s.all() == all && s.filing().get() == filing) {
                return s.lines();
            }
            List<PgaLines> lines = List.copyOf(PgaLines.of(filing, all));
            last.set(new Scan(new java.lang.ref.WeakReference<>(filing), all, lines));
            return lines;
        }
    }

    /** Receives each number. */
    @FunctionalInterface
    public interface Visitor {
        /** One number. */
        void visit(PgaLines line);
    }

    /**
     * Visits the numbers of an entry summary or cargo release without collecting them.
     *
     * @param filing the filing
     * @param all every number, or only those with PGA data
     * @param v the visitor
     */
    public static void forEach(Object filing, boolean all, Visitor v) {
        if (filing instanceof EntrySummary) {
            List<EntryLine> ls = ((EntrySummary) filing).lines();
            for (int i = 0; i < ls.size(); i++) {
                List<TariffLine> ts = ls.get(i).tariffs();
                for (int j = 0; j < ts.size(); j++) {
                    TariffLine t = ts.get(j);
                    if (t != null && t.htsNumber() != null && (all || t.pga() != null)) {
                        v.visit(new PgaLines(i, j, ls.get(i).lineNumber(), t.htsNumber(), t.value(), t.pga()));
                    }
                }
            }
        } else if (filing instanceof CargoRelease) {
            List<ReleaseLine> ls = ((CargoRelease) filing).lines();
            for (int i = 0; i < ls.size(); i++) {
                ReleaseLine l = ls.get(i);
                if (l != null && l.htsNumber() != null && (all || l.pga() != null)) {
                    v.visit(new PgaLines(i, -1, l.lineNumber(), l.htsNumber(), l.value(), l.pga()));
                }
            }
        }
    }

    /** The finding path of the number, e.g. {@code lines[0].tariffs[1]}. */
    public String path() {
        return tariff < 0 ? "lines[" + line + "]" : "lines[" + line + "].tariffs[" + tariff + "]";
    }

    /** The declarations, or none. */
    public List<PgaDeclaration> declarations() {
        return set == null ? List.of() : set.declarations();
    }

    /** The path of a declaration. */
    public String declarationPath(int k) {
        return path() + ".pga.declarations[" + k + "]";
    }
}
