package org.acesdk.examples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.acesdk.client.AceClient;
import org.acesdk.client.Transmission;
import org.acesdk.client.catair.CatairReader;
import org.acesdk.client.catair.CatairRecord;
import org.acesdk.client.catair.ProcessingResultCodec;
import org.acesdk.model.code.FilingAction;
import org.acesdk.model.isf.ImporterSecurityFiling;
import org.acesdk.model.response.CbpResponse;
import org.acesdk.model.response.IsfAnswer;
import org.acesdk.testkit.FakeAceGateway;
import org.acesdk.testkit.SampleFilings;

/**
 * An Importer Security Filing's life against the embedded fake: filed with flexible timing (the consolidator not yet
 * known), amended with the consolidator once known (a replace naming the ISF transaction number CBP returned), and
 * deleted.
 */
public final class IsfExample {
    private IsfExample() {
    }

    /** CBP's typed answer to a transmission (application SN). */
    static IsfAnswer answer(AceClient client, Transmission t) {
        CbpResponse r = client.responses(t.batchId()).get(0);
        List<CatairRecord> records = new ArrayList<>();
        for (int i = 0; i < r.rawLines().size(); i++) {
            records.add(CatairReader.standard().decode(r.rawLines().get(i), i + 1, "SN"));
        }
        return ProcessingResultCodec.isfAnswers(records).get(0);
    }

    /** Files, amends and deletes the sample ISF-10, printing CBP's answers; returns them in order. */
    public static List<IsfAnswer> run(PrintStream out) {
        List<IsfAnswer> answers = new ArrayList<>();
        try (FakeAceGateway gateway = FakeAceGateway.start(); AceClient client = gateway.client()) {
            ImporterSecurityFiling complete = SampleFilings.isf10().build();
            ImporterSecurityFiling flexible = complete.toBuilder().actionReason("FT").consolidator(null).build();
            IsfAnswer filed = answer(client, client.submit(flexible));
            out.println("filed (FT): " + (filed.accepted() ? "accepted" : "rejected") + ", ISF transaction "
                    + filed.transactionNumber());
            answers.add(filed);
            IsfAnswer amended = answer(client, client.submit(complete.toBuilder().action(FilingAction.REPLACE)
                    .transactionNumber(filed.transactionNumber()).actionReason("CT").build()));
            out.println("amended with the consolidator (CT): " + (amended.accepted() ? "accepted" : "rejected"));
            answers.add(amended);
            IsfAnswer deleted = answer(client, client.submit(complete.toBuilder().action(FilingAction.DELETE)
                    .transactionNumber(filed.transactionNumber()).build()));
            out.println("deleted: " + (deleted.accepted() ? "accepted" : "rejected"));
            answers.add(deleted);
        }
        return answers;
    }

    /** Runs the example. */
    public static void main(String[] args) {
        run(System.out);
    }
}
