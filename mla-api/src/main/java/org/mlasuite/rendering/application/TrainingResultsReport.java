package org.mlasuite.rendering.application;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import org.mlasuite.training.application.SessionResults;

/**
 * A trainer's record of a training session as a document: who took which scenario, the status, score and rubric
 * items met of each exercise, and a summary per scenario. The counterpart of the CSV export for filing or
 * printing; like every training document it is marked TRAINING on every page.
 */
public final class TrainingResultsReport {

    private final TrainingResultsRenderer renderer;
    private final Clock clock;

    public TrainingResultsReport(TrainingResultsRenderer renderer, Clock clock) {
        this.renderer = renderer;
        this.clock = clock;
    }

    /**
     * @param language one of {@link DocumentService#LANGUAGES}, or null for {@link DocumentService#FALLBACK_LANGUAGE}
     * @param names    display names by username, for the trainer and the trainees
     * @throws DocumentService.UnsupportedLanguage when the language is not one we have words for
     */
    public byte[] pdf(SessionResults results, String language, Map<String, String> names) {
        String output = language == null ? DocumentService.FALLBACK_LANGUAGE : language;
        if (!DocumentService.isSupported(output)) {
            throw new DocumentService.UnsupportedLanguage(output);
        }
        return renderer.render(new TrainingResultsInput(results, output, names, LocalDateTime.now(clock).withNano(0)));
    }
}
