package org.acesdk.rules.refund;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.acesdk.model.code.CountryCode;
import org.acesdk.model.code.EntryNumber;
import org.acesdk.model.code.EntryType;
import org.acesdk.model.code.HtsNumber;
import org.acesdk.model.code.ImporterNumber;
import org.acesdk.model.code.ModeOfTransport;
import org.acesdk.model.code.UnitOfMeasure;
import org.acesdk.model.entry.EntryLine;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.model.entry.SummaryDetail;
import org.acesdk.model.entry.TariffLine;
import org.acesdk.model.money.Money;
import org.acesdk.model.money.Quantity;

/**
 * The flat form of filed entries an ERP exports (CSV here, CSV or Parquet for Spark): one row per entry line, the
 * entry's columns repeated on each of its rows, the line's chapter 99 headings in one column separated by spaces, in
 * filing order. Rows of one entry are consecutive. The same conversion serves the single-machine planner and Spark,
 * so both read an export alike.
 *
 * <p>Columns ({@link #COLUMNS}): {@code entry_number} ({@code B76-0000001-5} or {@code B7600000015}),
 * {@code entry_type}, {@code importer_number}, {@code entry_date}, {@code summary_date}, {@code mode_of_transport},
 * {@code reconciliation_issue}, {@code liquidation_date}, the status flags {@code finally_liquidated},
 * {@code liquidation_suspended}, {@code adcvd_pending_liquidation}, {@code reconciliation_filed},
 * {@code drawback_claimed}, {@code open_protest}, {@code cancelled} ({@code true}/{@code false}, blank is false), and
 * per line {@code line_number}, {@code country_of_origin}, {@code chapter99}, {@code hts}, {@code value},
 * {@code quantity}, {@code unit}. Dates are ISO ({@code 2025-06-02}). Bounds: 999 lines an entry, 7 headings a line.
 */
public final class EntryRows {
    /** The columns, in the order {@link #writeCsv} writes them. */
    public static final List<String> COLUMNS = List.of("entry_number", "entry_type", "importer_number", "entry_date",
            "summary_date", "mode_of_transport", "reconciliation_issue", "liquidation_date", "finally_liquidated",
            "liquidation_suspended", "adcvd_pending_liquidation", "reconciliation_filed", "drawback_claimed",
            "open_protest", "cancelled", "line_number", "country_of_origin", "chapter99", "hts", "value", "quantity",
            "unit");
    private static final int MAX_LINES = 999;
    private static final int MAX_HEADINGS = 7;
    private static final CsvMapper CSV = new CsvMapper();

    private EntryRows() {
    }

    /**
     * One entry from its rows.
     *
     * @param rows the entry's rows, column name to text (blank or missing is empty)
     * @param firstRow the number of the first row, for messages
     * @return the entry and its status
     * @throws EntryRowException naming the row and column that cannot be read
     */
    public static FiledEntry toFiledEntry(List<Map<String, String>> rows, long firstRow) {
        if (rows.isEmpty()) {
            throw new EntryRowException(firstRow, null, "an entry needs at least one row");
        }
        if (rows.size() > MAX_LINES) {
            throw new EntryRowException(firstRow, null, "an entry has at most " + MAX_LINES + " lines, not "
                    + rows.size());
        }
        Map<String, String> h = rows.get(0);
        long r = firstRow;
        EntryNumber number = parse(h, "entry_number", r, EntryRows::entryNumber, true);
        String type = text(h, "entry_type");
        String recon = text(h, "reconciliation_issue");
        EntrySummary.Builder b = EntrySummary.builder().entryNumber(number)
                .entryType(type == null ? EntryType.CONSUMPTION : EntryType.fromCode(type))
                .importerNumber(parse(h, "importer_number", r, ImporterNumber::parse, false))
                .entryDate(parse(h, "entry_date", r, LocalDate::parse, true))
                .summaryDate(parse(h, "summary_date", r, LocalDate::parse, false));
        String mot = text(h, "mode_of_transport");
        if (mot != null) {
            b.modeOfTransport(ModeOfTransport.fromCode(mot));
        }
        if (recon != null) {
            b.detail(SummaryDetail.builder().reconciliationIssue(recon).build());
        }
        List<EntryLine> lines = new ArrayList<>(rows.size());
        for (Map<String, String> row : rows) {
            String n = text(row, "entry_number");
            if (n != null && !entryNumber(n).equals(number)) {
                throw new EntryRowException(r, "entry_number", "a row of another entry among the rows of " + number);
            }
            List<TariffLine> ts = new ArrayList<>();
            String ch99 = text(row, "chapter99");
            if (ch99 != null) {
                String[] hs = ch99.trim().split("\\s+");
                if (hs.length > MAX_HEADINGS) {
                    throw new EntryRowException(r, "chapter99", "at most " + MAX_HEADINGS + " headings a line");
                }
                for (String x : hs) {
                    final String heading = x;
                    ts.add(TariffLine.builder().htsNumber(EntryRows.<HtsNumber>parse(row, "chapter99", r, s -> HtsNumber.parse(heading),
                            true)).build());
                }
            }
            TariffLine.Builder base = TariffLine.builder().htsNumber(EntryRows.<HtsNumber>parse(row, "hts", r,
                    HtsNumber::parse, true)).value(EntryRows.<Money>parse(row, "value", r, Money::usd, true));
            String qty = text(row, "quantity");
            if (qty != null) {
                String unit = text(row, "unit");
                if (unit == null) {
                    throw new EntryRowException(r, "unit", "a quantity needs its unit");
                }
                base.addQuantity(EntryRows.<Quantity>parse(row, "quantity", r, q -> Quantity.of(q, UnitOfMeasure.fromCode(unit)), true));
            }
            ts.add(base.build());
            lines.add(EntryLine.builder().lineNumber(parse(row, "line_number", r, Integer::parseInt, true))
                    .countryOfOrigin(parse(row, "country_of_origin", r, CountryCode::parse, true)).tariffs(ts).build());
            r++;
        }
        EntryStatus status = new EntryStatus(parse(h, "liquidation_date", firstRow, LocalDate::parse, false),
                flag(h, "finally_liquidated", firstRow), flag(h, "liquidation_suspended", firstRow),
                flag(h, "adcvd_pending_liquidation", firstRow), flag(h, "reconciliation_filed", firstRow),
                flag(h, "drawback_claimed", firstRow), flag(h, "open_protest", firstRow), flag(h, "cancelled", firstRow));
        return new FiledEntry(b.lines(lines).build(), status);
    }

    /** The rows of one entry, one per line. */
    public static List<Map<String, String>> rows(FiledEntry f) {
        EntrySummary e = f.entry();
        EntryStatus s = f.status();
        List<Map<String, String>> out = new ArrayList<>(e.lines().size());
        for (EntryLine l : e.lines()) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("entry_number", e.entryNumber() == null ? "" : e.entryNumber().toString());
            m.put("entry_type", e.entryType() == null ? "" : e.entryType().code());
            m.put("importer_number", e.importerNumber() == null ? "" : e.importerNumber().reveal());
            m.put("entry_date", str(e.entryDate()));
            m.put("summary_date", str(e.summaryDate()));
            m.put("mode_of_transport", e.modeOfTransport() == null ? "" : e.modeOfTransport().code());
            m.put("reconciliation_issue", e.details().reconciliationIssue() == null ? ""
                    : e.details().reconciliationIssue());
            m.put("liquidation_date", str(s.liquidationDate()));
            m.put("finally_liquidated", Boolean.toString(s.finallyLiquidated()));
            m.put("liquidation_suspended", Boolean.toString(s.liquidationSuspended()));
            m.put("adcvd_pending_liquidation", Boolean.toString(s.adCvdPendingLiquidation()));
            m.put("reconciliation_filed", Boolean.toString(s.reconciliationFiled()));
            m.put("drawback_claimed", Boolean.toString(s.drawbackClaimed()));
            m.put("open_protest", Boolean.toString(s.openProtest()));
            m.put("cancelled", Boolean.toString(s.cancelled()));
            m.put("line_number", Integer.toString(l.lineNumber()));
            m.put("country_of_origin", l.countryOfOrigin() == null ? "" : l.countryOfOrigin().code());
            List<TariffLine> ts = l.tariffs();
            StringBuilder ch99 = new StringBuilder();
            for (int i = 0; i < ts.size() - 1; i++) {
                ch99.append(i == 0 ? "" : " ").append(ts.get(i).htsNumber());
            }
            TariffLine base = ts.get(ts.size() - 1);
            m.put("chapter99", ch99.toString());
            m.put("hts", base.htsNumber().toString());
            m.put("value", base.value() == null ? "" : base.value().amount().toPlainString());
            Quantity q = base.quantities().isEmpty() ? null : base.quantities().get(0);
            m.put("quantity", q == null ? "" : q.amount().toPlainString());
            m.put("unit", q == null ? "" : q.unitCode());
            out.add(m);
        }
        return out;
    }

    private static final CsvSchema SCHEMA = schema();

    private static CsvSchema schema() {
        CsvSchema.Builder s = CsvSchema.builder();
        for (String c : COLUMNS) {
            s.addColumn(c);
        }
        return s.build().withHeader();
    }

    /**
     * Writes entries as CSV with a header, one row per line.
     *
     * @param entries the entries
     * @param out where to write (not closed)
     * @return the number of entries written
     */
    public static long writeCsv(Stream<FiledEntry> entries, Writer out) {
        long[] n = {0};
        try (SequenceWriter w = CSV.writerFor(Map.class).with(SCHEMA).writeValues(out)) {
            Iterator<FiledEntry> it = entries.iterator();
            while (it.hasNext()) {
                for (Map<String, String> row : rows(it.next())) {
                    w.write(row);
                }
                n[0]++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n[0];
    }

    /**
     * Reads entries from CSV with a header (columns in any order, unknown ones ignored), lazily: rows of one entry are
     * consecutive.
     *
     * @param in the CSV (closed when the stream is)
     * @return the entries, in order
     * @throws EntryRowException (when consumed) naming the row and column that cannot be read
     */
    public static Stream<FiledEntry> readCsv(Reader in) {
        MappingIterator<Map<String, String>> rows;
        try {
            rows = CSV.readerFor(Map.class).with(CsvSchema.emptySchema().withHeader()).readValues(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Iterator<FiledEntry> entries = new Iterator<>() {
            private Map<String, String> pending;
            private long pendingRow;
            private long row;

            @Override
            public boolean hasNext() {
                return pending != null || rows.hasNext();
            }

            @Override
            public FiledEntry next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                if (pending == null) {
                    pending = rows.next();
                    pendingRow = ++row;
                }
                long first = pendingRow;
                String key = text(pending, "entry_number");
                List<Map<String, String>> group = new ArrayList<>();
                group.add(pending);
                pending = null;
                while (rows.hasNext()) {
                    Map<String, String> next = rows.next();
                    long at = ++row;
                    String k = text(next, "entry_number");
                    if (k != null && !k.equals(key)) {
                        pending = next;
                        pendingRow = at;
                        break;
                    }
                    group.add(next);
                    if (group.size() > MAX_LINES) {
                        throw new EntryRowException(at, null, "an entry has at most " + MAX_LINES + " lines");
                    }
                }
                return toFiledEntry(group, first);
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(entries, Spliterator.ORDERED), false)
                .onClose(() -> {
                    try {
                        rows.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    /** An entry number as {@code B76-0000001-5} or as CAPE writes it ({@code B7600000015}). */
    static EntryNumber entryNumber(String s) {
        String t = s.trim();
        if (t.length() == 11 && t.indexOf('-') < 0) {
            t = t.substring(0, 3) + "-" + t.substring(3, 10) + "-" + t.substring(10);
        }
        return EntryNumber.parse(t);
    }

    private static String text(Map<String, String> row, String column) {
        String v = row.get(column);
        return v == null || v.isBlank() ? null : v.trim();
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    private static boolean flag(Map<String, String> row, String column, long r) {
        String v = text(row, column);
        if (v == null || v.equalsIgnoreCase("false") || v.equals("0") || v.equalsIgnoreCase("N")) {
            return false;
        }
        if (v.equalsIgnoreCase("true") || v.equals("1") || v.equalsIgnoreCase("Y")) {
            return true;
        }
        throw new EntryRowException(r, column, "a flag is true or false (or Y/N, 1/0)");
    }

    private static <T> T parse(Map<String, String> row, String column, long r, Function<String, T> parser,
            boolean required) {
        String v = text(row, column);
        if (v == null) {
            if (required) {
                throw new EntryRowException(r, column, "missing");
            }
            return null;
        }
        try {
            return parser.apply(v);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            if (e instanceof EntryRowException x) {
                throw x;
            }
            String problem = column.equals("importer_number") ? "not a valid importer number" : e.getMessage();
            throw new EntryRowException(r, column, problem);
        }
    }
}
