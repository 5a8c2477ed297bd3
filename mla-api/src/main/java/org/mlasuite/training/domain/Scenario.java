package org.mlasuite.training.domain;

import java.util.List;
import org.mlasuite.drafting.domain.RequestDocument;
import org.mlasuite.drafting.domain.RequestType;

/**
 * A fictional case to practise on: the file the trainee reads, the task, the rubric the answer is graded on, and
 * a model answer that meets the whole rubric.
 *
 * @param articles the provisions the scenario exercises, e.g. "UNTOC art. 18(18)", for the learn view
 */
public record Scenario(String id, Text title, String topic, RequestType type, String requestingState,
        String requestedState, String level, int minutes, Text summary, List<CaseDocument> documents, Text task,
        List<String> articles, List<RubricItem> rubric, RequestDocument model) {

    public Scenario {
        documents = List.copyOf(documents);
        articles = List.copyOf(articles);
        rubric = List.copyOf(rubric);
    }

    public int maxScore() {
        return rubric.stream().mapToInt(RubricItem::points).sum();
    }
}
