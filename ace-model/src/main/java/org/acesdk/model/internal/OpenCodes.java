package org.acesdk.model.internal;

/** The one rule for keeping a code the SDK does not know, shared by the open code types. Not API. */
public final class OpenCodes {
    /** Longest unknown code kept. */
    public static final int MAX_LENGTH = 8;

    private OpenCodes() {
    }

    /**
     * The text to keep for an unknown code: trimmed, 1-{@value #MAX_LENGTH} letters, digits or {@code * + . -};
     * {@code null} when it is none of these (the type then gives its {@code UNKNOWN}).
     *
     * @param code the code as read, or {@code null}
     * @return the text to keep, or {@code null}
     */
    public static String kept(String code) {
        if (code == null) {
            return null;
        }
        String t = code.trim();
        if (t.isEmpty() || t.length() > MAX_LENGTH || !t.chars().allMatch(c -> c >= 'A' && c <= 'Z'
                || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '*' || c == '+' || c == '.' || c == '-')) {
            return null;
        }
        return t;
    }
}
