package org.acesdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.acesdk.client.AceClient;
import org.acesdk.client.Transmission;
import org.acesdk.client.catair.CatairReader;
import org.acesdk.client.catair.CatairRecord;
import org.acesdk.client.catair.EntrySummaryDecoder;
import org.acesdk.client.catair.EntrySummaryEncoder;
import org.acesdk.model.code.EntryType;
import org.acesdk.model.entry.EntryLine;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.model.entry.PostSummaryCorrection;
import org.acesdk.model.money.Money;
import org.acesdk.model.response.Disposition;
import org.acesdk.model.response.EntrySummaryAnswer;
import org.acesdk.rules.duty.DutyCalculator;
import org.acesdk.rules.psc.Psc;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Post-summary corrections end to end: diff, transmission, the fake's answer and its versions of the summary. */
class PscFakeTest {
    private TestClock clock;
    private FakeAceGateway gateway;
    private AceClient client;

    @BeforeEach
    void start() {
        clock = TestClock.frozenAt(SampleFilings.NOW);
        gateway = FakeAceGateway.builder().clock(clock).start();
        client = gateway.client();
    }

    @AfterEach
    void stop() {
        client.close();
        gateway.close();
    }

    private EntrySummary filed(int serial) {
        EntrySummary e = SampleFilings.oceanEntry().entryNumber(SampleFilings.entryNumber(serial)).build();
        Transmission t = client.submit(e);
        assertEquals(Disposition.ACCEPTED, answer(t).disposition());
        return e;
    }

    private EntrySummaryAnswer answer(Transmission t) {
        return client.awaitResponse(t.batchId(), Duration.ofMinutes(1)).entrySummaryAnswers().get(0);
    }

    /** The summary with its last line's value raised by $1,000. */
    private static EntrySummary raised(EntrySummary e) {
        EntryLine last = e.lines().get(e.lines().size() - 1);
        int base = last.tariffs().size() - 1;
        List<org.acesdk.model.entry.TariffLine> ts = new java.util.ArrayList<>(last.tariffs());
        ts.set(base, ts.get(base).toBuilder().value(ts.get(base).value().plus(Money.usd("1000"))).build());
        List<EntryLine> lines = new java.util.ArrayList<>(e.lines());
        lines.set(lines.size() - 1, last.toBuilder().tariffs(ts).build());
        return e.toBuilder().lines(lines).build();
    }

    private static PostSummaryCorrection psc(EntrySummary filed, EntrySummary corrected) {
        int line = corrected.lines().get(corrected.lines().size() - 1).lineNumber();
        return Psc.between(filed, corrected, SampleFilings.context()).transmission(List.of("H99"),
                "Value corrected after the supplier's final invoice.", Map.of(line, List.of("L01")));
    }

    private static Money value(EntrySummary e) {
        EntryLine last = e.lines().get(e.lines().size() - 1);
        return last.tariffs().get(last.tariffs().size() - 1).value();
    }

    private static List<String> codes(EntrySummaryAnswer a) {
        return a.conditions().stream().map(x -> x.code()).toList();
    }

    @Test
    void anAcceptedCorrectionBecomesTheNextVersion() {
        EntrySummary e = filed(810001);
        EntrySummary corrected = raised(e);
        PostSummaryCorrection c = psc(e, corrected);
        EntrySummaryAnswer a = answer(client.submit(c));
        assertEquals(Disposition.ACCEPTED, a.disposition(), a.conditions().toString());
        assertEquals(101, a.version().orElseThrow());
        List<EntrySummary> versions = gateway.entryVersions(e.entryNumber());
        assertEquals(2, versions.size());
        // the fake keeps what it read from the wire: the corrected value is the new version's
        assertEquals(value(e), value(versions.get(0)));
        assertEquals(value(corrected), value(versions.get(1)));
        assertEquals(value(e).plus(Money.usd("1000")), value(versions.get(1)));
        // a second correction goes on from the corrected version
        EntrySummaryAnswer again = answer(client.submit(psc(corrected, raised(corrected))));
        assertEquals(102, again.version().orElseThrow());
        assertEquals(3, gateway.entryVersions(e.entryNumber()).size());
        // corrections are not second filings of the entry
        gateway.journal().assertNoDuplicateFilings();
        assertEquals(List.of(e.entryNumber()), gateway.journal().acceptedEntries());
    }

    @Test
    void theTransmissionIsAReplaceWithItsReasonsAndReadsBackEqual() {
        EntrySummary e = SampleFilings.oceanEntry().build();
        PostSummaryCorrection c = psc(e, raised(e));
        List<String> records = EntrySummaryEncoder.encode(c, DutyCalculator.create(SampleFilings.context())
                .assess(c.corrected()));
        assertEquals('R', records.get(0).charAt(2), "action R");
        assertEquals('Y', records.get(0).charAt(64), "PSC indicator in position 65");
        assertTrue(records.stream().anyMatch(r -> r.startsWith("35H99  ")), records.toString());
        assertTrue(records.stream().anyMatch(r -> r.startsWith("36VALUE CORRECTED")), records.toString());
        int line63 = -1;
        int last40 = -1;
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).startsWith("40")) {
                last40 = i;
            }
            if (records.get(i).startsWith("63L01")) {
                line63 = i;
            }
        }
        assertTrue(line63 > last40 && last40 > 0, "63 closes the last line's grouping: " + records);
        List<CatairRecord> read = CatairReader.standard().read(String.join("\n", records) + "\n").records();
        PostSummaryCorrection back = EntrySummaryDecoder.correction(read).orElseThrow();
        assertEquals(c.headerReasons(), back.headerReasons());
        assertEquals(c.explanation(), back.explanation());
        assertEquals(c.lineReasons(), back.lineReasons());
        assertEquals(value(c.corrected()), value(back.corrected()));
        assertEquals(c.corrected().entryNumber(), back.corrected().entryNumber());
        // an ordinary add is not a correction
        List<String> add = EntrySummaryEncoder.encode(e, DutyCalculator.create(SampleFilings.context()).assess(e));
        assertTrue(EntrySummaryDecoder.correction(CatairReader.standard().read(String.join("\n", add) + "\n")
                .records()).isEmpty());
    }

    @Test
    void eachEditRejectsAsCbpDoes() {
        // not on file
        EntrySummary stranger = SampleFilings.oceanEntry().entryNumber(SampleFilings.entryNumber(810009)).build();
        EntrySummaryAnswer none = answer(client.submit(psc(stranger, raised(stranger))));
        assertEquals(Disposition.REJECTED, none.disposition());
        // a CAPE refund in process: 864
        EntrySummary e = filed(810002);
        gateway.capeRefundInProcess(e.entryNumber(), true);
        EntrySummaryAnswer cape = answer(client.submit(psc(e, raised(e))));
        assertEquals(Disposition.REJECTED, cape.disposition());
        assertTrue(codes(cape).contains("864"), codes(cape).toString());
        gateway.capeRefundInProcess(e.entryNumber(), false);
        // an entry type change other than 01 <-> 03: B64
        EntryType ftz = EntryType.fromCode("06");
        EntrySummaryAnswer type = answer(client.submit(psc(e, raised(e).toBuilder().entryType(ftz).build()),
                org.acesdk.client.SubmitOptions.builder().skipValidation(true).build()));
        assertTrue(codes(type).contains("B64"), codes(type).toString());
        assertEquals(1, gateway.entryVersions(e.entryNumber()).size(), "nothing rejected became a version");
        // liquidated: rejected
        EntrySummary l = filed(810003);
        gateway.liquidate(l.entryNumber());
        assertEquals(Disposition.REJECTED, answer(client.submit(psc(l, raised(l)))).disposition());
    }

    @Test
    void theWindowClosesOnItsBoundaryDayOnTheFakesClock() {
        EntrySummary e = filed(810004);
        LocalDate entry = e.entryDate();
        // CBP's usual liquidation is 314 days after entry: the last day for a PSC is 15 days before it
        LocalDate last = entry.plusDays(314 - 15);
        clock.advance(Duration.between(SampleFilings.NOW, last.atTime(12, 0).toInstant(java.time.ZoneOffset.UTC)));
        try (AceClient c = gateway.client()) {
            EntrySummary corrected = raised(e);
            EntrySummaryAnswer ok = c.awaitResponse(c.submit(psc(e, corrected),
                    org.acesdk.client.SubmitOptions.builder().skipValidation(true).build()).batchId(),
                    Duration.ofMinutes(1)).entrySummaryAnswers().get(0);
            assertEquals(Disposition.ACCEPTED, ok.disposition(), "on " + last + ": " + ok.conditions());
            clock.advance(Duration.ofDays(1));
            EntrySummaryAnswer late = c.awaitResponse(c.submit(psc(corrected, raised(corrected)),
                    org.acesdk.client.SubmitOptions.builder().skipValidation(true).build()).batchId(),
                    Duration.ofMinutes(1)).entrySummaryAnswers().get(0);
            assertEquals(Disposition.REJECTED, late.disposition(), "a day later");
        }
    }
}
