package org.acesdk.model.export;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A used self-propelled vehicle on an export line (AES EV1).
 *
 * @param vehicleId the VIN, or the product id of a vehicle without one
 * @param qualifier {@code V} (VIN) or {@code P} (product id)
 * @param titleNumber the vehicle title number
 * @param titleState the USPS code of the state that issued the title ({@code US} for a diplomatic vehicle)
 */
public record UsedVehicle(
        @NotNull @Size(min = 1, max = 25) String vehicleId,
        @NotNull @Pattern(regexp = "[VP]") String qualifier,
        @Size(max = 15) String titleNumber,
        @Pattern(regexp = "[A-Z]{2}") String titleState) {
}
