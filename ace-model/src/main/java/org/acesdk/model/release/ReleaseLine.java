package org.acesdk.model.release;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.acesdk.model.code.CountryCode;
import org.acesdk.model.code.HtsNumber;
import org.acesdk.model.code.ManufacturerId;
import org.acesdk.model.money.Money;
import org.acesdk.model.pga.PgaSet;

/**
 * One line of a cargo release (CATAIR SE40 and SE60).
 *
 * @param lineNumber the line number
 * @param countryOfOrigin the country of origin
 * @param description the commercial description
 * @param manufacturerId the manufacturer id
 * @param htsNumber the 10-digit HTS number
 * @param value the line value in U.S. dollars
 * @param pga the partner agencies' data for the line's number (PGA Message Set, sent after its SE60), or {@code null}
 */
public record ReleaseLine(
        @Min(1) @Max(999) int lineNumber,
        @NotNull CountryCode countryOfOrigin,
        @Size(max = 70) String description,
        ManufacturerId manufacturerId,
        @NotNull HtsNumber htsNumber,
        Money value,
        @JsonInclude(JsonInclude.Include.NON_NULL) PgaSet pga) {

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to make an edited copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link ReleaseLine}; a builder is not thread-safe, the value it builds is. */
    public static final class Builder {
        private int lineNumber;
        private CountryCode countryOfOrigin;
        private String description;
        private ManufacturerId manufacturerId;
        private HtsNumber htsNumber;
        private Money value;
        private PgaSet pga;

        private Builder() {
        }

        private Builder(ReleaseLine source) {
            this.lineNumber = source.lineNumber();
            this.countryOfOrigin = source.countryOfOrigin();
            this.description = source.description();
            this.manufacturerId = source.manufacturerId();
            this.htsNumber = source.htsNumber();
            this.value = source.value();
            this.pga = source.pga();
        }

        /** Sets lineNumber: the line number. */
        public Builder lineNumber(int lineNumber) {
            this.lineNumber = lineNumber;
            return this;
        }

        /** Sets countryOfOrigin: the country of origin. */
        public Builder countryOfOrigin(CountryCode countryOfOrigin) {
            this.countryOfOrigin = countryOfOrigin;
            return this;
        }

        /** Sets countryOfOrigin from text; see {@link CountryCode#parse(String)}. */
        public Builder countryOfOrigin(String countryOfOrigin) {
            this.countryOfOrigin = countryOfOrigin == null ? null : CountryCode.parse(countryOfOrigin);
            return this;
        }

        /** Sets description: the commercial description. */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** Sets manufacturerId: the manufacturer id. */
        public Builder manufacturerId(ManufacturerId manufacturerId) {
            this.manufacturerId = manufacturerId;
            return this;
        }

        /** Sets manufacturerId from text; see {@link ManufacturerId#parse(String)}. */
        public Builder manufacturerId(String manufacturerId) {
            this.manufacturerId = manufacturerId == null ? null : ManufacturerId.parse(manufacturerId);
            return this;
        }

        /** Sets htsNumber: the 10-digit HTS number. */
        public Builder htsNumber(HtsNumber htsNumber) {
            this.htsNumber = htsNumber;
            return this;
        }

        /** Sets htsNumber from text; see {@link HtsNumber#parse(String)}. */
        public Builder htsNumber(String htsNumber) {
            this.htsNumber = htsNumber == null ? null : HtsNumber.parse(htsNumber);
            return this;
        }

        /** Sets value: the line value in U.S. dollars. */
        public Builder value(Money value) {
            this.value = value;
            return this;
        }

        /** Sets value from text; see {@link Money#parse(String)}. */
        public Builder value(String value) {
            this.value = value == null ? null : Money.parse(value);
            return this;
        }

        /** Sets pga: the partner agencies' data for the line's number, or {@code null}. */
        public Builder pga(PgaSet pga) {
            this.pga = pga;
            return this;
        }

        /** Builds the immutable value. Shape is checked by validation, not here, so that every problem is reported. */
        public ReleaseLine build() {
            return new ReleaseLine(lineNumber, countryOfOrigin, description, manufacturerId, htsNumber, value, pga);
        }
    }
}
