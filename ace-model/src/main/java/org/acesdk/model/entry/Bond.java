package org.acesdk.model.entry;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.acesdk.model.code.BondType;
import org.acesdk.model.money.Money;

/**
 * The bond securing an entry: its type, surety and, for a single transaction bond, the amount.
 *
 * @param type continuous or single transaction
 * @param suretyCode the three-character surety company code
 * @param amount the single transaction bond amount; absent for a continuous bond
 */
public record Bond(
        @NotNull BondType type,
        @Pattern(regexp = "[A-Z0-9]{3}") String suretyCode,
        Money amount) {

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to make an edited copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link Bond}; a builder is not thread-safe, the value it builds is. */
    public static final class Builder {
        private BondType type;
        private String suretyCode;
        private Money amount;

        private Builder() {
        }

        private Builder(Bond source) {
            this.type = source.type();
            this.suretyCode = source.suretyCode();
            this.amount = source.amount();
        }

        /** Sets type: continuous or single transaction. */
        public Builder type(BondType type) {
            this.type = type;
            return this;
        }

        /** Sets suretyCode: the three-character surety company code. */
        public Builder suretyCode(String suretyCode) {
            this.suretyCode = suretyCode;
            return this;
        }

        /** Sets amount: the single transaction bond amount; absent for a continuous bond. */
        public Builder amount(Money amount) {
            this.amount = amount;
            return this;
        }

        /** Sets amount from text; see {@link Money#parse(String)}. */
        public Builder amount(String amount) {
            this.amount = amount == null ? null : Money.parse(amount);
            return this;
        }

        /** Builds the immutable value. Shape is checked by validation, not here, so that every problem is reported. */
        public Bond build() {
            return new Bond(type, suretyCode, amount);
        }
    }
}
