package org.acesdk.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import org.acesdk.model.code.HtsNumber;
import org.acesdk.rules.RuleContext;
import org.acesdk.rules.duty.DutyAssessment;
import org.acesdk.rules.duty.DutyCalculator;
import org.acesdk.rules.tariff.TariffRevision;
import org.acesdk.rules.tariff.UsitcHtsLoader;
import org.acesdk.testkit.SampleFilings;

/**
 * Loads a USITC HTS export (the JSON file from hts.usitc.gov, plain or gzipped) and assesses the sample entry
 * against it. Usage: {@code LoadTariffExample <export.json[.gz]> <effective-from yyyy-mm-dd>}.
 */
public final class LoadTariffExample {
    private LoadTariffExample() {
    }

    /**
     * Loads the export and assesses the sample ocean entry with it.
     *
     * @param export the USITC JSON export
     * @param effectiveFrom the first day the revision applies
     * @param out where to print
     * @return the assessment
     * @throws IOException if the file cannot be read
     */
    public static DutyAssessment run(Path export, LocalDate effectiveFrom, PrintStream out) throws IOException {
        TariffRevision revision = UsitcHtsLoader.loadJson(export, export.getFileName().toString(), effectiveFrom);
        out.println("loaded " + revision);
        HtsNumber hts = HtsNumber.parse("7326.90.8688");
        revision.find(hts).ifPresent(row -> out.println(hts + ": general rate " + row.general().text()));
        RuleContext context = SampleFilings.context().toBuilder().tariffSchedule(revision).build();
        DutyAssessment a = DutyCalculator.create(context).assess(SampleFilings.oceanEntry().build());
        out.print(a.toTable());
        return a;
    }

    /** Runs the example. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: LoadTariffExample <export.json[.gz]> <effective-from yyyy-mm-dd>");
            System.exit(2);
        }
        run(Path.of(args[0]), LocalDate.parse(args[1]), System.out);
    }
}
