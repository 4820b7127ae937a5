package org.acesdk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.acesdk.rules.refund.EntryRows;
import org.acesdk.rules.refund.FiledEntry;
import org.acesdk.rules.refund.PlannedRefund;
import org.acesdk.rules.refund.RefundPlan;
import org.acesdk.rules.refund.RefundPlanner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ace refunds ENTRIES.csv --filing-day D --out DIR}: the IEEPA refund plan and CAPE files of an ERP export. */
@Command(name = "refunds", description = "Plan IEEPA refunds from an export of filed entries (CSV, one row per line; "
        + "see EntryRows): each entry re-assessed without its IEEPA duties, CBP's CAPE verdict and rule, the refund and "
        + "an interest estimate; writes plan.csv and the CAPE declaration files (at most 9,999 entries each).")
final class RefundsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ENTRIES", description = "The entries, CSV with a header row.")
    Path entries;

    @Option(names = "--filing-day", required = true, paramLabel = "YYYY-MM-DD",
            description = "The day the CAPE declarations would be filed: it decides the phase rules.")
    LocalDate filingDay;

    @Option(names = "--rate", paramLabel = "R", description = "Annual interest rate of the estimate, e.g. 0.07.")
    BigDecimal rate;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to write plan.csv and cape-NNNN.csv.")
    Path out;

    @Option(names = "--progress", negatable = true, description = "Draw a progress bar on standard error (default: "
            + "when it is a terminal).")
    Boolean progress;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(entries)) {
            throw new IllegalArgumentException("no file " + entries);
        }
        PrintWriter err = spec.commandLine().getErr();
        ProgressBar bar = new ProgressBar(err, progress == null ? ProgressBar.byDefault() : progress, "entries");
        RefundPlanner planner = RefundPlanner.builder().filingDay(filingDay).annualInterestRate(rate)
                .listener(n -> {
                    if (n % 500 == 0) {
                        bar.update(n, 0);
                    }
                }).build();
        RefundPlan plan;
        try (Reader in = Files.newBufferedReader(entries, StandardCharsets.UTF_8);
                Stream<FiledEntry> rows = EntryRows.readCsv(in)) {
            plan = planner.plan(rows);
        } finally {
            bar.finish();
        }
        Files.createDirectories(out);
        // nothing half-written: the files are written once the whole export was read and planned
        try (Writer w = Files.newBufferedWriter(out.resolve("plan.csv"), StandardCharsets.UTF_8)) {
            w.write("entry_number,verdict,rule_id,duty_as_filed,duty_owed,refund_principal,interest_estimate,"
                    + "declare,psc_blocked,complete\n");
            for (PlannedRefund p : plan.entries()) {
                w.write(String.join(",", p.entryNumber().toString(), p.verdict().kind().name(), p.verdict().ruleId(),
                        p.reassessment().dutyAsFiled().amount().toPlainString(),
                        p.reassessment().dutyOwed().amount().toPlainString(), p.principal().amount().toPlainString(),
                        p.interest() == null ? "" : p.interest().amount().toPlainString(),
                        Boolean.toString(p.verdict().declare() && !p.principal().isZero()),
                        Boolean.toString(p.pscBlocked()), Boolean.toString(p.reassessment().complete())) + "\n");
            }
        }
        List<String> files = plan.capeFiles();
        List<Path> written = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path f = out.resolve(String.format("cape-%04d.csv", i + 1));
            Files.writeString(f, files.get(i), StandardCharsets.US_ASCII);
            written.add(f);
        }
        PrintWriter o = spec.commandLine().getOut();
        o.println("entries: " + plan.entries().size());
        for (Map.Entry<?, Integer> e : plan.counts().entrySet()) {
            o.println("  " + e.getKey() + ": " + e.getValue());
        }
        o.println("to declare: " + plan.toDeclare().size() + " entries, principal $"
                + plan.principalDeclared().amount().toPlainString());
        o.println("CAPE files: " + written.size() + " in " + out);
        o.println("no PSC while CAPE processes them: " + plan.pscBlocked().size() + " entries (CBP error 864)");
        o.flush();
        return AceCli.OK;
    }
}
