package org.acesdk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.acesdk.client.AceClient;
import org.acesdk.client.Transmission;
import org.acesdk.model.response.CbpResponse;
import org.acesdk.model.response.Disposition;
import org.acesdk.testkit.AceFake;
import org.acesdk.testkit.Fault;
import org.acesdk.testkit.FakeAceGateway;
import org.acesdk.testkit.Outcome;
import org.acesdk.testkit.Route;
import org.junit.jupiter.api.Test;

/** How an ERP vendor tests its adapter: no CBP, no setup, every path forced on demand. */
@AceFake
class ErpOrderAdapterTest {
    private static final ErpOrderAdapter.PurchaseOrder ORDER = new ErpOrderAdapter.PurchaseOrder("4711", 88_001,
            List.of(new ErpOrderAdapter.OrderLine("4202.21.9000", "LEATHER HANDBAGS", new BigDecimal("5400"),
                    new BigDecimal("120"))));

    @Test
    void anOrderIsFiledAndAccepted(AceClient client, FakeAceGateway gateway) {
        Transmission t = new ErpOrderAdapter(client).file(ORDER);
        CbpResponse r = client.responses(t.batchId()).get(0);
        assertEquals(Disposition.ACCEPTED, r.disposition());
        assertEquals("po-4711", gateway.journal().filings().get(0).idempotencyKey());
    }

    @Test
    void reRunningTheExportAfterALostAnswerFilesOnce(AceClient client, FakeAceGateway gateway) {
        gateway.injectNext(Route.SUBMIT, Fault.dropAfterProcessing());
        ErpOrderAdapter adapter = new ErpOrderAdapter(client);
        Transmission first = adapter.file(ORDER);
        Transmission rerun = adapter.file(ORDER);
        assertEquals(first.batchId(), rerun.batchId());
        gateway.journal().assertNoDuplicateFilings();
        assertEquals(1, gateway.journal().filings().size());
    }

    @Test
    void aRejectionReachesTheAdapter(AceClient client, FakeAceGateway gateway) {
        gateway.nextOutcome(Outcome.reject("G07"));
        Transmission t = new ErpOrderAdapter(client).file(ORDER);
        CbpResponse r = client.responses(t.batchId()).get(0);
        assertEquals(Disposition.REJECTED, r.disposition());
        assertTrue(r.conditions().stream().anyMatch(c -> c.code().equals("G07")));
    }
}
