package org.acesdk.model.party;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * A trade party (seller, buyer, manufacturer, ship-to, consignee ...) named by name and address and/or an identifier.
 *
 * @param name the name
 * @param address the address
 * @param identifierQualifier what kind of identifier follows, e.g. {@code DUNS}, {@code EI}, {@code FR} (FIRMS)
 * @param identifier the identifier; never a Social Security number (use an ImporterNumber field)
 */
public record Party(
        @Size(max = 35) String name,
        @Valid Address address,
        @Size(max = 4) String identifierQualifier,
        @Size(max = 35) String identifier) {

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

        private Builder() {
        }

        private Builder(Party source) {
            this.name = source.name();
            this.address = source.address();
            this.identifierQualifier = source.identifierQualifier();
            this.identifier = source.identifier();
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
            return new Party(name, address, identifierQualifier, identifier);
        }
    }
}
