package org.mlasuite.training.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mlasuite.drafting.domain.RequestDocument;
import org.mlasuite.drafting.rest.Versions;
import org.mlasuite.identity.application.AccountService;
import org.mlasuite.identity.domain.Account;
import org.mlasuite.identity.domain.Role;
import org.mlasuite.platform.security.Callers;
import org.mlasuite.rendering.application.DocumentService;
import org.mlasuite.rendering.application.TrainingResultsReport;
import org.mlasuite.rendering.rest.DocumentParameters;
import org.mlasuite.training.application.Feedback;
import org.mlasuite.training.application.ResultRow;
import org.mlasuite.training.application.SessionResults;
import org.mlasuite.training.application.TrainingService;
import org.mlasuite.training.domain.Exercise;
import org.mlasuite.training.domain.TrainingSession;

/** Sessions for trainers, exercises for trainees. */
@Path("training")
@Produces(MediaType.APPLICATION_JSON)
public class TrainingResource {

    @Inject
    TrainingService training;

    @Inject
    DocumentService documents;

    @Inject
    TrainingResultsReport resultsReport;

    @Inject
    AccountService accounts;

    @Context
    HttpServletRequest http;

    @Context
    UriInfo uri;

    /** A new session: its title and the scenarios it includes. */
    public record NewSession(
            @NotBlank(message = "Give the session a title.") @Size(max = 200, message = "The title can have at most 200 characters.") String title,
            @NotEmpty(message = "Choose at least one scenario.") @Size(max = 30, message = "A session can include at most 30 scenarios.") List<String> scenarioIds) {
    }

    /** What a trainee sends to open an exercise. */
    public record Start(
            @NotBlank(message = "Enter the session code your trainer gave you.") String code,
            @NotBlank(message = "Choose a scenario of the session.") String scenarioId) {
    }

    /** What a trainee sends to join a session: the code (a scenario id may come along; it is not needed to join). */
    public record Join(
            @NotBlank(message = "Enter the session code your trainer gave you.") String code,
            String scenarioId) {
    }

    @POST
    @Path("sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createSession(@Valid @NotNull(message = "The body is empty.") NewSession body) {
        TrainingSession session = training.createSession(trainer(), body.title(), body.scenarioIds());
        return Response.created(uri.getBaseUriBuilder().path("training/sessions").path(session.id()).build()).entity(session).build();
    }

    @GET
    @Path("sessions")
    public List<TrainingSession> sessions() {
        return training.sessionsOf(trainer());
    }

    @GET
    @Path("sessions/{id}")
    public TrainingSession session(@PathParam("id") String id) {
        return training.sessionOf(id, trainer()).orElseThrow(() -> notFound(id));
    }

    @GET
    @Path("sessions/{id}/results")
    public List<ResultRow> results(@PathParam("id") String id, @QueryParam("lang") String lang) {
        return training.results(id, trainer(), TrainingScenariosResource.locale(lang)).orElseThrow(() -> notFound(id));
    }

    @GET
    @Path("sessions/{id}/results.csv")
    @Produces("text/csv")
    public Response resultsCsv(@PathParam("id") String id, @QueryParam("lang") String lang) {
        String csv = training.resultsCsv(id, trainer(), TrainingScenariosResource.locale(lang)).orElseThrow(() -> notFound(id));
        return Response.ok(csv).type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"training-results.csv\"").build();
    }

    /**
     * The results as a PDF/A-3b document marked TRAINING, for filing or printing: the same rows as the CSV, with the
     * rubric items met and a summary per scenario, in the output language asked for (default English). Who may
     * have it is exactly who may have the CSV: the trainer who runs the session (anyone else without the trainer
     * role 403, another trainer 404).
     */
    @GET
    @Path("sessions/{id}/results.pdf")
    @Produces("application/pdf")
    public Response resultsPdf(@PathParam("id") String id, @QueryParam("lang") String lang) {
        String trainer = trainer();
        String asked = DocumentParameters.language("lang", lang);
        String language = asked != null ? asked : DocumentService.FALLBACK_LANGUAGE;
        SessionResults results = training.sessionResults(id, trainer, TrainingScenariosResource.locale(language))
                .orElseThrow(() -> notFound(id));
        byte[] pdf = resultsReport.pdf(results, language, displayNames(results));
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"training-results-" + results.session().code() + "-"
                        + language + ".pdf\"")
                .header("Content-Language", language).build();
    }

    /** The display names of the session's trainer and trainees, for a record people read; disabled accounts are left out. */
    private Map<String, String> displayNames(SessionResults results) {
        Map<String, String> names = new HashMap<>();
        List<String> users = new ArrayList<>(results.trainees());
        users.add(results.session().trainer());
        for (String username : users) {
            accounts.active(username).map(Account::displayName).filter(n -> n != null && !n.isBlank())
                    .ifPresent(n -> names.put(username, n));
        }
        return names;
    }

    @POST
    @Path("sessions/{id}/reset")
    public Map<String, Integer> reset(@PathParam("id") String id) {
        return Map.of("removedExercises", training.reset(id, trainer()).orElseThrow(() -> notFound(id)));
    }

    /** A trainee joins a session with its code and gets the session's scenarios. */
    @POST
    @Path("join")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> join(@Valid @NotNull(message = "The body is empty.") Join body) {
        TrainingSession session = training.join(body.code(), trainee());
        return Map.of("title", session.title(), "code", session.code(), "scenarioIds", session.scenarioIds());
    }

    @POST
    @Path("exercises")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(@Valid @NotNull(message = "The body is empty.") Start body) {
        Exercise exercise = training.start(body.code(), body.scenarioId(), trainee());
        return Response.created(uri.getBaseUriBuilder().path("training/exercises").path(exercise.id()).build())
                .tag(Versions.tag(exercise.version())).entity(exercise).build();
    }

    @GET
    @Path("exercises")
    public List<Exercise> exercises(@QueryParam("code") String code) {
        return training.exercisesOf(trainee(), code);
    }

    @GET
    @Path("exercises/{id}")
    public Response exercise(@PathParam("id") String id) {
        Exercise exercise = training.exercise(id, trainee()).orElseThrow(() -> notFound(id));
        return Response.ok(exercise).tag(Versions.tag(exercise.version())).build();
    }

    @PUT
    @Path("exercises/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response save(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, RequestDocument document) {
        long version = Versions.required(ifMatch);
        Exercise saved = training.save(id, version, document, trainee()).orElseThrow(() -> notFound(id));
        return Response.ok(saved).tag(Versions.tag(saved.version())).build();
    }

    @POST
    @Path("exercises/{id}/submit")
    public Response submit(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @QueryParam("lang") String lang) {
        long version = Versions.required(ifMatch);
        Feedback feedback = training.submit(id, version, trainee(), TrainingScenariosResource.locale(lang)).orElseThrow(() -> notFound(id));
        return Response.ok(feedback).tag(Versions.tag(feedback.exercise().version())).build();
    }

    /** The exercise as its request document, marked TRAINING on every page, in the language asked for or its default. */
    @GET
    @Path("exercises/{id}/document.pdf")
    @Produces("application/pdf")
    public Response document(@PathParam("id") String id, @QueryParam("lang") String lang) {
        String asked = DocumentParameters.language("lang", lang);
        Exercise exercise = training.exercise(id, trainee()).orElseThrow(() -> notFound(id));
        String language = asked != null ? asked : documents.defaultLanguage(exercise.document());
        byte[] pdf = documents.requestDocument(exercise.document(), language, null, true);
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"training-" + id + "-" + language + ".pdf\"")
                .header("Content-Language", language).build();
    }

    @GET
    @Path("exercises/{id}/feedback")
    public Feedback feedback(@PathParam("id") String id, @QueryParam("lang") String lang) {
        return training.feedback(id, trainee(), TrainingScenariosResource.locale(lang)).orElseThrow(() -> notFound(id));
    }

    private String trainer() {
        return Callers.required(http).require(Role.TRAINER).username();
    }

    private String trainee() {
        return Callers.required(http).require(Role.TRAINEE).username();
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("Nothing found for " + id);
    }

}
