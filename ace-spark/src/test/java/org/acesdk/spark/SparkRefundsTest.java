package org.acesdk.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.acesdk.rules.refund.EntryRows;
import org.acesdk.rules.refund.FiledEntry;
import org.acesdk.rules.refund.GeneratedEntries;
import org.acesdk.rules.refund.PlannedRefund;
import org.acesdk.rules.refund.RefundPlan;
import org.acesdk.rules.refund.RefundPlanner;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark plan on {@code local[2]} against the single-machine planner: the same rows for the same input. */
class SparkRefundsTest {
    private static final LocalDate FILING_DAY = LocalDate.of(2026, 12, 2);
    private static final BigDecimal RATE = new BigDecimal("0.07");
    private static final int ENTRIES = 1_000;
    private static SparkSession spark;
    private static Path csv;
    private static RefundPlan local;

    @BeforeAll
    static void start(@TempDir Path dir) throws IOException {
        spark = SparkSession.builder().master("local[2]").appName("ace-refunds-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
                .config("spark.sql.session.timeZone", "UTC").getOrCreate();
        csv = dir.resolve("entries.csv");
        try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            EntryRows.writeCsv(GeneratedEntries.year(2026, ENTRIES), w);
        }
        try (var entries = EntryRows.readCsv(Files.newBufferedReader(csv, StandardCharsets.UTF_8))) {
            local = RefundPlanner.builder().filingDay(FILING_DAY).annualInterestRate(RATE).build().plan(entries);
        }
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    private static Map<String, Row> byEntry(List<Row> rows) {
        Map<String, Row> m = new HashMap<>();
        for (Row r : rows) {
            m.put(r.getString(0), r);
        }
        return m;
    }

    private static Map<String, Row> localRows() {
        Map<String, Row> m = new HashMap<>();
        for (PlannedRefund p : local.entries()) {
            m.put(p.entryNumber().toString(), SparkRefunds.toRow(p));
        }
        return m;
    }

    @Test
    void sparkAndOneMachineGiveTheSamePlanFromCsv() {
        Dataset<Row> rows = spark.read().option("header", "true").csv(csv.toString());
        Dataset<Row> plan = SparkRefunds.plan(rows, new SparkRefunds.Settings(FILING_DAY, RATE));
        List<Row> got = plan.collectAsList();
        assertEquals(ENTRIES, got.size());
        assertEquals(localRows(), byEntry(got));
        assertTrue(got.stream().anyMatch(r -> r.getString(1).equals("EXCLUDED")));
        assertTrue(got.stream().anyMatch(r -> r.getDecimal(6).signum() > 0 && r.getBoolean(9)));
    }

    @Test
    void typedParquetReadsTheSame(@TempDir Path dir) {
        Dataset<Row> typed = spark.read().option("header", "true").csv(csv.toString())
                .withColumn("entry_date", functions.to_date(functions.col("entry_date")))
                .withColumn("summary_date", functions.to_date(functions.col("summary_date")))
                .withColumn("liquidation_date", functions.to_date(functions.col("liquidation_date")))
                .withColumn("value", functions.col("value").cast("decimal(15,2)"))
                .withColumn("line_number", functions.col("line_number").cast("int"))
                .withColumn("drawback_claimed", functions.col("drawback_claimed").cast("boolean"));
        String parquet = dir.resolve("entries.parquet").toString();
        typed.repartition(3).write().parquet(parquet);
        Dataset<Row> plan = SparkRefunds.plan(spark.read().parquet(parquet),
                new SparkRefunds.Settings(FILING_DAY, RATE));
        assertEquals(localRows(), byEntry(plan.collectAsList()));
    }

    @Test
    void theCapeFilesMatchTheSingleMachinePlan(@TempDir Path dir) throws IOException {
        Dataset<Row> plan = SparkRefunds.plan(spark.read().option("header", "true").csv(csv.toString()),
                new SparkRefunds.Settings(FILING_DAY, RATE));
        List<Path> files = SparkRefunds.writeCapeFiles(plan, dir.resolve("cape"));
        List<String> expected = local.capeFiles();
        assertEquals(expected.size(), files.size());
        for (int i = 0; i < files.size(); i++) {
            assertEquals(expected.get(i), Files.readString(files.get(i), StandardCharsets.US_ASCII));
        }
    }

    @Test
    void theExampleGeneratesAYearInParallelAndWritesItsPlan(@TempDir Path dir) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        Map<String, Long> counts = RefundYear.run(spark, 400, 11, dir.toUri().toString(), dir.resolve("cape"),
                new SparkRefunds.Settings(FILING_DAY, RATE),
                new java.io.PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertEquals(400L, counts.values().stream().mapToLong(Long::longValue).sum());
        // generated in parallel slices, the year is the same as generated in one piece
        assertEquals(GeneratedEntries.year(11, 400).map(f -> f.entry().entryNumber().toString()).sorted().toList(),
                spark.read().parquet(dir.resolve("entries").toString()).select("entry_number").distinct()
                        .orderBy("entry_number").as(org.apache.spark.sql.Encoders.STRING()).collectAsList());
        assertTrue(Files.exists(dir.resolve("cape").resolve("cape-0001.csv")));
        assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("CAPE files: 1"), bytes.toString());
    }

    @Test
    void aBroadcastHistoryPlansLikeTheBundledOne() {
        RefundPlanner fromBytes = RefundPlanner.builder().context(org.acesdk.rules.RuleContext.builder()
                .tariffSchedule(SparkRefunds.historyFrom(SparkRefunds.bundledHistory())).build())
                .filingDay(FILING_DAY).annualInterestRate(RATE).build();
        List<FiledEntry> first = GeneratedEntries.year(2026, 25).toList();
        for (int i = 0; i < first.size(); i++) {
            assertEquals(SparkRefunds.toRow(local.entries().get(i)), SparkRefunds.toRow(fromBytes.plan(first.get(i))));
        }
    }
}
