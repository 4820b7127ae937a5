package org.acesdk.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.acesdk.model.entry.EntryLine;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.model.entry.TariffLine;
import org.acesdk.model.money.Money;
import org.acesdk.rules.RuleContext;
import org.acesdk.rules.duty.DutyAssessment;
import org.acesdk.rules.duty.DutyCalculator;
import org.acesdk.rules.duty.InMemoryExchangeRates;
import org.acesdk.testkit.SampleFilings;

/**
 * A line invoiced in euros: the calculator converts it at the certified rate for the export date (the quarterly
 * rate, or the daily one when it differs by 5% or more) and rounds the entered value to whole dollars.
 */
public final class ForeignCurrencyExample {
    private ForeignCurrencyExample() {
    }

    /** Assesses the Vietnam handbag line invoiced at EUR 9,000 and prints the conversion. */
    public static DutyAssessment run(PrintStream out) {
        Currency eur = Currency.getInstance("EUR");
        InMemoryExchangeRates rates = InMemoryExchangeRates.builder()
                .quarterly(eur, LocalDate.of(2026, 1, 1), new BigDecimal("1.0850"))
                .daily(eur, LocalDate.of(2026, 2, 22), new BigDecimal("1.0870"))
                .build();
        RuleContext context = SampleFilings.context().toBuilder().exchangeRates(rates).build();
        EntryLine line = SampleFilings.handbagLineFromVietnam();
        EntryLine inEuros = line.toBuilder().lineNumber(1).tariffs(List.of(line.tariffs().get(0).toBuilder()
                .value(Money.parse("9000 EUR")).build())).build();
        EntrySummary entry = SampleFilings.airEntryFromVietnam().lines(List.of(inEuros)).build();
        DutyAssessment a = DutyCalculator.create(context).assess(entry);
        TariffLine t = inEuros.tariffs().get(0);
        out.println("invoiced " + t.value() + " -> entered value " + a.lines().get(0).enteredValue()
                + " (quarterly rate 1.0850; the daily 1.0870 is within 5%)");
        out.print(a.toTable());
        return a;
    }

    /** Runs the example. */
    public static void main(String[] args) {
        run(System.out);
    }
}
