package org.mlasuite.requirements.infrastructure;

import java.util.List;

/** The data cannot be loaded; the message lists every error found, not just the first. */
public class InvalidRequirementsData extends RuntimeException {

    private final transient List<DataProblem> problems;

    public InvalidRequirementsData(List<DataProblem> problems) {
        super(problems.size() + " error(s) in legal-requirements/:\n"
                + String.join("\n", problems.stream().map(DataProblem::toString).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<DataProblem> problems() {
        return problems;
    }
}
