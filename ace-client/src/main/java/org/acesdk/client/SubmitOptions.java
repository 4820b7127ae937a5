package org.acesdk.client;

/**
 * Per-submission options: a caller-chosen idempotency key (to make a re-submission after a crash land on the same
 * batch), whether to skip validation, and the user text echoed back by CBP. Immutable.
 */
public final class SubmitOptions {
    private static final SubmitOptions DEFAULTS = new Builder().build();
    private final String idempotencyKey;
    private final boolean skipValidation;
    private final String userText;

    private SubmitOptions(Builder b) {
        this.idempotencyKey = b.idempotencyKey;
        this.skipValidation = b.skipValidation;
        this.userText = b.userText;
    }

    /** A generated idempotency key, validation on. */
    public static SubmitOptions defaults() {
        return DEFAULTS;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these options. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.idempotencyKey = idempotencyKey;
        b.skipValidation = skipValidation;
        b.userText = userText;
        return b;
    }

    /** The caller's idempotency key, or {@code null} to generate one. */
    public String idempotencyKey() {
        return idempotencyKey;
    }

    /** Whether ERROR findings are ignored (the filing is sent anyway; CBP will likely reject it). */
    public boolean skipValidation() {
        return skipValidation;
    }

    /** Text for the B record that CBP echoes back (at most 21 characters), or {@code null}. */
    public String userText() {
        return userText;
    }

    /** Builds {@link SubmitOptions}; {@link #build()} checks the values. */
    public static final class Builder {
        private String idempotencyKey;
        private boolean skipValidation;
        private String userText;

        private Builder() {
        }

        /** Uses this idempotency key (1-255 printable ASCII characters). */
        public Builder idempotencyKey(String key) {
            this.idempotencyKey = key;
            return this;
        }

        /** Sends even when validation reports ERROR findings. */
        public Builder skipValidation(boolean skip) {
            this.skipValidation = skip;
            return this;
        }

        /** Text CBP echoes in the response block (at most 21 characters). */
        public Builder userText(String text) {
            this.userText = text;
            return this;
        }

        /**
         * Builds the options.
         *
         * @return the options
         * @throws IllegalArgumentException if the key or user text does not fit
         */
        public SubmitOptions build() {
            if (idempotencyKey != null && (idempotencyKey.isEmpty() || idempotencyKey.length() > 255
                    || !idempotencyKey.chars().allMatch(c -> c > 0x20 && c < 0x7f))) {
                throw new IllegalArgumentException("idempotencyKey must be 1-255 printable ASCII characters without spaces");
            }
            if (userText != null && userText.length() > 21) {
                throw new IllegalArgumentException("userText must be at most 21 characters");
            }
            return new SubmitOptions(this);
        }
    }
}
