package org.acesdk.model.entry;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/**
 * An antidumping (case number starting A) or countervailing duty (C) case declared on an entry line.
 *
 * @param caseNumber the case number, e.g. {@code A-570-967-000}
 * @param depositRate the deposit rate: percent for ad valorem, dollars per unit for specific
 * @param specificRate whether the deposit rate is per unit (specific) rather than percent of value
 * @param bonded whether the deposit is secured by bond rather than paid in cash
 * @param rateUnit the unit a specific rate is per (e.g. {@code KG} for dollars per kilogram); the line's quantity in
 *     that unit is the basis. May be {@code null} for ad valorem rates, or when the line reports one quantity.
 */
public record AdCvdCase(
        @NotNull @Pattern(regexp = "[AC]-?\\d{3}-?\\d{3}-?\\d{3}") String caseNumber,
        @NotNull @PositiveOrZero BigDecimal depositRate,
        boolean specificRate,
        boolean bonded,
        org.acesdk.model.code.UnitOfMeasure rateUnit) {

    /** A case without a rate unit (ad valorem, or a specific rate on a line with one quantity). */
    public AdCvdCase(String caseNumber, BigDecimal depositRate, boolean specificRate, boolean bonded) {
        this(caseNumber, depositRate, specificRate, bonded, null);
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to make an edited copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Whether this is an antidumping case (number starts with {@code A}). */
    public boolean isAntidumping() {
        return caseNumber != null && caseNumber.startsWith("A");
    }

    /** The case number without hyphens, as CATAIR carries it. */
    public String compactCaseNumber() {
        return caseNumber == null ? null : caseNumber.replace("-", "");
    }

    /** Builds a {@link AdCvdCase}; a builder is not thread-safe, the value it builds is. */
    public static final class Builder {
        private String caseNumber;
        private BigDecimal depositRate;
        private boolean specificRate;
        private boolean bonded;
        private org.acesdk.model.code.UnitOfMeasure rateUnit;

        private Builder() {
        }

        private Builder(AdCvdCase source) {
            this.caseNumber = source.caseNumber();
            this.depositRate = source.depositRate();
            this.specificRate = source.specificRate();
            this.bonded = source.bonded();
            this.rateUnit = source.rateUnit();
        }

        /** Sets caseNumber: the case number, e.g. {@code A-570-967-000}. */
        public Builder caseNumber(String caseNumber) {
            this.caseNumber = caseNumber;
            return this;
        }

        /** Sets depositRate: the deposit rate: percent for ad valorem, dollars per unit for specific. */
        public Builder depositRate(BigDecimal depositRate) {
            this.depositRate = depositRate;
            return this;
        }

        /** Sets specificRate: whether the deposit rate is per unit (specific) rather than percent of value. */
        public Builder specificRate(boolean specificRate) {
            this.specificRate = specificRate;
            return this;
        }

        /** Sets bonded: whether the deposit is secured by bond rather than paid in cash. */
        public Builder bonded(boolean bonded) {
            this.bonded = bonded;
            return this;
        }

        /** Sets rateUnit: the unit a specific rate is per, e.g. {@code KG}. */
        public Builder rateUnit(org.acesdk.model.code.UnitOfMeasure rateUnit) {
            this.rateUnit = rateUnit;
            return this;
        }

        /** Builds the immutable value. Shape is checked by validation, not here, so that every problem is reported. */
        public AdCvdCase build() {
            return new AdCvdCase(caseNumber, depositRate, specificRate, bonded, rateUnit);
        }
    }
}
