package org.acesdk.client.catair;

/** How records are separated in a CATAIR text. */
public enum LineSeparator {
    /** Carriage return and line feed after each record. */
    CRLF("\r\n"),
    /** Line feed after each record. */
    LF("\n"),
    /** Records concatenated with nothing between them, as MQ messages often carry them. */
    NONE("");

    private final String text;

    LineSeparator(String text) {
        this.text = text;
    }

    /** The separator characters. */
    public String text() {
        return text;
    }
}
