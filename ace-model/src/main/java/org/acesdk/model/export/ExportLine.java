package org.acesdk.model.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.acesdk.model.code.HtsNumber;
import org.acesdk.model.internal.Lists;
import org.acesdk.model.money.Money;
import org.acesdk.model.money.Quantity;

/**
 * One commodity line of an EEI filing: classification, value, quantities, weight, licence and origin (AES CL1, CL2).
 *
 * @param commodityNumber the Schedule B or HTS number (10 digits)
 * @param description the commodity description
 * @param value the value in U.S. dollars (AES takes whole dollars)
 * @param quantity the quantity in the first Schedule B unit
 * @param exportInformationCode the export information code, e.g. {@code OS}
 * @param licenseCode the license code or exemption, e.g. {@code C33} (no licence required)
 * @param eccn the export control classification number, e.g. {@code EAR99}
 * @param originIndicator {@code D} domestic or {@code F} foreign origin
 * @param quantity2 the quantity in the second Schedule B unit, when it has one
 * @param shippingWeightKg the shipping weight in whole kilograms, container included
 * @param licenseNumber the licence number, CFR citation or authorization symbol (e.g. {@code NLR})
 * @param licenseValue the value the licence covers, in U.S. dollars
 * @param usedVehicles used self-propelled vehicles on this line
 * @param pga partner-agency records of this line
 */
public record ExportLine(
        @NotNull HtsNumber commodityNumber,
        @Size(max = 45) String description,
        @NotNull Money value,
        Quantity quantity,
        @Pattern(regexp = "[A-Z0-9]{2}") String exportInformationCode,
        @Pattern(regexp = "[A-Z0-9]{3}") String licenseCode,
        @Size(max = 5) String eccn,
        @Pattern(regexp = "[DF]") String originIndicator,
        Quantity quantity2,
        @PositiveOrZero @Max(9_999_999_999L) Long shippingWeightKg,
        @Size(max = 14) String licenseNumber,
        Money licenseValue,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) @Size(max = 99) List<@Valid @NotNull UsedVehicle> usedVehicles,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) @Size(max = 99) List<@Valid @NotNull ExportPga> pga) {

    /** Canonical constructor: a {@code null} list becomes empty and every list is an immutable copy. */
    public ExportLine {
        usedVehicles = Lists.copy(usedVehicles, "usedVehicles");
        pga = Lists.copy(pga, "pga");
    }

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
        private String originIndicator;
        private Quantity quantity2;
        private Long shippingWeightKg;
        private String licenseNumber;
        private Money licenseValue;
        private final List<UsedVehicle> usedVehicles = new ArrayList<>();
        private final List<ExportPga> pga = new ArrayList<>();

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
            this.originIndicator = source.originIndicator();
            this.quantity2 = source.quantity2();
            this.shippingWeightKg = source.shippingWeightKg();
            this.licenseNumber = source.licenseNumber();
            this.licenseValue = source.licenseValue();
            this.usedVehicles.addAll(source.usedVehicles());
            this.pga.addAll(source.pga());
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

        /** Sets value: the value in U.S. dollars (AES takes whole dollars). */
        public Builder value(Money value) {
            this.value = value;
            return this;
        }

        /** Sets value from text; see {@link Money#parse(String)}. */
        public Builder value(String value) {
            this.value = value == null ? null : Money.parse(value);
            return this;
        }

        /** Sets quantity: the quantity in the first Schedule B unit. */
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

        /** Sets originIndicator: {@code D} domestic or {@code F} foreign origin. */
        public Builder originIndicator(String originIndicator) {
            this.originIndicator = originIndicator;
            return this;
        }

        /** Sets quantity2: the quantity in the second Schedule B unit, when it has one. */
        public Builder quantity2(Quantity quantity2) {
            this.quantity2 = quantity2;
            return this;
        }

        /** Sets quantity2 from text; see {@link Quantity#parse(String)}. */
        public Builder quantity2(String quantity2) {
            this.quantity2 = quantity2 == null ? null : Quantity.parse(quantity2);
            return this;
        }

        /** Sets shippingWeightKg: the shipping weight in whole kilograms, container included. */
        public Builder shippingWeightKg(Long shippingWeightKg) {
            this.shippingWeightKg = shippingWeightKg;
            return this;
        }

        /** Sets licenseNumber: the licence number, CFR citation or authorization symbol (e.g. {@code NLR}). */
        public Builder licenseNumber(String licenseNumber) {
            this.licenseNumber = licenseNumber;
            return this;
        }

        /** Sets licenseValue: the value the licence covers, in U.S. dollars. */
        public Builder licenseValue(Money licenseValue) {
            this.licenseValue = licenseValue;
            return this;
        }

        /** Sets licenseValue from text; see {@link Money#parse(String)}. */
        public Builder licenseValue(String licenseValue) {
            this.licenseValue = licenseValue == null ? null : Money.parse(licenseValue);
            return this;
        }

        /** Replaces usedVehicles with the given elements. */
        public Builder usedVehicles(List<UsedVehicle> usedVehicles) {
            this.usedVehicles.clear();
            if (usedVehicles != null) {
                this.usedVehicles.addAll(usedVehicles);
            }
            return this;
        }

        /** Adds one element to usedVehicles. */
        public Builder addUsedVehicle(UsedVehicle value) {
            this.usedVehicles.add(value);
            return this;
        }

        /** Replaces pga with the given elements. */
        public Builder pga(List<ExportPga> pga) {
            this.pga.clear();
            if (pga != null) {
                this.pga.addAll(pga);
            }
            return this;
        }

        /** Adds one element to pga. */
        public Builder addPga(ExportPga value) {
            this.pga.add(value);
            return this;
        }

        /** Builds the immutable value. Shape is checked by validation, not here, so that every problem is reported. */
        public ExportLine build() {
            return new ExportLine(commodityNumber, description, value, quantity, exportInformationCode, licenseCode, eccn, originIndicator, quantity2, shippingWeightKg, licenseNumber, licenseValue, usedVehicles, pga);
        }
    }
}
