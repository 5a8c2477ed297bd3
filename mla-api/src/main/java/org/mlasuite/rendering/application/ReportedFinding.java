package org.mlasuite.rendering.application;

import java.util.List;

/**
 * A finding of the checks as a document prints it: severity code (blocking, warning, advice), the check's id, the
 * message and the suggested fix in the checker's language, the provision as lawyers write it, the fields concerned.
 */
public record ReportedFinding(String severity, String id, String message, String fix, String citation, List<String> fields) {

    public ReportedFinding {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }
}
