package org.acesdk.client;

import java.time.Duration;
import java.util.Objects;
import java.util.Random;

/**
 * How the client retries: bounded attempts, exponential backoff capped at a maximum, with jitter, honouring the
 * gateway's Retry-After. Only connection failures, timeouts, 409 in flight, 429 and 5xx are retried. Immutable.
 */
public final class RetryPolicy {
    private final int maxAttempts;
    private final Duration baseDelay;
    private final Duration maxDelay;
    private final double jitter;
    private final Random random;
    private final Duration maxRetryAfter;

    private RetryPolicy(Builder b) {
        this.maxRetryAfter = b.maxRetryAfter;
        this.maxAttempts = b.maxAttempts;
        this.baseDelay = b.baseDelay;
        this.maxDelay = b.maxDelay;
        this.jitter = b.jitter;
        this.random = b.random;
    }

    /** Three attempts, 200 ms doubling to at most 10 s, half of each delay jittered. */
    public static RetryPolicy defaults() {
        return builder().build();
    }

    /** No retries: one attempt. */
    public static RetryPolicy none() {
        return builder().maxAttempts(1).build();
    }

    /** A new builder with the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this policy's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.maxAttempts = maxAttempts;
        b.baseDelay = baseDelay;
        b.maxDelay = maxDelay;
        b.jitter = jitter;
        b.random = random;
        b.maxRetryAfter = maxRetryAfter;
        return b;
    }

    /** The most attempts of one call, first included. */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** The delay before the first retry, before jitter. */
    public Duration baseDelay() {
        return baseDelay;
    }

    /** The cap on any backoff delay. */
    public Duration maxDelay() {
        return maxDelay;
    }

    /** The fraction of each delay that is random (0 = none, 1 = full jitter). */
    public double jitter() {
        return jitter;
    }

    /**
     * The delay before the next attempt: {@code min(maxDelay, baseDelay * 2^(retry-1))}, of which the jitter fraction
     * is random; a Retry-After from the gateway, when longer, wins, capped at {@link #maxRetryAfter()} (and by the
     * call's total timeout).
     *
     * @param retry 1 for the first retry
     * @param retryAfter the gateway's Retry-After, or {@code null}
     * @return the delay
     */
    public Duration delay(int retry, Duration retryAfter) {
        long base = baseDelay.toMillis();
        long exp = retry >= 31 ? Long.MAX_VALUE : base << Math.max(0, retry - 1);
        long capped = Math.min(maxDelay.toMillis(), exp < 0 ? Long.MAX_VALUE : exp);
        long fixed = Math.round(capped * (1.0 - jitter));
        long random;
        synchronized (this.random) {
            random = Math.round(capped * jitter * this.random.nextDouble());
        }
        Duration d = Duration.ofMillis(fixed + random);
        if (retryAfter == null || retryAfter.compareTo(d) <= 0) {
            return d;
        }
        return retryAfter.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : retryAfter;
    }

    /** The cap on a gateway's Retry-After (default 5 minutes): a longer one is waited for this long at most. */
    public Duration maxRetryAfter() {
        return maxRetryAfter;
    }

    @Override
    public String toString() {
        return "RetryPolicy[maxAttempts=" + maxAttempts + ", baseDelay=" + baseDelay + ", maxDelay=" + maxDelay
                + ", jitter=" + jitter + ", maxRetryAfter=" + maxRetryAfter + "]";
    }

    /** Builds a {@link RetryPolicy}; {@link #build()} checks the values. */
    public static final class Builder {
        private int maxAttempts = 3;
        private Duration baseDelay = Duration.ofMillis(200);
        private Duration maxDelay = Duration.ofSeconds(10);
        private double jitter = 0.5;
        private Random random = new Random();
        private Duration maxRetryAfter = Duration.ofMinutes(5);

        private Builder() {
        }

        /** The cap on a gateway's Retry-After, from 0 to 1 day (default 5 minutes). */
        public Builder maxRetryAfter(Duration d) {
            this.maxRetryAfter = Objects.requireNonNull(d, "maxRetryAfter");
            return this;
        }

        /** The most attempts, 1-20. */
        public Builder maxAttempts(int n) {
            this.maxAttempts = n;
            return this;
        }

        /** The first retry's delay before jitter. */
        public Builder baseDelay(Duration d) {
            this.baseDelay = Objects.requireNonNull(d, "baseDelay");
            return this;
        }

        /** The cap on any delay. */
        public Builder maxDelay(Duration d) {
            this.maxDelay = Objects.requireNonNull(d, "maxDelay");
            return this;
        }

        /** The random fraction of each delay, 0-1. */
        public Builder jitter(double j) {
            this.jitter = j;
            return this;
        }

        /** The random source for jitter (seed it for reproducible tests). */
        public Builder random(Random r) {
            this.random = Objects.requireNonNull(r, "random");
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return the policy
         * @throws IllegalArgumentException naming the value out of range
         */
        public RetryPolicy build() {
            if (maxAttempts < 1 || maxAttempts > 20) {
                throw new IllegalArgumentException("maxAttempts must be 1-20, not " + maxAttempts);
            }
            if (baseDelay.isNegative() || maxDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0) {
                throw new IllegalArgumentException("delays must be non-negative and maxDelay >= baseDelay");
            }
            if (maxDelay.compareTo(Duration.ofDays(1)) > 0) {
                throw new IllegalArgumentException("maxDelay must be at most 1 day");
            }
            if (maxRetryAfter.isNegative() || maxRetryAfter.compareTo(Duration.ofDays(1)) > 0) {
                throw new IllegalArgumentException("maxRetryAfter must be 0 to 1 day");
            }
            if (!(jitter >= 0 && jitter <= 1)) {
                throw new IllegalArgumentException("jitter must be 0-1");
            }
            return new RetryPolicy(this);
        }
    }
}
