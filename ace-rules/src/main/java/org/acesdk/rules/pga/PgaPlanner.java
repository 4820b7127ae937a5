package org.acesdk.rules.pga;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.acesdk.model.entry.EntryLine;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.model.entry.TariffLine;
import org.acesdk.model.pga.PgaAgency;
import org.acesdk.model.pga.PgaDeclaration;
import org.acesdk.rules.AceValidator;
import org.acesdk.rules.Finding;
import org.acesdk.rules.RuleContext;
import org.acesdk.rules.pack.CpscRules;
import org.acesdk.rules.pack.FdaRules;
import org.acesdk.rules.pack.PgaRules;

/**
 * Plans a line's partner agency data: for each tariff number, the agencies its PGA flags name, whether their data is
 * required or may be disclaimed, the records each way of answering sends, and what the line's declarations still lack
 * (the findings of the PGA, CPSC and FDA rule packs). Immutable and thread-safe.
 */
public final class PgaPlanner {
    private static final String CPSC_FULL = "OI; PG01 CPS/CPS/FCP or FGC with the product's global id and intended use;"
            + " PG02 SKU; PG07 brand, model, month of manufacture, model/serial number; PG10 colour or style;"
            + " PG19 MF + PG20 (place of manufacture); PG19 CE certifier; PG19 PK + PG21 (records custodian);"
            + " per test PG30 L + date, PG19 ITL (CPSC lab id) or LAB, PG60 CIT per rule; PG22 CPY; PG25 lot";
    private static final String CPSC_REF = "OI; PG01 CPS/CPS/REF; PG02 PRI product id + PRIV version;"
            + " PG14 certifier reference";
    private static final String FDA_DATA = "OI; PG01 FDA + program + processing + intended use; PG02 FDP product code;"
            + " PG06 39 country of production (food); PG07 brand; PG10 common name; PG19 MF, DEQ, FD1 (+ PG21), DP"
            + " with PG20 addresses; PG23 affirmations; PG25 line value; PG26 packaging";
    private static final String FDA_PN = FDA_DATA + "; prior notice: PG06 CSH country of shipment, PG23 PFR or FME,"
            + " carrier PG23 VES/VFT (RNO by rail), PG27 containers, PG30 A arrival date, time and port;"
            + " or PG14 PNC with the confirmation of a notice filed separately";

    private final AceValidator validator;
    private final RuleContext context;

    private PgaPlanner(RuleContext context) {
        this.context = context;
        this.validator = AceValidator.builder().discoverPacks(false).shapeValidation(false)
                .addPack(new PgaRules()).addPack(new CpscRules()).addPack(new FdaRules()).context(context).build();
    }

    /** A planner for the flags (on the bundled data otherwise). */
    public static PgaPlanner of(PgaFlags flags) {
        return new PgaPlanner(RuleContext.builder().pgaFlags(Objects.requireNonNull(flags, "flags")).build());
    }

    /** A planner with a rule context (its PGA flags, clock and data). */
    public static PgaPlanner of(RuleContext context) {
        return new PgaPlanner(Objects.requireNonNull(context, "context"));
    }

    /**
     * The plan of an entry line.
     *
     * @param line the line, with or without PGA data
     * @return the plan
     */
    public PgaPlan plan(EntryLine line) {
        Objects.requireNonNull(line, "line");
        EntrySummary alone = EntrySummary.builder().addLine(line).build();
        List<Finding> findings = validator.validate(alone, context).findings();
        List<PgaRequirement> reqs = new ArrayList<>();
        List<Finding> claimed = new ArrayList<>();
        for (int j = 0; j < line.tariffs().size(); j++) {
            TariffLine t = line.tariffs().get(j);
            if (t == null || t.htsNumber() == null) {
                continue;
            }
            String path = "lines[0].tariffs[" + j + "]";
            List<PgaDeclaration> decls = t.pga() == null ? List.of() : t.pga().declarations();
            for (PgaFlag flag : context.pgaFlags().flagsFor(t.htsNumber())) {
                List<PgaDeclaration> mine = new ArrayList<>();
                List<Integer> at = new ArrayList<>();
                for (int k = 0; k < decls.size(); k++) {
                    if (decls.get(k).agency().equals(flag.agency())) {
                        mine.add(decls.get(k));
                        at.add(k);
                    }
                }
                List<Finding> missing = new ArrayList<>();
                for (Finding f : findings) {
                    boolean mineDecl = at.stream().anyMatch(k -> f.path().startsWith(path + ".pga.declarations[" + k
                            + "]"));
                    boolean flagFinding = f.path().equals(path + ".pga") && f.message().contains(" " + flag.code()
                            + " (");
                    if (mineDecl || flagFinding) {
                        missing.add(f);
                        claimed.add(f);
                    }
                }
                reqs.add(new PgaRequirement(t.htsNumber(), flag, options(flag), records(flag),
                        t.htsNumber().usitcFormat() + " carries " + flag.code() + ": " + flag.definition(), mine,
                        missing));
            }
        }
        List<Finding> rest = new ArrayList<>();
        for (Finding f : findings) {
            if (!claimed.contains(f) && f.path().contains(".pga")) {
                rest.add(f);
            }
        }
        return new PgaPlan(line.lineNumber(), reqs, rest);
    }

    private static List<String> options(PgaFlag flag) {
        List<String> out = new ArrayList<>();
        if (flag.agency().equals(PgaAgency.CPSC)) {
            out.add("full certificate data (FCP or FGC)");
            out.add("a certificate in the CPSC Product Registry (REF)");
        } else if (flag.agency().equals(PgaAgency.FDA)) {
            out.add(flag.priorNotice() ? "FDA data with prior notice (program FOO)" : "FDA data");
        } else {
            out.add(flag.agency().agencyName() + " data under program " + String.join(", ",
                    new java.util.TreeSet<>(flag.programs())));
        }
        if (!flag.required() && flag.disclaimerNeeded()) {
            out.add("a disclaimer (" + (flag.disclaimers().isEmpty()
                    ? (flag.agency().equals(PgaAgency.CPSC) ? "A or B" : "A-D") : String.join(" or ",
                    new java.util.TreeSet<>(flag.disclaimers()))) + ")");
        }
        return out;
    }

    private static List<String> records(PgaFlag flag) {
        List<String> out = new ArrayList<>();
        if (flag.agency().equals(PgaAgency.CPSC)) {
            out.add(CPSC_FULL);
            out.add(CPSC_REF);
        } else if (flag.agency().equals(PgaAgency.FDA)) {
            out.add(flag.priorNotice() ? FDA_PN : FDA_DATA);
        } else {
            out.add("OI; PG01 " + flag.agency().code() + " + program; the records of the agency's implementation guide");
        }
        if (!flag.required() && flag.disclaimerNeeded()) {
            out.add("OI; PG01 " + flag.agency().code() + " + program + disclaimer code in column 80"
                    + (flag.agency().equals(PgaAgency.CPSC) ? " (B with intended use 130.006)" : ""));
        }
        return out;
    }
}
