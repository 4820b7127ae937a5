package org.acesdk.model.isf;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A container of the shipment (SF25).
 *
 * @param descriptionCode the equipment description code, e.g. {@code CN} container
 * @param initial the equipment initial (owner prefix), e.g. {@code MSCU}
 * @param number the equipment number (up to 15 characters; sent left-justified, as CBP's echoes show)
 * @param checkDigit the check digit, or {@code null}
 * @param sizeType the ISO size/type code, e.g. {@code 45G1}, or {@code null}
 */
public record IsfContainer(
        @NotNull @Size(min = 2, max = 2) String descriptionCode,
        @NotNull @Pattern(regexp = "[A-Z]{1,4}") String initial,
        @NotNull @Pattern(regexp = "[0-9A-Z]{1,15}") String number,
        @Pattern(regexp = "[0-9]") String checkDigit,
        @Size(max = 4) String sizeType) {

    /** A container by its full number, e.g. {@code MSCU1234566}: initial, number and check digit. */
    public static IsfContainer of(String containerNumber) {
        String c = containerNumber.trim();
        if (c.length() == 11 && Character.isDigit(c.charAt(10))) {
            return new IsfContainer("CN", c.substring(0, 4), c.substring(4, 10), c.substring(10), null);
        }
        return new IsfContainer("CN", c.substring(0, Math.min(4, c.length())), c.length() > 4 ? c.substring(4) : "0",
                null, null);
    }
}
