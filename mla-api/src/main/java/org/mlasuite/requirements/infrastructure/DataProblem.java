package org.mlasuite.requirements.infrastructure;

/** Something wrong in legal-requirements/, located by file and path so a data editor can fix it. */
public record DataProblem(Severity severity, String file, String path, String message) {

    public enum Severity { ERROR, WARNING }

    @Override
    public String toString() {
        return severity + " " + file + (path.isEmpty() ? "" : " at " + path) + ": " + message;
    }
}
