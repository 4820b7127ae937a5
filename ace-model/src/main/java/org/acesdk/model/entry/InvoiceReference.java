package org.acesdk.model.entry;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A reference to the commercial invoice behind an entry line (CATAIR 42-record).
 *
 * @param supplierId the supplier identifier
 * @param invoiceNumber the invoice number: letters, digits and dashes
 */
public record InvoiceReference(
        @Size(max = 15) String supplierId,
        @NotNull @Pattern(regexp = "[A-Za-z0-9-]{1,17}") String invoiceNumber) {

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to make an edited copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link InvoiceReference}; a builder is not thread-safe, the value it builds is. */
    public static final class Builder {
        private String supplierId;
        private String invoiceNumber;

        private Builder() {
        }

        private Builder(InvoiceReference source) {
            this.supplierId = source.supplierId();
            this.invoiceNumber = source.invoiceNumber();
        }

        /** Sets supplierId: the supplier identifier. */
        public Builder supplierId(String supplierId) {
            this.supplierId = supplierId;
            return this;
        }

        /** Sets invoiceNumber: the invoice number: letters, digits and dashes. */
        public Builder invoiceNumber(String invoiceNumber) {
            this.invoiceNumber = invoiceNumber;
            return this;
        }

        /** Builds the immutable value. Shape is checked by validation, not here, so that every problem is reported. */
        public InvoiceReference build() {
            return new InvoiceReference(supplierId, invoiceNumber);
        }
    }
}
