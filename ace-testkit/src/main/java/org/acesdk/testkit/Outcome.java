package org.acesdk.testkit;

import java.util.List;
import java.util.Objects;

/**
 * What the fake answers for a filing, forced with {@link FakeAceGateway#nextOutcome(Outcome)} or by the filer
 * reference convention documented on {@link FakeAceGateway}, instead of by the rules.
 *
 * @param kind what happens
 * @param codes the condition codes reported (reject and syntax error)
 */
public record Outcome(Kind kind, List<String> codes) {

    /** The kinds of outcome. */
    public enum Kind {
        /** Decide by the SDK's rules (the default). */
        BY_RULES,
        /** Accept (E1 disposition A; SE data accepted and released). */
        ACCEPT,
        /** Reject with the given condition codes (E1 disposition R; SE data rejected). */
        REJECT,
        /** Reject the whole batch as a syntax error (X1 with the given X-codes). */
        SYNTAX_ERROR,
        /** Accept the cargo release data but suspend release (SO disposition 99); entry summaries are accepted. */
        HOLD,
        /** Receive the batch and never answer it. */
        PENDING
    }

    /** Checks the parts. */
    public Outcome {
        Objects.requireNonNull(kind, "kind");
        codes = codes == null ? List.of() : List.copyOf(codes);
        for (String c : codes) {
            if (c == null || c.isBlank() || c.length() > 3) {
                throw new IllegalArgumentException("a condition code is 1-3 characters: " + c);
            }
        }
        if ((kind == Kind.REJECT || kind == Kind.SYNTAX_ERROR) && codes.isEmpty()) {
            throw new IllegalArgumentException(kind + " needs at least one condition code");
        }
    }

    /** Decide by the rules. */
    public static Outcome byRules() {
        return new Outcome(Kind.BY_RULES, List.of());
    }

    /** Accept regardless of the rules. */
    public static Outcome accept() {
        return new Outcome(Kind.ACCEPT, List.of());
    }

    /** Reject with these CBP condition codes, e.g. {@code reject("G07")}. */
    public static Outcome reject(String... codes) {
        return new Outcome(Kind.REJECT, List.of(codes));
    }

    /** Reject the batch with these X-codes, e.g. {@code syntaxError("X34")}. */
    public static Outcome syntaxError(String... codes) {
        return new Outcome(Kind.SYNTAX_ERROR, List.of(codes));
    }

    /** Accept cargo release data but hold the cargo. */
    public static Outcome hold() {
        return new Outcome(Kind.HOLD, List.of());
    }

    /** Never answer. */
    public static Outcome pending() {
        return new Outcome(Kind.PENDING, List.of());
    }
}
