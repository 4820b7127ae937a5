package org.acesdk.model.isf;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.acesdk.model.code.CountryCode;
import org.acesdk.model.code.HtsNumber;
import org.acesdk.model.party.Party;

/**
 * One commodity line of an ISF: manufacturer, origin and HTS number (at least 6 digits).
 *
 * @param manufacturer the manufacturer or supplier (ISF-10)
 * @param countryOfOrigin the country of origin (ISF-10)
 * @param htsNumber the HTS number, at least 6 digits
 */
public record IsfLine(
        @Valid Party manufacturer,
        CountryCode countryOfOrigin,
        @NotNull HtsNumber htsNumber) {

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to make an edited copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link IsfLine}; a builder is not thread-safe, the value it builds is. */
    public static final class Builder {
        private Party manufacturer;
        private CountryCode countryOfOrigin;
        private HtsNumber htsNumber;

        private Builder() {
        }

        private Builder(IsfLine source) {
            this.manufacturer = source.manufacturer();
            this.countryOfOrigin = source.countryOfOrigin();
            this.htsNumber = source.htsNumber();
        }

        /** Sets manufacturer: the manufacturer or supplier. */
        public Builder manufacturer(Party manufacturer) {
            this.manufacturer = manufacturer;
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

        /** Sets htsNumber: the HTS number, at least 6 digits. */
        public Builder htsNumber(HtsNumber htsNumber) {
            this.htsNumber = htsNumber;
            return this;
        }

        /** Sets htsNumber from text; see {@link HtsNumber#parse(String)}. */
        public Builder htsNumber(String htsNumber) {
            this.htsNumber = htsNumber == null ? null : HtsNumber.parse(htsNumber);
            return this;
        }

        /** Builds the immutable value. Shape is checked by validation, not here, so that every problem is reported. */
        public IsfLine build() {
            return new IsfLine(manufacturer, countryOfOrigin, htsNumber);
        }
    }
}
