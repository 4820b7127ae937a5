package org.acesdk.client.catair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.acesdk.model.code.BondType;
import org.acesdk.model.code.EntryType;
import org.acesdk.model.code.ModeOfTransport;
import org.acesdk.model.code.PaymentType;
import org.acesdk.model.code.SpecialProgram;
import org.acesdk.model.code.UnitOfMeasure;
import org.acesdk.model.entry.AdCvdCase;
import org.acesdk.model.entry.Bond;
import org.acesdk.model.entry.EntryLine;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.model.entry.TariffLine;
import org.acesdk.model.money.Money;
import org.acesdk.model.money.Quantity;
import org.acesdk.model.response.CbpResponse;
import org.acesdk.rules.duty.DutyCalculator;

class CodecProperties {

    @Provide
    Arbitrary<EntryLine> lines() {
        Arbitrary<BigDecimal> dollars = Arbitraries.bigDecimals().between(BigDecimal.ONE, new BigDecimal("9999999"))
                .ofScale(0);
        Arbitrary<BigDecimal> qty = Arbitraries.bigDecimals().between(new BigDecimal("0.01"),
                new BigDecimal("99999999")).ofScale(2);
        Arbitrary<String> text = Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -/.,").ofMinLength(1)
                .ofMaxLength(70).map(String::trim).filter(s -> !s.isEmpty());
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 2000).map(d -> LocalDate.of(2021, 1, 1)
                .plusDays(d));
        Arbitrary<Integer> kind = Arbitraries.integers().between(0, 1);
        Arbitrary<Boolean> flag = Arbitraries.of(true, false);
        Arbitrary<BigDecimal> rates = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("999.99"))
                .ofScale(2);
        return Combinators.combine(kind, dollars, qty, text, dates, flag, dollars, rates).as(
                (k, value, q, desc, date, related, charges, rate) -> {
                    EntryLine.Builder b = (k == 0 ? Entries.steel(1) : Entries.usmca(1)).toBuilder()
                            .description(desc).exportDate(date).relatedParty(related).charges(Money.usd(charges))
                            .grossWeightKg(value);
                    List<TariffLine> ts = new ArrayList<>();
                    for (TariffLine t : (k == 0 ? Entries.steel(1) : Entries.usmca(1)).tariffs()) {
                        if (t.value() != null) {
                            ts.add(t.toBuilder().value(Money.usd(value)).quantities(List.of(Quantity.of(q,
                                    k == 0 ? UnitOfMeasure.KILOGRAMS : UnitOfMeasure.NUMBER))).build());
                        } else {
                            ts.add(t);
                        }
                    }
                    b.tariffs(ts);
                    if (k == 0) {
                        b.adCvdCases(List.of(new AdCvdCase("A-570-967-000", rate, false, related)));
                    } else {
                        b.specialProgram(related ? SpecialProgram.USMCA : null);
                    }
                    return b.build();
                });
    }

    @Provide
    Arbitrary<EntrySummary> entries() {
        return Combinators.combine(lines().list().ofMinSize(1).ofMaxSize(40),
                Arbitraries.of(ModeOfTransport.VESSEL_CONTAINER, ModeOfTransport.AIR_CONTAINER, ModeOfTransport.MAIL),
                Arbitraries.of(PaymentType.SINGLE_PAYMENT, PaymentType.DAILY_STATEMENT),
                Arbitraries.strings().numeric().ofLength(7),
                Arbitraries.of("123-45-6789", "13-142026000", "260412-00001"),
                Arbitraries.of(true, false))
                .as((ls, mode, pay, serial, ior, stb) -> {
                    List<EntryLine> numbered = new ArrayList<>();
                    for (int i = 0; i < ls.size(); i++) {
                        numbered.add(ls.get(i).toBuilder().lineNumber(i + 1).build());
                    }
                    return Entries.entry(1).toBuilder()
                            .entryNumber(org.acesdk.model.code.EntryNumber.of(
                                    org.acesdk.model.code.FilerCode.parse("B76"), serial))
                            .entryType(EntryType.ADCVD).modeOfTransport(mode).paymentType(pay).importerNumber(ior)
                            .bond(stb ? Bond.builder().type(BondType.SINGLE_TRANSACTION).suretyCode("457")
                                    .amount(Money.usd("250000")).build()
                                    : Bond.builder().type(BondType.CONTINUOUS).suretyCode("457").build())
                            .lines(numbered).build();
                });
    }

    @Property(tries = 200)
    void decodeOfEncodeGivesBackEveryCarriedField(@ForAll("entries") EntrySummary e) {
        var a = DutyCalculator.create(Entries.context()).assess(e);
        List<String> records = EntrySummaryEncoder.encode(e, a);
        assertEquals(records.size(), EntrySummaryEncoder.recordCount(e, a));
        assertEquals(String.join("\r\n", records) + "\r\n", new String(EntrySummaryEncoder.encodeAscii(e, a,
                LineSeparator.CRLF), java.nio.charset.StandardCharsets.US_ASCII));
        for (String r : records) {
            assertEquals(80, r.length());
            assertTrue(r.chars().allMatch(c -> c >= 0x20 && c <= 0x7e), r);
        }
        String text = CatairWriter.of(LineSeparator.NONE).batch(Envelope.builder().siteCode("2704").senderId("B76")
                .build(), LocalDate.of(2026, 1, 2), List.of(new BlockContent("AE", "2704", "B76", null, records)));
        assertEquals(0, text.length() % 80);
        CatairBatch batch = CatairReader.standard().read(text);
        assertEquals(records.size(), batch.blocks().get(0).records().size());
        assertEquals(List.of(e), EntrySummaryDecoder.decode(batch.blocks().get(0).records()));
    }

    @Property(tries = 100)
    void responseTrailerCountsMatch(@ForAll("entries") EntrySummary e, @ForAll boolean accepted) {
        List<String> ax = ResponseEncoder.entrySummary(e.entryNumber(), "R1", List.of(), accepted);
        List<String> so = ResponseEncoder.statusNotification("2704", e.entryNumber(), "01", LocalDate.of(2026, 3, 20),
                "98", "RELEASED");
        String text = CatairWriter.standard().responseBatch(Envelope.builder().siteCode("2704").senderId("B76").build(),
                LocalDate.of(2026, 3, 27), List.of(new BlockContent("AX", "2704", "B76", null, ax),
                        new BlockContent("SO", "2704", "B76", null, so)));
        CatairBatch batch = CatairReader.standard().read(text);
        for (CatairBlock b : batch.blocks()) {
            assertEquals(b.records().size(), b.trailer().decimal("recordCount").intValue());
        }
        List<CbpResponse> rs = ResponseDecoder.decode(batch);
        assertEquals(e.entryNumber(), rs.get(0).entryNumber());
        assertEquals(accepted, rs.get(0).isAccepted());
        assertTrue(rs.get(1).isAccepted(), "SO 98 = released");
    }
}
