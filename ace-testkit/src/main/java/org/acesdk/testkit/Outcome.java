package org.acesdk.testkit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.acesdk.model.pga.PgaAgency;

/**
 * What the fake answers for a filing, forced with {@link FakeAceGateway#nextOutcome(Outcome)} or by the filer
 * reference convention documented on {@link FakeAceGateway}, instead of by the rules.
 *
 * @param kind what happens
 * @param codes the condition codes reported (reject and syntax error; on an AES accept, its alerts)
 * @param agencies what partner agencies decide on the filing's PGA lines, by agency code (the rest: may proceed)
 */
public record Outcome(Kind kind, List<String> codes, Map<String, PgaDisposition> agencies) {

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
        agencies = agencies == null ? Map.of() : Map.copyOf(agencies);
        for (String c : codes) {
            if (c == null || c.isBlank() || c.length() > 3) {
                throw new IllegalArgumentException("a condition code is 1-3 characters: " + c);
            }
        }
        if ((kind == Kind.REJECT || kind == Kind.SYNTAX_ERROR) && codes.isEmpty()) {
            throw new IllegalArgumentException(kind + " needs at least one condition code");
        }
    }

    /** An outcome with no agency decisions. */
    public Outcome(Kind kind, List<String> codes) {
        this(kind, codes, Map.of());
    }

    /** This outcome with an agency's decision on the filing's PGA lines of that agency. */
    public Outcome withPga(PgaAgency agency, PgaDisposition disposition) {
        Map<String, PgaDisposition> m = new LinkedHashMap<>(agencies);
        m.put(Objects.requireNonNull(agency, "agency").code(), Objects.requireNonNull(disposition, "disposition"));
        return new Outcome(kind, codes, m);
    }

    /** CBP accepts the filing and the agency holds its PGA lines (02 HOLD INTACT), e.g. {@code pgaHold("FDA")}. */
    public static Outcome pgaHold(String agency) {
        return accept().withPga(PgaAgency.fromCode(agency), PgaDisposition.HOLD);
    }

    /** CBP accepts the filing and the agency decides its PGA lines so. */
    public static Outcome pga(String agency, PgaDisposition disposition) {
        return accept().withPga(PgaAgency.fromCode(agency), disposition);
    }

    /** Decide by the rules. */
    public static Outcome byRules() {
        return new Outcome(Kind.BY_RULES, List.of());
    }

    /** Accept regardless of the rules. */
    public static Outcome accept() {
        return new Outcome(Kind.ACCEPT, List.of());
    }

    /**
     * Accept, reporting these non-fatal conditions: for AES, warning, verify or compliance alerts such as
     * {@code acceptWith("700")} (filed late), each with the severity AES gives its code.
     */
    public static Outcome acceptWith(String... codes) {
        return new Outcome(Kind.ACCEPT, List.of(codes));
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
