package org.acesdk.client.catair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.acesdk.model.code.BondType;
import org.acesdk.model.code.EntryType;
import org.acesdk.model.code.FilingAction;
import org.acesdk.model.code.ModeOfTransport;
import org.acesdk.model.money.Money;
import org.acesdk.model.release.BillOfLading;
import org.acesdk.model.release.CargoRelease;
import org.acesdk.model.release.ReleaseLine;
import org.junit.jupiter.api.Test;

class CargoReleaseCodecTest {

    static CargoRelease release() {
        return CargoRelease.builder().action(FilingAction.ADD).entryNumber("B76-0324527-8")
                .entryType(EntryType.CONSUMPTION).importerNumber("13-142026000")
                .modeOfTransport(ModeOfTransport.VESSEL_CONTAINER).bondType(BondType.CONTINUOUS)
                .estimatedValue(Money.usd("30172")).portOfEntry("2704").portOfUnlading("2709")
                .arrivalDate(LocalDate.of(2026, 3, 18)).carrierCode("MAEU").voyageNumber("612E")
                .conveyanceName("MAERSK ESSEX").locationOfGoods("Y258").contactName("JANE FILER")
                .contactPhone("3105550100")
                .addBill(BillOfLading.builder().type("M").issuer("MAEU").number("MAEU123456789").quantity(40).build())
                .addLine(ReleaseLine.builder().lineNumber(1).countryOfOrigin("CN").htsNumber("7326.90.8688")
                        .value(Money.usd("14172")).description("STEEL BRACKETS").build())
                .addLine(ReleaseLine.builder().lineNumber(2).countryOfOrigin("VN").htsNumber("4202.21.9000")
                        .value(Money.usd("9800")).description("LEATHER HANDBAGS").build())
                .build();
    }

    @Test
    void encodesTheSeRecordsAtTheirColumns() {
        List<String> rs = CargoReleaseCodec.encode(release());
        assertEquals(List.of("SE10", "SE11", "SE13", "SE15", "SE16", "SE40", "SE60", "SE40", "SE60"),
                rs.stream().map(r -> r.substring(0, 4)).toList());
        assertTrue(rs.get(0).startsWith("SE10AB76  03245278 01EI 13-142026000118000003017"), rs.get(0));
        assertEquals("2704 ", rs.get(0).substring(49, 54));
        assertEquals("SE15MMAEUMAEU123456789", rs.get(3).substring(0, 22));
        assertEquals("00000040", rs.get(3).substring(59, 67));
        assertEquals("SE16MAEU612E 03182600000040", rs.get(4).substring(0, 27));
        assertEquals("SE6073269086880000014172", rs.get(6).substring(0, 24));
    }

    @Test
    void decodeOfEncodeGivesTheReleaseBack() {
        CargoRelease c = release();
        List<CargoRelease> back = CargoReleaseCodec.decode(CatairReader.standard()
                .read(String.join("\r\n", CargoReleaseCodec.encode(c))).blocks().get(0).records());
        assertEquals(List.of(c), back);
    }

    @Test
    void sampleTransmissionDecodes() throws Exception {
        CatairBatch b = CatairReader.standard().read(GoldenSamplesTest.read("7_8-cargo-release-input-se-add.txt"));
        assertEquals("SE", b.blocks().get(0).applicationId());
        CatairRecord se10 = b.blocks().get(0).records().get(0);
        assertEquals("EI", se10.text("importerType"));
        assertEquals("58-123456789", se10.text("importerNumber"));
        assertEquals(0, se10.decimal("estimatedValue").compareTo(new java.math.BigDecimal("100")));
        assertEquals("1101", se10.text("plannedPort"));
        CatairRecord se36 = b.blocks().get(0).records().get(6);
        assertEquals("VIENNA", se36.text("city"));
        assertEquals("221826224", se36.text("postalCode"));
        assertEquals("US", se36.text("country"));
        CargoRelease c = CargoReleaseCodec.decode(b.blocks().get(0).records()).get(0);
        assertEquals("SV9-7100191-9", c.entryNumber().toString());
        assertEquals(ModeOfTransport.AIR_NON_CONTAINER, c.modeOfTransport());
        assertEquals("3920.10.0000", c.lines().get(0).htsNumber().toString());
        assertEquals(Money.usd("100"), c.lines().get(0).value());
        assertEquals("61143545342", c.bills().get(0).number());
        // a check digit that does not verify is named with its field and columns
        String bad = se10.raw().substring(0, 17) + "8" + se10.raw().substring(18);
        CatairException ex = assertThrows(CatairException.class, () -> CargoReleaseCodec.decode(List.of(
                CatairReader.standard().decode(bad, 2, "SE"))));
        assertEquals("entryNumber", ex.field());
        assertEquals("11-18", ex.columns());
        assertEquals(2, ex.lineNumber());
    }
}
