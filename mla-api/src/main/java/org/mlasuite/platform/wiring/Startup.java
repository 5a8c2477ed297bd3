package org.mlasuite.platform.wiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mlasuite.drafting.rest.Samples;
import org.mlasuite.platform.persistence.Database;
import org.mlasuite.rendering.application.DocumentService;
import org.mlasuite.rendering.infrastructure.FopDocumentRenderer;
import org.mlasuite.requirements.application.RequirementsService;

/**
 * At start: load the requirements data and open the database (both reported by the readiness check), then warm
 * the renderer in the background, since FOP's first documents take seconds and the hundredth tens of
 * milliseconds.
 */
@ApplicationScoped
public class Startup {

    private static final Logger LOG = Logger.getLogger(Startup.class.getName());
    private static final int WARM_UP_RENDERS = 20;

    @Inject
    RequirementsService requirements;

    @Inject
    Database database;

    @Inject
    DocumentService documents;

    @Inject
    Samples samples;

    @Inject
    FopDocumentRenderer renderer;

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        requirements.load();
        database.open();
        for (String language : DocumentService.LANGUAGES) {
            if (!renderer.supports(language)) {
                LOG.warning(renderer.missingFontMessage(language));
            }
        }
        if (requirements.isLoaded()) {
            Thread warmer = new Thread(this::warmUp, "mla-renderer-warm-up");
            warmer.setDaemon(true);
            warmer.setContextClassLoader(Startup.class.getClassLoader());
            warmer.start();
        }
    }

    private void warmUp() {
        long start = System.nanoTime();
        try {
            renderer.compileTemplates();
            // both FOP factories: Latin (simple scripts) most, then each other language a few times
            int rendered = 0;
            for (int i = 0; i < WARM_UP_RENDERS; i++, rendered++) {
                documents.letterOfRequest(samples.all().get(i % samples.all().size()).document(), "en");
            }
            for (String language : DocumentService.LANGUAGES) {
                if (!"en".equals(language) && renderer.supports(language)) {
                    for (int i = 0; i < 3; i++, rendered++) {
                        documents.letterOfRequest(samples.all().get(i % samples.all().size()).document(), language);
                    }
                }
            }
            int count = rendered;
            LOG.info(() -> String.format("Renderer warmed up with %d documents in %d ms", count,
                    (System.nanoTime() - start) / 1_000_000));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Renderer warm-up failed: {0}", e.getMessage());
        }
    }
}
