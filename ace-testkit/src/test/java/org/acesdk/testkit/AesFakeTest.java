package org.acesdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import org.acesdk.client.AceClient;
import org.acesdk.client.AceValidationException;
import org.acesdk.client.BatchState;
import org.acesdk.client.BatchStatus;
import org.acesdk.client.SubmitOptions;
import org.acesdk.client.Transmission;
import org.acesdk.client.catair.AesCodec;
import org.acesdk.model.code.ModeOfTransport;
import org.acesdk.model.code.UnitOfMeasure;
import org.acesdk.model.export.ExportInformation;
import org.acesdk.model.export.ExportLine;
import org.acesdk.model.export.FilingOption;
import org.acesdk.model.export.ShipmentAction;
import org.acesdk.model.export.UsedVehicle;
import org.acesdk.model.money.Money;
import org.acesdk.model.money.Quantity;
import org.acesdk.model.party.Address;
import org.acesdk.model.response.AesSeverity;
import org.acesdk.model.response.ExportResponse;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.Example;

/**
 * Exports through the client and the fake AES: generated valid EEI filings are accepted with an ITN; a one-field
 * mutation draws its AES response code on the right line and field; steered outcomes; replace and cancel.
 */
class AesFakeTest {
    private static FakeAceGateway gateway;
    private static AceClient client;
    private static int serial;

    /** A unique shipment reference for each generated filing (a second add of one reference is refused). */
    static synchronized ExportInformation unique(ExportInformation x) {
        return x.toBuilder().shipmentReference("GEN" + ++serial).build();
    }

    @BeforeContainer
    static void start() {
        // the sample shipments leave on 2026-04-10: file them on 2026-04-01
        gateway = FakeAceGateway.builder().clock(TestClock.startingAt(SampleFilings.NOW)).start();
        client = gateway.clientBuilder().aesCodec(AesCodec.builder().inferredLayouts(true).build()).build();
    }

    @AfterContainer
    static void stop() {
        client.close();
        gateway.close();
    }

    static ExportResponse answer(Transmission t) {
        BatchStatus s = client.awaitResponse(t.batchId(), Duration.ofSeconds(10));
        List<ExportResponse> rs = s.exportResponses();
        assertEquals(1, rs.size(), s.toString());
        return rs.get(0);
    }

    @Provide
    Arbitrary<ExportInformation> valid() {
        return AceArbitraries.exportFilings();
    }

    @Property(tries = 30)
    void generatedValidFilingsAreAcceptedWithAnItn(@ForAll("valid") ExportInformation x) {
        ExportInformation filing = unique(x);
        ExportResponse r = answer(client.submit(filing));
        assertTrue(r.accepted(), r.toString());
        assertEquals(filing.shipmentReference(), r.shipmentReference());
        assertNotNull(r.itn());
        assertTrue(r.itn().toString().matches("X[0-9]{8}[0-9]{6}"), r.itn().toString());
        ExportResponse.Condition last = r.conditions().get(r.conditions().size() - 1);
        assertEquals("974", last.code());
        assertEquals(1, r.conditions().size(), r.conditions().toString());
    }

    /** A one-field mutation, the AES code it must draw, and the path that code names. */
    record Mutation(String name, String code, boolean fatal, String path, UnaryOperator<ExportInformation> apply) {
        @Override
        public String toString() {
            return name + " -> " + code;
        }
    }

    private static ExportInformation line(ExportInformation x, UnaryOperator<ExportLine.Builder> m) {
        return x.toBuilder().lines(List.of(m.apply(x.lines().get(0).toBuilder()).build())).build();
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        return Arbitraries.of(
                new Mutation("no carrier", "118", true, "carrier", x -> x.toBuilder().carrier(null).build()),
                new Mutation("AEI filing option", "066", true, "filingOption",
                        x -> x.toBuilder().filingOption(FilingOption.AEI).build()),
                new Mutation("conveyance by mail", "126", true, "conveyanceName", x -> x.toBuilder()
                        .modeOfTransport(ModeOfTransport.MAIL).carrier(null).build()),
                new Mutation("PO box USPPI", "240", true, "usppi.address.streetLines[0]", x -> x.toBuilder()
                        .usppi(x.usppi().toBuilder().address(x.usppi().address().toBuilder()
                                .streetLines(List.of("PO BOX 12")).build()).build()).build()),
                new Mutation("bad ECCN", "515", true, "lines[0].eccn", x -> line(x, l -> l.eccn("5X2"))),
                new Mutation("no weight", "538", true, "lines[0].shippingWeightKg",
                        x -> line(x, l -> l.shippingWeightKg(0L))),
                new Mutation("zero quantity 2", "643", true, "lines[0].quantity2",
                        x -> line(x, l -> l.quantity2(Quantity.of("0", UnitOfMeasure.KILOGRAMS)))),
                new Mutation("HV without vehicle", "651", true, "lines[0].usedVehicles",
                        x -> line(x, l -> l.exportInformationCode("HV"))),
                new Mutation("bad VIN", "140", true, "lines[0].usedVehicles", x -> line(x, l -> l.addUsedVehicle(
                        new UsedVehicle("1HGCM82633A00435O", "V", "T1", "CA")))),
                new Mutation("no title", "141", true, "lines[0].usedVehicles", x -> line(x, l -> l.addUsedVehicle(
                        new UsedVehicle("1HGCM82633A004352", "V", null, "CA")))),
                new Mutation("no title state", "143", true, "lines[0].usedVehicles", x -> line(x,
                        l -> l.addUsedVehicle(new UsedVehicle("1HGCM82633A004352", "V", "T1", null)))),
                new Mutation("licence without number", "549", true, "lines[0].licenseNumber", x -> line(x,
                        l -> l.licenseCode("C30").eccn("5A002").licenseNumber(null)
                                .licenseValue(Money.usd("12000")))),
                new Mutation("state of origin", "26C", false, "stateOfOrigin",
                        x -> x.toBuilder().stateOfOrigin("NV").build()));
    }

    @Property(tries = 40)
    void aOneFieldMutationDrawsItsResponseCode(@ForAll("valid") ExportInformation x, @ForAll("mutations") Mutation m) {
        ExportInformation bad = m.apply().apply(unique(x));
        ExportResponse r = answer(client.submit(bad, SubmitOptions.builder().skipValidation(true).build()));
        ExportResponse.Condition c = r.conditions().stream().filter(k -> k.code().equals(m.code())).findFirst()
                .orElseThrow(() -> new AssertionError(m + ": " + r.conditions()));
        assertEquals(m.path(), c.path(), m.toString());
        if (m.fatal()) {
            assertFalse(r.accepted(), m.toString());
            assertEquals(AesSeverity.FATAL, c.severity());
            assertEquals("970", r.conditions().get(r.conditions().size() - 1).code());
            assertEquals(null, r.itn());
            if (m.path().startsWith("lines[0]")) {
                assertEquals(1, c.lineNumber(), "a line condition follows its line's CL1 echo");
                assertTrue(r.echoes().stream().anyMatch(e -> e.startsWith("CL1")), r.echoes().toString());
            }
        } else {
            assertTrue(r.accepted(), m.toString());
            assertEquals(AesSeverity.COMPLIANCE, c.severity());
            assertEquals("973", r.conditions().get(r.conditions().size() - 1).code());
        }
    }

    @Example
    void aShipmentIsFiledReplacedAndCancelledUnderOneItn() {
        ExportInformation x = SampleFilings.exportFiling().shipmentReference("LIFE-0001").build();
        ExportResponse added = answer(client.submit(x));
        assertTrue(added.accepted());
        ExportInformation replace = x.toBuilder().action(ShipmentAction.REPLACE).itn(added.itn())
                .lines(List.of(x.lines().get(0).toBuilder().value(Money.usd("15000")).build())).build();
        ExportResponse replaced = answer(client.submit(replace));
        assertEquals("978", replaced.conditions().get(0).code(), replaced.toString());
        assertEquals(added.itn(), replaced.itn());
        ExportInformation cancel = x.toBuilder().action(ShipmentAction.CANCEL).itn(added.itn()).build();
        ExportResponse cancelled = answer(client.submit(cancel));
        assertEquals(ShipmentAction.CANCEL, cancelled.action());
        assertEquals("983", cancelled.conditions().get(0).code());
        assertEquals(added.itn(), cancelled.itn());
        ExportResponse again = answer(client.submit(cancel, SubmitOptions.builder().idempotencyKey("cancel-twice")
                .build()));
        assertFalse(again.accepted(), "a cancelled shipment cannot be cancelled again");
    }

    @Example
    void aRetriedExportIsOneFilingUnderItsIdempotencyKey() throws java.io.IOException {
        ExportInformation x = SampleFilings.exportFiling().shipmentReference("ONCE-0001").build();
        SubmitOptions key = SubmitOptions.builder().idempotencyKey("eei-once-0001").build();
        Transmission first = client.submit(x, key);
        Transmission again = client.submit(x, key);
        assertEquals(first.batchId(), again.batchId());
        ExportResponse r = answer(again);
        assertTrue(r.accepted(), "the same filing sent twice is filed once, not refused as a duplicate reference");
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("aes-ledger");
        try (org.acesdk.client.ledger.JdbcFilingLedger ledger = org.acesdk.client.ledger.JdbcFilingLedger.h2(dir);
                AceClient withLedger = gateway.clientBuilder().aesCodec(AesCodec.builder().inferredLayouts(true)
                        .build()).ledger(ledger).build()) {
            ExportInformation y = SampleFilings.exportFiling().shipmentReference("ONCE-0002").build();
            Transmission t1 = withLedger.submit(y);
            Transmission t2 = withLedger.submit(y);
            assertEquals(t1.batchId(), t2.batchId(), "the ledger knows the filing and does not send it again");
        }
    }

    @Example
    void aReplaceOfAShipmentNeverFiledIsRejected() {
        ExportInformation x = SampleFilings.exportFiling().shipmentReference("NEVER-0001")
                .action(ShipmentAction.REPLACE).itn("X20260401000001").build();
        assertFalse(answer(client.submit(x)).accepted());
        // a change is not modelled by the fake: refused with its own code, never accepted silently
        ExportInformation change = SampleFilings.exportFiling().shipmentReference("CHG-0001").build();
        assertTrue(answer(client.submit(change)).accepted());
        ExportResponse changed = answer(client.submit(change.toBuilder().action(ShipmentAction.CHANGE).build()));
        assertFalse(changed.accepted());
        assertEquals("999", changed.conditions().get(0).code());
    }

    @Example
    void outcomesAreSteeredLikeOtherFilings() {
        gateway.nextOutcome(Outcome.acceptWith("700"));
        ExportResponse late = answer(client.submit(SampleFilings.exportFiling().shipmentReference("STEER-1")
                .build()));
        assertTrue(late.accepted());
        assertEquals(AesSeverity.COMPLIANCE, late.conditions().get(0).severity());
        assertEquals("dateOfExport", late.conditions().get(0).path());
        assertEquals("973", late.conditions().get(1).code());

        gateway.nextOutcome(Outcome.acceptWith("568"));
        ExportResponse verify = answer(client.submit(SampleFilings.exportFiling().shipmentReference("STEER-2")
                .build()));
        assertEquals("972", verify.conditions().get(1).code());

        gateway.nextOutcome(Outcome.reject("128"));
        ExportResponse rejected = answer(client.submit(SampleFilings.exportFiling().shipmentReference("STEER-3")
                .build()));
        assertFalse(rejected.accepted());
        assertEquals("portOfExport", rejected.conditions().get(0).path());

        gateway.nextOutcome(Outcome.hold());
        ExportResponse hold = answer(client.submit(SampleFilings.exportFiling().shipmentReference("STEER-4")
                .build()));
        assertTrue(hold.onHold());
        assertNotNull(hold.itn());

        ExportResponse byReference = answer(client.submit(SampleFilings.exportFiling().shipmentReference("REJ515")
                .build()));
        assertEquals("515", byReference.conditions().get(0).code());

        gateway.nextOutcome(Outcome.pending());
        Transmission t = client.submit(SampleFilings.exportFiling().shipmentReference("STEER-5").build());
        assertEquals(BatchState.RECEIVED, client.status(t.batchId()).state());
    }

    @Example
    void aBatchAesCannotReadIsRejectedWhole() {
        String bad = "A    761234567FAKEPWEXP20260401BAD001N761234567\nB  95123456700E          ACME\nCL2NOT AN SC1\n";
        Transmission t = client.raw("XP", bad, SubmitOptions.defaults());
        BatchStatus s = client.awaitResponse(t.batchId(), Duration.ofSeconds(10));
        assertEquals(BatchState.REJECTED, s.state());
        assertEquals("960", s.exportResponses().get(0).conditions().get(0).code());
    }

    @Example
    void theClientRefusesWithoutAnEnvelopeOrWhatTheRulesForbid() {
        try (AceClient none = gateway.clientBuilder().aesEnvelope(null).build()) {
            assertThrows(IllegalStateException.class, () -> none.submit(SampleFilings.exportFiling().build()));
        }
        try (AceClient standard = gateway.clientBuilder().build()) {
            AceValidationException e = assertThrows(AceValidationException.class,
                    () -> standard.submit(SampleFilings.exportFiling().build()));
            assertTrue(e.getMessage().contains("inferredLayouts(true)"), e.getMessage());
        }
        AceValidationException e = assertThrows(AceValidationException.class,
                () -> client.submit(SampleFilings.exportFiling().carrier(null).build()));
        assertTrue(e.report().has("EEI-SC1-002"), e.report().toText());
    }

    @Example
    void noPasswordTravelsBack() {
        Transmission t = client.submit(SampleFilings.exportFiling().shipmentReference("PW-0001").usppi(
                SampleFilings.exportFiling().build().usppi().toBuilder().address(Address.builder()
                        .addStreetLine("100 HARBOR BLVD").city("LONG BEACH").subdivision("CA").postalCode("90802")
                        .country("US").build()).build()).build());
        BatchStatus s = client.awaitResponse(t.batchId(), Duration.ofSeconds(10));
        assertTrue(s.exportResponses().get(0).accepted());
        assertFalse(s.responses().get(0).rawLines().stream().anyMatch(l -> l.contains("FAKEPW")));
    }
}
