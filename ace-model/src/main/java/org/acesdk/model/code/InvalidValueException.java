package org.acesdk.model.code;

import java.util.Objects;

/**
 * Thrown when text cannot be parsed as a customs value type; names the kind of value and what is wrong.
 *
 * <p>The message never echoes personal data: parsers of personal identifiers (importer numbers) describe
 * the problem without repeating the input.
 */
public class InvalidValueException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String valueKind;
    private final String reason;

    /**
     * Creates the exception.
     *
     * @param valueKind the simple name of the value type, e.g. {@code HtsNumber}
     * @param reason what is wrong, without personal data
     */
    public InvalidValueException(String valueKind, String reason) {
        super("Invalid " + valueKind + ": " + org.acesdk.model.internal.Redact.text(reason));
        this.valueKind = Objects.requireNonNull(valueKind, "valueKind");
        // masked here, whatever the value type put in it: input can hold importer numbers
        this.reason = org.acesdk.model.internal.Redact.text(Objects.requireNonNull(reason, "reason"));
    }

    /** The kind of value that failed to parse, e.g. {@code EntryNumber}. */
    public String valueKind() {
        return valueKind;
    }

    /** What is wrong with the input, without the kind prefix. */
    public String reason() {
        return reason;
    }

    /** Quotes untrusted, non-personal input for a message: at most 40 characters, control characters escaped. */
    static String quote(String input) {
        if (input == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder(Math.min(input.length(), 40) + 4).append('\'');
        int n = Math.min(input.length(), 40);
        for (int i = 0; i < n; i++) {
            char c = input.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        if (input.length() > 40) {
            sb.append("...");
        }
        return sb.append('\'').toString();
    }

    static InvalidValueException nullInput(String kind) {
        return new InvalidValueException(kind, "value is null");
    }
}
