package io.dotportion.core.model;

/**
 * One problem found in a workflow document. {@code path} is a JSON path into the document
 * ({@code nodes[2].data.sources[0].from}); {@code code} is stable and documented in {@link ViolationCode}.
 */
public record Violation(String path, ViolationCode code, String message, Severity severity) {

    public enum Severity {
        ERROR,
        WARNING
    }

    public static Violation error(String path, ViolationCode code, String message) {
        return new Violation(path, code, message, Severity.ERROR);
    }

    public static Violation warning(String path, ViolationCode code, String message) {
        return new Violation(path, code, message, Severity.WARNING);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
