package org.acesdk.rules.pack;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the SDK knows of AES licence codes (AESTIR Appendix F) and export information codes, as one place for the
 * export rules. The lists are the SDK's reading of the FTR and of public AES test data, not Appendix F itself
 * [uncertain: Appendix F was not available].
 */
final class ExportLicences {
    /** "No licence required" codes: C32 (an item with an ECCN) and C33 (EAR99). Neither forces EEI by itself. */
    static final Set<String> NLR = Set.of("C32", "C33");
    /** Codes removed from Appendix F (C37, Summary of Changes of 26 Jun 2020). */
    static final Set<String> REMOVED = Set.of("C37");
    /** Codes whose filing needs an ECCN (public AES test data). */
    static final Set<String> ECCN_REQUIRED = Set.of("C30", "C31", "C32", "C35", "C36", "C38", "C41", "C44", "C45",
            "C46", "C53", "C54", "C57", "C58");
    /** Codes whose filing needs the licence value: a BIS licence and DDTC licences. */
    static final Set<String> VALUE_REQUIRED = Set.of("C30", "S05", "S61", "S73", "S85", "S94");
    /** Countries of Country Group E:1 and E:2 (15 CFR 740 supplement 1): EEI whatever the value (15 CFR 30.2). */
    static final Set<String> GROUP_E = Set.of("CU", "IR", "KP", "SY");
    /** Modes whose carrier is named by SCAC or IATA code, and whose shipping weight must be positive. */
    static final Set<String> CARRIED_MODES = Set.of("10", "11", "12", "20", "21", "30", "31", "40", "41");
    /** An ECCN: digit, letter, three digits (e.g. 5A002), or EAR99 (AES response 515). */
    static final Pattern ECCN = Pattern.compile("[0-9][A-E][0-9]{3}|EAR99");
    /** A VIN: 17 letters and digits, never I, O or Q. */
    static final Pattern VIN = Pattern.compile("[A-HJ-NPR-Z0-9]{17}");
    /** The exemption and filing legends of 15 CFR 30 appendix B, with or without the section sign. */
    static final Pattern LEGEND = Pattern.compile("NOEEI (§ ?)?(30\\.36|30\\.37\\([a-y]\\)|30\\.39|30\\.40\\([a-c]\\))"
            + "|AESDOWN [0-9A-Z]{9} [0-9]{2}/[0-9]{2}/[0-9]{4}"
            + "|AESPOST [0-9A-Z]{9,11}([-\u2014][0-9A-Z]{9})? [0-9]{2}/[0-9]{2}/[0-9]{4}");

    private ExportLicences() {
    }

    /** Whether the licence code is a licence (BIS, DDTC, OFAC) that forces EEI whatever the value. */
    static boolean isLicence(String code) {
        if (code == null || code.isBlank() || NLR.contains(code)) {
            return false;
        }
        return code.equals("C30") || code.startsWith("S") || code.startsWith("T");
    }
}
