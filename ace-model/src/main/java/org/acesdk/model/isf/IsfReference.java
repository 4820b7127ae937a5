package org.acesdk.model.isf;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A reference of the ISF (SF20): {@code MB} master bill, {@code SBN} surety bond reference number, {@code V1} surety
 * code, {@code CR} the filer's own reference.
 *
 * @param qualifier the qualifier
 * @param value the reference
 */
public record IsfReference(@NotNull @Size(min = 1, max = 3) String qualifier,
        @NotNull @Size(min = 1, max = 50) String value) {
}
