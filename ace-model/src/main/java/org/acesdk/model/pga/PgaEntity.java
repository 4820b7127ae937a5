package org.acesdk.model.pga;

import java.util.ArrayList;
import java.util.List;
import org.acesdk.model.internal.Lists;

/**
 * A party of a PGA line: PG19 (role, identification, name, first address line) with its PG60 overflow, PG20 address,
 * PG55 further roles, PG21 point of contact and the affirmations (PG23) that belong to it. Written in that order.
 * Immutable.
 *
 * @param role the entity role, e.g. {@code MF} manufacturer, {@code DEQ} shipper, {@code FD1} FDA importer, {@code DP}
 *     deliver-to, {@code PK} point of contact, {@code CE} certifier, {@code ITL} CPSC-accepted laboratory
 * @param idCode what the number is, e.g. {@code 16} DUNS, {@code 47} FEI
 * @param number the entity's number
 * @param name the entity's name (32 characters; longer goes to a PG60 {@code ENA})
 * @param address1 the first address line (23 characters; longer goes to a PG60 {@code AD1})
 * @param info PG60 records after the PG19 (e.g. {@code CIT} citations, {@code CP1} test report)
 * @param address the PG20 address, or {@code null}
 * @param additionalRoles PG55: up to 10 further roles the same party plays
 * @param contact the PG21 point of contact, or {@code null}
 * @param affirmations PG23 affirmations of this entity (e.g. its registration)
 */
public record PgaEntity(String role, String idCode, String number, String name, String address1,
        List<PgaElement.AdditionalInfo> info, PgaAddress address, List<String> additionalRoles, Contact contact,
        List<PgaElement.Affirmation> affirmations) implements PgaElement {

    /** Copies the lists. */
    public PgaEntity {
        info = Lists.copy(info, "info");
        additionalRoles = Lists.copy(additionalRoles, "additionalRoles");
        affirmations = Lists.copy(affirmations, "affirmations");
        if (additionalRoles.size() > 10) {
            throw new IllegalArgumentException("additionalRoles: a PG55 holds at most 10 roles");
        }
    }

    @Override
    public String recordId() {
        return "PG19";
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this entity's fields. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.role = role;
        b.idCode = idCode;
        b.number = number;
        b.name = name;
        b.address1 = address1;
        b.info.addAll(info);
        b.address = address;
        b.additionalRoles.addAll(additionalRoles);
        b.contact = contact;
        b.affirmations.addAll(affirmations);
        return b;
    }

    /**
     * PG20: the rest of an entity's address.
     *
     * @param address2 second address line
     * @param suite apartment or suite number
     * @param city city
     * @param state U.S. state or Canadian province
     * @param country country (ISO)
     * @param postalCode ZIP or postal code (up to 9 characters)
     * @param info PG60 records after the PG20 ({@code AD2}-{@code AD5}, {@code CIT}...)
     */
    public record PgaAddress(String address2, String suite, String city, String state, String country,
            String postalCode, List<PgaElement.AdditionalInfo> info) {
        /** Copies the list. */
        public PgaAddress {
            info = Lists.copy(info, "info");
        }

        /** A city, state, country and postal code. */
        public static PgaAddress of(String city, String state, String country, String postalCode) {
            return new PgaAddress(null, null, city, state, country, postalCode, List.of());
        }
    }

    /**
     * PG21: an individual (point of contact) and how to reach them. Personal data: not part of {@code toString}.
     *
     * @param qualifier the individual's role, e.g. {@code FD1}, {@code PK}, {@code CI}
     * @param name the name
     * @param phone telephone number
     * @param email e-mail address or fax number
     * @param info PG60 records after the PG21 ({@code TEL}, {@code EMA}, {@code INA})
     */
    public record Contact(String qualifier, String name, String phone, String email,
            List<PgaElement.AdditionalInfo> info) {
        /** Copies the list. */
        public Contact {
            info = Lists.copy(info, "info");
        }

        /** A contact with a role, name, phone and e-mail. */
        public static Contact of(String qualifier, String name, String phone, String email) {
            return new Contact(qualifier, name, phone, email, List.of());
        }

        @Override
        public String toString() {
            return "Contact[" + qualifier + ", name, phone and e-mail withheld]";
        }
    }

    /** Builds a {@link PgaEntity}; not thread-safe. */
    public static final class Builder {
        private String role;
        private String idCode;
        private String number;
        private String name;
        private String address1;
        private final List<PgaElement.AdditionalInfo> info = new ArrayList<>();
        private PgaAddress address;
        private final List<String> additionalRoles = new ArrayList<>();
        private Contact contact;
        private final List<PgaElement.Affirmation> affirmations = new ArrayList<>();

        private Builder() {
        }

        /** The role, e.g. {@code MF}. */
        public Builder role(String v) {
            this.role = v;
            return this;
        }

        /** The identification: what the number is ({@code 16} DUNS, {@code 47} FEI...) and the number. */
        public Builder id(String code, String no) {
            this.idCode = code;
            this.number = no;
            return this;
        }

        /** The name. */
        public Builder name(String v) {
            this.name = v;
            return this;
        }

        /** The first address line. */
        public Builder address1(String v) {
            this.address1 = v;
            return this;
        }

        /** Adds a PG60 after the PG19. */
        public Builder info(String qualifier, String text) {
            this.info.add(new PgaElement.AdditionalInfo(qualifier, text));
            return this;
        }

        /** The PG20 address. */
        public Builder address(PgaAddress v) {
            this.address = v;
            return this;
        }

        /** Adds a further role (PG55). */
        public Builder additionalRole(String v) {
            this.additionalRoles.add(v);
            return this;
        }

        /** The PG21 contact. */
        public Builder contact(Contact v) {
            this.contact = v;
            return this;
        }

        /** Adds an affirmation of this entity (PG23). */
        public Builder affirmation(String code, String qualifier) {
            this.affirmations.add(new PgaElement.Affirmation(code, qualifier));
            return this;
        }

        /** Builds the entity. */
        public PgaEntity build() {
            return new PgaEntity(role, idCode, number, name, address1, info, address, additionalRoles, contact,
                    affirmations);
        }
    }
}
