package org.acesdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.acesdk.client.AceClient;
import org.acesdk.client.Transmission;
import org.acesdk.client.catair.CatairReader;
import org.acesdk.client.catair.EntrySummaryDecoder;
import org.acesdk.client.catair.EntrySummaryEncoder;
import org.acesdk.model.code.EntryNumber;
import org.acesdk.model.code.EntryType;
import org.acesdk.model.code.ModeOfTransport;
import org.acesdk.model.code.PortCode;
import org.acesdk.model.entry.AdCvdCase;
import org.acesdk.model.entry.Bond;
import org.acesdk.model.entry.EntryLine;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.model.entry.LineDetail;
import org.acesdk.model.entry.SummaryDetail;
import org.acesdk.model.entry.TariffLine;
import org.acesdk.model.money.Money;
import org.acesdk.model.money.Quantity;
import org.acesdk.model.code.UnitOfMeasure;
import org.acesdk.model.response.Disposition;
import org.acesdk.model.response.EntrySummaryAnswer;
import org.acesdk.rules.AceValidator;
import org.acesdk.rules.RuleContext;
import org.acesdk.rules.ValidationReport;
import org.acesdk.rules.duty.DutyCalculator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every entry type the AE application takes, filed complete: built with the records its type requires, valid,
 * encoded, accepted by the fake, and read back from the wire equal to what was built.
 */
class EntryTypesFakeTest {
    private static final RuleContext CTX = SampleFilings.currentContext();

    /** A complete entry of the type: the records its type needs, on the bundled data of November 2026. */
    static EntrySummary complete(EntryType type, int serial) {
        boolean informal = type.isInformal();
        BigDecimal value = informal ? new BigDecimal("1800") : new BigDecimal("9800");
        EntryLine.Builder line = EntryLine.builder().lineNumber(1).countryOfOrigin("VN").countryOfExport("VN")
                .exportDate(LocalDate.of(2026, 10, 30)).manufacturerId("VNSAILEA88HOC").foreignPortOfLading("55201")
                .grossWeightKg(new BigDecimal("800")).charges(Money.usd("300")).description("LEATHER HANDBAGS")
                .addTariff(TariffLine.builder().htsNumber("4202.21.9000").value(Money.usd(value))
                        .addQuantity(Quantity.of(new BigDecimal("400.00"), UnitOfMeasure.NUMBER)).build());
        LineDetail detail = LineDetail.NONE;
        String code = type.code();
        if (code.equals("23")) {
            // a TIB line starts with its chapter 98 (9813) number, the value on the chapter 1-97 number
            TariffLine goods = line.build().tariffs().get(0);
            line.tariffs(List.of(TariffLine.builder().htsNumber("9813.00.0520").build(), goods));
        }
        if (List.of("02", "07", "12").contains(code)) {
            detail = detail.withVisaNumber("3VN26001A");
        }
        if (code.equals("06")) {
            detail = detail.withFtzStatus(new LineDetail.FtzStatus("P", LocalDate.of(2026, 10, 1), 400));
        }
        if (type.isAdCvd()) {
            line.adCvdCases(List.of(new AdCvdCase("A-552-801-000", new BigDecimal("10.00"), false, false)));
        }
        line.detail(detail);
        SummaryDetail header = SummaryDetail.NONE;
        if (List.of("21", "22", "31", "32", "34", "38").contains(code)) {
            header = header.withWarehouseEntry(new SummaryDetail.WarehouseEntry(EntryNumber.of(SampleFilings.FILER,
                    "0777001"), PortCode.parse("2704"), code.startsWith("3")));
        }
        if (code.equals("23")) {
            header = header.withTibDeclaration(true);
        }
        EntrySummary.Builder b = SampleFilings.currentOceanEntry().entryNumber(SampleFilings.entryNumber(serial))
                .entryType(type).summaryDate(null).detail(header).lines(List.of(line.build()));
        if (informal) {
            b.bond(null);
        }
        if (code.equals("13")) {
            b.modeOfTransport(ModeOfTransport.MAIL).carrierCode((org.acesdk.model.code.ScacCode) null)
                    .billOfLading(null);
        }
        return b.build();
    }

    @ParameterizedTest(name = "entry type {0}")
    @ValueSource(strings = {"01", "02", "03", "06", "07", "11", "12", "13", "21", "22", "23", "31", "32", "34", "38",
        "51", "52"})
    void aCompleteEntryOfEachTypeIsValidAcceptedAndReadsBackEqual(String code) {
        EntryType type = EntryType.fromCode(code);
        EntrySummary e = complete(type, 830000 + Integer.parseInt(code));
        ValidationReport report = AceValidator.standard().validate(e, CTX);
        assertTrue(report.isValid(), "type " + code + ": " + report.toText());
        // from the wire: the records encoded read back as the entry built
        List<String> records = EntrySummaryEncoder.encode(e, DutyCalculator.create(CTX).assess(e));
        EntrySummary back = EntrySummaryDecoder.decode(CatairReader.standard().read(String.join("\n", records) + "\n")
                .records()).get(0);
        assertEquals(e, back, "type " + code);
        TestClock clock = TestClock.frozenAt(SampleFilings.CURRENT_NOW);
        try (FakeAceGateway gateway = FakeAceGateway.builder().clock(clock).ruleContext(CTX).start();
                AceClient client = gateway.client()) {
            Transmission t = client.submit(e);
            EntrySummaryAnswer a = client.awaitResponse(t.batchId(), Duration.ofMinutes(1)).entrySummaryAnswers()
                    .get(0);
            assertEquals(Disposition.ACCEPTED, a.disposition(), "type " + code + ": " + a.conditions());
            assertEquals(List.of(e.entryNumber()), gateway.journal().acceptedEntries());
        }
    }
}
