package org.acesdk.model.entry;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.acesdk.model.code.HtsNumber;
import org.acesdk.model.internal.Lists;
import org.acesdk.model.money.Money;
import org.acesdk.model.money.Quantity;
import org.acesdk.model.pga.PgaSet;

/**
 * One tariff number reported on an entry line, with its value and quantities.
 *
 * @param htsNumber the HTS number: 10 digits, or an 8-digit chapter 99 heading
 * @param value the entered value in U.S. dollars; reported on the chapter 1-97 number only
 * @param quantities up to three quantities, in the units the HTS row requires
 * @param contentValue for a chapter 99 heading levied on metal content (e.g. 9903.81.91), the value of that content in U.S. dollars
 * @param pga the partner agencies' data for this number (PGA Message Set, sent after its 50-record), or {@code null}
 */
public record TariffLine(
        @NotNull HtsNumber htsNumber,
        Money value,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) @Size(max = 3) List<@NotNull Quantity> quantities,
        Money contentValue,
        @JsonInclude(JsonInclude.Include.NON_NULL) PgaSet pga) {

    /** Canonical constructor: a {@code null} list becomes empty and every list is an immutable copy. */
    public TariffLine {
        quantities = Lists.copy(quantities, "quantities");
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to make an edited copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link TariffLine}; a builder is not thread-safe, the value it builds is. */
    public static final class Builder {
        private HtsNumber htsNumber;
        private Money value;
        private final List<Quantity> quantities = new ArrayList<>();
        private Money contentValue;
        private PgaSet pga;

        private Builder() {
        }

        private Builder(TariffLine source) {
            this.htsNumber = source.htsNumber();
            this.value = source.value();
            this.quantities.addAll(source.quantities());
            this.contentValue = source.contentValue();
            this.pga = source.pga();
        }

        /** Sets htsNumber: the HTS number: 10 digits, or an 8-digit chapter 99 heading. */
        public Builder htsNumber(HtsNumber htsNumber) {
            this.htsNumber = htsNumber;
            return this;
        }

        /** Sets htsNumber from text; see {@link HtsNumber#parse(String)}. */
        public Builder htsNumber(String htsNumber) {
            this.htsNumber = htsNumber == null ? null : HtsNumber.parse(htsNumber);
            return this;
        }

        /** Sets value: the entered value in U.S. dollars; reported on the chapter 1-97 number only. */
        public Builder value(Money value) {
            this.value = value;
            return this;
        }

        /** Sets value from text; see {@link Money#parse(String)}. */
        public Builder value(String value) {
            this.value = value == null ? null : Money.parse(value);
            return this;
        }

        /** Replaces quantities with the given elements. */
        public Builder quantities(List<Quantity> quantities) {
            this.quantities.clear();
            if (quantities != null) {
                this.quantities.addAll(quantities);
            }
            return this;
        }

        /** Adds one element to quantities. */
        public Builder addQuantity(Quantity quantity) {
            this.quantities.add(quantity);
            return this;
        }

        /** Adds one element to quantities, parsed from text. */
        public Builder addQuantity(String quantity) {
            return addQuantity(Quantity.parse(quantity));
        }

        /** Sets contentValue: for a chapter 99 heading levied on metal content (e.g. 9903.81.91), the value of that content in U.S. dollars. */
        public Builder contentValue(Money contentValue) {
            this.contentValue = contentValue;
            return this;
        }

        /** Sets contentValue from text; see {@link Money#parse(String)}. */
        public Builder contentValue(String contentValue) {
            this.contentValue = contentValue == null ? null : Money.parse(contentValue);
            return this;
        }

        /** Sets pga: the partner agencies' data for this number, or {@code null}. */
        public Builder pga(PgaSet pga) {
            this.pga = pga;
            return this;
        }

        /** Builds the immutable value. Shape is checked by validation, not here, so that every problem is reported. */
        public TariffLine build() {
            return new TariffLine(htsNumber, value, quantities, contentValue, pga);
        }
    }
}
