package org.acesdk.client.catair;

import java.util.regex.Pattern;

/**
 * Who sends an AES batch (the A record): the filer's id and its type, the communication password, and the
 * transmitter's id. Immutable; the password never appears in {@link #toString()}, nor does a filer id that is a
 * Social Security number.
 */
public final class AesEnvelope {
    private static final Pattern ID = Pattern.compile("[A-Z0-9]{1,9}");
    private final String filerId;
    private final String filerIdType;
    private final String password;
    private final String transmitterId;

    private AesEnvelope(Builder b) {
        this.filerId = b.filerId;
        this.filerIdType = b.filerIdType;
        this.password = b.password;
        this.transmitterId = b.transmitterId == null ? b.filerId : b.transmitterId;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.filerId = filerId;
        b.filerIdType = filerIdType;
        b.password = password;
        b.transmitterId = transmitterId;
        return b;
    }

    /** The filer's id (EIN or DUNS, 9 characters). */
    public String filerId() {
        return filerId;
    }

    /** The filer id type: {@code E} EIN, {@code D} DUNS, {@code S} SSN. */
    public String filerIdType() {
        return filerIdType;
    }

    String password() {
        return password;
    }

    /** The transmitter's id (the filer's, unless a service center transmits). */
    public String transmitterId() {
        return transmitterId;
    }

    @Override
    public String toString() {
        return "AesEnvelope[filer=" + ("S".equals(filerIdType) ? "***" : filerId) + "/" + filerIdType
                + ", transmitter=" + ("S".equals(filerIdType) && transmitterId.equals(filerId) ? "***" : transmitterId)
                + ", password=***]";
    }

    /** Builds an {@link AesEnvelope}; {@link #build()} checks every value. */
    public static final class Builder {
        private String filerId;
        private String filerIdType = "E";
        private String password = "";
        private String transmitterId;

        private Builder() {
        }

        /** The filer's id: 9 letters or digits (an EIN without its hyphen, or a DUNS). */
        public Builder filerId(String v) {
            this.filerId = v;
            return this;
        }

        /** The filer id type: {@code E} (the default), {@code D} or {@code S}. */
        public Builder filerIdType(String v) {
            this.filerIdType = v;
            return this;
        }

        /** The communication password AES issued, up to 6 characters (kept out of text). */
        public Builder password(String v) {
            this.password = v == null ? "" : v;
            return this;
        }

        /** The transmitter's id, when it is not the filer. */
        public Builder transmitterId(String v) {
            this.transmitterId = v;
            return this;
        }

        /**
         * Builds the envelope.
         *
         * @return the envelope
         * @throws IllegalArgumentException naming the value that does not fit (never repeating the password)
         */
        public AesEnvelope build() {
            if (filerId == null || !ID.matcher(filerId).matches()) {
                throw new IllegalArgumentException("AES envelope filerId must be 1-9 capital letters or digits");
            }
            if (filerIdType == null || !filerIdType.matches("[DES]")) {
                throw new IllegalArgumentException("AES envelope filerIdType must be D, E or S");
            }
            if (transmitterId != null && !ID.matcher(transmitterId).matches()) {
                throw new IllegalArgumentException("AES envelope transmitterId must be 1-9 capital letters or digits");
            }
            if (password.length() > 6 || !password.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)) {
                throw new IllegalArgumentException("AES envelope password must be at most 6 printable characters");
            }
            return new AesEnvelope(this);
        }
    }
}
