package org.acesdk.examples;

import java.time.Duration;
import org.acesdk.client.AceClient;
import org.acesdk.client.AceValidationException;
import org.acesdk.client.BatchStatus;
import org.acesdk.client.SubmitOptions;
import org.acesdk.client.Transmission;
import org.acesdk.client.catair.EntrySummaryEncoder;
import org.acesdk.model.response.AnswerCondition;
import org.acesdk.model.response.CbpResponse;
import org.acesdk.model.response.EntrySummaryAnswer;
import org.acesdk.testkit.FakeAceGateway;

import java.io.PrintStream;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.model.json.AceJson;
import org.acesdk.rules.AceValidator;
import org.acesdk.rules.RuleContext;
import org.acesdk.rules.ValidationReport;
import org.acesdk.rules.duty.DutyAssessment;
import org.acesdk.rules.duty.DutyCalculator;
import org.acesdk.testkit.SampleFilings;

/**
 * The README's quick start: builds a realistic three-line ocean entry dated 20 November 2026, priced on the bundled
 * USITC tariff history and FY2027 fees (steel from China with Section 301 and 232,
 * handbags from Vietnam, USMCA parts from Mexico), validates it, assesses duty and fees, prints the CATAIR records,
 * submits it to the embedded fake ACE gateway and prints CBP's answer; then tries a deliberately broken copy and
 * prints the findings and the rejection.
 */
public final class QuickStart {
    private QuickStart() {
    }

    /** Runs the quick start, printing to standard output. */
    public static void main(String[] args) {
        run(System.out);
    }

    /**
     * Runs the quick start.
     *
     * @param out where to print
     * @return the assessment of the valid entry
     */
    public static DutyAssessment run(PrintStream out) {
        // the bundled data: every USITC revision from 2025 on, FY2027 fees; the clock at the summary date
        RuleContext context = SampleFilings.currentContext();
        EntrySummary entry = SampleFilings.currentOceanEntry().build();

        out.println("== 1. The entry summary (JSON, importer numbers masked) ==");
        out.println(AceJson.writeRedactedPretty(entry));

        out.println("== 2. Validation ==");
        ValidationReport report = AceValidator.standard().validate(entry, context);
        out.print(report.toText());

        out.println("== 3. Duty and fees ==");
        DutyAssessment assessment = DutyCalculator.create(context).assess(entry);
        out.print(assessment.toTable());

        out.println("== 4. The CATAIR (ABI) records ==");
        for (String record : EntrySummaryEncoder.encode(entry, assessment)) {
            out.println(mask(record));
        }

        out.println("== 5. Transmission to the embedded fake ACE gateway, and CBP's answer ==");
        EntrySummary broken = entry.toBuilder().entryNumber(SampleFilings.entryNumber(324531)).bond(null)
                .lines(java.util.List.of(entry.lines().get(0).toBuilder()
                        .exportDate(java.time.LocalDate.of(2026, 11, 25)).build(),
                        entry.lines().get(1), entry.lines().get(2)))
                .build();
        try (FakeAceGateway gateway = FakeAceGateway.builder().ruleContext(context)
                .clock(java.time.Clock.fixed(SampleFilings.CURRENT_NOW, java.time.ZoneOffset.UTC)).start();
                AceClient client = gateway.client()) {
            Transmission sent = client.submit(entry);
            out.println("submitted " + sent.entryNumber() + " as batch " + sent.batchId() + " (idempotency key "
                    + sent.idempotencyKey() + ")");
            BatchStatus answer = client.awaitResponse(sent.batchId(), Duration.ofSeconds(30));
            print(out, answer);

            out.println("== 6. A broken copy: no bond, and line 1 exported after the goods were imported ==");
            try {
                client.submit(broken);
            } catch (AceValidationException e) {
                out.println("refused before sending: " + e.getMessage());
                out.print(e.report().toText());
            }
            out.println("-- sent anyway (skipValidation), to see CBP's rejection --");
            Transmission forced = client.submit(broken, SubmitOptions.builder().skipValidation(true).build());
            print(out, client.awaitResponse(forced.batchId(), Duration.ofSeconds(30)));
        }
        return assessment;
    }

    private static void print(PrintStream out, BatchStatus status) {
        out.println("batch " + status.batchId() + ": " + status.state());
        for (CbpResponse r : status.responses()) {
            out.println("  " + r.applicationId() + " " + r.entryNumber() + " " + r.disposition());
        }
        // the typed answers: each condition with the line it concerns, the final disposition apart
        for (EntrySummaryAnswer a : status.entrySummaryAnswers()) {
            for (AnswerCondition c : a.conditions()) {
                out.println("    " + c.code() + " " + c.narrative()
                        + c.lineItem().map(l -> " (line " + l + ")").orElse(""));
            }
            if (a.finalDisposition() != null) {
                out.println("    final: " + a.finalDisposition().code() + " " + a.finalDisposition().narrative());
            }
        }
    }

    /** Masks the importer and consignee numbers in the printed 11-record (they can be Social Security numbers). */
    private static String mask(String record) {
        return record.startsWith("11") ? record.substring(0, 2) + "*".repeat(24) + record.substring(26) : record;
    }
}
