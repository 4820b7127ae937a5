package org.acesdk.model.release;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.acesdk.model.code.ScacCode;

/**
 * A bill of lading on a cargo release (CATAIR SE15).
 *
 * @param type R regular, M master, H house, T express tracking
 * @param issuer the issuer SCAC (blank for air)
 * @param number the bill number, no spaces, hyphens or slashes
 * @param quantity the number of pieces in the smallest external packaging unit
 * @param unit the unit of the pieces as sent (SE15 columns 68-72, e.g. {@code CTN}), or {@code null}
 */
public record BillOfLading(
        @Pattern(regexp = "[RMHST]") String type,
        ScacCode issuer,
        @NotNull @Pattern(regexp = "[A-Za-z0-9]{1,50}") String number,
        @Min(0) @Max(99999999) Integer quantity,
        @Pattern(regexp = "[A-Za-z0-9]{1,5}") String unit) {

    /** A bill without a quantity unit. */
    public BillOfLading(String type, ScacCode issuer, String number, Integer quantity) {
        this(type, issuer, number, quantity, null);
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to make an edited copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link BillOfLading}; a builder is not thread-safe, the value it builds is. */
    public static final class Builder {
        private String type;
        private ScacCode issuer;
        private String number;
        private Integer quantity;
        private String unit;

        private Builder() {
        }

        private Builder(BillOfLading source) {
            this.type = source.type();
            this.issuer = source.issuer();
            this.number = source.number();
            this.quantity = source.quantity();
            this.unit = source.unit();
        }

        /** Sets type: r regular, M master, H house, T express tracking. */
        public Builder type(String type) {
            this.type = type;
            return this;
        }

        /** Sets issuer: the issuer SCAC (blank for air). */
        public Builder issuer(ScacCode issuer) {
            this.issuer = issuer;
            return this;
        }

        /** Sets issuer from text; see {@link ScacCode#parse(String)}. */
        public Builder issuer(String issuer) {
            this.issuer = issuer == null ? null : ScacCode.parse(issuer);
            return this;
        }

        /** Sets number: the bill number, no spaces, hyphens or slashes. */
        public Builder number(String number) {
            this.number = number;
            return this;
        }

        /** Sets quantity: the number of pieces in the smallest external packaging unit. */
        public Builder quantity(Integer quantity) {
            this.quantity = quantity;
            return this;
        }

        /** Sets unit: the unit of the pieces as sent, e.g. {@code CTN}. */
        public Builder unit(String unit) {
            this.unit = unit;
            return this;
        }

        /** Builds the immutable value. Shape is checked by validation, not here, so that every problem is reported. */
        public BillOfLading build() {
            return new BillOfLading(type, issuer, number, quantity, unit);
        }
    }
}
