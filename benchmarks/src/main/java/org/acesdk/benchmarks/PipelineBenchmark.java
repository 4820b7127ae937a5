package org.acesdk.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.acesdk.client.catair.EntrySummaryEncoder;
import org.acesdk.client.catair.LineSeparator;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.model.json.AceJson;
import org.acesdk.rules.AceValidator;
import org.acesdk.rules.RuleContext;
import org.acesdk.rules.ValidationReport;
import org.acesdk.rules.duty.DutyAssessment;
import org.acesdk.rules.duty.DutyCalculator;
import org.acesdk.testkit.SampleFilings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The JSON document of a 999-line entry summary: raw Jackson into a {@code Map} (the baseline), the typed read, and
 * the full pipeline JSON to validated, assessed and encoded CATAIR bytes, in the same run, all from the same UTF-8
 * bytes. Target: the pipeline costs at most 3x the raw parse.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PipelineBenchmark {
    byte[] json;
    ObjectMapper plain;
    AceValidator validator;
    RuleContext context;
    DutyCalculator calculator;
    EntrySummary parsed;
    DutyAssessment assessed;

    @Setup
    public void setup() {
        json = AceJson.write(SampleFilings.largeEntry(999)).getBytes(StandardCharsets.UTF_8);
        plain = new ObjectMapper();
        validator = AceValidator.standard();
        context = SampleFilings.context();
        calculator = DutyCalculator.create(context);
        parsed = readEntrySummary();
        assessed = calculator.assess(parsed);
        System.out.println("document: " + json.length + " bytes");
    }

    /** The baseline: raw Jackson into maps and lists. */
    @Benchmark
    public Map<?, ?> rawJacksonMap() throws java.io.IOException {
        return plain.readValue(json, Map.class);
    }

    /** The typed read into an {@link EntrySummary} (value types parsed and checked). */
    @Benchmark
    public EntrySummary readEntrySummary() {
        return AceJson.read(json, EntrySummary.class);
    }

    /** The validation step alone, on a document read in setup (to apportion the pipeline). */
    @Benchmark
    public ValidationReport stepValidate() {
        return validator.validate(parsed, context);
    }

    /** The assessment step alone. */
    @Benchmark
    public DutyAssessment stepAssess() {
        return calculator.assess(parsed);
    }

    /** The encoding step alone. */
    @Benchmark
    public byte[] stepEncode() {
        return EntrySummaryEncoder.encodeAscii(parsed, assessed, LineSeparator.CRLF);
    }

    /** JSON to validated, assessed and encoded CATAIR bytes. */
    @Benchmark
    public byte[] fullPipeline() {
        EntrySummary e = AceJson.read(json, EntrySummary.class);
        ValidationReport report = validator.validate(e, context);
        if (!report.isValid()) {
            throw new IllegalStateException(report.toText());
        }
        DutyAssessment a = calculator.assess(e);
        return EntrySummaryEncoder.encodeAscii(e, a, LineSeparator.CRLF);
    }
}
