package org.acesdk.testkit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.acesdk.model.code.EntryNumber;
import org.acesdk.model.code.HtsNumber;
import org.acesdk.model.entry.EntryLine;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.model.entry.TariffLine;
import org.acesdk.model.export.ExportInformation;
import org.acesdk.model.isf.ImporterSecurityFiling;
import org.acesdk.model.money.Money;
import org.acesdk.model.release.CargoRelease;

/**
 * jqwik arbitraries for filings that pass every ERROR rule under {@link SampleFilings#context()}: they vary entry
 * numbers, line counts, line order and values around the {@link SampleFilings} and shrink toward one small line.
 * Needs {@code net.jqwik:jqwik} on the test class path.
 */
public final class AceArbitraries {
    private AceArbitraries() {
    }

    /** Entry numbers of the sample filer with valid check digits. */
    public static Arbitrary<EntryNumber> entryNumbers() {
        return Arbitraries.integers().between(1, 9_999_999).map(SampleFilings::entryNumber);
    }

    /** Statistical HTS numbers that the sample tariff knows. */
    public static Arbitrary<HtsNumber> htsNumbers() {
        return Arbitraries.of("4202.21.9000", "8708.99.8180", "7326.90.8688").map(HtsNumber::parse);
    }

    private static EntryLine valued(EntryLine line, int dollars) {
        List<TariffLine> tariffs = new ArrayList<>();
        for (TariffLine t : line.tariffs()) {
            tariffs.add(t.value() == null ? t : t.toBuilder().value(Money.usd(BigDecimal.valueOf(dollars))).build());
        }
        return line.toBuilder().tariffs(tariffs).build();
    }

    private static Arbitrary<EntryLine> lines() {
        Arbitrary<Integer> dollars = Arbitraries.integers().between(1, 250_000).shrinkTowards(1_000);
        Arbitrary<EntryLine> handbag = dollars.map(d -> valued(SampleFilings.handbagLineFromVietnam(), d));
        Arbitrary<EntryLine> usmca = dollars.map(d -> valued(SampleFilings.usmcaLineFromMexico(), d));
        Arbitrary<EntryLine> steel = Arbitraries.just(SampleFilings.steelLineFromChina());
        return Arbitraries.oneOf(handbag, usmca, steel);
    }

    /** Formal ocean entry summaries of 1-8 lines (CN steel with 301/232, VN handbags, USMCA parts). */
    public static Arbitrary<EntrySummary> entrySummaries() {
        return Combinators.combine(entryNumbers(), lines().list().ofMinSize(1).ofMaxSize(8)).as((n, ls) -> {
            List<EntryLine> numbered = new ArrayList<>();
            for (int i = 0; i < ls.size(); i++) {
                numbered.add(ls.get(i).toBuilder().lineNumber(i + 1).build());
            }
            return SampleFilings.oceanEntry().entryNumber(n).filerReference("P" + n.serial()).lines(numbered)
                    .build();
        });
    }

    /** Cargo releases of the sample shipment under varying entry numbers. */
    public static Arbitrary<CargoRelease> cargoReleases() {
        return entryNumbers().map(n -> SampleFilings.cargoRelease().entryNumber(n).build());
    }

    /** ISF-10 filings with a varying number of identical-party lines (1-5). */
    public static Arbitrary<ImporterSecurityFiling> isfs() {
        return Arbitraries.integers().between(1, 5).map(k -> {
            ImporterSecurityFiling base = SampleFilings.isf10().build();
            ImporterSecurityFiling.Builder b = base.toBuilder();
            List<org.acesdk.model.isf.IsfLine> ls = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                ls.addAll(base.lines());
            }
            return b.lines(ls).build();
        });
    }

    /** EEI filings with varying line values. */
    public static Arbitrary<ExportInformation> exportInformation() {
        return Arbitraries.integers().between(2_501, 1_000_000).map(d -> {
            ExportInformation base = SampleFilings.exportInformation().build();
            List<org.acesdk.model.export.ExportLine> ls = new ArrayList<>();
            for (org.acesdk.model.export.ExportLine l : base.lines()) {
                ls.add(l.toBuilder().value(Money.usd(BigDecimal.valueOf(d))).build());
            }
            return base.toBuilder().lines(ls).build();
        });
    }

    /**
     * Complete EEI filings for AES that pass every ERROR rule: 1-6 lines of varied classification, value, quantity,
     * weight and origin, by vessel or air, with or without the forwarding agent and transportation details; each with
     * a unique shipment reference.
     */
    public static Arbitrary<ExportInformation> exportFilings() {
        Arbitrary<org.acesdk.model.export.ExportLine> line = net.jqwik.api.Combinators.combine(
                Arbitraries.of("8708.30.5090", "8482.10.5044", "8471.30.0100", "9403.60.8081", "3004.90.9290"),
                Arbitraries.integers().between(1, 250_000), Arbitraries.integers().between(1, 9_999),
                Arbitraries.longs().between(1, 99_999), Arbitraries.of("D", "F"),
                Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(3).ofMaxLength(40))
                .as((hts, dollars, qty, kg, origin, text) -> org.acesdk.model.export.ExportLine.builder()
                        .commodityNumber(hts).description(text).value(Money.usd(BigDecimal.valueOf(dollars)))
                        .quantity(org.acesdk.model.money.Quantity.of(BigDecimal.valueOf(qty),
                                org.acesdk.model.code.UnitOfMeasure.NUMBER))
                        .exportInformationCode("OS").licenseCode("C33").eccn("EAR99").originIndicator(origin)
                        .shippingWeightKg(kg).build());
        return net.jqwik.api.Combinators.combine(line.list().ofMinSize(1).ofMaxSize(6), Arbitraries.of(true, false),
                Arbitraries.of(true, false), Arbitraries.integers().between(1, 99_999_999))
                .as((lines, air, forwarder, serial) -> {
                    ExportInformation.Builder b = SampleFilings.exportFiling().lines(lines)
                            .shipmentReference("GEN" + serial);
                    if (air) {
                        b.modeOfTransport(org.acesdk.model.code.ModeOfTransport.AIR_NON_CONTAINER).carrier("LH")
                                .conveyanceName("LUFTHANSA CARGO").portOfExport("2720").portOfUnlading("42877")
                                .transportDetails(List.of(new org.acesdk.model.export.TransportDetail(null, null,
                                        "020-12345675")));
                    }
                    if (!forwarder) {
                        b.forwardingAgent(null);
                    }
                    return b.build();
                });
    }
}
