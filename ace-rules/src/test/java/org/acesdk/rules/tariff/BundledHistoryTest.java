package org.acesdk.rules.tariff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.acesdk.data.AceData;
import org.acesdk.model.code.HtsNumber;
import org.acesdk.rules.BundledData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The bundled history answers, row for row, what loading each raw USITC export answers. */
class BundledHistoryTest {

    @ParameterizedTest
    @CsvSource({"2025_basic,2025-01-01,2025 Basic Edition", "2026_rev_4,2026-02-24,2026 Revision 4",
        "2026_rev_10,2026-06-08,2026 Revision 10"})
    void everyResolvedRowEqualsTheRawExportsRow(String id, LocalDate effective, String name) throws IOException {
        TariffRevision raw = UsitcHtsLoader.loadJson(BundledData.export(id), name, effective);
        TariffRevision fromHistory = TariffHistory.bundled().revisionAt(effective).orElseThrow();
        assertEquals(name, fromHistory.name());
        assertEquals(raw.size(), fromHistory.size());
        List<TariffRow> a = raw.rows();
        List<TariffRow> b = fromHistory.rows();
        for (int i = 0; i < a.size(); i++) {
            TariffRow expected = a.get(i);
            assertEquals(expected, b.get(i), id + " row " + expected.rowNumber());
            if (expected.htsNumber().precision() != HtsNumber.Precision.SUBHEADING_6) {
                assertEquals(expected, TariffHistory.bundled().find(expected.htsNumber(), effective).orElseThrow());
            }
        }
    }

    @Test
    void datesPickTheRevisionInForce() {
        TariffHistory h = TariffHistory.bundled();
        assertEquals(44, h.revisionNames().size());
        assertTrue(h.find(HtsNumber.parse("7326.90.8688"), LocalDate.of(2024, 12, 31)).isEmpty());
        assertEquals("2026 Revision 10", h.revisionName(LocalDate.of(2026, 11, 20)).orElseThrow());
        assertEquals("2026 Revision 9", h.revisionName(LocalDate.of(2026, 6, 7)).orElseThrow());
        assertTrue(h.find(HtsNumber.parse("9903.81.91"), LocalDate.of(2026, 3, 1)).isPresent());
        assertTrue(h.find(HtsNumber.parse("9903.81.91"), LocalDate.of(2026, 6, 8)).isEmpty(), "gone in rev 10");
        assertEquals(LocalDate.of(2026, 6, 8), h.newestRevisionDate().orElseThrow());
        assertSame(h, TariffHistory.from(AceData.bundled()));
    }
}
