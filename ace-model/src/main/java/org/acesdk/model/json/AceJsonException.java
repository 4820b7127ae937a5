package org.acesdk.model.json;

/**
 * A JSON document could not be read into a filing type; {@link #path()} names where, e.g.
 * {@code lines[2].tariffs[0].htsNumber}. The message never repeats personal data from the document.
 */
public class AceJsonException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String path;
    private final String problem;

    /**
     * Creates the exception.
     *
     * @param path the JSON path of the bad value, empty for the document itself
     * @param problem what is wrong there
     */
    public AceJsonException(String path, String problem) {
        super(org.acesdk.model.internal.Redact.text(path.isEmpty() ? problem : path + ": " + problem));
        this.path = path;
        this.problem = org.acesdk.model.internal.Redact.text(problem);
    }

    /** The JSON path of the bad value, such as {@code lines[2].tariffs[0].htsNumber}; empty for the root. */
    public String path() {
        return path;
    }

    /** What is wrong at that path. */
    public String problem() {
        return problem;
    }
}
