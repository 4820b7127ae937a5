package org.acesdk.model.code;

/** Shape tests the value types share, without regular expressions on the hot read path. */
final class Shapes {
    private Shapes() {
    }

    /** Whether the text is exactly {@code length} ASCII digits. */
    static boolean digits(String text, int length) {
        if (text.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
