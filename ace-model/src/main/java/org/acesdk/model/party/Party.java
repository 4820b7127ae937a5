package org.acesdk.model.party;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A trade party (seller, buyer, manufacturer, ship-to, consignee ...) named by name and address and/or an identifier.
 *
 * @param name the name
 * @param address the address
 * @param identifierQualifier what kind of identifier follows, e.g. {@code DUNS}, {@code EI}, {@code FR} (FIRMS)
 * @param identifier the identifier; never a Social Security number (use an ImporterNumber field)
 * @param otherNames further names of the party (an ISF's SF31), possibly none
 */
public record Party(
        @Size(max = 35) String name,
        @Valid Address address,
        @Size(max = 4) String identifierQualifier,
        @Size(max = 35) String identifier,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<OtherName> otherNames) {

    /** Canonical constructor: a {@code null} list becomes empty and the list is an immutable copy. */
    public Party {
        otherNames = org.acesdk.model.internal.Lists.copy(otherNames, "otherNames");
    }

    /** A party without further names. */
    public Party(String name, Address address, String identifierQualifier, String identifier) {
        this(name, address, identifierQualifier, identifier, List.of());
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to make an edited copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link Party}; a builder is not thread-safe, the value it builds is. */
    public static final class Builder {
        private String name;
        private Address address;
        private String identifierQualifier;
        private String identifier;
        private final List<OtherName> otherNames = new java.util.ArrayList<>();

        private Builder() {
        }

        private Builder(Party source) {
            this.name = source.name();
            this.address = source.address();
            this.identifierQualifier = source.identifierQualifier();
            this.identifier = source.identifier();
            this.otherNames.addAll(source.otherNames());
        }

        /** Adds a further name. */
        public Builder addOtherName(OtherName otherName) {
            this.otherNames.add(otherName);
            return this;
        }

        /** Sets name: the name. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Sets address: the address. */
        public Builder address(Address address) {
            this.address = address;
            return this;
        }

        /** Sets identifierQualifier: what kind of identifier follows, e.g. {@code DUNS}, {@code EI}, {@code FR} (FIRMS). */
        public Builder identifierQualifier(String identifierQualifier) {
            this.identifierQualifier = identifierQualifier;
            return this;
        }

        /** Sets identifier: the identifier; never a Social Security number (use an ImporterNumber field). */
        public Builder identifier(String identifier) {
            this.identifier = identifier;
            return this;
        }

        /** Builds the immutable value. Shape is checked by validation, not here, so that every problem is reported. */
        public Party build() {
            return new Party(name, address, identifierQualifier, identifier, otherNames);
        }
    }
}
