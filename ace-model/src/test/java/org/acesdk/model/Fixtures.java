package org.acesdk.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.acesdk.model.code.BondType;
import org.acesdk.model.code.CountryCode;
import org.acesdk.model.code.EntryType;
import org.acesdk.model.code.ModeOfTransport;
import org.acesdk.model.code.PaymentType;
import org.acesdk.model.code.SpecialProgram;
import org.acesdk.model.code.UnitOfMeasure;
import org.acesdk.model.entry.AdCvdCase;
import org.acesdk.model.entry.Bond;
import org.acesdk.model.entry.EntryLine;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.model.entry.InvoiceReference;
import org.acesdk.model.entry.TariffLine;
import org.acesdk.model.money.Money;
import org.acesdk.model.money.Quantity;

/** Test documents. */
public final class Fixtures {
    private Fixtures() {
    }

    public static EntryLine line(int n) {
        return EntryLine.builder()
                .lineNumber(n)
                .countryOfOrigin("CN")
                .countryOfExport(CountryCode.CN)
                .exportDate(LocalDate.of(2026, 3, 1))
                .manufacturerId("CNSHASTE1234SHA")
                .foreignPortOfLading("57035")
                .relatedParty(n % 2 == 0)
                .grossWeightKg(new BigDecimal("1250.5"))
                .charges(Money.usd("310.00"))
                .description("STEEL BRACKETS " + n)
                .addTariff(TariffLine.builder().htsNumber("9903.88.03").build())
                .addTariff(TariffLine.builder().htsNumber("7326.90.8688")
                        .value(Money.usd(BigDecimal.valueOf(1000 + n).setScale(2)))
                        .addQuantity(Quantity.of("1200", UnitOfMeasure.KILOGRAMS))
                        .build())
                .adCvdCases(n % 7 == 0 ? java.util.List.of(new AdCvdCase("A-570-967-000", new BigDecimal("33.28"),
                        false, true)) : java.util.List.of())
                .invoice(InvoiceReference.builder().supplierId("CNSHASTE1234SHA").invoiceNumber("INV-" + n).build())
                .specialProgram(n % 5 == 0 ? SpecialProgram.GSP : null)
                .build();
    }

    public static EntrySummary entry(int lines) {
        EntrySummary.Builder b = EntrySummary.builder()
                .entryNumber("B76-0324527-8")
                .entryType(EntryType.CONSUMPTION)
                .portOfEntry("2704")
                .modeOfTransport(ModeOfTransport.VESSEL_CONTAINER)
                .entryDate(LocalDate.of(2026, 3, 20))
                .importDate(LocalDate.of(2026, 3, 18))
                .importerNumber("123-45-6789")
                .consigneeNumber("13-142026000")
                .bond(Bond.builder().type(BondType.CONTINUOUS).suretyCode("457").build())
                .carrierCode("MAEU")
                .billOfLading("MAEU123456789")
                .paymentType(PaymentType.DAILY_STATEMENT)
                .filerReference("REF1");
        for (int i = 1; i <= lines; i++) {
            b.addLine(line(i));
        }
        return b.build();
    }
}
