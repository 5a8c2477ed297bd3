package org.mlasuite.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.mlasuite.platform.persistence.Database;
import org.mlasuite.requirements.application.RequirementsService;

/** Ready once the requirements data is loaded and the database is open (a closed one is retried here). */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    @Inject
    RequirementsService requirements;

    @Inject
    Database database;

    @Override
    public HealthCheckResponse call() {
        boolean data = requirements.isLoaded();
        boolean db = database.isOpen() || tryOpen();
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("mla-suite").status(data && db)
                .withData("requirements", data ? "loaded" : String.valueOf(requirements.problem()))
                .withData("database", db ? "open" : String.valueOf(database.problem()));
        if (data) {
            builder.withData("states", requirements.catalog().states().size());
        }
        return builder.build();
    }

    private boolean tryOpen() {
        try {
            database.factory();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
