package org.acesdk.client;

/**
 * Supplies the bearer token for the gateway. On a 401 the client calls {@link #invalidate(String)} with the token
 * that was refused, asks for a fresh one and retries once. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface AccessTokenProvider {

    /** The current token (without the {@code Bearer} prefix). */
    String token();

    /** Forgets a token the gateway refused, so the next {@link #token()} fetches a new one; default does nothing. */
    default void invalidate(String refused) {
    }

    /** A fixed token. */
    static AccessTokenProvider of(String token) {
        return new AccessTokenProvider() {
            @Override
            public String token() {
                return token;
            }

            @Override
            public String toString() {
                return "AccessTokenProvider[***]";
            }
        };
    }
}
