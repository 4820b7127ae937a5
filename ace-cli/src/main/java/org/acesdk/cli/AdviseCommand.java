package org.acesdk.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.acesdk.model.code.CountryCode;
import org.acesdk.model.code.HtsNumber;
import org.acesdk.model.json.AceJson;
import org.acesdk.model.money.Money;
import org.acesdk.rules.advisor.Advice;
import org.acesdk.rules.advisor.Chapter99Advisor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ace advise HTS ORIGIN DATE}: the chapter 99 headings a number owes. */
@Command(name = "advise", description = "Say which chapter 99 headings (Section 232, 301, 122, IEEPA...) an HTS number "
        + "of an origin owes on a date, with the rate, the legal source and the reason, from the bundled data.")
final class AdviseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "HTS", description = "The HTS number, 8 or 10 digits (dots allowed).")
    String hts;

    @Parameters(index = "1", paramLabel = "ORIGIN", description = "The country of origin, ISO 2 letters, e.g. CN.")
    String origin;

    @Parameters(index = "2", paramLabel = "DATE", description = "The entry date, YYYY-MM-DD.")
    LocalDate date;

    @Option(names = "--value", paramLabel = "USD", description = "The line's entered value, to price the headings.")
    String value;

    @Option(names = "--json", description = "Write the advice as JSON.")
    boolean json;

    @Override
    public Integer call() {
        HtsNumber number = HtsNumber.parse(hts);
        CountryCode country = CountryCode.parse(origin);
        Advice a = Chapter99Advisor.bundled().advise(number, country, date, value == null ? null : Money.usd(value));
        spec.commandLine().getOut().print(json ? AceJson.write(a) + "\n" : a.toText());
        spec.commandLine().getOut().flush();
        return a.prohibitions().isEmpty() ? AceCli.OK : AceCli.INVALID;
    }
}
