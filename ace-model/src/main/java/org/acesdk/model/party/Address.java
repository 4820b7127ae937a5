package org.acesdk.model.party;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.acesdk.model.code.CountryCode;
import org.acesdk.model.internal.Lists;

/**
 * A postal address, as the CBP entity address records (SE35/SE36) carry it.
 *
 * @param streetLines up to three street lines
 * @param city the city
 * @param subdivision the ISO 3166-2 subdivision code (state, province), if any
 * @param postalCode the postal code, if any
 * @param country the country
 */
public record Address(
        @JsonInclude(JsonInclude.Include.NON_EMPTY) @Size(max = 3) List<@NotNull @Size(max = 35) String> streetLines,
        @NotNull @Size(min = 1, max = 35) String city,
        @Size(max = 3) String subdivision,
        @Size(max = 15) String postalCode,
        @NotNull CountryCode country) {

    /** Canonical constructor: a {@code null} list becomes empty and every list is an immutable copy. */
    public Address {
        streetLines = Lists.copy(streetLines, "streetLines");
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to make an edited copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link Address}; a builder is not thread-safe, the value it builds is. */
    public static final class Builder {
        private final List<String> streetLines = new ArrayList<>();
        private String city;
        private String subdivision;
        private String postalCode;
        private CountryCode country;

        private Builder() {
        }

        private Builder(Address source) {
            this.streetLines.addAll(source.streetLines());
            this.city = source.city();
            this.subdivision = source.subdivision();
            this.postalCode = source.postalCode();
            this.country = source.country();
        }

        /** Replaces streetLines with the given elements. */
        public Builder streetLines(List<String> streetLines) {
            this.streetLines.clear();
            if (streetLines != null) {
                this.streetLines.addAll(streetLines);
            }
            return this;
        }

        /** Adds one element to streetLines. */
        public Builder addStreetLine(String streetLine) {
            this.streetLines.add(streetLine);
            return this;
        }

        /** Sets city: the city. */
        public Builder city(String city) {
            this.city = city;
            return this;
        }

        /** Sets subdivision: the ISO 3166-2 subdivision code (state, province), if any. */
        public Builder subdivision(String subdivision) {
            this.subdivision = subdivision;
            return this;
        }

        /** Sets postalCode: the postal code, if any. */
        public Builder postalCode(String postalCode) {
            this.postalCode = postalCode;
            return this;
        }

        /** Sets country: the country. */
        public Builder country(CountryCode country) {
            this.country = country;
            return this;
        }

        /** Sets country from text; see {@link CountryCode#parse(String)}. */
        public Builder country(String country) {
            this.country = country == null ? null : CountryCode.parse(country);
            return this;
        }

        /** Builds the immutable value. Shape is checked by validation, not here, so that every problem is reported. */
        public Address build() {
            return new Address(streetLines, city, subdivision, postalCode, country);
        }
    }
}
