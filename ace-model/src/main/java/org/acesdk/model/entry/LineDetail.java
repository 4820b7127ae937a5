package org.acesdk.model.entry;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.acesdk.model.internal.Lists;
import org.acesdk.model.money.Money;

/**
 * The rest of an entry line's records (CATAIR AE): FTZ status (41), ruling (43), visa (51), licences and permits (52),
 * the importer's additional declarations (54), IR tax (60), other revenue (61) and census warning overrides (CW02).
 *
 * @param ftzStatus the FTZ merchandise status (record 41), for entry type 06
 * @param ruling the ruling the classification rests on (record 43)
 * @param visaNumber the standard visa number (record 51), 9 characters
 * @param licences licences, certificates and permits (record 52)
 * @param declarations the importer's additional declarations (record 54), at most 9
 * @param irTax the IR tax (record 60)
 * @param otherRevenue other revenue (record 61)
 * @param censusOverrides census warning overrides (CW02), at most 7
 * @param parties the line's parties other than the manufacturer (record 47: delivered-to, sold-to, foreign
 *     exporter); their identifiers can be importer numbers (personal data) and are masked when printed
 */
public record LineDetail(
        @Valid FtzStatus ftzStatus,
        @Valid Ruling ruling,
        @Pattern(regexp = "[A-Z0-9]{1,9}") String visaNumber,
        @Size(max = 9) List<@Valid @NotNull Licence> licences,
        @Size(max = 9) List<@Valid @NotNull ImporterDeclaration> declarations,
        @Valid Revenue irTax,
        @Valid Revenue otherRevenue,
        @Size(max = 7) List<@Valid @NotNull CensusOverride> censusOverrides,
        @Size(max = 6) List<@Valid @NotNull ArticleParty> parties) {

    /** Copies the lists (a {@code null} list becomes empty). */
    public LineDetail {
        licences = Lists.copy(licences, "licences");
        declarations = Lists.copy(declarations, "declarations");
        censusOverrides = Lists.copy(censusOverrides, "censusOverrides");
        parties = Lists.copy(parties, "parties");
    }

    /** Nothing beyond the core line. */
    public static final LineDetail NONE = new LineDetail(null, null, null, List.of(), List.of(), null, null, List.of(),
            List.of());

    /** Whether nothing is set. */
    public boolean isEmpty() {
        return equals(NONE);
    }

    /** A copy with the declarations replaced. */
    public LineDetail withDeclarations(List<ImporterDeclaration> d) {
        return toBuilder().declarations(d).build();
    }

    /** A copy with the FTZ status replaced. */
    public LineDetail withFtzStatus(FtzStatus s) {
        return toBuilder().ftzStatus(s).build();
    }

    /** A copy with the visa number replaced. */
    public LineDetail withVisaNumber(String v) {
        return toBuilder().visaNumber(v).build();
    }

    /** A copy with the licences replaced. */
    public LineDetail withLicences(List<Licence> l) {
        return toBuilder().licences(l).build();
    }

    /** A copy with the parties replaced. */
    public LineDetail withParties(List<ArticleParty> p) {
        return toBuilder().parties(p).build();
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.ftzStatus = ftzStatus;
        b.ruling = ruling;
        b.visaNumber = visaNumber;
        b.licences = licences;
        b.declarations = declarations;
        b.irTax = irTax;
        b.otherRevenue = otherRevenue;
        b.censusOverrides = censusOverrides;
        b.parties = parties;
        return b;
    }

    /** Builds a {@link LineDetail}. */
    public static final class Builder {
        private FtzStatus ftzStatus;
        private Ruling ruling;
        private String visaNumber;
        private List<Licence> licences = List.of();
        private List<ImporterDeclaration> declarations = List.of();
        private Revenue irTax;
        private Revenue otherRevenue;
        private List<CensusOverride> censusOverrides = List.of();
        private List<ArticleParty> parties = List.of();

        private Builder() {
        }

        /** Sets ftzStatus. */
        public Builder ftzStatus(FtzStatus v) {
            this.ftzStatus = v;
            return this;
        }

        /** Sets ruling. */
        public Builder ruling(Ruling v) {
            this.ruling = v;
            return this;
        }

        /** Sets visaNumber. */
        public Builder visaNumber(String v) {
            this.visaNumber = v;
            return this;
        }

        /** Sets licences. */
        public Builder licences(List<Licence> v) {
            this.licences = v;
            return this;
        }

        /** Sets declarations. */
        public Builder declarations(List<ImporterDeclaration> v) {
            this.declarations = v;
            return this;
        }

        /** Sets irTax. */
        public Builder irTax(Revenue v) {
            this.irTax = v;
            return this;
        }

        /** Sets otherRevenue. */
        public Builder otherRevenue(Revenue v) {
            this.otherRevenue = v;
            return this;
        }

        /** Sets censusOverrides. */
        public Builder censusOverrides(List<CensusOverride> v) {
            this.censusOverrides = v;
            return this;
        }

        /** Sets parties. */
        public Builder parties(List<ArticleParty> v) {
            this.parties = v;
            return this;
        }

        /** The detail. */
        public LineDetail build() {
            return new LineDetail(ftzStatus, ruling, visaNumber, licences, declarations, irTax, otherRevenue, censusOverrides, parties);
        }
    }

    /**
     * A party of the line other than the manufacturer (record 47).
     *
     * @param type {@code C} delivered-to, {@code S} sold-to, {@code E} foreign exporter
     * @param identifier its identifier, at most 15 characters (often an importer number: personal data)
     */
    public record ArticleParty(@NotNull @Pattern(regexp = "[CSE]") String type,
            @NotNull @Size(min = 1, max = 15) String identifier) {
        /** The type and the identifier masked. */
        @Override
        public String toString() {
            return "ArticleParty[" + type + ", " + org.acesdk.model.internal.Redact.text(identifier) + "]";
        }
    }

    /**
     * FTZ merchandise status (record 41).
     *
     * @param status {@code P} privileged foreign, {@code N} non-privileged foreign, {@code D} domestic, {@code Z} zone
     *     restricted
     * @param privilegedFilingDate the privileged status filing date (for {@code P})
     * @param quantity the FTZ line item quantity, whole units
     */
    public record FtzStatus(@NotNull @Pattern(regexp = "[PNDZ]") String status, LocalDate privilegedFilingDate,
            @PositiveOrZero long quantity) {
    }

    /**
     * A ruling (record 43).
     *
     * @param type {@code C} pre-classification, {@code P} pre-approval, {@code R} binding ruling
     * @param number the ruling's number, digits only, at most 6
     */
    public record Ruling(@NotNull @Pattern(regexp = "[CPR]") String type, @Pattern(regexp = "[A-Z0-9]{1,6}")
            String number) {
    }

    /**
     * A licence, certificate or permit (record 52).
     *
     * @param type the type code, 2 characters (e.g. {@code 01} steel import licence, {@code 28} aluminium licence)
     * @param number its number, at most 10 characters
     */
    public record Licence(@NotNull @Pattern(regexp = "[0-9]{2}") String type,
            @NotNull @Size(min = 1, max = 10) String number) {
    }

    /**
     * One importer's additional declaration (record 54). The sub-layout of the information depends on the type and
     * is not transcribed by any source the SDK has: it is kept as written.
     *
     * @param type the type: {@code 07} aluminium smelt and cast country, {@code 08} steel melt and pour country,
     *     {@code 12} copper smelt and cast country (from 30 Jul 2026), and others
     * @param information the declaration, at most 76 characters
     */
    public record ImporterDeclaration(@NotNull @Pattern(regexp = "[0-9]{2}") String type,
            @NotNull @Size(min = 1, max = 76) String information) {
    }

    /**
     * A revenue amount (records 60 and 61).
     *
     * @param accountingClass the accounting class, 3 characters (IR tax: 016 spirits, 017 wines, 018 tobacco, 022
     *     other; other revenue: 672 coffee to Puerto Rico)
     * @param amount the amount
     */
    public record Revenue(@NotNull @Pattern(regexp = "[0-9]{3}") String accountingClass, @NotNull Money amount) {
    }

    /**
     * A census warning override (CW02).
     *
     * @param condition the census warning's condition code, 3 characters
     * @param override the override code, 2 characters
     */
    public record CensusOverride(@NotNull @Pattern(regexp = "[A-Z0-9]{3}") String condition,
            @NotNull @Pattern(regexp = "[A-Z0-9]{2}") String override) {
    }
}
