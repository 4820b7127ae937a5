package org.acesdk.client.catair;

/** The CATAIR data classes a field can have, with their justification and fill. */
public enum FieldType {
    /** Letters A-Z, left-justified, space-filled. */
    A,
    /** Digits, right-justified, zero-filled, optionally with implied decimals; never blank. */
    N,
    /** Like {@link #N}, but all spaces when the value is absent ("(S)N"). */
    SN,
    /** Letters, digits and spaces, left-justified, space-filled. */
    AN,
    /** Any printable ASCII character, left-justified, space-filled. */
    X,
    /** A date {@code MMDDYY} (years 20YY), or spaces when absent. */
    DATE_MMDDYY,
    /** A date {@code CCYYMMDD}, or spaces when absent. */
    DATE_CCYYMMDD,
    /** A date {@code YYMMDD} (years 20YY), or spaces when absent (FTZ answers, in-bond). */
    DATE_YYMMDD,
    /** A date {@code MMDDCCYY}, or spaces when absent (PGA Message Set). */
    DATE_MMDDCCYY,
    /** Filler: always spaces on encode; ignored on decode. */
    FILLER
}
