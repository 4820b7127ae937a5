package org.acesdk.spark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.acesdk.data.AceData;
import org.acesdk.data.HtsHistory;
import org.acesdk.model.code.EntryNumber;
import org.acesdk.model.money.Money;
import org.acesdk.rules.RuleContext;
import org.acesdk.rules.refund.CapeDeclaration;
import org.acesdk.rules.refund.EntryRows;
import org.acesdk.rules.refund.FiledEntry;
import org.acesdk.rules.refund.PlannedRefund;
import org.acesdk.rules.refund.RefundPlanner;
import org.acesdk.rules.tariff.TariffHistory;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The refund plan as a Spark transformation: rows of filed entries in the flat export form of {@link EntryRows}
 * (read from Parquet or CSV) grouped by entry, each entry converted, re-assessed and judged exactly as the
 * single-machine {@link RefundPlanner} does, one plan row per entry ({@link #PLAN_SCHEMA}). The compiled tariff
 * history (0.8 MB) and the settings are broadcast; each executor JVM builds its planner once from them and keeps it
 * (a cache of immutable engines keyed by the settings and the history's SHA-256, never configuration); when the
 * executor's own SDK jar holds the same history, its shared instance is used. Stateless and thread-safe.
 */
public final class SparkRefunds {
    /** The plan's columns: one row per entry. */
    public static final StructType PLAN_SCHEMA = new StructType(new StructField[] {
        DataTypes.createStructField("entry_number", DataTypes.StringType, false),
        DataTypes.createStructField("verdict", DataTypes.StringType, false),
        DataTypes.createStructField("rule_id", DataTypes.StringType, false),
        DataTypes.createStructField("reason", DataTypes.StringType, false),
        DataTypes.createStructField("duty_as_filed", DataTypes.createDecimalType(18, 2), false),
        DataTypes.createStructField("duty_owed", DataTypes.createDecimalType(18, 2), false),
        DataTypes.createStructField("refund_principal", DataTypes.createDecimalType(18, 2), false),
        DataTypes.createStructField("interest_estimate", DataTypes.createDecimalType(18, 2), true),
        DataTypes.createStructField("by_program", DataTypes.StringType, false),
        DataTypes.createStructField("declare", DataTypes.BooleanType, false),
        DataTypes.createStructField("psc_blocked", DataTypes.BooleanType, false),
        DataTypes.createStructField("complete", DataTypes.BooleanType, false)});

    private static final Map<String, RefundPlanner> PLANNERS = new ConcurrentHashMap<>();

    private SparkRefunds() {
    }

    /**
     * What the plan is computed for.
     *
     * @param filingDay the day the CAPE declarations would be filed
     * @param annualInterestRate the interest estimate's annual rate, or {@code null} for none
     */
    public record Settings(LocalDate filingDay, BigDecimal annualInterestRate) implements Serializable {
        private static final long serialVersionUID = 1L;

        /** Checks the filing day. */
        public Settings {
            Objects.requireNonNull(filingDay, "filingDay");
        }
    }

    /**
     * What executors need: the settings and the compiled tariff history, broadcast once; the key names them (the
     * settings and the history's SHA-256), so an executor builds one planner per distinct pair.
     */
    private record Shipped(Settings settings, byte[] history, String key) implements Serializable {
        private static final long serialVersionUID = 1L;

        static Shipped of(Settings settings, byte[] history) {
            try {
                byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(history);
                return new Shipped(settings, history, settings + "/" + java.util.HexFormat.of().formatHex(d));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every Java platform", e);
            }
        }
    }

    /** The compiled tariff history bundled with the SDK, as bytes to broadcast. */
    static byte[] bundledHistory() {
        try (InputStream in = AceData.bundled().table(AceData.HTS_HISTORY).open()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A tariff history from the compiled bytes a driver broadcast. */
    static TariffHistory historyFrom(byte[] bytes) {
        try {
            return TariffHistory.of(HtsHistory.read(new ByteArrayInputStream(bytes)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The executor's planner for a broadcast, built on first use from the shipped history. */
    private static RefundPlanner planner(Broadcast<Shipped> b) {
        return PLANNERS.computeIfAbsent(b.value().key(), k -> {
            Shipped s = b.value();
            TariffHistory history;
            if (Shipped.of(s.settings(), bundledHistory()).key().equals(s.key())) {
                // the executor's SDK jar holds the same history: share the JVM's instance (and its resolved revisions)
                history = TariffHistory.bundled();
            } else {
                history = historyFrom(s.history());
            }
            return RefundPlanner.builder().context(RuleContext.builder().tariffSchedule(history).build())
                    .filingDay(s.settings().filingDay()).annualInterestRate(s.settings().annualInterestRate()).build();
        });
    }

    /**
     * Plans every entry of the rows.
     *
     * @param entryRows rows in the flat export form (CSV strings or typed Parquet columns), grouped by
     *     {@code entry_number}
     * @param settings the filing day and interest rate
     * @return one plan row per entry
     */
    public static Dataset<Row> plan(Dataset<Row> entryRows, Settings settings) {
        SparkSession spark = entryRows.sparkSession();
        Broadcast<Shipped> shipped = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .broadcast(Shipped.of(settings, bundledHistory()));
        String[] present = entryRows.columns();
        MapFunction<Row, String> key = r -> String.valueOf((Object) r.getAs("entry_number"));
        FlatMapGroupsFunction<String, Row, Row> planGroup = (entry, rows) -> {
            List<Map<String, String>> maps = new ArrayList<>();
            while (rows.hasNext()) {
                maps.add(toMap(rows.next(), present));
            }
            maps.sort(Comparator.comparingInt(m -> lineNumber(m)));
            FiledEntry f = EntryRows.toFiledEntry(maps, 1);
            return List.of(toRow(planner(shipped).plan(f))).iterator();
        };
        return entryRows.groupByKey(key, Encoders.STRING()).flatMapGroups(planGroup, Encoders.row(PLAN_SCHEMA));
    }

    private static int lineNumber(Map<String, String> m) {
        try {
            return Integer.parseInt(m.getOrDefault("line_number", "0").trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** A row's columns as the text {@link EntryRows} reads: dates ISO, decimals plain. */
    static Map<String, String> toMap(Row r, String[] columns) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String c : columns) {
            Object v = r.getAs(c);
            if (v == null) {
                continue;
            }
            m.put(c, v instanceof BigDecimal d ? d.toPlainString() : v.toString());
        }
        return m;
    }

    /** One entry's plan as a row of {@link #PLAN_SCHEMA}. */
    public static Row toRow(PlannedRefund p) {
        StringBuilder programs = new StringBuilder();
        p.reassessment().byProgram().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
                programs.append(programs.length() == 0 ? "" : ";").append(e.getKey()).append('=')
                        .append(e.getValue().amount().toPlainString()));
        return RowFactory.create(p.entryNumber() == null ? "" : p.entryNumber().toString(), p.verdict().kind().name(),
                p.verdict().ruleId(), p.verdict().reason(), cents(p.reassessment().dutyAsFiled()),
                cents(p.reassessment().dutyOwed()), cents(p.principal()),
                p.interest() == null ? null : cents(p.interest()), programs.toString(), p.verdict().declare()
                        && !p.principal().isZero(), p.pscBlocked(), p.reassessment().complete());
    }

    private static BigDecimal cents(Money m) {
        return m.amount().setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * Writes the CAPE declaration files of a plan ({@code cape-0001.csv} ...), at most 9,999 entries each, streaming
     * the entry numbers to the driver in order (memory stays bounded by one file).
     *
     * @param plan rows of {@link #PLAN_SCHEMA}
     * @param dir the folder to write in (created)
     * @return the files written, in order
     */
    public static List<Path> writeCapeFiles(Dataset<Row> plan, Path dir) {
        try {
            Files.createDirectories(dir);
            Iterator<Row> it = plan.filter("declare").select("entry_number").distinct().orderBy("entry_number")
                    .toLocalIterator();
            List<Path> out = new ArrayList<>();
            Writer w = null;
            int inFile = 0;
            try {
                while (it.hasNext()) {
                    if (w == null || inFile == CapeDeclaration.MAX_ENTRIES) {
                        if (w != null) {
                            w.close();
                        }
                        Path p = dir.resolve(String.format("cape-%04d.csv", out.size() + 1));
                        out.add(p);
                        w = Files.newBufferedWriter(p, StandardCharsets.US_ASCII);
                        w.write(CapeDeclaration.HEADER + "\r\n");
                        inFile = 0;
                    }
                    w.write(CapeDeclaration.format(EntryNumber.parse(it.next().getString(0))) + "\r\n");
                    inFile++;
                }
            } finally {
                if (w != null) {
                    w.close();
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
