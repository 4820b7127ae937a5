package org.acesdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.acesdk.client.AceClient;
import org.acesdk.client.SubmitOptions;
import org.acesdk.client.Transmission;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.model.response.CbpResponse;
import org.acesdk.model.response.Condition;
import org.acesdk.model.response.Disposition;
import org.acesdk.rules.AceValidator;
import org.acesdk.rules.Finding;
import org.acesdk.rules.ValidationReport;

/** Generated filings are valid and accepted; each one-rule mutation is rejected with that rule's condition code. */
class AceArbitrariesProperties {
    private static final AceValidator VALIDATOR = AceValidator.standard();
    private static FakeAceGateway gateway;
    private static AceClient client;

    @BeforeContainer
    static void start() {
        gateway = FakeAceGateway.start();
        client = gateway.client();
    }

    @AfterContainer
    static void stop() {
        client.close();
        gateway.close();
    }

    @Property(tries = 200)
    void generatedEntrySummariesPassEveryErrorRule(@ForAll("entries") EntrySummary e) {
        ValidationReport r = VALIDATOR.validate(e, SampleFilings.context());
        assertTrue(r.isValid(), r.toText());
    }

    @Property(tries = 50)
    void generatedReleasesIsfsAndEeisPassEveryErrorRule(@ForAll("others") Object filing) {
        ValidationReport r = VALIDATOR.validate(filing, SampleFilings.context());
        assertTrue(r.isValid(), r.toText());
    }

    @Property(tries = 40)
    void everyGeneratedFilingIsAcceptedByTheFake(@ForAll("entries") EntrySummary e) {
        gateway.reset();
        Transmission t = client.submit(e);
        CbpResponse r = client.responses(t.batchId()).get(0);
        assertEquals(Disposition.ACCEPTED, r.disposition(), r.conditions().toString());
        assertEquals(e.entryNumber(), r.entryNumber());
    }

    @Property(tries = 40)
    void everyOneRuleMutationIsRejectedWithThatRulesCode(@ForAll("entries") EntrySummary e,
            @ForAll("mutations") UnaryOperator<EntrySummary.Builder> mutation) {
        gateway.reset();
        EntrySummary bad = mutation.apply(e.toBuilder()).build();
        List<Finding> errors = VALIDATOR.validate(bad, SampleFilings.context()).errors();
        assertFalse(errors.isEmpty(), "the mutation breaks a rule");
        Set<String> expected = errors.stream().map(Finding::conditionCode).collect(Collectors.toSet());
        Transmission t = client.submit(bad, SubmitOptions.builder().skipValidation(true).build());
        CbpResponse r = client.responses(t.batchId()).get(0);
        assertEquals(Disposition.REJECTED, r.disposition());
        Set<String> got = r.conditions().stream().map(Condition::code).collect(Collectors.toSet());
        assertTrue(got.containsAll(expected), got + " should contain " + expected);
    }

    @Provide
    Arbitrary<EntrySummary> entries() {
        return AceArbitraries.entrySummaries();
    }

    @Provide
    Arbitrary<Object> others() {
        return Arbitraries.oneOf(AceArbitraries.cargoReleases(), AceArbitraries.isfs(),
                AceArbitraries.exportInformation());
    }

    @Provide
    Arbitrary<UnaryOperator<EntrySummary.Builder>> mutations() {
        UnaryOperator<EntrySummary.Builder> noBond = b -> b.bond(null);
        UnaryOperator<EntrySummary.Builder> noBill = b -> b.billOfLading(null);
        UnaryOperator<EntrySummary.Builder> noCarrier = b -> b.carrierCode((org.acesdk.model.code.ScacCode) null);
        return Arbitraries.of(List.of(noBond, noBill, noCarrier));
    }
}
