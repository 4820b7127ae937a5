package org.acesdk.rules.refund;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.acesdk.model.code.CountryCode;
import org.acesdk.model.code.EntryNumber;
import org.acesdk.model.code.EntryType;
import org.acesdk.model.code.FilerCode;
import org.acesdk.model.code.ImporterNumber;
import org.acesdk.model.code.ModeOfTransport;
import org.acesdk.model.code.UnitOfMeasure;
import org.acesdk.model.entry.EntryLine;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.model.entry.SummaryDetail;
import org.acesdk.model.entry.TariffLine;
import org.acesdk.model.money.Money;
import org.acesdk.model.money.Quantity;
import org.acesdk.rules.advisor.Chapter99Advisor;

/**
 * A seeded, generated history of entries for trying and measuring the refund planner: not real filings. Entries of
 * one filer ({@code B76}) between 4 Feb 2025 and 23 Feb 2026 from eight origins, 1-4 lines of common goods each, with
 * the chapter 99 headings the law required on their entry date (the advisor's, on the bundled data), and a mix of
 * statuses and entry types that exercises every CAPE rule. The same seed and index always give the same entry, so a
 * year can be generated in parts.
 */
public final class GeneratedEntries {
    private static final LocalDate FIRST = LocalDate.of(2025, 2, 4);
    private static final int DAYS = 385; // to 2026-02-23, the last day IEEPA duties were charged
    private static final String[] ORIGINS = {"CN", "CN", "CN", "CN", "VN", "VN", "MX", "DE", "DE", "JP", "IN", "IN",
        "CA", "BR", "KR", "TW"};
    private static final String[][] GOODS = {
        {"4202.21.9000", "NO"}, {"8471.30.0100", "NO"}, {"9403.60.8093", "NO"}, {"8708.30.5090", "NO"},
        {"6110.20.2079", "DZ"}, {"8516.60.4070", "NO"}, {"3924.10.4000", "X"}, {"9503.00.0073", "NO"},
        {"8504.40.9580", "NO"}, {"7318.15.2095", "KG"}};
    private static final FilerCode FILER = FilerCode.parse("B76");

    private GeneratedEntries() {
    }

    /**
     * Entries {@code 0 .. count-1} of the seeded history.
     *
     * @param seed the seed
     * @param count how many, at most 9,999,999
     * @return the entries, lazily
     */
    public static Stream<FiledEntry> year(long seed, long count) {
        return range(seed, 0, count);
    }

    /**
     * Entries {@code from .. to-1} of the seeded history (one part of a year).
     *
     * @param seed the seed
     * @param from the first index
     * @param to the index after the last, at most 9,999,999
     * @return the entries, lazily
     */
    public static Stream<FiledEntry> range(long seed, long from, long to) {
        if (from < 0 || to > 9_999_999 || from > to) {
            throw new IllegalArgumentException("indexes run from 0 to 9,999,999");
        }
        Chapter99Advisor advisor = Chapter99Advisor.bundled();
        return LongStream.range(from, to).mapToObj(i -> entry(advisor, seed, i));
    }

    private static FiledEntry entry(Chapter99Advisor advisor, long seed, long index) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + index);
        LocalDate date = FIRST.plusDays(r.nextInt(DAYS));
        String origin = ORIGINS[r.nextInt(ORIGINS.length)];
        int lineCount = 1 + r.nextInt(4);
        List<EntryLine> lines = new ArrayList<>(lineCount);
        for (int n = 1; n <= lineCount; n++) {
            String[] good = GOODS[r.nextInt(GOODS.length)];
            TariffLine.Builder t = TariffLine.builder().htsNumber(good[0])
                    .value(Money.usd(BigDecimal.valueOf(500 + r.nextInt(49_500))));
            if (!good[1].equals("X")) {
                t.addQuantity(Quantity.of(BigDecimal.valueOf(1 + r.nextInt(2_000)), UnitOfMeasure.fromCode(good[1])));
            }
            lines.add(EntryLine.builder().lineNumber(n).countryOfOrigin(CountryCode.parse(origin)).tariffs(List.of(
                    t.build())).build());
        }
        int kind = r.nextInt(100);
        EntryType type = kind < 2 ? EntryType.fromCode("21") : kind < 4 ? EntryType.fromCode("31")
                : kind < 5 ? EntryType.fromCode("08") : kind < 6 ? EntryType.fromCode("47") : EntryType.CONSUMPTION;
        EntrySummary.Builder b = EntrySummary.builder()
                .entryNumber(EntryNumber.of(FILER, String.format("%07d", index + 1))).entryType(type)
                .importerNumber(ImporterNumber.parse("13-1420260" + String.format("%02d", r.nextInt(100))))
                .entryDate(date).summaryDate(date.plusDays(10)).modeOfTransport(ModeOfTransport.VESSEL_CONTAINER)
                .lines(lines);
        if (kind >= 6 && kind < 10) {
            b.detail(SummaryDetail.builder().reconciliationIssue("001").build());
        }
        EntrySummary e = advisor.fill(b.build(), date);
        EntryStatus s = EntryStatus.open();
        int st = r.nextInt(100);
        if (st < 35) {
            s = s.liquidatedOn(date.plusDays(314)); // liquidation about 314 days after entry
        } else if (st < 37) {
            s = s.finallyLiquidatedOn(date.plusDays(314));
        } else if (st < 40) {
            s = s.suspended();
        } else if (st < 41) {
            s = s.withDrawback();
        } else if (st < 42) {
            s = s.withOpenProtest();
        } else if (st < 43) {
            s = s.cancelledOrRejected();
        } else if (st < 44 && kind >= 6 && kind < 10) {
            s = s.withReconciliationFiled();
        }
        return new FiledEntry(e, s);
    }
}
