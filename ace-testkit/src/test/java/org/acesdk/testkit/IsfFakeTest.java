package org.acesdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.acesdk.client.AceClient;
import org.acesdk.client.SubmitOptions;
import org.acesdk.client.Transmission;
import org.acesdk.client.catair.CatairReader;
import org.acesdk.client.catair.CatairRecord;
import org.acesdk.client.catair.ProcessingResultCodec;
import org.acesdk.model.code.BondType;
import org.acesdk.model.code.FilingAction;
import org.acesdk.model.isf.ImporterSecurityFiling;
import org.acesdk.model.isf.IsfBond;
import org.acesdk.model.isf.IsfContainer;
import org.acesdk.model.isf.IsfLine;
import org.acesdk.model.party.Party;
import org.acesdk.model.response.CbpResponse;
import org.acesdk.model.response.IsfAnswer;

/**
 * ISF through the client and the fake: generated valid ISFs are accepted with a transaction number; an amendment and a
 * delete name it; one-element mutations are rejected with that element's Appendix S code.
 */
class IsfFakeTest {
    private static FakeAceGateway gateway;
    private static AceClient client;
    private static int serial;

    @BeforeContainer
    static void start() {
        gateway = FakeAceGateway.builder().clock(TestClock.create()).start();
        client = gateway.client();
    }

    @AfterContainer
    static void stop() {
        client.close();
        gateway.close();
    }

    /** The typed SN answer of a transmission. */
    static IsfAnswer answer(Transmission t) {
        List<CbpResponse> rs = client.responses(t.batchId());
        assertEquals(1, rs.size());
        assertEquals("SN", rs.get(0).applicationId());
        List<CatairRecord> records = new ArrayList<>();
        for (int i = 0; i < rs.get(0).rawLines().size(); i++) {
            records.add(CatairReader.standard().decode(rs.get(0).rawLines().get(i), i + 1, "SN"));
        }
        return ProcessingResultCodec.isfAnswers(records).get(0);
    }

    /** A unique bill for each generated filing (a second add of the same importer and bill is CBP's 117). */
    static synchronized String bill() {
        return "MAEU" + (200_000_000 + ++serial);
    }

    @Provide
    Arbitrary<ImporterSecurityFiling> valid() {
        Arbitrary<IsfLine> line = Combinators.combine(Arbitraries.of("7326.90", "7318.15.2065", "8471.30", "9403.60"),
                Arbitraries.of("CN", "VN", "IN", "MX"), Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(3)
                        .ofMaxLength(20)).as((hts, co, name) -> IsfLine.builder().manufacturer(Party.builder()
                        .name(name + " WORKS").identifierQualifier("DUNS").identifier("123456789").build())
                        .countryOfOrigin(co).htsNumber(hts).build());
        return Combinators.combine(line.list().ofMinSize(1).ofMaxSize(8), Arbitraries.of("01", "16"),
                Arbitraries.integers().between(0, 3)).as((lines, activity, containers) -> {
                    ImporterSecurityFiling.Builder b = SampleFilings.isf10().lines(lines)
                            .bond(new IsfBond("13-142026000", activity, BondType.CONTINUOUS)).containers(List.of());
                    for (int i = 0; i < containers; i++) {
                        b.addContainer(IsfContainer.of("MSCU" + (123456 + i) + "6"));
                    }
                    return b.build();
                });
    }

    @Property(tries = 25)
    void generatedValidIsfsAreAccepted(@ForAll("valid") ImporterSecurityFiling isf) {
        IsfAnswer a = answer(client.submit(isf.toBuilder().billOfLading(bill()).build()));
        assertTrue(a.accepted(), a.toString());
        assertNotNull(a.transactionNumber());
    }

    /** A one-element mutation and the Appendix S code it must be rejected with. */
    record Mutation(String name, String code, UnaryOperator<ImporterSecurityFiling.Builder> apply) {
        @Override
        public String toString() {
            return name + " -> " + code;
        }
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        return Arbitraries.of(
                new Mutation("no consignee number", "303", b -> b.consigneeNumbers(List.of())),
                new Mutation("a chapter 99 number", "404", b -> b.lines(List.of(IsfLine.builder()
                        .manufacturer(Party.builder().name("X WORKS").build()).countryOfOrigin("CN")
                        .htsNumber("9903.88.03").build()))),
                new Mutation("bond activity 07", "122", b -> b.bond(new IsfBond("13-142026000", "07",
                        BondType.CONTINUOUS))),
                new Mutation("no bond", "121", b -> b.bond(null)),
                new Mutation("mode 12", "107", b -> b.modeOfTransport("12")),
                new Mutation("replace without its number", "108", b -> b.action(FilingAction.REPLACE)),
                new Mutation("add with a number", "110", b -> b.transactionNumber("B76-20269999999")),
                new Mutation("complete without consolidator", "308", b -> b.actionReason("CT").consolidator(null)),
                new Mutation("replace of an unknown number", "108", b -> b.action(FilingAction.REPLACE)
                        .transactionNumber("B76-20269999998")));
    }

    @Property(tries = 40)
    void aOneElementMutationIsRejectedWithItsCode(@ForAll("valid") ImporterSecurityFiling isf,
            @ForAll("mutations") Mutation m) {
        ImporterSecurityFiling bad = m.apply().apply(isf.toBuilder().billOfLading(bill())).build();
        IsfAnswer a = answer(client.submit(bad, SubmitOptions.builder().skipValidation(true).build()));
        assertFalse(a.accepted(), m.toString());
        assertTrue(a.conditions().stream().anyMatch(c -> m.code().equals(c.code())), m + ": " + a.conditions());
    }

    @Property(tries = 3)
    void anIsfIsFiledAmendedAndDeleted(@ForAll("valid") ImporterSecurityFiling isf) {
        ImporterSecurityFiling flexible = isf.toBuilder().billOfLading(bill()).actionReason("FT").consolidator(null)
                .build();
        IsfAnswer added = answer(client.submitAsync(flexible, null).join());
        assertTrue(added.accepted(), added.toString());
        String txn = added.transactionNumber();
        // the same importer and bill again: a duplicate
        IsfAnswer duplicate = answer(client.submit(flexible));
        assertEquals("117", duplicate.conditions().get(0).code());
        assertEquals("billOfLading", duplicate.conditions().get(0).field());
        IsfAnswer amended = answer(client.submit(flexible.toBuilder().action(FilingAction.REPLACE)
                .transactionNumber(txn).actionReason("CT").consolidator(SampleFilings.isf10().build().consolidator())
                .build()));
        assertTrue(amended.accepted(), amended.toString());
        assertEquals(txn, amended.transactionNumber());
        IsfAnswer deleted = answer(client.submit(flexible.toBuilder().action(FilingAction.DELETE)
                .transactionNumber(txn).build()));
        assertTrue(deleted.accepted());
        IsfAnswer gone = answer(client.submit(flexible.toBuilder().action(FilingAction.REPLACE).transactionNumber(txn)
                .build(), SubmitOptions.builder().skipValidation(true).build()));
        assertEquals("108", gone.conditions().get(0).code());
    }
}
