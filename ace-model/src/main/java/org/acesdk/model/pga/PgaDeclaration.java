package org.acesdk.model.pga;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.acesdk.model.internal.Lists;

/**
 * One PGA line: an agency's declaration for a tariff number (PG01 and the records after it, up to the next PG01), or
 * its disclaimer (a PG01 with a disclaimer code and nothing after it). Elements are written in the order given.
 * Immutable.
 *
 * @param lineNumber the PGA line number (PG01 5-7), restarting at 1 for each agency under a tariff; {@code null} lets
 *     the encoder number the lines
 * @param agency the agency, e.g. {@link PgaAgency#FDA}, {@link PgaAgency#CPSC}
 * @param program the agency's program code, e.g. {@code FOO}, {@code DEV}, {@code CPS}
 * @param processing the processing code, e.g. {@code PRO}, CPSC {@code FCP}, {@code FGC}, {@code REF}
 * @param electronicImage whether images were submitted (PG01 17)
 * @param confidential whether the data is confidential (PG01 18)
 * @param productIdQualifier the globally unique product identifier's qualifier (PG01 19-22)
 * @param productId the globally unique product identifier, e.g. a GTIN (PG01 23-41)
 * @param intendedUse the intended use code {@code NNN.NNN} (PG01 42-57)
 * @param intendedUseDescription the intended use's description, required with {@code 980.000} (PG01 58-78)
 * @param correction the correction indicator (PG01 79), used in PGA corrections
 * @param disclaimer the disclaimer (PG01 80), or {@code null} when data is declared
 * @param elements the records after the PG01, in order
 */
public record PgaDeclaration(Integer lineNumber, PgaAgency agency, String program, String processing,
        boolean electronicImage, boolean confidential, String productIdQualifier, String productId,
        String intendedUse, String intendedUseDescription, String correction, PgaDisclaimer disclaimer,
        List<PgaElement> elements) {

    /** Checks the agency and copies the elements. */
    public PgaDeclaration {
        Objects.requireNonNull(agency, "agency");
        elements = Lists.copy(elements, "elements");
    }

    /** A new builder for an agency and program. */
    public static Builder builder(PgaAgency agency, String program) {
        return new Builder(agency, program);
    }

    /**
     * A disclaimer: the agency's PG01 with the code and nothing after it.
     *
     * @param agency the agency
     * @param program the program code (the agency's choice: e.g. FDA lines are disclaimed under {@code FDA} by some
     *     filers, under the product's program by others)
     * @param disclaimer the code
     * @param intendedUse the intended use, or {@code null} (CPSC {@code B} requires {@code 130.006})
     * @return the declaration
     */
    public static PgaDeclaration disclaim(PgaAgency agency, String program, PgaDisclaimer disclaimer,
            String intendedUse) {
        return builder(agency, program).intendedUse(intendedUse).disclaimer(disclaimer).build();
    }

    /** A builder holding this declaration's fields. */
    public Builder toBuilder() {
        Builder b = new Builder(agency, program);
        b.lineNumber = lineNumber;
        b.processing = processing;
        b.electronicImage = electronicImage;
        b.confidential = confidential;
        b.productIdQualifier = productIdQualifier;
        b.productId = productId;
        b.intendedUse = intendedUse;
        b.intendedUseDescription = intendedUseDescription;
        b.correction = correction;
        b.disclaimer = disclaimer;
        b.elements.addAll(elements);
        return b;
    }

    /** Whether this line is a disclaimer. */
    public boolean disclaimed() {
        return disclaimer != null;
    }

    /** The elements of a type, in order (e.g. {@code PgaEntity.class}). */
    public <T extends PgaElement> List<T> elementsOf(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (PgaElement e : elements) {
            if (type.isInstance(e)) {
                out.add(type.cast(e));
            }
        }
        return out;
    }

    /** The parties (PG19 groups) of the line, including laboratories and places named after a PG30. */
    public List<PgaEntity> entities() {
        List<PgaEntity> out = new ArrayList<>();
        for (PgaElement e : elements) {
            if (e instanceof PgaEntity) {
                out.add((PgaEntity) e);
            } else if (e instanceof PgaElement.Inspection && ((PgaElement.Inspection) e).entity() != null) {
                out.add(((PgaElement.Inspection) e).entity());
            }
        }
        return out;
    }

    /** The first party of a role, or {@code null}. */
    public PgaEntity entity(String role) {
        for (PgaEntity e : entities()) {
            if (role.equals(e.role())) {
                return e;
            }
        }
        return null;
    }

    /** Every affirmation of compliance: the line's and its entities'. */
    public List<PgaElement.Affirmation> affirmations() {
        List<PgaElement.Affirmation> out = new ArrayList<>(elementsOf(PgaElement.Affirmation.class));
        for (PgaEntity e : entities()) {
            out.addAll(e.affirmations());
        }
        return out;
    }

    /** The first affirmation of a code, or {@code null}. */
    public PgaElement.Affirmation affirmation(String code) {
        for (PgaElement.Affirmation a : affirmations()) {
            if (code.equals(a.code())) {
                return a;
            }
        }
        return null;
    }

    /** The first product code of a qualifier on any PG02, or {@code null}. */
    public String productCode(String qualifier) {
        for (PgaElement.Product p : elementsOf(PgaElement.Product.class)) {
            String c = p.code(qualifier);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    /** Builds a {@link PgaDeclaration}; not thread-safe. */
    public static final class Builder {
        private Integer lineNumber;
        private final PgaAgency agency;
        private final String program;
        private String processing;
        private boolean electronicImage;
        private boolean confidential;
        private String productIdQualifier;
        private String productId;
        private String intendedUse;
        private String intendedUseDescription;
        private String correction;
        private PgaDisclaimer disclaimer;
        private final List<PgaElement> elements = new ArrayList<>();

        private Builder(PgaAgency agency, String program) {
            this.agency = agency;
            this.program = program;
        }

        /** The PGA line number (default: numbered by the encoder). */
        public Builder lineNumber(Integer v) {
            this.lineNumber = v;
            return this;
        }

        /** The processing code. */
        public Builder processing(String v) {
            this.processing = v;
            return this;
        }

        /** Whether images were submitted. */
        public Builder electronicImage(boolean v) {
            this.electronicImage = v;
            return this;
        }

        /** Whether the data is confidential. */
        public Builder confidential(boolean v) {
            this.confidential = v;
            return this;
        }

        /** The globally unique product identifier and its qualifier. */
        public Builder productId(String qualifier, String id) {
            this.productIdQualifier = qualifier;
            this.productId = id;
            return this;
        }

        /** The intended use code. */
        public Builder intendedUse(String v) {
            this.intendedUse = v;
            return this;
        }

        /** The intended use code and its description. */
        public Builder intendedUse(String code, String description) {
            this.intendedUse = code;
            this.intendedUseDescription = description;
            return this;
        }

        /** The correction indicator. */
        public Builder correction(String v) {
            this.correction = v;
            return this;
        }

        /** The disclaimer. */
        public Builder disclaimer(PgaDisclaimer v) {
            this.disclaimer = v;
            return this;
        }

        /** Appends an element. */
        public Builder add(PgaElement e) {
            this.elements.add(Objects.requireNonNull(e, "element"));
            return this;
        }

        /** Appends elements. */
        public Builder addAll(List<? extends PgaElement> es) {
            for (PgaElement e : es) {
                add(e);
            }
            return this;
        }

        /** Builds the declaration. */
        public PgaDeclaration build() {
            return new PgaDeclaration(lineNumber, agency, program, processing, electronicImage, confidential,
                    productIdQualifier, productId, intendedUse, intendedUseDescription, correction, disclaimer,
                    elements);
        }
    }
}
