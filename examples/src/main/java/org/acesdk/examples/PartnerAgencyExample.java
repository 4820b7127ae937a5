package org.acesdk.examples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.acesdk.client.AceClient;
import org.acesdk.client.Transmission;
import org.acesdk.client.catair.AnswerCodec;
import org.acesdk.client.catair.CatairReader;
import org.acesdk.client.catair.CatairRecord;
import org.acesdk.model.entry.EntryLine;
import org.acesdk.model.entry.TariffLine;
import org.acesdk.model.money.Money;
import org.acesdk.model.pga.PgaAgency;
import org.acesdk.model.pga.PgaDeclaration;
import org.acesdk.model.pga.PgaElement;
import org.acesdk.model.pga.PgaSet;
import org.acesdk.model.release.CargoRelease;
import org.acesdk.model.response.CargoReleaseAnswer;
import org.acesdk.model.response.CbpResponse;
import org.acesdk.model.response.ReleaseStatus;
import org.acesdk.rules.pga.PgaPlan;
import org.acesdk.rules.pga.PgaPlanner;
import org.acesdk.testkit.FakeAceGateway;
import org.acesdk.testkit.Outcome;
import org.acesdk.testkit.PgaDisposition;
import org.acesdk.testkit.SamplePga;

/**
 * Partner agencies in the single window: a toy (CPSC certificate) and a food (FDA with prior notice) are planned
 * (which agencies and records each line needs, and what is still missing), built, filed as cargo releases against the
 * embedded fake, and answered: FDA holds the pasta, then lets it proceed. The PGA flags are illustrative: CBP does not
 * publish them in bulk, so a real system loads its copy of the ACE tariff reference with {@code PgaFlags.load}.
 */
public final class PartnerAgencyExample {
    private PartnerAgencyExample() {
    }

    /** What the example saw: the plans before and after, and FDA's statuses on the pasta, in order. */
    public record Result(PgaPlan toyBefore, PgaPlan toyAfter, PgaPlan pastaPartial, PgaPlan pastaAfter,
            List<ReleaseStatus.PgaStatus> pastaStatuses, List<ReleaseStatus.PgaStatus> toyStatuses) {
    }

    static EntryLine line(String hts, String value, PgaSet pga) {
        return EntryLine.builder().lineNumber(1).countryOfOrigin("CN").addTariff(TariffLine.builder().htsNumber(hts)
                .value(Money.usd(value)).pga(pga).build()).build();
    }

    /** The PGA statuses in the SO answers, typed. */
    static List<ReleaseStatus.PgaStatus> statuses(List<CbpResponse> responses) {
        List<ReleaseStatus.PgaStatus> out = new ArrayList<>();
        for (CbpResponse r : responses) {
            if (!"SO".equals(r.applicationId())) {
                continue;
            }
            List<CatairRecord> records = new ArrayList<>();
            for (int i = 0; i < r.rawLines().size(); i++) {
                records.add(CatairReader.standard().decode(r.rawLines().get(i), i + 1, "SO"));
            }
            for (CargoReleaseAnswer a : AnswerCodec.cargoReleases(records)) {
                out.addAll(a.pgaStatuses());
            }
        }
        return out;
    }

    /** Plans, files and reads the answers, printing each step. */
    public static Result run(PrintStream out) {
        PgaPlanner planner = PgaPlanner.of(SamplePga.illustrativeFlags());

        PgaPlan toyBefore = planner.plan(line(SamplePga.TOY, "12000", null));
        out.println("Toy, before:");
        out.print(toyBefore.toText());
        PgaPlan toyAfter = planner.plan(line(SamplePga.TOY, "12000", SamplePga.cpscToyCertificate()));
        out.println("Toy, with its CPSC certificate: " + (toyAfter.complete() ? "complete" : "incomplete"));

        PgaSet pasta = SamplePga.fdaPastaPriorNotice();
        PgaDeclaration fda = pasta.declarations().get(0);
        List<PgaElement> noArrival = new ArrayList<>();
        for (PgaElement e : fda.elements()) {
            if (!(e instanceof PgaElement.Inspection)) {
                noArrival.add(e);
            }
        }
        PgaSet partial = PgaSet.of(pasta.commercialDescription(), new PgaDeclaration(fda.lineNumber(), fda.agency(),
                fda.program(), fda.processing(), false, false, null, null, null, null, null, null, noArrival));
        PgaPlan pastaPartial = planner.plan(line(SamplePga.PASTA, "4800", partial));
        out.println("Pasta without its arrival:");
        out.print(pastaPartial.toText());
        PgaPlan pastaAfter = planner.plan(line(SamplePga.PASTA, "4800", pasta));
        out.println("Pasta with prior notice: " + (pastaAfter.complete() ? "complete" : "incomplete"));

        try (FakeAceGateway gateway = FakeAceGateway.start(); AceClient client = gateway.client()) {
            Transmission toy = client.submit(SamplePga.toyRelease().build());
            List<ReleaseStatus.PgaStatus> toyStatuses = statuses(client.responses(toy.batchId()));
            gateway.nextOutcome(Outcome.pgaHold("FDA"));
            CargoRelease release = SamplePga.pastaRelease().build();
            Transmission t = client.submit(release);
            statuses(client.responses(t.batchId())).forEach(s -> out.println("Pasta: " + s.agencyCode() + " "
                    + s.status()));
            gateway.pgaDecision(release.entryNumber(), PgaAgency.FDA, PgaDisposition.MAY_PROCEED);
            List<ReleaseStatus.PgaStatus> all = statuses(client.responses(t.batchId()));
            out.println("Pasta, later: " + all.get(all.size() - 1).agencyCode() + " " + all.get(all.size() - 1)
                    .status());
            toyStatuses.forEach(s -> out.println("Toy: " + s.agencyCode() + " " + s.status()));
            return new Result(toyBefore, toyAfter, pastaPartial, pastaAfter, all, toyStatuses);
        }
    }

    /** Runs the example. */
    public static void main(String[] args) {
        run(System.out);
    }
}
