package org.acesdk.rules.duty;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The named places where the assessment rounds, each with its scale and {@link RoundingMode}. */
public enum RoundingPoint {
    /** Entered value: whole dollars, half up (CATAIR 50-record value, CBP Form 7501 column 32). */
    ENTERED_VALUE(0, RoundingMode.HALF_UP),
    /** Duty on one tariff number: cents, half up. */
    TARIFF_DUTY(2, RoundingMode.HALF_UP),
    /** A fee on one line (MPF, HMF): cents, half up, before the entry total is summed and clamped. */
    LINE_FEE(2, RoundingMode.HALF_UP),
    /** An AD/CVD deposit on one case: cents, half up. */
    ADCVD_DEPOSIT(2, RoundingMode.HALF_UP);

    private final int scale;
    private final RoundingMode mode;

    RoundingPoint(int scale, RoundingMode mode) {
        this.scale = scale;
        this.mode = mode;
    }

    /** The number of decimal places kept. */
    public int scale() {
        return scale;
    }

    /** The rounding mode. */
    public RoundingMode mode() {
        return mode;
    }

    /** Rounds an amount at this point. */
    public BigDecimal apply(BigDecimal amount) {
        return amount.setScale(scale, mode);
    }
}
