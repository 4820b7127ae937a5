package org.acesdk.client.catair;

import java.util.Objects;

/**
 * The batch envelope of an outgoing transmission: who sends it (site and sender id, the communication password)
 * and the user text CBP echoes back. Immutable; the password never appears in {@link #toString()}.
 */
public final class Envelope {
    private final String siteCode;
    private final String senderId;
    private final String password;
    private final String officeCode;
    private final String userText;

    private Envelope(Builder b) {
        this.siteCode = b.siteCode;
        this.senderId = b.senderId;
        this.password = b.password;
        this.officeCode = b.officeCode;
        this.userText = b.userText;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this envelope's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.siteCode = siteCode;
        b.senderId = senderId;
        b.password = password;
        b.officeCode = officeCode;
        b.userText = userText;
        return b;
    }

    /** The sender/receiver site code (4). */
    public String siteCode() {
        return siteCode;
    }

    /** The sender id: the filer code (3). */
    public String senderId() {
        return senderId;
    }

    String password() {
        return password;
    }

    /** The sender's office code (2), or {@code null}. */
    public String officeCode() {
        return officeCode;
    }

    /** The user text CBP echoes (at most 21 characters), or {@code null}. */
    public String userText() {
        return userText;
    }

    @Override
    public String toString() {
        return "Envelope[site=" + siteCode + ", sender=" + senderId + ", password=***]";
    }

    /** Builds an {@link Envelope}; {@link #build()} checks every value. */
    public static final class Builder {
        private String siteCode;
        private String senderId;
        private String password = "";
        private String officeCode;
        private String userText;

        private Builder() {
        }

        /** The 4-character site code. */
        public Builder siteCode(String v) {
            this.siteCode = v;
            return this;
        }

        /** The 3-character sender id (filer code). */
        public Builder senderId(String v) {
            this.senderId = v;
            return this;
        }

        /** The communication password, up to 6 characters (kept out of toString). */
        public Builder password(String v) {
            this.password = v == null ? "" : v;
            return this;
        }

        /** The 2-character office code. */
        public Builder officeCode(String v) {
            this.officeCode = v;
            return this;
        }

        /** The user text CBP echoes, up to 21 characters. */
        public Builder userText(String v) {
            this.userText = v;
            return this;
        }

        /**
         * Builds the envelope.
         *
         * @return the envelope
         * @throws IllegalArgumentException naming the value that does not fit
         */
        public Envelope build() {
            check("siteCode", siteCode, 4, true);
            check("senderId", senderId, 3, true);
            check("password", password, 6, false);
            check("officeCode", officeCode, 2, false);
            check("userText", userText, 21, false);
            return new Envelope(this);
        }

        private static void check(String name, String v, int max, boolean required) {
            if (v == null || v.isEmpty()) {
                if (required) {
                    throw new IllegalArgumentException("envelope " + name + " is required");
                }
                return;
            }
            if (v.length() > max) {
                throw new IllegalArgumentException("envelope " + name + " has " + v.length() + " characters; at most "
                        + max);
            }
            Objects.requireNonNull(v);
        }
    }
}
