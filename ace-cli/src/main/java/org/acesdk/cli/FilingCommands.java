package org.acesdk.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.acesdk.client.catair.CargoReleaseCodec;
import org.acesdk.client.catair.EntrySummaryEncoder;
import org.acesdk.client.catair.IsfCodec;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.model.isf.ImporterSecurityFiling;
import org.acesdk.model.json.AceJson;
import org.acesdk.model.release.CargoRelease;
import org.acesdk.rules.AceValidator;
import org.acesdk.rules.RuleContext;
import org.acesdk.rules.ValidationReport;
import org.acesdk.rules.duty.DutyAssessment;
import org.acesdk.rules.duty.DutyCalculator;
import org.acesdk.rules.duty.LineAssessment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The commands that take a filing's JSON document: validate, assess, encode. */
final class FilingCommands {
    private FilingCommands() {
    }

    /** The options every filing command takes. */
    static class Common {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE.json", description = "The filing as JSON (the SDK's document).")
        Path file;

        @Option(names = "--progress", negatable = true, description = "Draw a progress bar on standard error for a "
                + "bulk file (default: only when standard error is a terminal).")
        Boolean progress;

        @Option(names = "--type", paramLabel = "KIND", description = "entry, release, isf or eei (default: recognised "
                + "from the document).", converter = KindConverter.class)
        Documents.Kind type;

        @Option(names = "--json", description = "Write the result as JSON, for scripts.")
        boolean json;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Judge rates and rules on this date "
                + "instead of the filing's own dates.")
        LocalDate date;

        RuleContext context() {
            RuleContext.Builder b = RuleContext.builder();
            if (date != null) {
                b.effectiveDate(date);
            }
            return b.build();
        }

        ProgressBar bar(String unit) {
            return new ProgressBar(err(), progress == null ? ProgressBar.byDefault() : progress, unit);
        }

        java.io.PrintWriter out() {
            return spec.commandLine().getOut();
        }

        java.io.PrintWriter err() {
            return spec.commandLine().getErr();
        }
    }

    /** Turns {@code entry}, {@code release}, {@code isf}, {@code eei} into a kind. */
    static final class KindConverter implements picocli.CommandLine.ITypeConverter<Documents.Kind> {
        @Override
        public Documents.Kind convert(String value) {
            try {
                return Documents.Kind.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not entry, release, isf "
                        + "or eei");
            }
        }
    }

    /** {@code ace validate FILE.json}, or a bulk file of one filing a line. */
    @Command(name = "validate", description = "Check a filing against CBP's rules. Exit 0 when it has no errors, "
            + "1 when it has. A .jsonl file (or --bulk) holds one filing a line: each is checked, exit 1 when any has "
            + "errors.")
    static final class Validate extends Common implements Callable<Integer> {
        @Option(names = "--bulk", description = "The file holds one JSON filing a line (implied by .jsonl, .ndjson).")
        boolean bulk;

        @Override
        public Integer call() {
            if (Documents.isBulk(file, bulk)) {
                return bulk();
            }
            Object filing = Documents.filing(file, type);
            ValidationReport r = AceValidator.standard().validate(filing, context());
            out().print(json ? r.toJson() + "\n" : r.toText());
            out().flush();
            return r.isValid() ? AceCli.OK : AceCli.INVALID;
        }

        private Integer bulk() {
            List<Documents.Line> lines = Documents.lines(file);
            AceValidator validator = AceValidator.standard();
            RuleContext ctx = context();
            StringBuilder sb = new StringBuilder();
            int invalid = 0;
            ProgressBar bar = bar("filings");
            try {
                for (int i = 0; i < lines.size(); i++) {
                    Documents.Line line = lines.get(i);
                    ValidationReport r = validator.validate(Documents.filing(file, line, type), ctx);
                    if (!r.isValid()) {
                        invalid++;
                    }
                    if (json) {
                        sb.append("{\"line\":").append(line.number()).append(",\"valid\":").append(r.isValid())
                                .append(",\"report\":").append(r.toJson()).append("}\n");
                    } else {
                        sb.append("line ").append(line.number()).append(": ").append(r.isValid() ? "valid"
                                : "INVALID").append('\n');
                        if (!r.findings().isEmpty()) {
                            sb.append(r.toText().indent(4));
                        }
                    }
                    bar.update(i + 1, lines.size());
                }
            } finally {
                bar.finish();
            }
            if (!json) {
                sb.append(lines.size()).append(" filings: ").append(lines.size() - invalid).append(" valid, ")
                        .append(invalid).append(" invalid\n");
            }
            // every filing is read and checked before anything is written: a bad line leaves no half output
            out().print(sb);
            out().flush();
            return invalid == 0 ? AceCli.OK : AceCli.INVALID;
        }
    }

    /** {@code ace assess FILE.json}, or a bulk file of entry summaries. */
    @Command(name = "assess", description = "Compute an entry summary's duties, fees and deposits to the cent. Exit 0 "
            + "when every amount could be computed, 1 when not. A .jsonl file (or --bulk) holds one entry summary a "
            + "line: one row each, then the totals.")
    static final class Assess extends Common implements Callable<Integer> {
        @Option(names = "--bulk", description = "The file holds one entry summary a line (implied by .jsonl, .ndjson).")
        boolean bulk;

        @Override
        public Integer call() {
            if (Documents.isBulk(file, bulk)) {
                return bulk();
            }
            DutyAssessment a = DutyCalculator.create(context()).assess(entry(Documents.filing(file,
                    type == null ? Documents.Kind.ENTRY : type), null));
            if (json) {
                out().println(AceJson.write(a));
            } else {
                out().printf("%-6s %14s %14s %12s%n", "line", "entered value", "duty", "MPF");
                for (LineAssessment l : a.lines()) {
                    out().printf("%-6d %14s %14s %12s%n", l.lineNumber(), l.enteredValue(), l.duty(), l.mpf());
                }
                out().printf("total duty %s, fees %s, AD %s, CVD %s%n", a.totalDuty(), a.totalFees(), a.totalAd(),
                        a.totalCvd());
                a.findings().forEach(f -> out().println("  [" + f.ruleId() + "] " + f.message()));
            }
            out().flush();
            return a.isComplete() ? AceCli.OK : AceCli.INVALID;
        }

        private static EntrySummary entry(Object filing, Documents.Line line) {
            if (!(filing instanceof EntrySummary)) {
                throw new IllegalArgumentException("assess takes entry summaries" + (line == null ? ""
                        : "; line " + line.number() + " holds another filing"));
            }
            return (EntrySummary) filing;
        }

        private Integer bulk() {
            List<Documents.Line> lines = Documents.lines(file);
            DutyCalculator calculator = DutyCalculator.create(context());
            StringBuilder sb = new StringBuilder();
            if (!json) {
                sb.append(String.format("%-6s %-15s %16s %14s %9s%n", "line", "entry", "duty", "fees", "complete"));
            }
            org.acesdk.model.money.Money duty = org.acesdk.model.money.Money.usd("0");
            org.acesdk.model.money.Money fees = duty;
            int incomplete = 0;
            ProgressBar bar = bar("entries");
            try {
                for (int i = 0; i < lines.size(); i++) {
                    Documents.Line line = lines.get(i);
                    EntrySummary e = entry(Documents.filing(file, line, type == null ? Documents.Kind.ENTRY : type),
                            line);
                    DutyAssessment a = calculator.assess(e);
                    duty = duty.plus(a.totalDuty());
                    fees = fees.plus(a.totalFees());
                    if (!a.isComplete()) {
                        incomplete++;
                    }
                    if (json) {
                        sb.append("{\"line\":").append(line.number()).append(",\"assessment\":")
                                .append(AceJson.write(a)).append("}\n");
                    } else {
                        sb.append(String.format("%-6d %-15s %16s %14s %9s%n", line.number(), e.entryNumber(),
                                a.totalDuty(), a.totalFees(), a.isComplete() ? "yes" : "NO"));
                    }
                    bar.update(i + 1, lines.size());
                }
            } finally {
                bar.finish();
            }
            if (!json) {
                sb.append(String.format("%d entries: duty %s, fees %s, %d incomplete%n", lines.size(), duty, fees,
                        incomplete));
            }
            out().print(sb);
            out().flush();
            return incomplete == 0 ? AceCli.OK : AceCli.INVALID;
        }
    }

    /** {@code ace form7501 FILE.json --out FILE.pdf}. */
    @Command(name = "form7501", description = "Render an entry summary and its assessment as CBP Form 7501 (PDF). "
            + "Importer numbers are masked unless --reveal.")
    static final class Form extends Common implements Callable<Integer> {
        @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE.pdf", description = "Where to write it.")
        Path pdf;

        @Option(names = "--reveal", description = "Print importer and consignee numbers in full (personal data).")
        boolean reveal;

        @Override
        public Integer call() throws Exception {
            Object filing = Documents.filing(file, type == null ? Documents.Kind.ENTRY : type);
            if (!(filing instanceof EntrySummary)) {
                throw new IllegalArgumentException("form7501 takes an entry summary");
            }
            DutyAssessment a = DutyCalculator.create(context()).assess((EntrySummary) filing);
            byte[] bytes = org.acesdk.pdf.Form7501.render((EntrySummary) filing, a, reveal);
            // written whole, through a temporary file moved into place
            Path tmp = java.nio.file.Files.createTempFile(pdf.toAbsolutePath().getParent(), ".form7501", ".tmp");
            java.nio.file.Files.write(tmp, bytes);
            java.nio.file.Files.move(tmp, pdf, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            out().println("wrote " + pdf + " (" + bytes.length + " bytes)");
            out().flush();
            return AceCli.OK;
        }
    }

    /** {@code ace encode FILE.json}. */
    @Command(name = "encode", description = "Write a filing as CATAIR records to standard output (entry summary: AE, "
            + "cargo release: SE, ISF: SF). A filing with errors is refused (exit 1) unless --skip-validation.")
    static final class Encode extends Common implements Callable<Integer> {
        @Option(names = "--skip-validation", description = "Encode even when the rules find errors.")
        boolean skipValidation;

        @Override
        public Integer call() {
            Object filing = Documents.filing(file, type);
            RuleContext ctx = context();
            if (!skipValidation) {
                ValidationReport r = AceValidator.standard().validate(filing, ctx);
                if (!r.isValid()) {
                    err().print(r.toText());
                    err().println("ace: not encoded: the filing has errors (--skip-validation to encode anyway)");
                    err().flush();
                    return AceCli.INVALID;
                }
            }
            List<String> records;
            if (filing instanceof EntrySummary) {
                EntrySummary e = (EntrySummary) filing;
                DutyAssessment a = DutyCalculator.create(ctx).assess(e);
                records = EntrySummaryEncoder.encode(e, a);
            } else if (filing instanceof CargoRelease) {
                records = CargoReleaseCodec.encode((CargoRelease) filing);
            } else if (filing instanceof ImporterSecurityFiling) {
                records = IsfCodec.encode((ImporterSecurityFiling) filing);
            } else {
                throw new IllegalArgumentException("this kind of filing has no CATAIR encoding in the SDK yet");
            }
            // everything is encoded before anything is written: an error leaves no half output
            StringBuilder sb = new StringBuilder(records.size() * 82);
            for (String r : records) {
                sb.append(r).append('\n');
            }
            out().print(sb);
            out().flush();
            return AceCli.OK;
        }
    }

}
