package org.acesdk.model.response;

/** The severity of an AES response condition (ES1 position 9), highest first. */
public enum AesSeverity {
    /** {@code F}: the shipment, block or batch is not accepted. */
    FATAL("F"),
    /** {@code W}: accepted; the filer must correct it. */
    WARNING("W"),
    /** {@code V}: accepted; the filer must verify the data. */
    VERIFY("V"),
    /** {@code C}: accepted with a compliance alert (e.g. filed late). */
    COMPLIANCE("C"),
    /** {@code I}: information (e.g. a hold). */
    INFORMATIONAL("I"),
    /** A space: a plain notification, such as {@code SHIPMENT ADDED}. */
    NOTIFICATION(" "),
    /** A letter this SDK does not know; the condition keeps the letter as read. */
    UNKNOWN("?");

    private final String code;

    AesSeverity(String code) {
        this.code = code;
    }

    /** The letter on the wire ({@code ?} for {@link #UNKNOWN}). */
    public String code() {
        return code;
    }

    /** The severity of a letter: a blank one is a notification, an unknown one {@link #UNKNOWN}. */
    public static AesSeverity fromCode(String letter) {
        if (letter == null || letter.isBlank()) {
            return NOTIFICATION;
        }
        for (AesSeverity s : values()) {
            if (s != UNKNOWN && s != NOTIFICATION && s.code.equals(letter.trim())) {
                return s;
            }
        }
        return UNKNOWN;
    }
}
