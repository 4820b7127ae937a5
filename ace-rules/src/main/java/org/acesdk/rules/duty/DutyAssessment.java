package org.acesdk.rules.duty;

import java.time.LocalDate;
import java.util.List;
import org.acesdk.model.code.EntryNumber;
import org.acesdk.model.json.AceJson;
import org.acesdk.model.money.Money;
import org.acesdk.rules.Finding;
import org.acesdk.rules.Severity;

/**
 * The duties, fees and deposits an entry summary owes, line by line and in total, as the entry summary's line and
 * totals records (50, 53, 62, 88, 89, 90) report them. Every amount carries its rate, basis and source.
 *
 * @param entryNumber the entry number
 * @param rateDate the date that picked rates and fees
 * @param tariffRevision the tariff revision used, or empty when none was loaded
 * @param feePeriod the fee period used, e.g. {@code FY2026}, or empty
 * @param lines the line assessments, in the filing's order
 * @param fees the user fees (MPF, HMF, fixed fees) as totalled for the 89-record
 * @param totalDuty the sum of all line duties
 * @param totalFees the sum of the fees
 * @param adBonded bonded antidumping deposits
 * @param adCash cash antidumping deposits
 * @param cvdBonded bonded countervailing deposits
 * @param cvdCash cash countervailing deposits
 * @param grandTotal duty + fees + AD + CVD
 * @param findings problems met while assessing (unparsed rates, missing quantities ...); ERROR means incomplete
 */
public record DutyAssessment(EntryNumber entryNumber, LocalDate rateDate, String tariffRevision, String feePeriod,
        List<LineAssessment> lines, List<FeeAssessment> fees, Money totalDuty, Money totalFees, Money adBonded,
        Money adCash, Money cvdBonded, Money cvdCash, Money grandTotal, List<Finding> findings) {

    /** Copies the lists. */
    public DutyAssessment {
        lines = List.copyOf(lines);
        fees = List.copyOf(fees);
        findings = List.copyOf(findings);
    }

    /** Whether every amount could be computed (no ERROR finding). */
    public boolean isComplete() {
        return findings.stream().noneMatch(f -> f.severity() == Severity.ERROR);
    }

    /** Antidumping deposits, bonded and cash. */
    public Money totalAd() {
        return adBonded.plus(adCash);
    }

    /** Countervailing deposits, bonded and cash. */
    public Money totalCvd() {
        return cvdBonded.plus(cvdCash);
    }

    /**
     * Whether the fee of an accounting class is owed, not owed, or could not be computed: {@link #fee} gives zero for
     * the last two alike.
     *
     * @param accountingClass e.g. {@code 499} (MPF), {@code 501} (HMF), {@code 311}, {@code 496}
     * @return the status
     */
    public FeeStatus feeStatus(String accountingClass) {
        for (FeeAssessment f : fees) {
            if (f.accountingClass().equals(accountingClass)) {
                return f.amount().isZero() ? FeeStatus.NOT_OWED : FeeStatus.OWED;
            }
        }
        boolean uncomputed = findings.stream().anyMatch(f -> f.severity() == Severity.ERROR
                && (f.ruleId().toString().equals("DUTY-FEE-001") || f.ruleId().toString().equals("DUTY-FEE-002")
                        && f.message().contains("class " + accountingClass)));
        if (uncomputed) {
            return FeeStatus.NOT_COMPUTED;
        }
        // line fees depend on every line's value: an unpriced line leaves MPF and HMF uncomputed
        boolean linesIncomplete = findings.stream().anyMatch(f -> f.severity() == Severity.ERROR
                && f.path().startsWith("lines["));
        return linesIncomplete && (accountingClass.equals("499") || accountingClass.equals("501"))
                ? FeeStatus.NOT_COMPUTED : FeeStatus.NOT_OWED;
    }

    /** The fee of one accounting class, or zero when it is not owed or not computed ({@link #feeStatus} tells). */
    public Money fee(String accountingClass) {
        return fees.stream().filter(f -> f.accountingClass().equals(accountingClass)).map(FeeAssessment::amount)
                .findFirst().orElse(Money.ZERO_USD);
    }

    /** A readable table: every line and tariff number with rate, basis, amount and source, then the totals. */
    public String toTable() {
        StringBuilder sb = new StringBuilder();
        sb.append("Duty assessment for entry ").append(entryNumber).append(" (rates of ").append(rateDate);
        if (!tariffRevision.isEmpty()) {
            sb.append(", ").append(tariffRevision);
        }
        if (!feePeriod.isEmpty()) {
            sb.append(", fees ").append(feePeriod);
        }
        sb.append(")\n");
        sb.append(String.format("%-5s %-13s %-16s %-28s %-22s %13s%n", "Line", "HTS", "Program", "Rate", "Basis",
                "Amount"));
        for (LineAssessment l : lines) {
            for (TariffAssessment t : l.tariffs()) {
                sb.append(String.format("%-5s %-13s %-16s %-28s %-22s %13s%n", l.lineNumber(), t.htsNumber(),
                        abbreviate(t.category().name(), 16), abbreviate(shortRate(t), 28), abbreviate(t.basis(), 22),
                        t.duty() == null ? "n/a" : t.duty().toString()));
            }
            for (AdCvdAssessment a : l.adCvd()) {
                sb.append(String.format("%-5s %-13s %-16s %-28s %-22s %13s%n", l.lineNumber(), a.caseNumber(),
                        (a.antidumping() ? "AD " : "CVD ") + (a.bonded() ? "bonded" : "cash"),
                        a.rate().toPlainString() + (a.specific() ? " $/unit" : "%"), abbreviate(a.basis(), 22),
                        a.deposit() == null ? "n/a" : a.deposit().toString()));
            }
            if (!l.mpf().isZero()) {
                sb.append(String.format("%-5s %-13s %-16s %-28s %-22s %13s%n", l.lineNumber(), "MPF (line)", "",
                        "", "value $" + l.enteredValue(), l.mpf()));
            }
        }
        sb.append(String.format("%n%-40s %13s%n", "Total duty", totalDuty));
        for (FeeAssessment f : fees) {
            sb.append(String.format("%-40s %13s   %s%n", f.accountingClass() + " " + f.name(), f.amount(),
                    f.explanation()));
        }
        sb.append(String.format("%-40s %13s%n", "Total fees", totalFees));
        sb.append(String.format("%-40s %13s%n", "AD deposits (bonded / cash)", adBonded + " / " + adCash));
        sb.append(String.format("%-40s %13s%n", "CVD deposits (bonded / cash)", cvdBonded + " / " + cvdCash));
        sb.append(String.format("%-40s %13s%n", "GRAND TOTAL", grandTotal));
        for (Finding f : findings) {
            sb.append("  ").append(f).append('\n');
        }
        return sb.toString();
    }

    private static String shortRate(TariffAssessment t) {
        if (t.rateText().startsWith("The duty provided") && t.effectivePercent() != null) {
            return "subheading + " + t.effectivePercent().stripTrailingZeros().toPlainString() + "%";
        }
        return t.rateText();
    }

    private static String abbreviate(String s, int n) {
        if (s == null) {
            return "";
        }
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

    /** The assessment as JSON (amounts as decimal strings). */
    public String toJson() {
        return AceJson.write(this);
    }
}
