package org.mlasuite.requirements.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mlasuite.requirements.domain.Coverage;
import org.mlasuite.requirements.domain.RequirementsCatalog;
import org.mlasuite.requirements.infrastructure.CatalogLoader;
import org.mlasuite.requirements.infrastructure.DataFiles;
import org.mlasuite.requirements.infrastructure.DataProblem;
import org.mlasuite.requirements.infrastructure.InvalidRequirementsData;

/** Holds the catalogue loaded from the legal-requirements/ data shipped with the application. */
@ApplicationScoped
public class RequirementsService {

    private static final Logger LOG = Logger.getLogger(RequirementsService.class.getName());

    private volatile RequirementsCatalog catalog;
    private volatile String problem = "not loaded yet";
    private volatile List<DataProblem> warnings = List.of();
    private volatile Coverage coverage;

    @Inject
    @ConfigProperty(name = "mla.requirements.max-review-age-days", defaultValue = "730")
    int maxReviewAgeDays;

    /** Loads the data; safe to call again (the first successful load wins). */
    public synchronized void load() {
        if (catalog != null) {
            return;
        }
        long start = System.nanoTime();
        CatalogLoader loader = new CatalogLoader(DataFiles.onClasspath(RequirementsService.class.getClassLoader()),
                maxReviewAgeDays, Clock.systemUTC());
        try {
            catalog = loader.load();
            warnings = loader.problems();
            problem = null;
            LOG.info(() -> String.format("Requirements data loaded: %d States, %d instruments, %d sources in %d ms (%d warnings)",
                    catalog.states().size(), catalog.instruments().size(), catalog.sources().size(),
                    (System.nanoTime() - start) / 1_000_000, warnings.size()));
        } catch (InvalidRequirementsData | IllegalStateException e) {
            problem = e.getMessage();
            LOG.log(Level.SEVERE, "Requirements data cannot be loaded: {0}", problem);
        }
    }

    public boolean isLoaded() {
        return catalog != null;
    }

    public String problem() {
        return problem;
    }

    public List<DataProblem> warnings() {
        return warnings;
    }

    /** The coverage figures, computed once per loaded catalogue. */
    public Coverage coverage() {
        RequirementsCatalog current = catalog();
        Coverage computed = coverage;
        if (computed == null) {
            computed = Coverage.of(current);
            coverage = computed;
        }
        return computed;
    }

    public RequirementsCatalog catalog() {
        RequirementsCatalog current = catalog;
        if (current == null) {
            throw new RequirementsUnavailable(problem);
        }
        return current;
    }
}
