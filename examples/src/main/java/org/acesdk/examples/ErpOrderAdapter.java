package org.acesdk.examples;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.acesdk.client.AceClient;
import org.acesdk.client.SubmitOptions;
import org.acesdk.client.Transmission;
import org.acesdk.model.code.EntryNumber;
import org.acesdk.model.entry.EntryLine;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.model.entry.TariffLine;
import org.acesdk.model.money.Money;
import org.acesdk.model.money.Quantity;
import org.acesdk.model.code.UnitOfMeasure;
import org.acesdk.testkit.SampleFilings;

/**
 * The kind of adapter an ERP vendor writes: maps its own purchase order to an entry summary and files it, using the
 * order id as the idempotency key so that a re-run of the export job never files twice. Tested with {@code @AceFake}.
 */
public final class ErpOrderAdapter {
    private final AceClient client;

    /** One line of the ERP's purchase order. */
    public record OrderLine(String hts, String description, BigDecimal valueUsd, BigDecimal pieces) {
    }

    /** The ERP's purchase order. */
    public record PurchaseOrder(String orderId, int entrySerial, List<OrderLine> lines) {
    }

    /**
     * An adapter filing through the client.
     *
     * @param client the shared client
     */
    public ErpOrderAdapter(AceClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    /** Maps the order to an air entry of Vietnamese goods (the sample's parties, dates and bond). */
    public EntrySummary toEntry(PurchaseOrder order) {
        EntryLine template = SampleFilings.handbagLineFromVietnam();
        List<EntryLine> lines = new ArrayList<>();
        for (int i = 0; i < order.lines().size(); i++) {
            OrderLine l = order.lines().get(i);
            lines.add(template.toBuilder().lineNumber(i + 1).description(l.description())
                    .tariffs(List.of(TariffLine.builder().htsNumber(l.hts()).value(Money.usd(l.valueUsd()))
                            .addQuantity(Quantity.of(l.pieces(), UnitOfMeasure.NUMBER)).build()))
                    .build());
        }
        EntryNumber number = SampleFilings.entryNumber(order.entrySerial());
        return SampleFilings.airEntryFromVietnam().entryNumber(number).filerReference(order.orderId())
                .lines(lines).build();
    }

    /** Files the order; the order id is the idempotency key. */
    public Transmission file(PurchaseOrder order) {
        return client.submit(toEntry(order), SubmitOptions.builder().idempotencyKey("po-" + order.orderId())
                .build());
    }
}
