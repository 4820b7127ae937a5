package org.acesdk.model.export;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A partner-agency record on an export line (AES PGA): the agency's record id and its data as laid out in AESTIR
 * Appendix Q (EPA {@code EP1}, AMS {@code AM1}, TTB, ATF {@code AT6}, FWS {@code FW7}/{@code FW8}, DEA, NMFS
 * {@code NM7}-{@code NM9}), kept as text.
 *
 * @param agencyId the PGA id, e.g. {@code EP1}
 * @param data the agency data, at most 73 characters
 */
public record ExportPga(
        @NotNull @Pattern(regexp = "[A-Z0-9]{3}") String agencyId,
        @NotNull @Size(max = 73) String data) {
}
