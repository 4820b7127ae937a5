package org.acesdk.model.export;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.acesdk.model.code.HtsNumber;
import org.acesdk.model.money.Money;
import org.acesdk.model.money.Quantity;

/**
 * One commodity line of an EEI filing: Schedule B or HTS number, value and quantity.
 *
 * @param commodityNumber the Schedule B or HTS number (10 digits)
 * @param description the commodity description
 * @param value the value in U.S. dollars
 * @param quantity the quantity in the Schedule B unit
 * @param exportInformationCode the export information code, e.g. {@code OS}
 * @param licenseCode the license code or exemption, e.g. {@code C33} (no licence required)
 * @param eccn the export control classification number, e.g. {@code EAR99}
 */
public record ExportLine(
        @NotNull HtsNumber commodityNumber,
        @Size(max = 45) String description,
        @NotNull Money value,
        Quantity quantity,
        @Pattern(regexp = "[A-Z0-9]{2}") String exportInformationCode,
        @Pattern(regexp = "[A-Z0-9]{3}") String licenseCode,
        @Size(max = 5) String eccn) {

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to make an edited copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link ExportLine}; a builder is not thread-safe, the value it builds is. */
    public static final class Builder {
        private HtsNumber commodityNumber;
        private String description;
        private Money value;
        private Quantity quantity;
        private String exportInformationCode;
        private String licenseCode;
        private String eccn;

        private Builder() {
        }

        private Builder(ExportLine source) {
            this.commodityNumber = source.commodityNumber();
            this.description = source.description();
            this.value = source.value();
            this.quantity = source.quantity();
            this.exportInformationCode = source.exportInformationCode();
            this.licenseCode = source.licenseCode();
            this.eccn = source.eccn();
        }

        /** Sets commodityNumber: the Schedule B or HTS number (10 digits). */
        public Builder commodityNumber(HtsNumber commodityNumber) {
            this.commodityNumber = commodityNumber;
            return this;
        }

        /** Sets commodityNumber from text; see {@link HtsNumber#parse(String)}. */
        public Builder commodityNumber(String commodityNumber) {
            this.commodityNumber = commodityNumber == null ? null : HtsNumber.parse(commodityNumber);
            return this;
        }

        /** Sets description: the commodity description. */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** Sets value: the value in U.S. dollars. */
        public Builder value(Money value) {
            this.value = value;
            return this;
        }

        /** Sets value from text; see {@link Money#parse(String)}. */
        public Builder value(String value) {
            this.value = value == null ? null : Money.parse(value);
            return this;
        }

        /** Sets quantity: the quantity in the Schedule B unit. */
        public Builder quantity(Quantity quantity) {
            this.quantity = quantity;
            return this;
        }

        /** Sets quantity from text; see {@link Quantity#parse(String)}. */
        public Builder quantity(String quantity) {
            this.quantity = quantity == null ? null : Quantity.parse(quantity);
            return this;
        }

        /** Sets exportInformationCode: the export information code, e.g. {@code OS}. */
        public Builder exportInformationCode(String exportInformationCode) {
            this.exportInformationCode = exportInformationCode;
            return this;
        }

        /** Sets licenseCode: the license code or exemption, e.g. {@code C33} (no licence required). */
        public Builder licenseCode(String licenseCode) {
            this.licenseCode = licenseCode;
            return this;
        }

        /** Sets eccn: the export control classification number, e.g. {@code EAR99}. */
        public Builder eccn(String eccn) {
            this.eccn = eccn;
            return this;
        }

        /** Builds the immutable value. Shape is checked by validation, not here, so that every problem is reported. */
        public ExportLine build() {
            return new ExportLine(commodityNumber, description, value, quantity, exportInformationCode, licenseCode, eccn);
        }
    }
}
