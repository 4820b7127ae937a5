package org.acesdk.model.pga;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.acesdk.model.internal.OpenCodes;

/**
 * A PGA disclaimer code (PG01 position 80): the reason no agency data is sent for a flagged tariff. A code outside
 * A-G keeps its text and is not {@link #isKnown()}. Immutable.
 */
public final class PgaDisclaimer {
    /** A: the product is not regulated by this agency. */
    public static final PgaDisclaimer NOT_REGULATED = new PgaDisclaimer("A", "product is not regulated by this agency");
    /** B: data is not required per agency guidance. */
    public static final PgaDisclaimer NOT_REQUIRED = new PgaDisclaimer("B", "data is not required per agency guidance");
    /** C: data has been or will be filed through other agency means. */
    public static final PgaDisclaimer OTHER_MEANS = new PgaDisclaimer("C", "data filed through other agency means");
    /** D: data has been or will be filed on paper. */
    public static final PgaDisclaimer PAPER = new PgaDisclaimer("D", "data filed on paper");
    /** E: FWS only: the product contains no fish or wildlife. */
    public static final PgaDisclaimer NO_WILDLIFE = new PgaDisclaimer("E", "FWS: no fish or wildlife");
    /** F: FDA only: entry type 21, U.S.-made goods entered into a warehouse. */
    public static final PgaDisclaimer US_GOODS_WAREHOUSE = new PgaDisclaimer("F",
            "FDA: entry type 21, U.S. goods into a warehouse");
    /** G: APHIS Lacey Act only: at most 5% plant material by weight and at most 2.9 kg. */
    public static final PgaDisclaimer LACEY_DE_MINIMIS = new PgaDisclaimer("G", "APHIS Lacey: de minimis plant material");
    /** A blank or unreadable code. */
    public static final PgaDisclaimer UNKNOWN = new PgaDisclaimer("UNKNOWN", "unknown code");

    private static final PgaDisclaimer[] KNOWN = {NOT_REGULATED, NOT_REQUIRED, OTHER_MEANS, PAPER, NO_WILDLIFE,
            US_GOODS_WAREHOUSE, LACEY_DE_MINIMIS};

    private final String code;
    private final String description;

    private PgaDisclaimer(String code, String description) {
        this.code = code;
        this.description = description;
    }

    /**
     * The disclaimer of a code; never an exception.
     *
     * @param code the code, {@code A}-{@code G}
     * @return the disclaimer, {@link #UNKNOWN} when blank, or an unknown one keeping the text
     */
    @JsonCreator
    public static PgaDisclaimer fromCode(String code) {
        String kept = OpenCodes.kept(code);
        if (kept == null) {
            return UNKNOWN;
        }
        String t = kept.toUpperCase(Locale.ROOT);
        for (PgaDisclaimer d : KNOWN) {
            if (d.code.equals(t)) {
                return d;
            }
        }
        return t.equals("UNKNOWN") ? UNKNOWN : new PgaDisclaimer(t, "unknown code");
    }

    /** The known codes, A-G. */
    public static PgaDisclaimer[] values() {
        return KNOWN.clone();
    }

    /** The code as on the wire. */
    @JsonValue
    public String code() {
        return code;
    }

    /** What the code says. */
    public String description() {
        return description;
    }

    /** Whether the code is one of A-G. */
    public boolean isKnown() {
        for (PgaDisclaimer d : KNOWN) {
            if (d == this) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PgaDisclaimer && ((PgaDisclaimer) o).code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}
