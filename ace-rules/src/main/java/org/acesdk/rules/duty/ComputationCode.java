package org.acesdk.rules.duty;

/**
 * How a tariff number's duty is computed, after the duty computation codes of CATAIR appendix F (P1 specific rate,
 * P2 ad valorem rate, P3 other rate; Q1, Q2 the first and second quantities). Codes 0-5 are as published; the
 * ad valorem code 7 is taken from the same appendix's list and should be confirmed against the current chapter.
 */
public enum ComputationCode {
    /** 0: free, no duty. */
    FREE("0", "free"),
    /** 1: specific rate times the first quantity, P1*Q1. */
    SPECIFIC_Q1("1", "P1*Q1"),
    /** 2: specific rate times the second quantity, P1*Q2. */
    SPECIFIC_Q2("2", "P1*Q2"),
    /** 3: two specific rates, (P1*Q1)+(P3*Q2). */
    MULTIPLE_SPECIFIC("3", "(P1*Q1)+(P3*Q2)"),
    /** 4: compound, (P1*Q1)+(P2*Value). */
    COMPOUND_Q1("4", "(P1*Q1)+(P2*Value)"),
    /** 5: compound, (P1*Q2)+(P2*Value). */
    COMPOUND_Q2("5", "(P1*Q2)+(P2*Value)"),
    /** 7: ad valorem, P2*Value (also used for chapter 99 additional duties). */
    AD_VALOREM("7", "P2*Value"),
    /** A rate with more terms than the appendix F formulas (e.g. {@code 45¢ each + 7% + 2.5¢/jewel}). */
    OTHER("", "sum of the rate's terms");

    private final String code;
    private final String formula;

    ComputationCode(String code, String formula) {
        this.code = code;
        this.formula = formula;
    }

    /** The one-character appendix F code, empty for {@link #OTHER}. */
    public String code() {
        return code;
    }

    /** The formula in appendix F notation. */
    public String formula() {
        return formula;
    }
}
