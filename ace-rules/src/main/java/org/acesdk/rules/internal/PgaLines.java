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
 * their path for findings, value and PGA set. Not API.
 *
 * @param path the finding path of the tariff, e.g. {@code lines[0].tariffs[1]}
 * @param lineNumber the entry line's number
 * @param hts the number
 * @param value the number's value, or {@code null}
 * @param set its PGA set, or {@code null}
 */
public record PgaLines(String path, int lineNumber, HtsNumber hts, Money value, PgaSet set) {

    /** The PGA-capable numbers of an entry summary or cargo release; empty for other filings. */
    public static List<PgaLines> of(Object filing) {
        List<PgaLines> out = new ArrayList<>();
        if (filing instanceof EntrySummary) {
            List<EntryLine> ls = ((EntrySummary) filing).lines();
            for (int i = 0; i < ls.size(); i++) {
                List<TariffLine> ts = ls.get(i).tariffs();
                for (int j = 0; j < ts.size(); j++) {
                    TariffLine t = ts.get(j);
                    if (t != null && t.htsNumber() != null) {
                        out.add(new PgaLines("lines[" + i + "].tariffs[" + j + "]", ls.get(i).lineNumber(),
                                t.htsNumber(), t.value(), t.pga()));
                    }
                }
            }
        } else if (filing instanceof CargoRelease) {
            List<ReleaseLine> ls = ((CargoRelease) filing).lines();
            for (int i = 0; i < ls.size(); i++) {
                ReleaseLine l = ls.get(i);
                if (l != null && l.htsNumber() != null) {
                    out.add(new PgaLines("lines[" + i + "]", l.lineNumber(), l.htsNumber(), l.value(), l.pga()));
                }
            }
        }
        return out;
    }

    /** The declarations, or none. */
    public List<PgaDeclaration> declarations() {
        return set == null ? List.of() : set.declarations();
    }

    /** The path of a declaration. */
    public String declarationPath(int k) {
        return path + ".pga.declarations[" + k + "]";
    }
}
