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

    /** {@code ace validate FILE.json}. */
    @Command(name = "validate", description = "Check a filing against CBP's rules. Exit 0 when it has no errors, "
            + "1 when it has.")
    static final class Validate extends Common implements Callable<Integer> {
        @Override
        public Integer call() {
            Object filing = Documents.filing(file, type);
            ValidationReport r = AceValidator.standard().validate(filing, context());
            out().print(json ? r.toJson() + "\n" : r.toText());
            out().flush();
            return r.isValid() ? AceCli.OK : AceCli.INVALID;
        }
    }

    /** {@code ace assess FILE.json}. */
    @Command(name = "assess", description = "Compute an entry summary's duties, fees and deposits to the cent. Exit 0 "
            + "when every amount could be computed, 1 when not.")
    static final class Assess extends Common implements Callable<Integer> {
        @Override
        public Integer call() {
            Object filing = Documents.filing(file, type == null ? Documents.Kind.ENTRY : type);
            if (!(filing instanceof EntrySummary)) {
                throw new IllegalArgumentException("assess takes an entry summary");
            }
            DutyAssessment a = DutyCalculator.create(context()).assess((EntrySummary) filing);
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
