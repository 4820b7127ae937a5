package org.acesdk.model.export;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The contact of an export party (AES N01 and N02).
 *
 * @param firstName the contact's first name or title
 * @param lastName the contact's last name
 * @param phone the phone number, digits only
 */
public record ExportContact(
        @Size(max = 13) String firstName,
        @Size(max = 20) String lastName,
        @Size(max = 13) @Pattern(regexp = "[0-9]*") String phone) {
}
