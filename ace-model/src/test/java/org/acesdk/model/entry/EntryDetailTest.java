package org.acesdk.model.entry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.acesdk.model.code.ImporterNumber;
import org.acesdk.model.json.AceJson;
import org.junit.jupiter.api.Test;

/** The summary's and the line's other records: builders, emptiness, JSON, masking. */
class EntryDetailTest {
    @Test
    void buildersGiveBackWhatTheyHoldAndNothingIsNone() {
        assertEquals(SummaryDetail.NONE, SummaryDetail.builder().build());
        assertTrue(SummaryDetail.builder().build().isEmpty());
        assertEquals(LineDetail.NONE, LineDetail.builder().build());
        SummaryDetail d = SummaryDetail.builder().cargoReleaseCertification("A").liveEntry(true)
                .preliminaryStatementDate(LocalDate.of(2026, 11, 30)).stateOfDestination("IL")
                .notifyParty(ImporterNumber.parse("123-45-6789")).build();
        assertEquals(d, d.toBuilder().build());
        assertFalse(d.isEmpty());
        assertEquals("IL", d.withTibDeclaration(true).stateOfDestination(), "a copy keeps the rest");
        assertTrue(d.withTibDeclaration(true).tibDeclaration());
        assertFalse(d.toString().contains("45-6789"), "the notify party is personal data: " + d);
        LineDetail l = LineDetail.builder().visaNumber("3CN12345A")
                .parties(List.of(new LineDetail.ArticleParty("S", "123-45-6789"))).build();
        assertEquals(l, l.toBuilder().build());
        assertEquals("3CN12345A", l.withLicences(List.of(new LineDetail.Licence("01", "X1"))).visaNumber());
        assertFalse(l.toString().contains("45-6789"), l.toString());
    }

    @Test
    void anEmptyDetailIsNoDetailAndTravelsInJson() {
        EntryLine line = EntryLine.builder().lineNumber(1).countryOfOrigin("VN")
                .addTariff(TariffLine.builder().htsNumber("4202.21.9000").build()).detail(LineDetail.NONE).build();
        assertNull(line.detail(), "nothing to carry");
        assertEquals(LineDetail.NONE, line.details());
        EntryLine withVisa = line.toBuilder().detail(LineDetail.NONE.withVisaNumber("3VN26001A")).build();
        String json = AceJson.write(withVisa);
        assertTrue(json.contains("\"visaNumber\":\"3VN26001A\""), json);
        assertEquals(withVisa, AceJson.read(json, EntryLine.class));
    }
}
