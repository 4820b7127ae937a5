package org.acesdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.acesdk.client.AceClient;
import org.acesdk.client.Transmission;
import org.acesdk.client.catair.AnswerCodec;
import org.acesdk.client.catair.CatairReader;
import org.acesdk.model.pga.PgaAgency;
import org.acesdk.model.pga.PgaStatusCode;
import org.acesdk.model.response.CargoReleaseAnswer;
import org.acesdk.model.response.CbpResponse;
import org.acesdk.model.response.ReleaseStatus;
import org.acesdk.rules.AceValidator;
import org.acesdk.rules.RuleContext;
import org.acesdk.rules.pga.PgaPlanner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Partner agencies in the fake: PGA data answered with agency statuses, held and released on a steered change. */
class PgaFakeTest {
    private FakeAceGateway gateway;
    private AceClient client;

    @BeforeEach
    void start() {
        gateway = FakeAceGateway.builder().clock(TestClock.create()).start();
        client = gateway.client();
    }

    @AfterEach
    void stop() {
        client.close();
        gateway.close();
    }

    /** The PGA statuses of the SO answers among the responses, typed. */
    static List<ReleaseStatus.PgaStatus> pga(List<CbpResponse> rs) {
        List<ReleaseStatus.PgaStatus> out = new java.util.ArrayList<>();
        for (CbpResponse r : rs) {
            if (!r.applicationId().equals("SO")) {
                continue;
            }
            List<org.acesdk.client.catair.CatairRecord> records = new java.util.ArrayList<>();
            for (int i = 0; i < r.rawLines().size(); i++) {
                records.add(CatairReader.standard().decode(r.rawLines().get(i), i + 1, "SO"));
            }
            for (CargoReleaseAnswer a : AnswerCodec.cargoReleases(records)) {
                out.addAll(a.pgaStatuses());
            }
        }
        return out;
    }

    @Test
    void samplePgaDataIsCompleteUnderTheRulesAndThePlanner() {
        RuleContext ctx = RuleContext.builder().pgaFlags(SamplePga.illustrativeFlags()).build();
        for (var release : List.of(SamplePga.toyRelease().build(), SamplePga.pastaRelease().build())) {
            var report = AceValidator.standard().validate(release, ctx);
            assertTrue(report.errors().stream().noneMatch(f -> f.ruleId().toString().startsWith("PGA")),
                    report.toText());
        }
        PgaPlanner planner = PgaPlanner.of(ctx);
        var pastaLine = org.acesdk.model.entry.EntryLine.builder().lineNumber(1).countryOfOrigin("IT")
                .addTariff(org.acesdk.model.entry.TariffLine.builder().htsNumber(SamplePga.PASTA)
                        .value(org.acesdk.model.money.Money.usd("4800")).pga(SamplePga.fdaPastaPriorNotice()).build())
                .build();
        assertTrue(planner.plan(pastaLine).complete(), planner.plan(pastaLine).toText());
    }

    @Test
    void theFakeHoldsALineForFdaAndReleasesItOnASteeredChange() {
        gateway.nextOutcome(Outcome.pgaHold("FDA"));
        var release = SamplePga.pastaRelease().build();
        Transmission t = client.submit(release);
        List<CbpResponse> first = client.responses(t.batchId());
        List<ReleaseStatus.PgaStatus> held = pga(first);
        assertEquals(1, held.size());
        assertEquals(PgaAgency.FDA, held.get(0).agencyCode());
        assertEquals(PgaStatusCode.HOLD_INTACT, held.get(0).status());
        assertEquals(PgaStatusCode.Category.HOLD, held.get(0).status().category());
        assertEquals("FOO", held.get(0).program());
        assertEquals("001", held.get(0).beginCbpLine());

        gateway.pgaDecision(release.entryNumber(), PgaAgency.FDA, PgaDisposition.MAY_PROCEED);
        List<CbpResponse> after = client.responses(t.batchId());
        assertEquals(first.size() + 1, after.size());
        List<ReleaseStatus.PgaStatus> all = pga(after);
        assertEquals(List.of(PgaStatusCode.HOLD_INTACT, PgaStatusCode.MAY_PROCEED), all.stream()
                .map(ReleaseStatus.PgaStatus::status).toList());
        assertEquals("23", all.get(1).reasonCode());
        assertThrows(IllegalArgumentException.class, () -> gateway.pgaDecision(release.entryNumber(),
                PgaAgency.CPSC, PgaDisposition.HOLD));
    }

    @Test
    void withoutSteeringEachAgencyLetsItsLinesProceedAndAnEntrySummaryIsAnsweredToo() {
        Transmission t = client.submit(SamplePga.toyRelease().build());
        List<ReleaseStatus.PgaStatus> s = pga(client.responses(t.batchId()));
        assertEquals(1, s.size());
        assertEquals(PgaAgency.CPSC, s.get(0).agencyCode());
        assertEquals(PgaStatusCode.Category.MAY_PROCEED, s.get(0).status().category());

        gateway.nextOutcome(Outcome.pga("CPS", PgaDisposition.REFUSED));
        Transmission refused = client.submit(SamplePga.toyRelease().entryNumber(SampleFilings.entryNumber(700199))
                .build());
        ReleaseStatus.PgaStatus r = pga(client.responses(refused.batchId())).get(0);
        assertEquals(PgaStatusCode.DATA_REJECTED, r.status());
        assertEquals("40", r.reasonCode());
    }
}
