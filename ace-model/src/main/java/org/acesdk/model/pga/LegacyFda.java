package org.acesdk.model.pga;

import java.math.BigDecimal;
import java.util.List;
import org.acesdk.model.internal.Lists;

/**
 * FDA data in the pre-ACE ACS format (records FD01-FD05 after an OI), as old transmissions carry it. ACE takes FDA data
 * only as PGA Message Set records: the SDK decodes these for history and never encodes them. Layout inferred from a
 * commercial implementation's classes. Immutable.
 *
 * @param lineNumber the FD line number
 * @param productCode the FDA product code, e.g. {@code 78K--PO}
 * @param storage {@code A} ambient, {@code F} frozen, {@code R} refrigerated
 * @param countryOfProduction country of production
 * @param affirmations the affirmations of compliance: FD01's, then each FD05's
 * @param manufacturerId the manufacturer's number (MID-style)
 * @param shipperId the shipper's number
 * @param quantities quantities, outermost first (FD02, then FD04's sixth)
 * @param value the value in whole dollars (FD03)
 * @param consigneeFei the consignee's FDA establishment identifier
 * @param brandName the brand name
 * @param containerDimensions container dimensions (FD03)
 * @param contactName the contact's name (FD04): personal data, not in {@code toString}
 * @param contactPhone the contact's phone (FD04): personal data, not in {@code toString}
 * @param unitValue the value per base unit (FD04)
 */
public record LegacyFda(Integer lineNumber, String productCode, String storage, String countryOfProduction,
        List<PgaElement.Affirmation> affirmations, String manufacturerId, String shipperId,
        List<LegacyQuantity> quantities, BigDecimal value, String consigneeFei, String brandName,
        List<String> containerDimensions, String contactName, String contactPhone, BigDecimal unitValue) {

    /** Copies the lists. */
    public LegacyFda {
        affirmations = Lists.copy(affirmations, "affirmations");
        quantities = Lists.copy(quantities, "quantities");
        containerDimensions = Lists.copy(containerDimensions, "containerDimensions");
    }

    /**
     * A quantity and its unit.
     *
     * @param quantity the quantity (2 decimals)
     * @param unit the unit
     */
    public record LegacyQuantity(BigDecimal quantity, String unit) {
    }

    @Override
    public String toString() {
        return "LegacyFda[line " + lineNumber + ", product " + productCode + ", " + affirmations.size()
                + " affirmations, contact withheld]";
    }
}
