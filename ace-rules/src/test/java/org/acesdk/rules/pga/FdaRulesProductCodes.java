package org.acesdk.rules.pga;

import org.acesdk.rules.pack.FdaRules;

/** The product code check as the tests use it. */
final class FdaRulesProductCodes {
    private FdaRulesProductCodes() {
    }

    static boolean wellFormed(String code) {
        return FdaRules.productCodeWellFormed(code);
    }
}
