package org.mlasuite.training.rest;

import java.util.List;
import java.util.Locale;
import org.mlasuite.training.domain.Scenario;

/** A scenario as a trainee sees it: the case file and the task, in the reader's language; no model, no criteria. */
public record ScenarioView(String id, String title, String topic, String type, String requestingState,
        String requestedState, String level, int minutes, String summary, List<Document> documents, String task,
        List<String> articles, int rubricItems, int maxScore) {

    /** An item of the case file. */
    public record Document(String title, String content) {
    }

    static ScenarioView of(Scenario s, Locale locale) {
        return new ScenarioView(s.id(), s.title().in(locale), s.topic(), s.type().code(), s.requestingState(),
                s.requestedState(), s.level(), s.minutes(), s.summary().in(locale),
                s.documents().stream().map(d -> new Document(d.title().in(locale), d.content().in(locale))).toList(),
                s.task().in(locale), s.articles(), s.rubric().size(), s.maxScore());
    }
}
