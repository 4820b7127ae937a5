package org.acesdk.rules.advisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.acesdk.model.code.HtsNumber;
import org.acesdk.rules.advisor.internal.ScopeIndex;
import org.acesdk.rules.tariff.TariffHistory;
import org.acesdk.rules.tariff.TariffRow;
import org.junit.jupiter.api.Test;

/** The advisor's one index over all product lists answers, list by list, what {@link ProductList#match} answers. */
class ScopeIndexTest {

    @Test
    void everyBundledListAnswersAsItsOwnMatchOnEveryNumberOfTwoRevisions() {
        Map<String, ProductList> lists = Chapter99Advisor.bundled().productLists();
        ScopeIndex index = new ScopeIndex(lists);
        List<String> names = new ArrayList<>(lists.keySet());
        int hits = 0;
        for (LocalDate date : List.of(LocalDate.of(2025, 8, 10), LocalDate.of(2026, 6, 10))) {
            for (TariffRow r : TariffHistory.bundled().revisionAt(date).orElseThrow().rows()) {
                HtsNumber hts = r.htsNumber();
                if (hts.isChapter99() || hts.digits().length() < 8) {
                    continue;
                }
                ProductList.Entry[] got = index.match(hts, date);
                for (String name : names) {
                    Optional<ProductList.Entry> want = lists.get(name).match(hts, date);
                    assertEquals(want.orElse(null), got[index.position(name)], () -> "list " + name + " on " + hts);
                    if (want.isPresent()) {
                        hits++;
                    }
                }
            }
        }
        assertTrue(hits > 10_000, "the bundled scopes match many numbers: " + hits);
    }

    @Test
    void theMostSpecificPrefixInForceWinsAndAnExpiredOneFallsBack() throws Exception {
        String csv = "hts_prefix,from,to,heading\n"
                + "7208,,,\n"
                + "72081000,2025-01-01,2025-06-30,9903.81.87\n"
                + "72081000,2025-07-01,,9903.81.89\n";
        ProductList list = ProductList.load(new ByteArrayInputStream(csv.getBytes(StandardCharsets.US_ASCII)), "t");
        ScopeIndex index = new ScopeIndex(Map.of("t", list));
        HtsNumber hts = HtsNumber.parse("7208100015");
        assertEquals(HtsNumber.parse("9903.81.87"), index.match(hts, LocalDate.of(2025, 3, 1))[0].heading());
        assertEquals(HtsNumber.parse("9903.81.89"), index.match(hts, LocalDate.of(2025, 8, 1))[0].heading());
        assertEquals("7208", index.match(hts, LocalDate.of(2024, 8, 1))[0].prefix());
        assertNull(index.match(HtsNumber.parse("7209100015"), LocalDate.of(2025, 3, 1))[0]);
        assertEquals(-1, index.position("absent"));
    }
}
