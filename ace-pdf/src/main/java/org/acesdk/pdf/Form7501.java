package org.acesdk.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.acesdk.model.code.ImporterNumber;
import org.acesdk.model.entry.AdCvdCase;
import org.acesdk.model.entry.EntryLine;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.model.entry.TariffLine;
import org.acesdk.model.money.Money;
import org.acesdk.model.money.Quantity;
import org.acesdk.rules.duty.DutyAssessment;
import org.acesdk.rules.duty.LineAssessment;
import org.acesdk.rules.duty.TariffAssessment;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * CBP Form 7501 (Entry Summary) as a PDF: header blocks 1-26, the line columns 27-34 (a row per tariff number, the
 * line's fees after it), and the totals 35-40 on the last page, with as many continuation pages as the lines need.
 * Importer and consignee numbers are masked unless asked. The layout follows the form's block numbers and captions;
 * it is a rendering of the filing for the broker's file, not CBP's printed form. Stateless and thread-safe.
 */
public final class Form7501 {
    private static final float W = PDRectangle.LETTER.getWidth();
    private static final float H = PDRectangle.LETTER.getHeight();
    private static final float M = 24;
    private static final float ROW = 11;
    private static final float[] COLS = {M, 50, 200, 292, 350, 410, 480, 530, W - M};

    private Form7501() {
    }

    /**
     * Renders the form.
     *
     * @param entry the entry summary
     * @param assessment its assessment
     * @param revealImporterNumbers whether to print importer and consignee numbers in full (personal data)
     * @return the PDF's bytes
     */
    public static byte[] render(EntrySummary entry, DutyAssessment assessment, boolean revealImporterNumbers) {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(assessment, "assessment");
        try (PDDocument doc = new PDDocument()) {
            new Writer(doc, entry, assessment, revealImporterNumbers).write();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One rendering. */
    private static final class Writer {
        final PDDocument doc;
        final EntrySummary e;
        final DutyAssessment a;
        final boolean reveal;
        final PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        PDPageContentStream cs;
        float y;
        int page;
        final List<String[]> rows = new ArrayList<>();

        Writer(PDDocument doc, EntrySummary e, DutyAssessment a, boolean reveal) {
            this.doc = doc;
            this.e = e;
            this.a = a;
            this.reveal = reveal;
        }

        String number(ImporterNumber n) {
            return n == null ? "" : reveal ? n.reveal() : n.masked();
        }

        static String s(Object o) {
            return o == null ? "" : o.toString();
        }

        /** The value every line shares, "MULTI" when they differ, blank when none gives it. */
        <T> String common(Function<EntryLine, T> f) {
            String v = null;
            for (EntryLine l : e.lines()) {
                String x = s(f.apply(l));
                if (x.isEmpty()) {
                    continue;
                }
                if (v == null) {
                    v = x;
                } else if (!v.equals(x)) {
                    return "MULTI";
                }
            }
            return v == null ? "" : v;
        }

        void write() throws IOException {
            buildRows();
            int firstPage = 32;
            int otherPages = 58;
            int pages = rows.size() <= firstPage - 8 ? 1
                    : 1 + (int) Math.ceil((rows.size() - firstPage + 8) / (double) otherPages);
            int r = 0;
            for (page = 1; page <= pages; page++) {
                PDPage p = new PDPage(PDRectangle.LETTER);
                doc.addPage(p);
                cs = new PDPageContentStream(doc, p);
                y = H - M;
                title(pages);
                if (page == 1) {
                    header();
                } else {
                    box(M, y, W - M, 22, "1. Filer Code/Entry No.", s(e.entryNumber()) + "  (continued)");
                    y -= 22;
                }
                tableHeader();
                int capacity = page == 1 ? firstPage : otherPages;
                if (page == pages) {
                    capacity -= 8;
                }
                for (int k = 0; k < capacity && r < rows.size(); k++, r++) {
                    row(rows.get(r));
                }
                if (page == pages) {
                    totals();
                }
                cs.close();
            }
        }

        void title(int pages) throws IOException {
            text(bold, 7, M, y - 8, "DEPARTMENT OF HOMELAND SECURITY");
            text(font, 7, M, y - 16, "U.S. Customs and Border Protection");
            text(bold, 12, W / 2 - 45, y - 12, "ENTRY SUMMARY");
            text(font, 7, W - M - 110, y - 9, "CBP Form 7501   Page " + page + " of " + pages);
            y -= 22;
        }

        void header() throws IOException {
            float h = 22;
            float[] x1 = {M, 150, 210, 270, 320, 370, 430, W - M};
            String[] c1 = {"1. Filer Code/Entry No.", "2. Entry Type", "3. Summary Date", "4. Surety No.",
                "5. Bond Type", "6. Port Code", "7. Entry Date"};
            String[] v1 = {s(e.entryNumber()), e.entryType() == null ? "" : e.entryType().code(), s(e.summaryDate()), e.bond() == null ? "" : s(e.bond().suretyCode()),
                e.bond() == null || e.bond().type() == null ? "" : e.bond().type().code(), s(e.portOfEntry()),
                s(e.entryDate())};
            boxes(x1, h, c1, v1);
            float[] x2 = {M, 180, 300, 420, W - M};
            boxes(x2, h, new String[] {"8. Importing Carrier", "9. Mode of Transport", "10. Country of Origin",
                "11. Import Date"}, new String[] {s(e.carrierCode()), e.modeOfTransport() == null ? ""
                    : e.modeOfTransport().code(), common(EntryLine::countryOfOrigin), s(e.importDate())});
            boxes(x2, h, new String[] {"12. B/L or AWB No.", "13. Manufacturer ID", "14. Exporting Country",
                "15. Export Date"}, new String[] {s(e.billOfLading()), common(EntryLine::manufacturerId),
                    common(EntryLine::countryOfExport), common(EntryLine::exportDate)});
            float[] x4 = {M, 130, 200, 290, 440, W - M};
            boxes(x4, h, new String[] {"16. I.T. No.", "17. I.T. Date", "18. Missing Docs",
                "19. Foreign Port of Lading", "20. U.S. Port of Unlading"}, new String[] {"", "", "",
                    common(EntryLine::foreignPortOfLading), s(e.portOfEntry())});
            boxes(x2, h, new String[] {"21. Location of Goods/G.O. No.", "22. Consignee No.", "23. Importer No.",
                "24. Reference No."}, new String[] {"", number(e.consigneeNumber()), number(e.importerNumber()),
                    s(e.filerReference())});
            float[] x6 = {M, W / 2, W - M};
            boxes(x6, 30, new String[] {"25. Ultimate Consignee Name and Address",
                "26. Importer of Record Name and Address"}, new String[] {"(not in the filing)",
                    "(not in the filing)"});
        }

        void boxes(float[] xs, float h, String[] captions, String[] values) throws IOException {
            for (int i = 0; i < captions.length; i++) {
                box(xs[i], y, xs[i + 1], h, captions[i], values[i]);
            }
            y -= h;
        }

        void box(float x0, float top, float x1, float h, String caption, String value) throws IOException {
            cs.setLineWidth(0.5f);
            cs.addRect(x0, top - h, x1 - x0, h);
            cs.stroke();
            text(font, 5.5f, x0 + 2, top - 6.5f, caption);
            text(font, 8, x0 + 3, top - h + 4, fit(font, 8, value, x1 - x0 - 6));
        }

        void tableHeader() throws IOException {
            String[] caps = {"27. Line No.", "28. Description of Merchandise", "29. A. HTSUS No. B. AD/CVD No.",
                "30. A. Gross Wt. (kg)", "31. Net Qty in HTSUS Units", "32. A. Entered Value B. CHGS C. Rel.",
                "33. A. HTSUS Rate B. AD/CVD Rate", "34. Duty and I.R. Tax"};
            float h = 18;
            for (int i = 0; i < caps.length; i++) {
                cs.setLineWidth(0.5f);
                cs.addRect(COLS[i], y - h, COLS[i + 1] - COLS[i], h);
                cs.stroke();
                text(font, 5, COLS[i] + 1.5f, y - 6, fit(font, 5, caps[i], COLS[i + 1] - COLS[i] - 3));
            }
            y -= h;
        }

        void row(String[] cells) throws IOException {
            for (int i = 0; i < cells.length; i++) {
                boolean right = i == 3 || i == 4 || i == 5 || i == 7;
                String v = fit(font, 7, cells[i], COLS[i + 1] - COLS[i] - 4);
                float x = right ? COLS[i + 1] - 2 - font.getStringWidth(v) / 1000 * 7 : COLS[i] + 2;
                text(font, 7, x, y - 8, v);
            }
            cs.setLineWidth(0.2f);
            cs.moveTo(M, y - ROW);
            cs.lineTo(W - M, y - ROW);
            cs.stroke();
            y -= ROW;
        }

        void buildRows() {
            for (int i = 0; i < e.lines().size(); i++) {
                EntryLine l = e.lines().get(i);
                LineAssessment la = i < a.lines().size() ? a.lines().get(i) : null;
                boolean first = true;
                for (int j = 0; j < l.tariffs().size(); j++) {
                    TariffLine t = l.tariffs().get(j);
                    TariffAssessment ta = la != null && j < la.tariffs().size() ? la.tariffs().get(j) : null;
                    boolean base = t.htsNumber() != null && !t.htsNumber().isChapter99() && !t.htsNumber().isChapter98();
                    String qty = "";
                    for (Quantity q : t.quantities()) {
                        qty += (qty.isEmpty() ? "" : " ") + q.amount().stripTrailingZeros().toPlainString() + " "
                                + q.unit().code();
                    }
                    String value = base && la != null ? money(la.enteredValue()) + " C " + money(l.charges()) + " "
                            + (l.relatedParty() ? "Y" : "N") : "";
                    rows.add(new String[] {first ? String.format("%03d", l.lineNumber()) : "",
                        first ? s(l.description()) : "", t.htsNumber() == null ? "" : t.htsNumber().usitcFormat(),
                        first && l.grossWeightKg() != null ? l.grossWeightKg().stripTrailingZeros().toPlainString() : "",
                        qty, value, ta == null ? "" : s(ta.rateText()), ta == null ? "" : money(ta.duty())});
                    first = false;
                }
                for (AdCvdCase c : l.adCvdCases()) {
                    rows.add(new String[] {"", "", c.caseNumber(), "", "", "", c.depositRate().toPlainString()
                        + (c.specificRate() ? "" : "%"), ""});
                }
                if (la != null && !la.mpf().isZero()) {
                    rows.add(new String[] {"", "", "", "", "", "", "499 MPF", money(la.mpf())});
                }
                if (la != null && la.hmf() != null && !la.hmf().isZero()) {
                    rows.add(new String[] {"", "", "", "", "", "", "501 HMF", money(la.hmf())});
                }
            }
        }

        static String money(Money m) {
            return m == null ? "" : m.amount().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
        }

        void totals() throws IOException {
            y -= 6;
            BigDecimal entered = BigDecimal.ZERO;
            for (LineAssessment l : a.lines()) {
                entered = entered.add(l.enteredValue() == null ? BigDecimal.ZERO : l.enteredValue().amount());
            }
            Money other = a.totalFees().plus(a.totalAd()).plus(a.totalCvd());
            float h = 22;
            float[] xs = {M, 130, W - 230, W - 170, W - 110, W - M};
            boxes(xs, h, new String[] {"35. Total Entered Value", "36. Declaration of Importer of Record or Broker",
                "37. Duty", "38. Tax", "39. Other"}, new String[] {"$ " + entered.setScale(0,
                    java.math.RoundingMode.HALF_UP).toPlainString(), "I declare that the statements are true and "
                    + "correct.", money(a.totalDuty()), "0.00", money(other)});
            box(W - 170, y, W - M, h, "40. Total", money(a.grandTotal()));
            text(font, 5.5f, M, y - 8, "Rates and fees as of " + s(a.rateDate()) + " (" + s(a.tariffRevision())
                    + "; " + s(a.feePeriod()) + "). " + (reveal ? "" : "Importer and consignee numbers masked."));
            y -= h;
        }

        void text(PDType1Font f, float size, float x, float yy, String s) throws IOException {
            cs.beginText();
            cs.setFont(f, size);
            cs.newLineAtOffset(x, yy);
            cs.showText(ascii(s));
            cs.endText();
        }

        static String ascii(String s) {
            StringBuilder b = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                b.append(c >= 0x20 && c <= 0x7e ? c : '?');
            }
            return b.toString();
        }

        static String fit(PDType1Font f, float size, String s, float width) throws IOException {
            String t = ascii(s);
            while (!t.isEmpty() && f.getStringWidth(t) / 1000 * size > width) {
                t = t.substring(0, t.length() - 1);
            }
            return t;
        }
    }
}
