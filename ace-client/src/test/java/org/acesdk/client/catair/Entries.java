package org.acesdk.client.catair;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.acesdk.model.code.BondType;
import org.acesdk.model.code.EntryType;
import org.acesdk.model.code.ModeOfTransport;
import org.acesdk.model.code.PaymentType;
import org.acesdk.model.code.SpecialProgram;
import org.acesdk.model.code.UnitOfMeasure;
import org.acesdk.model.entry.AdCvdCase;
import org.acesdk.model.entry.Bond;
import org.acesdk.model.entry.EntryLine;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.model.entry.TariffLine;
import org.acesdk.model.money.Money;
import org.acesdk.model.money.Quantity;

/** Codec test entries: only fields the AE records carry, so decode(encode(x)) can be compared whole. */
public final class Entries {
    private Entries() {
    }

    private static final String TARIFF = "["
            + "{\"htsno\":\"7326.90.86\",\"indent\":\"4\",\"general\":\"2.9%\",\"special\":\"Free (A,AU,S)\"},"
            + "{\"htsno\":\"7326.90.86.88\",\"indent\":\"5\",\"units\":[\"kg\"]},"
            + "{\"htsno\":\"8708.99.81\",\"indent\":\"6\",\"general\":\"2.5%\",\"special\":\"Free (AU,S)\"},"
            + "{\"htsno\":\"8708.99.81.80\",\"indent\":\"7\",\"units\":[\"No.\"]},"
            + "{\"htsno\":\"9903.88.03\",\"indent\":\"0\","
            + "\"general\":\"The duty provided in the applicable subheading + 25%\"}]";

    /** A context with a three-number tariff: the codec tests need complete assessments. */
    public static org.acesdk.rules.RuleContext context() {
        try {
            return org.acesdk.rules.RuleContext.builder().tariffSchedule(org.acesdk.rules.tariff.UsitcHtsLoader.loadJson(
                    new java.io.ByteArrayInputStream(TARIFF.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    "codec test tariff", LocalDate.of(2020, 1, 1))).build();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static EntryLine steel(int n) {
        return EntryLine.builder().lineNumber(n).countryOfOrigin("CN").countryOfExport("CN")
                .exportDate(LocalDate.of(2026, 2, 20)).manufacturerId("CNSHASTE1234SHA").foreignPortOfLading("57035")
                .grossWeightKg(new BigDecimal("5200")).charges(Money.usd("850")).description("STEEL BRACKETS")
                .addTariff(TariffLine.builder().htsNumber("9903.88.03").build())
                .addTariff(TariffLine.builder().htsNumber("7326.90.8688").value(Money.usd("14172"))
                        .addQuantity(Quantity.of("5000", UnitOfMeasure.KILOGRAMS)).build())
                .adCvdCases(List.of(new AdCvdCase("A-570-967-000", new BigDecimal("33.28"), false, false)))
                .build();
    }

    static EntryLine usmca(int n) {
        return EntryLine.builder().lineNumber(n).countryOfOrigin("MX").countryOfExport("MX")
                .exportDate(LocalDate.of(2026, 2, 25)).manufacturerId("MXAUTPAR500MON").foreignPortOfLading("20195")
                .grossWeightKg(new BigDecimal("1500")).charges(Money.usd("400")).description("BRAKE PARTS")
                .specialProgram(SpecialProgram.USMCA).relatedParty(true)
                .addTariff(TariffLine.builder().htsNumber("8708.99.8180").value(Money.usd("6200"))
                        .addQuantity(Quantity.of("1200", UnitOfMeasure.NUMBER)).build())
                .build();
    }

    public static EntrySummary entry(int lines) {
        List<EntryLine> ls = new ArrayList<>();
        for (int i = 1; i <= lines; i++) {
            ls.add(i % 2 == 1 ? steel(i) : usmca(i));
        }
        return EntrySummary.builder().entryNumber("B76-0324527-8").entryType(EntryType.ADCVD).portOfEntry("2704")
                .modeOfTransport(ModeOfTransport.VESSEL_CONTAINER).entryDate(LocalDate.of(2026, 3, 20))
                .importDate(LocalDate.of(2026, 3, 18)).importerNumber("123-45-6789").consigneeNumber("13-142026000")
                .bond(Bond.builder().type(BondType.SINGLE_TRANSACTION).suretyCode("457").amount(Money.usd("60000"))
                        .build())
                .carrierCode("MAEU").paymentType(PaymentType.DAILY_STATEMENT).filerReference("REF42")
                .lines(ls).build();
    }
}
