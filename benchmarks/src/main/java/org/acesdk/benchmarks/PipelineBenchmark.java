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
import org.acesdk.testkit.SamplePga;
import org.acesdk.model.entry.EntryLine;
import org.acesdk.model.entry.TariffLine;
import org.acesdk.model.pga.PgaDeclaration;
import org.acesdk.model.pga.PgaElement;
import org.acesdk.model.pga.PgaSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.annotations.Param;
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
 * bytes, without and with one PGA declaration per line ({@code pga=true}: FDA food with prior notice on each line's
 * base number). Target: the pipeline costs at most 3x the raw parse in both.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 6, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class PipelineBenchmark {
    byte[] json;
    ObjectMapper plain;
    AceValidator validator;
    RuleContext context;
    DutyCalculator calculator;
    EntrySummary parsed;
    DutyAssessment assessed;

    /** Whether each line's chapter 1-97 number carries one PGA declaration (FDA food with prior notice). */
    @Param({"false", "true"})
    public boolean pga;

    /**
     * Whether the entry carries the rest of the summary's records: the header's indicators and trip (10, 21) and on
     * each line a ruling (43), a licence (52) and a melt-and-pour declaration (54).
     */
    @Param({"false", "true"})
    public boolean details;

    /** The sample entry with the records {@link #details} adds. */
    static EntrySummary document(boolean pga, boolean details) {
        EntrySummary e = document(pga);
        if (!details) {
            return e;
        }
        org.acesdk.model.entry.LineDetail d = new org.acesdk.model.entry.LineDetail(null,
                new org.acesdk.model.entry.LineDetail.Ruling("R", "123456"), null,
                List.of(new org.acesdk.model.entry.LineDetail.Licence("01", "H6ANBK070")),
                List.of(new org.acesdk.model.entry.LineDetail.ImporterDeclaration("08", "CN")), null, null, List.of(),
                List.of());
        List<EntryLine> lines = new ArrayList<>();
        for (EntryLine l : e.lines()) {
            lines.add(l.toBuilder().detail(d).build());
        }
        return e.toBuilder().lines(lines).detail(new org.acesdk.model.entry.SummaryDetail("A", true, false, null,
                false, null, false, null, java.time.LocalDate.of(2026, 3, 30), null, null, null, false, false, null,
                false, false, "V1503", null, null, null, null, null)).build();
    }

    /** The sample entry, each line's base number with the FDA pasta declaration when {@link #pga}. */
    static EntrySummary document(boolean pga) {
        EntrySummary e = SampleFilings.largeEntry(999);
        if (!pga) {
            return e;
        }
        PgaSet fda = SamplePga.fdaPastaPriorNotice();
        PgaDeclaration d = fda.declarations().get(0);
        List<PgaElement> elements = new ArrayList<>();
        for (PgaElement x : d.elements()) {
            // a PGA line value within every sample line's value
            elements.add(x instanceof PgaElement.Lot ? PgaElement.Lot.value(BigDecimal.ONE) : x);
        }
        PgaSet set = PgaSet.of(fda.commercialDescription(), new PgaDeclaration(null, d.agency(), d.program(),
                d.processing(), false, false, null, null, null, null, null, null, elements));
        List<EntryLine> lines = new ArrayList<>();
        for (EntryLine l : e.lines()) {
            List<TariffLine> ts = new ArrayList<>();
            for (TariffLine t : l.tariffs()) {
                ts.add(t.htsNumber().isChapter99() || t.htsNumber().isChapter98() ? t : t.toBuilder().pga(set).build());
            }
            lines.add(l.toBuilder().tariffs(ts).build());
        }
        return e.toBuilder().lines(lines).build();
    }

    @Setup
    public void setup() {
        json = AceJson.write(document(pga, details)).getBytes(StandardCharsets.UTF_8);
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
