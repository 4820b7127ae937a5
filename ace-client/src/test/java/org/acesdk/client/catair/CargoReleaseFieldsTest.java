package org.acesdk.client.catair;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.acesdk.model.release.BillOfLading;
import org.acesdk.model.release.CargoRelease;
import org.junit.jupiter.api.Test;

/** The cargo release decoder keeps the SE11 entry date election and the SE15 unit (issue 16). */
class CargoReleaseFieldsTest {

    @Test
    void theBillUnitOfARealSampleIsKept() throws Exception {
        CatairBatch batch = CatairReader.standard().read(GoldenSamplesTest.read("7_8-cargo-release-input-se-add.txt"));
        CargoRelease c = CargoReleaseCodec.decode(batch.blocks().get(0).records()).get(0);
        BillOfLading bill = c.bills().get(0);
        assertEquals(5, bill.quantity());
        assertEquals("BL", bill.unit());
    }

    @Test
    void theElectedEntryDateAndTheUnitSurviveARoundTrip() {
        CargoRelease c = CargoReleaseCodec.decode(CatairReader.standard().read(String.join("\n",
                CargoReleaseCodec.encode(org.acesdk.model.release.CargoRelease.builder()
                        .action(org.acesdk.model.code.FilingAction.ADD)
                        .entryNumber(org.acesdk.model.code.EntryNumber.parse("B76-0324527-8"))
                        .entryType(org.acesdk.model.code.EntryType.CONSUMPTION)
                        .importerNumber(org.acesdk.model.code.ImporterNumber.parse("13-142026000"))
                        .modeOfTransport(org.acesdk.model.code.ModeOfTransport.VESSEL_CONTAINER)
                        .bondType(org.acesdk.model.code.BondType.CONTINUOUS)
                        .estimatedValue(org.acesdk.model.money.Money.usd("1000"))
                        .portOfEntry(org.acesdk.model.code.PortCode.parse("2704"))
                        .arrivalDate(LocalDate.of(2026, 3, 18)).entryDateElection("A")
                        .electedEntryDate(LocalDate.of(2026, 3, 19))
                        .bills(List.of(BillOfLading.builder().type("R").number("MAEU123456789").quantity(40)
                                .unit("CTN").build()))
                        .lines(List.of(org.acesdk.model.release.ReleaseLine.builder().lineNumber(1)
                                .countryOfOrigin("CN").htsNumber("7326.90.8688")
                                .value(org.acesdk.model.money.Money.usd("1000")).description("BRACKETS").build()))
                        .build()))).blocks().get(0).records()).get(0);
        assertEquals("A", c.entryDateElection());
        assertEquals(LocalDate.of(2026, 3, 19), c.electedEntryDate());
        assertEquals("CTN", c.bills().get(0).unit());
    }
}
