package org.acesdk.rules.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.acesdk.model.code.CountryCode;
import org.acesdk.model.entry.EntryLine;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.model.entry.TariffLine;
import org.acesdk.model.money.Money;
import org.acesdk.rules.AceValidator;
import org.acesdk.rules.RuleContext;
import org.acesdk.rules.Samples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The melt-and-pour (54 type 08) and smelt-and-cast (54 type 07) declarations: their scope and start dates. */
class MetalDeclarationRulesTest {
    private static final AceValidator VALIDATOR = AceValidator.standard();

    private static EntrySummary entry(String hts, String origin, LocalDate day) {
        EntrySummary e = Samples.entry();
        EntryLine l = e.lines().get(0).toBuilder().countryOfOrigin(CountryCode.parse(origin))
                .tariffs(List.of(TariffLine.builder().htsNumber(hts).value(Money.usd("5000")).build())).build();
        return e.toBuilder().entryDate(day).lines(List.of(l)).build();
    }

    @ParameterizedTest(name = "{0} of {1} on {2}: 08 {3}, 07 {4}")
    @CsvSource({
        // steel articles of every origin, from 21 Nov 2024
        "7208.51.0030, JP, 2024-11-21, true, false",
        "7208.51.0030, JP, 2024-11-20, false, false",
        "7306.30.5028, KR, 2026-03-02, true, false",
        "7307.11.0045, KR, 2026-03-02, false, false",
        // steel derivatives (nails, bumper stampings) only when of Mexico
        "7317.00.5560, MX, 2026-03-02, true, false",
        "7317.00.5560, CN, 2026-03-02, false, false",
        // aluminium articles and derivatives of every origin but the United States, from 10 May 2023
        "7606.12.3090, CA, 2023-05-10, false, true",
        "7606.12.3090, CA, 2023-05-09, false, false",
        "7606.12.3090, US, 2026-03-02, false, false",
        "7614.10.6000, CN, 2026-03-02, false, true",
        // bumper stampings are on both derivative lists
        "8708.10.3050, MX, 2026-03-02, true, true",
        "8708.10.3050, DE, 2026-03-02, false, true",
        "8481.80.9050, DE, 2026-03-02, false, false"})
    void scopeAndDates(String hts, String origin, LocalDate day, boolean steel, boolean aluminium) {
        var report = VALIDATOR.validate(entry(hts, origin, day), RuleContext.defaults());
        assertEquals(steel, report.has("AE-DECL-003"), report.toText());
        assertEquals(aluminium, report.has("AE-DECL-004"), report.toText());
    }
}
