package org.acesdk.spark;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.acesdk.rules.refund.EntryRows;
import org.acesdk.rules.refund.FiledEntry;
import org.acesdk.rules.refund.GeneratedEntries;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The runnable example: a generated, seeded year of entries (generated in parallel on the cluster, written as
 * Parquet), its refund plan (Parquet and CSV) and the CAPE declaration files. Arguments: {@code --entries N} (200,000
 * by default), {@code --seed S}, {@code --out DIR} (any path Spark writes to, e.g. {@code hdfs:///refunds}),
 * {@code --cape DIR} (a folder on the driver's machine for the CAPE files), {@code --filing-day YYYY-MM-DD},
 * {@code --rate R} (e.g. 0.07), {@code --local} to run on {@code local[*]} without {@code spark-submit}.
 */
public final class RefundYear {
    private RefundYear() {
    }

    /** The entry rows' schema: every column as text, as an ERP's CSV export gives them. */
    static StructType entrySchema() {
        List<StructField> fields = new ArrayList<>();
        for (String c : EntryRows.COLUMNS) {
            fields.add(DataTypes.createStructField(c, DataTypes.StringType, true));
        }
        return DataTypes.createStructType(fields);
    }

    /**
     * Generates the entries in parallel ({@code parts} slices of the index range) as rows of {@link #entrySchema()}.
     *
     * @param spark the session
     * @param seed the seed
     * @param entries how many
     * @param parts how many slices
     * @return the rows
     */
    public static Dataset<Row> generate(SparkSession spark, long seed, long entries, int parts) {
        List<Long> starts = new ArrayList<>();
        long step = Math.max(1, (entries + parts - 1) / parts);
        for (long from = 0; from < entries; from += step) {
            starts.add(from);
        }
        String[] columns = EntryRows.COLUMNS.toArray(new String[0]);
        FlatMapFunction<Long, Row> slice = from -> {
            Iterator<FiledEntry> it = GeneratedEntries.range(seed, from, Math.min(entries, from + step)).iterator();
            return new Iterator<>() {
                private Iterator<Map<String, String>> rows = java.util.Collections.emptyIterator();

                @Override
                public boolean hasNext() {
                    while (!rows.hasNext() && it.hasNext()) {
                        rows = EntryRows.rows(it.next()).iterator();
                    }
                    return rows.hasNext();
                }

                @Override
                public Row next() {
                    if (!hasNext()) {
                        throw new java.util.NoSuchElementException();
                    }
                    Map<String, String> m = rows.next();
                    Object[] values = new Object[columns.length];
                    for (int i = 0; i < columns.length; i++) {
                        String v = m.get(columns[i]);
                        values[i] = v == null || v.isEmpty() ? null : v;
                    }
                    return RowFactory.create(values);
                }
            };
        };
        return spark.createDataset(starts, Encoders.LONG()).repartition(starts.size())
                .flatMap(slice, Encoders.row(entrySchema()));
    }

    /**
     * Runs the example.
     *
     * @param spark the session
     * @param entries how many entries
     * @param seed the seed
     * @param out the folder Spark writes the entries and the plan to
     * @param cape the folder on the driver for the CAPE files
     * @param settings the filing day and interest rate
     * @param log where to print the summary
     * @return the plan's counts by verdict
     */
    public static Map<String, Long> run(SparkSession spark, long entries, long seed, String out, Path cape,
            SparkRefunds.Settings settings, PrintStream log) {
        int parts = Math.max(2, spark.sparkContext().defaultParallelism() * 2);
        String base = out.endsWith("/") ? out : out + "/";
        generate(spark, seed, entries, parts).write().mode(SaveMode.Overwrite).parquet(base + "entries");
        Dataset<Row> plan = SparkRefunds.plan(spark.read().parquet(base + "entries"), settings).cache();
        plan.write().mode(SaveMode.Overwrite).parquet(base + "plan");
        plan.coalesce(1).write().mode(SaveMode.Overwrite).option("header", "true").csv(base + "plan-csv");
        List<Path> files = SparkRefunds.writeCapeFiles(plan, cape);
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (Row r : plan.groupBy("verdict").count().collectAsList()) {
            counts.put(r.getString(0), r.getLong(1));
        }
        Row totals = plan.filter("declare").agg(org.apache.spark.sql.functions.sum("refund_principal"),
                org.apache.spark.sql.functions.sum("interest_estimate")).first();
        log.println("entries planned: " + entries + " " + counts);
        log.println("to declare: principal $" + totals.get(0) + ", interest estimate $" + totals.get(1));
        log.println("CAPE files: " + files.size() + " in " + cape);
        plan.unpersist();
        return counts;
    }

    /** Runs with the arguments described above. */
    public static void main(String[] args) {
        long entries = 200_000;
        long seed = 2026;
        String out = "refund-year";
        Path cape = Path.of("cape");
        LocalDate day = LocalDate.now(java.time.ZoneOffset.UTC);
        BigDecimal rate = null;
        boolean local = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--entries" -> entries = Long.parseLong(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--out" -> out = args[++i];
                case "--cape" -> cape = Path.of(args[++i]);
                case "--filing-day" -> day = LocalDate.parse(args[++i]);
                case "--rate" -> rate = new BigDecimal(args[++i]);
                case "--local" -> local = true;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; use --entries N --seed S --out DIR --cape DIR --filing-day YYYY-MM-DD --rate R --local");
            }
        }
        SparkSession.Builder b = SparkSession.builder().appName("ace-refund-year");
        if (local) {
            b.master("local[*]").config("spark.ui.enabled", "false");
        }
        SparkSession spark = b.getOrCreate();
        try {
            run(spark, entries, seed, out, cape, new SparkRefunds.Settings(day, rate), System.out);
        } finally {
            spark.stop();
        }
    }
}
