package org.acesdk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.acesdk.model.json.AceJson;
import org.acesdk.testkit.SampleFilings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command run in-process: output, exit code, and bad input (a clear message, exit 2, nothing half written). */
class AceCliTest {
    @TempDir
    Path dir;

    /** A run's exit code and streams. */
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = AceCli.create(new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    Path write(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    Path entry() throws Exception {
        return write("entry.json", AceJson.write(SampleFilings.currentOceanEntry().build()));
    }

    @Test
    void validateSaysValidOrInvalidByExitCodeAndWritesFindings() throws Exception {
        Run ok = run("validate", entry().toString());
        assertEquals(AceCli.OK, ok.code(), ok.out() + ok.err());
        Path bad = write("bad.json", AceJson.write(SampleFilings.currentOceanEntry().importerNumber(
                (org.acesdk.model.code.ImporterNumber) null).build()));
        Run invalid = run("validate", bad.toString());
        assertEquals(AceCli.INVALID, invalid.code());
        assertTrue(invalid.out().contains("importerNumber"), invalid.out());
        Run json = run("validate", "--json", bad.toString());
        assertTrue(json.out().trim().startsWith("{"), json.out());
        Run broken = run("validate", write("broken.json", "{\"lines\": [").toString());
        assertEquals(AceCli.ERROR, broken.code());
        assertTrue(broken.err().contains("broken.json"), broken.err());
        assertFalse(broken.err().contains("\tat "), "no stack trace: " + broken.err());
        Run missing = run("validate", dir.resolve("nope.json").toString());
        assertEquals(AceCli.ERROR, missing.code());
        assertTrue(missing.err().contains("does not exist"), missing.err());
    }

    @Test
    void assessPricesAnEntryToTheCent() throws Exception {
        Run r = run("assess", entry().toString());
        assertEquals(AceCli.OK, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("total duty"), r.out());
        Run json = run("assess", "--json", entry().toString());
        assertTrue(json.out().contains("\"totalDuty\""), json.out());
        Run wrong = run("assess", "--type", "isf", write("isf.json", AceJson.write(SampleFilings.isf10().build()))
                .toString());
        assertEquals(AceCli.ERROR, wrong.code());
    }

    @Test
    void adviseGivesTheHeadingsAndRefusesBadInput() {
        Run r = run("advise", "8703.23.0190", "DE", "2026-01-15", "--value", "40000");
        assertEquals(AceCli.OK, r.code(), r.err());
        assertTrue(r.out().contains("9903.94.51"), r.out());
        Run json = run("advise", "--json", "7208.10.1500", "CN", "2026-03-20");
        assertTrue(json.out().contains("\"headings\""), json.out());
        Run bad = run("advise", "12", "DE", "2026-01-15");
        assertEquals(AceCli.ERROR, bad.code());
        assertTrue(bad.err().startsWith("ace: "), bad.err());
        Run usage = run("advise", "8703.23.0190", "DE", "someday");
        assertEquals(AceCli.ERROR, usage.code());
        assertTrue(usage.err().contains("DATE"), usage.err());
    }

    @Test
    void encodeWritesCatairOrNothing() throws Exception {
        Run r = run("encode", entry().toString());
        assertEquals(AceCli.OK, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertTrue(lines[0].startsWith("10"), lines[0]);
        for (String l : lines) {
            assertEquals(80, l.length());
        }
        Run isf = run("encode", write("isf.json", AceJson.write(SampleFilings.isf10().build())).toString());
        assertTrue(isf.out().startsWith("SF10"), isf.out() + isf.err());
        Path bad = write("bad.json", AceJson.write(SampleFilings.currentOceanEntry().importerNumber(
                (org.acesdk.model.code.ImporterNumber) null).build()));
        Run refused = run("encode", bad.toString());
        assertEquals(AceCli.INVALID, refused.code());
        assertEquals("", refused.out(), "nothing written when refused");
        assertTrue(refused.err().contains("not encoded"), refused.err());
    }

    @Test
    void form7501WritesAPdfOrNothing() throws Exception {
        Path pdf = dir.resolve("entry.pdf");
        Run r = run("form7501", entry().toString(), "-o", pdf.toString());
        assertEquals(AceCli.OK, r.code(), r.err());
        byte[] bytes = Files.readAllBytes(pdf);
        assertEquals("%PDF", new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        Path none = dir.resolve("none.pdf");
        Run bad = run("form7501", write("isf.json", AceJson.write(SampleFilings.isf10().build())).toString(),
                "--type", "isf", "-o", none.toString());
        assertEquals(AceCli.ERROR, bad.code());
        assertFalse(Files.exists(none), "nothing written");
    }

    @Test
    void decodeTypesAnswersAndFilings() throws Exception {
        Path ae = write("ae.txt", String.join("\n", run("encode", entry().toString()).out().split("\n")));
        Run r = run("decode", ae.toString());
        assertEquals(AceCli.OK, r.code(), r.err());
        assertTrue(r.out().startsWith("{\"type\":\"EntrySummary\""), r.out());
        Run table = run("decode", "--table", ae.toString());
        assertTrue(table.out().contains("  10    known"), table.out());
        Run none = run("decode", write("junk.txt", "HELLO\n").toString());
        assertEquals(AceCli.ERROR, none.code());
    }

    @Test
    void dataInfoListsTheTablesAndAFailedUpdateChangesNothing() throws Exception {
        Run info = run("data", "info");
        assertEquals(AceCli.OK, info.code());
        assertTrue(info.out().contains("pga-flags"), info.out());
        Path data = dir.resolve("data");
        Run update = run("data", "update", "--dir", data.toString(), "--id", "2026_revision_11", "--name",
                "2026 Revision 11", "--effective", "2026-12-01", "--url", "http://127.0.0.1:9/");
        assertEquals(AceCli.ERROR, update.code());
        assertTrue(update.err().contains("ace: "), update.err());
        assertFalse(Files.exists(data.resolve("CURRENT")), "nothing installed");
    }

    @Test
    void bulkFilesAreCheckedAndPricedLineByLineWithAProgressBar() throws Exception {
        String good = AceJson.write(SampleFilings.currentOceanEntry().build());
        String second = AceJson.write(SampleFilings.currentOceanEntry().entryNumber(SampleFilings.entryNumber(
                324590)).build());
        String bad = AceJson.write(SampleFilings.currentOceanEntry().importerNumber(
                (org.acesdk.model.code.ImporterNumber) null).build());
        Path bulk = write("entries.jsonl", good + "\n\n" + bad + "\n" + second + "\n");
        Run v = run("validate", "--progress", bulk.toString());
        assertEquals(AceCli.INVALID, v.code(), v.out() + v.err());
        assertTrue(v.out().contains("line 1: valid") && v.out().contains("line 3: INVALID")
                && v.out().contains("line 4: valid"), v.out());
        assertTrue(v.out().contains("importerNumber"), "the invalid line's findings: " + v.out());
        assertTrue(v.out().contains("3 filings: 2 valid, 1 invalid"), v.out());
        assertTrue(v.err().contains("\r[" + "#".repeat(10) + " ".repeat(20) + "] 1/3 filings 33%"), v.err());
        assertTrue(v.err().contains("\r[##############################] 3/3 filings 100%"), v.err());
        Run quiet = run("validate", "--no-progress", "--json", bulk.toString());
        assertEquals("", quiet.err(), "no bar when told not to");
        assertEquals(3, quiet.out().lines().count(), quiet.out());
        assertTrue(quiet.out().lines().allMatch(l -> l.startsWith("{\"line\":")), quiet.out());
        Run allGood = run("validate", "--bulk", write("two.txt", good + "\n" + second + "\n").toString());
        assertEquals(AceCli.OK, allGood.code(), allGood.out());

        Run a = run("assess", "--no-progress", write("priced.jsonl", good + "\n" + second + "\n").toString());
        assertEquals(AceCli.OK, a.code(), a.out() + a.err());
        org.acesdk.model.money.Money one = org.acesdk.rules.duty.DutyCalculator.create(
                org.acesdk.rules.RuleContext.builder().build()).assess(SampleFilings.currentOceanEntry().build())
                .totalDuty();
        assertTrue(a.out().contains("2 entries: duty " + one.plus(one)), one + "\n" + a.out());

        // a broken line: named, exit 2, and nothing written to standard output
        Path broken = write("broken.jsonl", good + "\n{\"tariffs\": [\n" + second + "\n");
        Run b = run("validate", "--no-progress", broken.toString());
        assertEquals(AceCli.ERROR, b.code());
        assertTrue(b.err().contains("broken.jsonl line 2"), b.err());
        assertEquals("", b.out());
        Run notEntry = run("assess", write("isfs.jsonl", AceJson.write(SampleFilings.isf10().build()) + "\n")
                .toString(), "--type", "isf");
        assertEquals(AceCli.ERROR, notEntry.code());
        assertTrue(notEntry.err().contains("line 1 holds another filing"), notEntry.err());
        Run empty = run("validate", write("empty.jsonl", "\n\n").toString());
        assertEquals(AceCli.ERROR, empty.code());
        assertTrue(empty.err().contains("holds no filing"), empty.err());
    }

    @Test
    void dataUpdateInstallsARevisionWithAProgressBar() throws Exception {
        // a loopback USITC serving 2026 Revision 10 as a real export, gzipped
        org.acesdk.data.HtsHistory h = org.acesdk.data.AceData.bundled().htsHistory();
        java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
        try (java.io.OutputStream o = new java.util.zip.GZIPOutputStream(gz)) {
            org.acesdk.data.UsitcExport.write(h.rows(h.indexOf("2026_rev_10")), o);
        }
        byte[] body = gz.toByteArray();
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", x -> {
            x.getResponseHeaders().set("Content-Type", "application/json");
            x.sendResponseHeaders(200, body.length);
            try (java.io.OutputStream o = x.getResponseBody()) {
                o.write(body);
            }
        });
        server.start();
        try {
            Path data = dir.resolve("data");
            Run update = run("data", "update", "--progress", "--dir", data.toString(), "--id", "2026_revision_11",
                    "--name", "2026 Revision 11", "--effective", "2026-12-01", "--url", "http://127.0.0.1:"
                    + server.getAddress().getPort() + "/reststop/");
            assertEquals(AceCli.OK, update.code(), update.out() + update.err());
            assertTrue(update.out().contains("installed 2026 Revision 11 (2026-12-01)"), update.out());
            assertTrue(update.err().contains("KB 100%"), "the bar reaches the end: " + update.err());
            assertTrue(update.err().startsWith("\r["), update.err());
            Run info = run("data", "info", "--dir", data.toString());
            assertEquals(AceCli.OK, info.code(), info.err());
            assertTrue(info.out().contains("hts"), info.out());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void fakeRunsForItsSecondsAndHelpExplains() {
        Run fake = run("fake", "--for", "1");
        assertEquals(AceCli.OK, fake.code(), fake.err());
        assertTrue(fake.out().contains("fake ACE gateway on http://"), fake.out());
        Run help = run("--help");
        assertEquals(AceCli.OK, help.code());
        for (String c : new String[] {"validate", "assess", "advise", "encode", "form7501", "decode", "data", "fake"}) {
            assertTrue(help.out().contains(c), c);
        }
        assertEquals(AceCli.ERROR, run("fake", "--port", "70000").code());
    }

    @Test
    void refundsPlansAnExportAndWritesTheCapeFiles() throws Exception {
        java.io.StringWriter csv = new java.io.StringWriter();
        org.acesdk.rules.refund.EntryRows.writeCsv(org.acesdk.rules.refund.GeneratedEntries.year(5, 120), csv);
        Path in = write("entries.csv", csv.toString());
        Path out = dir.resolve("plan");
        Run r = run("refunds", in.toString(), "--filing-day", "2026-12-02", "--rate", "0.07", "--out", out.toString(),
                "--no-progress");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("entries: 120"), r.out());
        List<String> plan = Files.readAllLines(out.resolve("plan.csv"));
        assertEquals(121, plan.size());
        assertTrue(plan.get(0).startsWith("entry_number,verdict,rule_id"));
        assertTrue(Files.readString(out.resolve("cape-0001.csv")).startsWith("Entry Number\r\n"));
        long declared = plan.stream().skip(1).filter(l -> l.split(",")[7].equals("true")).count();
        assertEquals(declared + 1, Files.readAllLines(out.resolve("cape-0001.csv")).size());

        Path bad = write("bad.csv", csv.toString().replaceFirst("2025-", "2025-13-"));
        Path nowhere = dir.resolve("nowhere");
        Run broken = run("refunds", bad.toString(), "--filing-day", "2026-12-02", "--out", nowhere.toString());
        assertEquals(2, broken.code());
        assertTrue(broken.err().contains("row 1") && broken.err().contains("entry_date"), broken.err());
        assertFalse(Files.exists(nowhere), "nothing is written for a bad export");
    }
}
