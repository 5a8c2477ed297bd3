package org.mlasuite.checking.application;

import java.util.List;
import org.mlasuite.checking.domain.Finding;
import org.mlasuite.checking.domain.Severity;

/** The findings on one request, most serious first, with counts per severity. */
public record CheckReport(int blocking, int warnings, int advice, List<Finding> findings) {

    public static CheckReport of(List<Finding> findings) {
        return new CheckReport(count(findings, Severity.BLOCKING), count(findings, Severity.WARNING),
                count(findings, Severity.ADVICE), findings);
    }

    private static int count(List<Finding> findings, Severity severity) {
        return (int) findings.stream().filter(f -> f.severity() == severity).count();
    }
}
