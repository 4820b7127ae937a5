package org.acesdk.testkit.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.acesdk.client.catair.ResponseEncoder;
import org.acesdk.model.entry.EntryLine;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.model.entry.TariffLine;
import org.acesdk.model.pga.PgaAgency;
import org.acesdk.model.pga.PgaDeclaration;
import org.acesdk.model.pga.PgaSet;
import org.acesdk.model.release.CargoRelease;
import org.acesdk.model.release.ReleaseLine;
import org.acesdk.testkit.PgaDisposition;

/** The fake's partner agency answers: the PGA lines of a filing and their SO70 statuses. Not API. */
public final class PgaAnswers {
    private PgaAnswers() {
    }

    /**
     * One PGA line of a filing, as the agencies answer it.
     *
     * @param agency the agency
     * @param program the program
     * @param cbpLine the entry or release line
     * @param pgaLine the PGA line number (per agency under a tariff)
     */
    public record PgaLineRef(PgaAgency agency, String program, int cbpLine, int pgaLine) {
    }

    /** The PGA lines of a cargo release. */
    public static List<PgaLineRef> linesOf(CargoRelease c) {
        List<PgaLineRef> out = new ArrayList<>();
        for (ReleaseLine l : c.lines()) {
            add(out, l.lineNumber(), l.pga());
        }
        return out;
    }

    /** The PGA lines of an entry summary. */
    public static List<PgaLineRef> linesOf(EntrySummary e) {
        List<PgaLineRef> out = new ArrayList<>();
        for (EntryLine l : e.lines()) {
            for (TariffLine t : l.tariffs()) {
                add(out, l.lineNumber(), t.pga());
            }
        }
        return out;
    }

    private static void add(List<PgaLineRef> out, int line, PgaSet set) {
        if (set == null) {
            return;
        }
        PgaAgency last = null;
        int n = 0;
        for (PgaDeclaration d : set.declarations()) {
            n = d.agency().equals(last) ? n + 1 : 1;
            last = d.agency();
            if (!d.disclaimed()) {
                out.add(new PgaLineRef(d.agency(), d.program(), line, d.lineNumber() != null ? d.lineNumber() : n));
            }
        }
    }

    /**
     * The SO70 records of the lines: each agency's decision, may proceed where none is given.
     *
     * @param lines the PGA lines
     * @param decided decisions by agency code
     * @param only the agency to answer for, or {@code null} for all
     * @param date the status date
     * @return the records
     */
    public static List<String> statuses(List<PgaLineRef> lines, Map<String, PgaDisposition> decided, PgaAgency only,
            LocalDate date) {
        List<String> out = new ArrayList<>();
        for (PgaLineRef l : lines) {
            if (only != null && !only.equals(l.agency())) {
                continue;
            }
            PgaDisposition d = decided.getOrDefault(l.agency().code(), PgaDisposition.MAY_PROCEED);
            out.add(ResponseEncoder.pgaStatus(l.agency().code(), l.program(), date, d.status().code(),
                    d.status().narrative(), d.reason(), l.cbpLine(), l.pgaLine()));
        }
        return out;
    }
}
