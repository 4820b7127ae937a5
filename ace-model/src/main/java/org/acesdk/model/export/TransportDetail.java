package org.acesdk.model.export;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One piece of transportation detail of an export (AES SC3): equipment, seal, and the transportation reference
 * (booking, bill of lading, air waybill).
 *
 * @param equipmentNumber the container or equipment number, no spaces
 * @param sealNumber the seal number
 * @param transportationReference the booking, ocean bill of lading, pro-bill or master air waybill number
 */
public record TransportDetail(
        @Size(max = 14) @Pattern(regexp = "[A-Z0-9]*") String equipmentNumber,
        @Size(max = 15) String sealNumber,
        @Size(max = 30) String transportationReference) {
}
