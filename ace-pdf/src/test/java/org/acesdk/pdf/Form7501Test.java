package org.acesdk.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.rules.duty.DutyAssessment;
import org.acesdk.rules.duty.DutyCalculator;
import org.acesdk.testkit.SampleFilings;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The 7501 rendered, its text extracted back and checked block by block; a page kept as an image under target/. */
class Form7501Test {

    static String text(byte[] pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d);
        }
    }

    static int pages(byte[] pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return d.getNumberOfPages();
        }
    }

    @Test
    void theQuickStartEntryRendersEveryBlockWithItsValues() throws Exception {
        EntrySummary e = SampleFilings.currentOceanEntry().build();
        DutyAssessment a = DutyCalculator.create(SampleFilings.currentContext()).assess(e);
        byte[] pdf = Form7501.render(e, a, false);
        String t = text(pdf);
        for (int block = 1; block <= 40; block++) {
            assertTrue(t.contains(block + ". "), "block " + block + " caption:\n" + t);
        }
        assertTrue(t.contains(e.entryNumber().toString()), t);
        assertTrue(t.contains(e.portOfEntry().toString()), t);
        assertTrue(t.contains(e.entryDate().toString()), t);
        assertTrue(t.contains(e.lines().get(0).description()), t);
        assertTrue(t.contains(e.lines().get(0).tariffs().get(e.lines().get(0).tariffs().size() - 1).htsNumber()
                .usitcFormat()), t);
        assertTrue(t.contains(a.totalDuty().amount().setScale(2).toPlainString()), t);
        assertTrue(t.contains(a.grandTotal().amount().setScale(2).toPlainString()), t);
        assertTrue(t.contains("499 MPF"), t);
        // importer numbers masked unless asked
        assertFalse(t.contains(e.importerNumber().reveal()), "importer number masked");
        assertTrue(t.contains(e.importerNumber().masked()), t);
        assertTrue(text(Form7501.render(e, a, true)).contains(e.importerNumber().reveal()));
        assertEquals(1, pages(pdf));
        Path out = Path.of("target", "form7501-quickstart.png");
        Files.createDirectories(out.getParent());
        try (PDDocument d = Loader.loadPDF(pdf)) {
            BufferedImage img = new PDFRenderer(d).renderImageWithDPI(0, 110);
            ImageIO.write(img, "png", out.toFile());
            assertTrue(img.getWidth() > 800);
        }
    }

    @Test
    void a150LineEntryRunsOverSeveralPagesWithEveryLineAndTheTotalsLast() throws Exception {
        EntrySummary e = SampleFilings.largeEntry(150);
        DutyAssessment a = DutyCalculator.create(SampleFilings.context()).assess(e);
        byte[] pdf = Form7501.render(e, a, false);
        int n = pages(pdf);
        assertTrue(n >= 4, "pages: " + n);
        String t = text(pdf);
        for (int line = 1; line <= 150; line++) {
            assertTrue(t.contains(String.format("%03d", line)), "line " + line);
        }
        assertTrue(t.contains("Page " + n + " of " + n), t.substring(0, 200));
        assertTrue(t.indexOf("40. Total") > t.lastIndexOf(String.format("%03d", 150)), "totals after the last line");
        assertEquals(1, t.split("40\\. Total", -1).length - 1, "totals once");
        assertTrue(t.contains(a.grandTotal().amount().setScale(2).toPlainString()), "grand total printed");
    }
}
