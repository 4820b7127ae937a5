package org.acesdk.testkit.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.acesdk.client.AccessTokenProvider;
import org.acesdk.client.AceClient;
import org.acesdk.client.AceException;
import org.acesdk.client.RetryPolicy;
import org.acesdk.client.catair.BlockContent;
import org.acesdk.client.catair.CargoReleaseCodec;
import org.acesdk.client.catair.CatairBatch;
import org.acesdk.client.catair.CatairBlock;
import org.acesdk.client.catair.CatairException;
import org.acesdk.client.catair.CatairReader;
import org.acesdk.client.catair.CatairWriter;
import org.acesdk.client.catair.EntrySummaryDecoder;
import org.acesdk.client.catair.EntrySummaryEncoder;
import org.acesdk.client.catair.Envelope;
import org.acesdk.client.catair.ResponseDecoder;
import org.acesdk.data.AceData;
import org.acesdk.data.DataException;
import org.acesdk.data.HtsHistory;
import org.acesdk.data.HtsRevision;
import org.acesdk.data.HtsRow;
import org.acesdk.data.UsitcExport;
import org.acesdk.model.code.CountryCode;
import org.acesdk.model.code.EntryNumber;
import org.acesdk.model.code.ForeignPortCode;
import org.acesdk.model.code.HtsNumber;
import org.acesdk.model.code.ImporterNumber;
import org.acesdk.model.code.InvalidValueException;
import org.acesdk.model.code.ManufacturerId;
import org.acesdk.model.code.PortCode;
import org.acesdk.model.code.ScacCode;
import org.acesdk.model.code.UnitOfMeasure;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.model.json.AceJson;
import org.acesdk.model.json.AceJsonException;
import org.acesdk.model.money.Money;
import org.acesdk.model.money.Quantity;
import org.acesdk.rules.advisor.ProductList;
import org.acesdk.rules.duty.DutyCalculator;
import org.acesdk.rules.tariff.RateExpression;
import org.acesdk.rules.tariff.SpecialRates;
import org.acesdk.rules.tariff.TariffDataException;
import org.acesdk.rules.tariff.UsitcHtsLoader;
import org.acesdk.testkit.FakeAceGateway;
import org.acesdk.testkit.SampleFilings;
import org.acesdk.testkit.TestClock;
import org.acesdk.testkit.internal.HttpServerCore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fuzz suite over every entry point that reads outside data (issue 15): value types, {@code AceJson}, the USITC
 * loader and export reader, the compiled history, {@code ProductList}, rate texts, the CATAIR reader and decoders,
 * the client's handling of gateway answers, and the fake's HTTP surface. Seeds are real: the CATAIR sample
 * transmissions, bundled USITC rows, the SDK's own sample filings with an SSN planted as importer number. The
 * figures are written to {@code target/fuzz-report.txt}; run longer with {@code mvn verify -Pfuzz}.
 */
class FuzzSuiteTest {
    private static final List<Fuzzer.Report> REPORTS = new ArrayList<>();
    private static Fuzzer fuzzer;

    @BeforeAll
    static void start() {
        fuzzer = new Fuzzer(20261202L);
    }

    @AfterAll
    static void report() {
        fuzzer.close();
        Fuzzer.write(Path.of("target", "fuzz-report.txt"), REPORTS);
    }

    private static void check(Fuzzer.Report r) {
        REPORTS.add(r);
        assertTrue(r.clean(), r.toString());
    }

    private static int n(int base) {
        return base * Fuzzer.SCALE;
    }

    @SafeVarargs
    private static Set<Class<? extends Throwable>> only(Class<? extends Throwable>... types) {
        return new LinkedHashSet<>(List.of(types));
    }

    private static EntrySummary entryWithSsn() {
        return SampleFilings.oceanEntry().importerNumber("123-45-6789").consigneeNumber("123-45-6789").build();
    }

    static List<String> catairSeeds() throws IOException {
        List<String> seeds = new ArrayList<>();
        Path dir = Path.of(System.getProperty("ace.samples.dir", "../ace-client/src/test/resources/org/acesdk/client/catair/samples"));
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                seeds.add(Files.readString(f, StandardCharsets.ISO_8859_1));
            }
        }
        if (seeds.size() < 20) {
            throw new IllegalStateException("the CATAIR sample transmissions were not found");
        }
        EntrySummary e = entryWithSsn();
        Envelope env = Envelope.builder().siteCode("2704").senderId("B76").build();
        seeds.add(CatairWriter.standard().batch(env, LocalDate.of(2026, 3, 27), List.of(new BlockContent("AE", "2704",
                "B76", null, EntrySummaryEncoder.encode(e, DutyCalculator.create(SampleFilings.context()).assess(e))))));
        seeds.add(CatairWriter.standard().batch(env, LocalDate.of(2026, 3, 27), List.of(new BlockContent("SE", "2704",
                "B76", null, CargoReleaseCodec.encode(SampleFilings.cargoRelease().importerNumber("123-45-6789")
                        .build())))));
        return seeds;
    }

    @Test
    void valueTypes() {
        List<String> seeds = List.of("7326.90.8688", "9903.88.03", "B76-0324527-8", "13-142026000", "123-45-6789",
                "190101-00001", "CNSHASTE1234SHA", "2704", "CN", "XO", "14172.00", "1250.00 EUR", "5000 KG", "63.00 NO",
                "57035", "MAEU", "B76", "X20260401123456");
        check(fuzzer.run("value types", seeds, n(80_000), only(InvalidValueException.class), s -> {
            StringBuilder said = new StringBuilder();
            for (java.util.function.Function<String, Object> p : List.<java.util.function.Function<String, Object>>of(
                    HtsNumber::parse, EntryNumber::parse, ImporterNumber::parse, ManufacturerId::parse,
                    PortCode::parse, CountryCode::parse, Money::parse, Quantity::parse, UnitOfMeasure::fromCode,
                    ForeignPortCode::parse, ScacCode::parse,
                    x -> ManufacturerId.derive(CountryCode.parse("CN"), x, x, x + "city"))) {
                try {
                    said.append(p.apply(s)).append(' ');
                } catch (InvalidValueException e) {
                    said.append(e.getMessage()).append(' ');
                }
            }
            return said.toString();
        }));
    }

    @Test
    void aceJson() {
        List<String> seeds = new ArrayList<>();
        for (Object doc : SampleFilings.all()) {
            Object d = doc instanceof EntrySummary ? ((EntrySummary) doc).toBuilder().importerNumber("123-45-6789")
                    .build() : doc;
            seeds.add(AceJson.write(d));
        }
        List<Class<?>> types = new ArrayList<>();
        for (Object doc : SampleFilings.all()) {
            types.add(doc.getClass());
        }
        check(fuzzer.run("AceJson.read", seeds, n(25_000), only(AceJsonException.class), s -> {
            StringBuilder said = new StringBuilder();
            for (Class<?> t : types) {
                try {
                    said.append(personalLeak(AceJson.read(s, t))).append(' ');
                } catch (AceJsonException e) {
                    said.append(e.getMessage()).append(' ');
                }
            }
            return said.toString();
        }));
    }

    /**
     * A document's {@code toString} when it shows one of the document's own importer or consignee numbers in full
     * (a leak), else empty: other fields hold whatever text they were given and are not personal data.
     */
    static String personalLeak(Object doc) {
        if (doc == null) {
            return "";
        }
        String text = doc.toString();
        com.fasterxml.jackson.databind.JsonNode tree;
        try {
            tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(AceJson.write(doc));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> numbers = new ArrayList<>();
        collect(tree, numbers);
        for (String n : numbers) {
            // the record prints the field as name=value: a leak is the number in full there
            if (n.length() >= 9 && text.contains("=" + n)) {
                return text;
            }
        }
        return "";
    }

    private static void collect(com.fasterxml.jackson.databind.JsonNode n, List<String> out) {
        n.fields().forEachRemaining(e -> {
            String k = e.getKey().toLowerCase(java.util.Locale.ROOT);
            if ((k.contains("importernumber") || k.contains("consigneenumber")) && e.getValue().isTextual()) {
                out.add(e.getValue().asText());
            }
            collect(e.getValue(), out);
        });
        n.elements().forEachRemaining(x -> collect(x, out));
    }

    private static List<HtsRow> someRows() {
        HtsHistory h = AceData.bundled().htsHistory();
        return h.rows(h.indexOf("2026_rev_10")).subList(0, 120);
    }

    @Test
    void usitcLoaderAndExportReader() throws IOException {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        UsitcExport.write(someRows(), json);
        StringBuilder csv = new StringBuilder("HTS Number,Indent,Description,Unit of Quantity,General Rate of Duty,"
                + "Special Rate of Duty,Column 2 Rate of Duty\n");
        for (HtsRow r : someRows()) {
            csv.append('"').append(r.htsno()).append("\",").append(r.indent()).append(",\"")
                    .append(r.description().replace("\"", "\"\"")).append("\",\"").append(r.units()).append("\",\"")
                    .append(r.general()).append("\",\"").append(r.special()).append("\",\"").append(r.other())
                    .append("\"\n");
        }
        List<String> seeds = List.of(json.toString(StandardCharsets.UTF_8), csv.toString());
        check(fuzzer.run("UsitcHtsLoader (JSON, CSV)", seeds, n(5_000), only(TariffDataException.class), s -> {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            try {
                String a = s.startsWith("HTS") ? UsitcHtsLoader.loadCsv(new ByteArrayInputStream(b), "f",
                        LocalDate.of(2026, 1, 1)).toString() : UsitcHtsLoader.loadJson(new ByteArrayInputStream(b),
                        "f", LocalDate.of(2026, 1, 1)).toString();
                return a;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
        check(fuzzer.run("UsitcExport.read", List.of(seeds.get(0)), n(5_000), only(DataException.class), s -> {
            try {
                // the rows hold whatever text the export had: only errors are checked for leaks
                UsitcExport.read(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)));
                return "";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
        ByteArrayOutputStream compiled = new ByteArrayOutputStream();
        HtsHistory.of(new HtsRevision("a", "A", LocalDate.of(2026, 1, 1), null, 120, "", "", ""), someRows())
                .write(compiled);
        check(fuzzer.run("HtsHistory.read", List.of(compiled.toString(StandardCharsets.ISO_8859_1)), n(5_000),
                only(DataException.class), s -> {
                    try {
                        return HtsHistory.read(new ByteArrayInputStream(s.getBytes(StandardCharsets.ISO_8859_1)))
                                .toString();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
    }

    @Test
    void productListsAndRateTexts() throws IOException {
        List<String> lists = new ArrayList<>();
        for (String t : List.of(AceData.S122_EXEMPT_PRODUCTS, AceData.S301_PRODUCT_LISTS)) {
            try (InputStream in = AceData.bundled().table(t).open()) {
                String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                lists.add(all.substring(0, Math.min(all.length(), 3000)));
            }
        }
        lists.add("hts_prefix,heading,from,to\n7326,9903.81.91,2025-03-12,\n7208.10,9903.80.01,,2026-04-05\n");
        check(fuzzer.run("ProductList.load", lists, n(15_000), only(IllegalArgumentException.class), s -> {
            try {
                return ProductList.load(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)), "X").toString();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
        Set<String> texts = new LinkedHashSet<>();
        for (HtsRow r : someRows()) {
            texts.add(r.general());
            texts.add(r.special());
            texts.add(r.other());
        }
        texts.addAll(List.of("20.7¢/kg + 7.5%", "45¢ each + 6.4% + 2.5¢/jewel", "The duty provided in the applicable "
                + "subheading + 25%", "$1.104/kg + 14.9%", "Free (A+,AU,BH,CL,CO,D,E,IL,JO,KR,MA,OM,P,PA,PE,S,SG)"));
        // a rate keeps its text (not personal data): parsed for exceptions and time only
        check(fuzzer.run("RateExpression, SpecialRates", new ArrayList<>(texts), n(100_000), only(), s ->
                RateExpression.parse(s).toString().isEmpty() || SpecialRates.parse(s).groups().size() < 0 ? "x" : ""));
    }

    @Test
    void catairReaderAndDecoders() throws IOException {
        check(fuzzer.run("CATAIR reader and decoders", catairSeeds(), n(30_000), only(CatairException.class), s -> {
            CatairBatch batch = CatairReader.standard().read(s);
            StringBuilder said = new StringBuilder();
            for (CatairBlock b : batch.blocks()) {
                if ("AE".equals(b.applicationId())) {
                    for (EntrySummary e : EntrySummaryDecoder.decode(b.records())) {
                        said.append(personalLeak(e));
                    }
                } else if ("SE".equals(b.applicationId())) {
                    for (Object c : CargoReleaseCodec.decode(b.records())) {
                        said.append(personalLeak(c));
                    }
                }
            }
            said.append(ResponseDecoder.decode(batch));
            // the typed answers print what a caller would log
            said.append(org.acesdk.client.catair.AnswerCodec.entrySummaries(batch))
                    .append(org.acesdk.client.catair.AnswerCodec.cargoReleases(batch))
                    .append(org.acesdk.client.catair.AnswerCodec.batchRejections(batch))
                    .append(org.acesdk.client.catair.ProcessingResultCodec.processingResults(batch))
                    .append(org.acesdk.client.catair.AnswerCodec.conditionAnswers(batch))
                    .append(org.acesdk.client.catair.FtzAnswerCodec.ftzAdmissions(batch))
                    .append(org.acesdk.client.catair.StatementCodec.statements(batch))
                    .append(batch.countFindings());
            return said.toString();
        }));
    }

    /**
     * Typed answers write back what they read: for every block of a damaged batch that decodes, the records an answer
     * type reads come back from its encoder (letters compared upper-cased, as CATAIR writes them). A value that
     * cannot be written again is a typed error. Filler columns are not compared: no layout defines them. An E0
     * SUMMRY whose every field is blank reads as no summary reference (said on {@code AnswerCodec.encode}). Covered:
     * X0/X1 rejections in any block, AX, TX, PZ, NF, SX, SN, and SO in CBP's usual order (the order it writes).
     */
    @Test
    void typedAnswersWriteBackWhatTheyRead() throws IOException {
        check(fuzzer.run("typed answers write back", catairSeeds(), n(10_000), only(CatairException.class), s -> {
            CatairBatch batch = CatairReader.standard().read(s);
            for (CatairBlock b : batch.blocks()) {
                List<org.acesdk.client.catair.CatairRecord> rs = b.records();
                String app = b.applicationId();
                List<String> expected = new ArrayList<>();
                List<String> written = new ArrayList<>();
                List<String> xs = rs.stream().map(r -> r.raw()).filter(r -> r.startsWith("X0") || r.startsWith("X1"))
                        .map(r -> fieldsOnly(r, app)).toList();
                List<String> xw = new ArrayList<>();
                for (org.acesdk.model.response.BatchRejection x : org.acesdk.client.catair.AnswerCodec.batchRejections(rs)) {
                    org.acesdk.client.catair.AnswerCodec.encode(x).forEach(w -> xw.add(fieldsOnly(w, app)));
                }
                if (!xs.equals(xw)) {
                    throw new AssertionError("X0/X1 rejection wrote back " + xw.size() + " records for " + xs.size());
                }
                switch (app) {
                    case "AX" -> {
                        rs.stream().filter(r -> r.raw().startsWith("E0") || r.raw().startsWith("E1"))
                                .forEach(r -> expected.add(r.raw()));
                        if (expected.stream().anyMatch(r -> fieldsOnly(r, app).stripTrailing().equals("E0 SUMMRY"))) {
                            continue; // a summary reference with every field blank reads as none (documented)
                        }
                        org.acesdk.client.catair.AnswerCodec.entrySummaries(rs)
                                .forEach(a -> written.addAll(org.acesdk.client.catair.AnswerCodec.encode(a)));
                    }
                    case "TX", "PZ" -> {
                        rs.stream().filter(r -> r.raw().startsWith("E0") || r.raw().startsWith("E1"))
                                .forEach(r -> expected.add(r.raw()));
                        org.acesdk.client.catair.AnswerCodec.conditionAnswers(app, rs)
                                .forEach(a -> written.addAll(org.acesdk.client.catair.AnswerCodec.encode(a)));
                    }
                    case "NF" -> {
                        // an FTZ answer writes in CBP's order (NF90, NF91s, echoes, NF95s), as documented
                        List<String> segment = new ArrayList<>();
                        for (org.acesdk.client.catair.CatairRecord r : rs) {
                            if (r.raw().startsWith("X0") || r.raw().startsWith("X1")) {
                                continue;
                            }
                            if (r.raw().startsWith("90") && !segment.isEmpty()) {
                                expected.addAll(inFtzOrder(segment));
                                segment.clear();
                            }
                            segment.add(r.raw());
                        }
                        expected.addAll(inFtzOrder(segment));
                        org.acesdk.client.catair.FtzAnswerCodec.ftzAdmissions(rs)
                                .forEach(a -> written.addAll(org.acesdk.client.catair.FtzAnswerCodec.encode(a)));
                    }
                    case "SX", "SN" -> {
                        rs.forEach(r -> expected.add(r.raw()));
                        org.acesdk.client.catair.ProcessingResultCodec.processingResults(app, rs).forEach(
                                a -> written.addAll(org.acesdk.client.catair.ProcessingResultCodec.encode(a)));
                    }
                    case "SO" -> {
                        // the status records it types, in CBP's usual order (SO10, SO20, SO40/50, SO60, SO70/71)
                        List<String> segment = new ArrayList<>();
                        for (org.acesdk.client.catair.CatairRecord r : rs) {
                            String id = r.isKnown() ? r.recordId() : "";
                            if (!id.startsWith("SO")) {
                                continue;
                            }
                            if (id.equals("SO10") && !segment.isEmpty()) {
                                expected.addAll(inStatusOrder(segment));
                                segment.clear();
                            }
                            segment.add(r.raw());
                        }
                        expected.addAll(inStatusOrder(segment));
                        if (expected.stream().anyMatch(r -> fieldsOnly(r, app).substring(4).isBlank()
                                && (r.startsWith("SO40") || r.startsWith("SO70")))) {
                            continue; // a bill or PGA status with every field blank reads as absent (documented)
                        }
                        org.acesdk.client.catair.AnswerCodec.cargoReleases(rs)
                                .forEach(a -> written.addAll(org.acesdk.client.catair.AnswerCodec.encode(a)));
                    }
                    default -> {
                        continue;
                    }
                }
                List<String> e = expected.stream().map(x -> fieldsOnly(x, app)).toList();
                List<String> w = written.stream().map(x -> fieldsOnly(x, app)).toList();
                if (!e.equals(w)) {
                    int i = 0;
                    while (i < Math.min(e.size(), w.size()) && e.get(i).equals(w.get(i))) {
                        i++;
                    }
                    String where = "";
                    if (i < Math.min(e.size(), w.size())) {
                        int col = 0;
                        while (e.get(i).charAt(col) == w.get(i).charAt(col)) {
                            col++;
                        }
                        where = ", first at record " + (i + 1) + " (" + e.get(i).substring(0, 2) + ") column "
                                + (col + 1) + ": read '" + e.get(i).charAt(col) + "', wrote '" + w.get(i).charAt(col)
                                + "'";
                    }
                    throw new AssertionError(app + " answer wrote back " + w.size() + " records for " + e.size()
                            + " read" + where);
                }
            }
            return "";
        }));
    }

    private static List<String> inStatusOrder(List<String> records) {
        java.util.function.ToIntFunction<String> rank = r -> r.startsWith("SO10") ? 0 : r.startsWith("SO20") ? 1
                : r.startsWith("SO40") || r.startsWith("SO50") ? 2 : r.startsWith("SO60") ? 3 : 4;
        return records.stream().sorted(java.util.Comparator.comparingInt(rank)).toList();
    }

    private static List<String> inFtzOrder(List<String> records) {
        java.util.function.ToIntFunction<String> rank = r -> r.startsWith("90") ? 0 : r.startsWith("91") ? 1
                : r.startsWith("95") ? 3 : 2;
        return records.stream().sorted(java.util.Comparator.comparingInt(rank)).toList();
    }

    /** A record upper-cased with its filler columns blanked: what a layout defines (unknown records whole). */
    private static String fieldsOnly(String record, String app) {
        char[] c = record.toUpperCase(java.util.Locale.ROOT).toCharArray();
        org.acesdk.client.catair.RecordLayout l = org.acesdk.client.catair.CatairLayouts.find(record, app);
        if (l != null) {
            for (org.acesdk.client.catair.FieldSpec f : l.fields()) {
                if (f.type() == org.acesdk.client.catair.FieldType.FILLER) {
                    java.util.Arrays.fill(c, f.start() - 1, Math.min(f.end(), c.length), ' ');
                } else if (f.type() == org.acesdk.client.catair.FieldType.N
                        || f.type() == org.acesdk.client.catair.FieldType.SN) {
                    // a number's value, not its padding: "   12" and "00012" are the same field
                    int end = Math.min(f.end(), c.length);
                    boolean blank = true;
                    for (int i = f.start() - 1; i < end; i++) {
                        blank &= c[i] == ' ';
                    }
                    for (int i = f.start() - 1; i < end && !blank && c[i] == ' '; i++) {
                        c[i] = '0';
                    }
                }
            }
        }
        return new String(c);
    }

    @Test
    void theClientsHandlingOfGatewayAnswers() throws IOException {
        AtomicReference<String> next = new AtomicReference<>("");
        HttpServerCore stub = new HttpServerCore(0, 1 << 20, 2000, req -> {
            // the mutated answer: a status line digit string, header lines, a blank line, the body
            String a = next.get();
            int nl = a.indexOf('\n');
            int status;
            try {
                status = Integer.parseInt(a.substring(0, Math.max(0, nl)).trim());
            } catch (NumberFormatException e) {
                status = 200;
            }
            if (status < 200 || status > 599) {
                status = 502; // 1xx are interim answers, not a gateway's final word
            }
            String rest = nl < 0 ? "" : a.substring(nl + 1);
            int blank = rest.indexOf("\n\n");
            String heads = blank < 0 ? "" : rest.substring(0, blank);
            byte[] body = (blank < 0 ? rest : rest.substring(blank + 2)).getBytes(StandardCharsets.UTF_8);
            java.util.Map<String, String> h = new java.util.LinkedHashMap<>();
            for (String line : heads.split("\n")) {
                int c = line.indexOf(':');
                if (c > 0 && line.substring(0, c).chars().allMatch(ch -> ch > 32 && ch < 127 && ch != ':')
                        && line.substring(c + 1).chars().allMatch(ch -> ch >= 32 && ch < 127)
                        && !line.substring(0, c).equalsIgnoreCase("content-length")) {
                    h.put(line.substring(0, c), line.substring(c + 1).trim());
                }
            }
            return HttpServerCore.Response.of(status, h, status == 204 || status == 304 ? new byte[0] : body);
        });
        List<String> seeds = List.of(
                "202\nContent-Type: application/json\nX-Request-Id: r1\n\n{\"batchId\":\"B-1\",\"status\":\"RECEIVED\","
                        + "\"receivedAt\":\"2026-03-27T10:00:00Z\",\"replayed\":false}",
                "503\nRetry-After: 9223372036854775807\nContent-Type: application/json\n\n{\"error\":{\"code\":"
                        + "\"unavailable\",\"message\":\"record 11123-45-6789 down\"}}",
                "429\nRetry-After: Fri, 31 Dec 9999 23:59:59 GMT\n\n{\"error\":{\"code\":\"rate_limited\"}}",
                "422\nContent-Type: application/json\n\n{\"error\":{\"code\":\"rejected\",\"message\":"
                        + "\"importer 123-45-6789 refused\"}}",
                "200\nContent-Type: application/json\n\n{\"batchId\":\"B-1\",\"status\":\"PROCESSED\",\"responses\":"
                        + "[{\"applicationId\":\"AX\",\"disposition\":\"ACCEPTED\",\"rawLines\":[\"11123-45-6789\"]}]}");
        TestClock clock = TestClock.create();
        EntrySummary entry = entryWithSsn();
        try (AceClient client = AceClient.builder().baseUrl("http://127.0.0.1:" + stub.port() + "/")
                .credentials(AccessTokenProvider.of("tok-secret-1")).filerCode("B76").siteCode("2704")
                .ruleContext(SampleFilings.context()).clock(clock).sleeper(clock)
                .totalTimeout(Duration.ofMinutes(10)).attemptTimeout(Duration.ofSeconds(2))
                .retryPolicy(RetryPolicy.builder().maxAttempts(2).build()).build()) {
            check(fuzzer.run("AceClient (gateway answers)", seeds, n(3_000), only(AceException.class), s -> {
                next.set(s);
                StringBuilder said = new StringBuilder();
                try {
                    said.append(client.submit(entry, org.acesdk.client.SubmitOptions.builder().skipValidation(true)
                            .build()));
                } catch (AceException e) {
                    said.append(e).append(e.getMessage());
                }
                said.append(client.status("B-1"));
                return said.toString();
            }));
        } finally {
            stub.close();
        }
    }

    @Test
    void theFakesHttpSurface() throws IOException {
        EntrySummary e = entryWithSsn();
        String batch = CatairWriter.standard().batch(Envelope.builder().siteCode("2704").senderId("B76").build(),
                LocalDate.of(2026, 3, 27), List.of(new BlockContent("AE", "2704", "B76", null,
                        EntrySummaryEncoder.encode(e, DutyCalculator.create(SampleFilings.context()).assess(e)))));
        String auth = "Authorization: Bearer tok-secret-1\r\n";
        List<String> seeds = List.of(
                "POST /v1/batches HTTP/1.1\r\nHost: x\r\n" + auth + "Idempotency-Key: k-1\r\nContent-Type: text/plain\r\n"
                        + "Content-Length: " + batch.length() + "\r\n\r\n" + batch,
                "GET /v1/batches/BATCH-000001 HTTP/1.1\r\nHost: x\r\n" + auth + "\r\n",
                "GET /v1/messages?limit=5&after=MSG-000001 HTTP/1.1\r\nHost: x\r\n" + auth + "\r\n",
                "POST /__admin/clock HTTP/1.1\r\nHost: x\r\nContent-Length: 21\r\n\r\n{\"advanceSeconds\":60}",
                "POST /__admin/fault HTTP/1.1\r\nHost: x\r\nContent-Length: 43\r\n\r\n{\"kind\":\"STATUS\",\"status\":503,\"count\":1}",
                "POST /v1/batches HTTP/1.1\r\nHost: x\r\n" + auth + "Transfer-Encoding: chunked\r\n\r\n5\r\nA2704\r\n0\r\n\r\n");
        try (FakeAceGateway g = FakeAceGateway.builder().token("tok-secret-1").readTimeout(Duration.ofMillis(500))
                .start()) {
            Set<Class<? extends Throwable>> none = only();
            Fuzzer.Report r = fuzzer.run("fake gateway HTTP", seeds, n(5_000), none, s -> {
                String answer = send(g.port(), s);
                if (answer.startsWith("HTTP/1.1 500")) {
                    throw new IllegalStateException("500 for bad input: " + Fuzzer.cut(answer));
                }
                if (!answer.isEmpty() && !answer.startsWith("HTTP/1.1 ")) {
                    throw new IllegalStateException("not an HTTP answer: " + Fuzzer.cut(answer));
                }
                return answer.replace("123-45-6789", "").replace("123456789", "") // the fake may echo a filing
                        .contains("tok-secret-1") ? answer : "";
            });
            check(r);
        }
    }

    private static String send(int port, String request) {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(2000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            s.shutdownOutput();
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            InputStream in = s.getInputStream();
            int n;
            try {
                while ((n = in.read(buf)) >= 0) {
                    b.write(buf, 0, n);
                }
            } catch (SocketTimeoutException e) {
                throw new IllegalStateException("no answer and not closed within 2 s");
            } catch (IOException e) {
                // reset after answering
            }
            return b.toString(StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return "";
        }
    }
}
