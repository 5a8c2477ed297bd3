package org.mlasuite.platform.wiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mlasuite.audit.domain.AuditLog;
import org.mlasuite.checking.application.CheckingService;
import org.mlasuite.checking.domain.Checker;
import org.mlasuite.drafting.application.DocumentValidator;
import org.mlasuite.drafting.application.DraftingService;
import org.mlasuite.drafting.infrastructure.JpaDraftRepository;
import org.mlasuite.incoming.application.IncomingService;
import org.mlasuite.training.application.TrainingService;
import org.mlasuite.training.domain.Scenario;
import org.mlasuite.training.infrastructure.JpaTrainingStore;
import org.mlasuite.training.infrastructure.ScenarioLibrary;
import jakarta.json.bind.Jsonb;
import org.mlasuite.incoming.infrastructure.JpaRegister;
import org.mlasuite.incoming.infrastructure.SuitePdfReader;
import org.mlasuite.drafting.infrastructure.RequestJson;
import org.mlasuite.platform.json.Json;
import org.mlasuite.platform.persistence.Database;
import org.mlasuite.platform.persistence.DatabaseSettings;
import org.mlasuite.rendering.application.DocumentService;
import org.mlasuite.rendering.application.TrainingResultsReport;
import org.mlasuite.rendering.infrastructure.FopDocumentRenderer;
import org.mlasuite.requirements.application.RequirementsService;

/**
 * Builds the application's services once. The services are final classes, so they are singletons, not
 * proxied application-scoped beans. Configuration comes from MicroProfile Config, so each key can be set as
 * an environment variable: {@code MLA_DB_URL}, {@code MLA_DB_USER}, {@code MLA_DB_PASSWORD}, {@code MLA_DATA_DIR},
 * {@code MLA_FONTS_CJK} (the TrueType font for Chinese documents).
 */
@ApplicationScoped
public class Wiring {

    @Inject
    RequirementsService requirements;

    @Inject
    Validator validator;

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    RequestJson requestJson() {
        return new RequestJson(Json.create());
    }

    @Produces
    @Singleton
    Database database(@ConfigProperty(name = "mla.db.url") Optional<String> url,
            @ConfigProperty(name = "mla.db.user") Optional<String> user,
            @ConfigProperty(name = "mla.db.password") Optional<String> password,
            @ConfigProperty(name = "mla.data.dir", defaultValue = "data") String dataDir, Clock clock, RequestJson json) {
        // an empty default counts as "no value" in MicroProfile Config, hence Optional
        return new Database(DatabaseSettings.of(url.orElse(null), user.orElse(null), password.orElse(null), dataDir), clock,
                Migrations.all(json));
    }

    void close(@Disposes Database database) {
        database.close();
    }

    @Produces
    @Singleton
    DraftingService drafting(Database database, RequestJson json, Clock clock, DocumentValidator documents, AuditLog audit) {
        return new DraftingService(new JpaDraftRepository(database::factory, json, clock), documents, audit, json::write);
    }

    @Produces
    @Singleton
    DocumentValidator documentValidator() {
        return new DocumentValidator(validator);
    }

    @Produces
    @Singleton
    CheckingService checking(Clock clock) {
        return new CheckingService(Checker.standard(), requirements::catalog, clock);
    }

    @Produces
    @Singleton
    FopDocumentRenderer renderer(@ConfigProperty(name = "mla.fonts.cjk") Optional<String> cjkFont) {
        return new FopDocumentRenderer(Wiring.class.getClassLoader(),
                cjkFont.map(java.nio.file.Path::of).orElse(FopDocumentRenderer.DEFAULT_CJK_FONT));
    }

    @Produces
    @Singleton
    DocumentService documents(FopDocumentRenderer renderer, RequestJson json) {
        return new DocumentService(renderer, requirements::catalog, json::write);
    }

    @Produces
    @Singleton
    TrainingResultsReport trainingResults(FopDocumentRenderer renderer, Clock clock) {
        return new TrainingResultsReport(renderer, clock);
    }

    @Produces
    @Singleton
    IncomingService incoming(Database database, RequestJson json, Clock clock, DocumentValidator documents, AuditLog audit) {
        return new IncomingService(new JpaRegister(database::factory, json, org.mlasuite.platform.json.Json.create(), clock),
                new SuitePdfReader(), json::read, documents, Checker.standard(), requirements::catalog, clock, audit);
    }

    @Produces
    @Singleton
    TrainingService training(Database database, RequestJson json, Clock clock, DocumentValidator documents) {
        Jsonb jsonb = org.mlasuite.platform.json.Json.create();
        List<Scenario> scenarios = new ScenarioLibrary(json::read, jsonb::toJson).load(Wiring.class.getClassLoader());
        return new TrainingService(scenarios, new JpaTrainingStore(database::factory, json, jsonb), documents,
                Checker.standard(), requirements::catalog, d -> jsonb.fromJson(json.write(d), Object.class), clock);
    }
}
