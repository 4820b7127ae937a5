package org.acesdk.spark;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.acesdk.rules.refund.EntryRows;
import org.acesdk.rules.refund.GeneratedEntries;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The refund plan on Spark {@code local[2]}: a generated year (seed 2026) read from Parquet, planned, and counted.
 * Entries per second = entries / (s/op). Run it from the project root (see {@code benchmarks/README.md}):
 * {@code mvn -q -pl ace-spark test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test
 * -Dexec.args="-cp %classpath org.acesdk.spark.SparkRefundBenchmark"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class SparkRefundBenchmark {
    @Param({"200000"})
    int entries;
    SparkSession spark;
    Path dir;
    String parquet;

    @Setup(Level.Trial)
    public void setup() throws IOException {
        spark = SparkSession.builder().master("local[2]").appName("bench").config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "8").getOrCreate();
        dir = Files.createTempDirectory("ace-spark-bench");
        Path csv = dir.resolve("entries.csv");
        try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            EntryRows.writeCsv(GeneratedEntries.year(2026, entries), w);
        }
        parquet = dir.resolve("entries.parquet").toString();
        spark.read().option("header", "true").csv(csv.toString()).repartition(8).write().parquet(parquet);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        spark.stop();
    }

    /** The whole year planned on local[2]. */
    @Benchmark
    public long planTheYear() {
        Dataset<Row> plan = SparkRefunds.plan(spark.read().parquet(parquet),
                new SparkRefunds.Settings(LocalDate.of(2026, 12, 2), new BigDecimal("0.07")));
        return plan.count();
    }

    /** Runs the benchmark in a forked JVM with Spark's JDK options. */
    public static void main(String[] args) throws RunnerException {
        String opens = System.getProperty("spark.jvm.options", String.join(" ",
                "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
                "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.util=ALL-UNNAMED",
                "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
                "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED", "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
                "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
                "--add-opens=java.base/java.net=ALL-UNNAMED", "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
                "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED",
                "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
                "-Djdk.reflect.useDirectMethodHandle=false", "-Dio.netty.tryReflectionSetAccessible=true", "-Xmx4g"));
        new Runner(new OptionsBuilder().include(SparkRefundBenchmark.class.getSimpleName()).forks(1)
                .jvmArgsAppend(opens.split(" ")).param("entries", System.getProperty("entries", "200000")).build())
                .run();
    }
}
