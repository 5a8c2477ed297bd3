package org.mlasuite.platform.rest;

import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.mlasuite.incoming.application.IntakeRefused;
import org.mlasuite.training.application.TrainingRefused;
import org.mlasuite.incoming.domain.IllegalTransition;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mlasuite.drafting.application.InvalidDocument;
import org.mlasuite.drafting.domain.StaleVersion;
import org.mlasuite.platform.persistence.DatabaseUnavailable;
import org.mlasuite.rendering.application.DocumentTooLarge;
import org.mlasuite.rendering.application.RenderingFailed;
import org.mlasuite.requirements.application.RequirementsUnavailable;

/** Every failure the API can meet, as problem details. */
public final class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());
    private static final Pattern PROPERTY = Pattern.compile("property '?([A-Za-z0-9_]+)'?");

    private ErrorMappers() {
    }

    @Provider
    public static class InvalidDocumentMapper implements ExceptionMapper<InvalidDocument> {
        @Override
        public Response toResponse(InvalidDocument e) {
            List<Problem.FieldError> errors = e.violations().stream()
                    .map(v -> new Problem.FieldError(v.field(), v.message())).toList();
            return Problems.response(400, "invalid-document", "The request document is not valid",
                    errors.size() == 1 ? errors.get(0).message() : errors.size() + " fields need correcting.", errors);
        }
    }

    @Provider
    public static class BadParameterMapper implements ExceptionMapper<BadParameter> {
        @Override
        public Response toResponse(BadParameter e) {
            return Problems.response(e.status(), "bad-parameter", "A parameter is not valid", e.getMessage(),
                    List.of(new Problem.FieldError(e.parameter(), e.getMessage())));
        }
    }

    /** Jersey reports unreadable JSON as a ProcessingException; it is the client's error, not ours. */
    @Provider
    public static class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return unreadable(e);
        }
    }

    @Provider
    public static class JsonbMapper implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return unreadable(e);
        }
    }

    static Response unreadable(Throwable e) {
        String field = null;
        String reason = null;
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            String message = t.getMessage();
            if (message == null) {
                continue;
            }
            Matcher m = PROPERTY.matcher(message);
            if (field == null && m.find()) {
                field = m.group(1);
            }
            if (t instanceof IllegalArgumentException) {
                reason = message;
            }
        }
        String detail = "The body is not a valid request document in JSON"
                + (field == null ? "." : ": the value of '" + field + "' cannot be read" + (reason == null ? "." : " (" + reason + ")."));
        return Problems.response(400, "unreadable-body", "The request body cannot be read", detail,
                field == null ? List.of() : List.of(new Problem.FieldError(field, reason == null ? "This value cannot be read." : reason)));
    }

    @Provider
    public static class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                    .map(v -> new Problem.FieldError(String.valueOf(v.getPropertyPath()), v.getMessage())).toList();
            return Problems.response(400, "invalid-input", "The input is not valid", errors.size() + " value(s) need correcting.", errors);
        }
    }

    @Provider
    public static class StaleVersionMapper implements ExceptionMapper<StaleVersion> {
        @Override
        public Response toResponse(StaleVersion e) {
            return Problems.response(412, "stale-version", "The request was changed by someone else",
                    e.getMessage() + " Reload it, reapply your changes and send them with the new ETag in If-Match.");
        }
    }

    @Provider
    public static class IntakeRefusedMapper implements ExceptionMapper<IntakeRefused> {
        @Override
        public Response toResponse(IntakeRefused e) {
            return Problems.response(400, "intake-refused", "The request cannot be registered", e.getMessage(),
                    List.of(new Problem.FieldError(e.field(), e.getMessage())));
        }
    }

    @Provider
    public static class TrainingRefusedMapper implements ExceptionMapper<TrainingRefused> {
        @Override
        public Response toResponse(TrainingRefused e) {
            return Problems.response(400, "training-refused", "This training action is not possible", e.getMessage(),
                    List.of(new Problem.FieldError(e.field(), e.getMessage())));
        }
    }

    @Provider
    public static class IllegalTransitionMapper implements ExceptionMapper<IllegalTransition> {
        @Override
        public Response toResponse(IllegalTransition e) {
            return Problems.response(409, "illegal-transition", "This status change is not possible", e.getMessage(),
                    List.of(new Problem.FieldError("to", e.getMessage())));
        }
    }

    @Provider
    public static class DatabaseUnavailableMapper implements ExceptionMapper<DatabaseUnavailable> {
        @Override
        public Response toResponse(DatabaseUnavailable e) {
            Response r = Problems.response(503, "database-unavailable", "Stored requests are unavailable", e.getMessage());
            return Response.fromResponse(r).header("Retry-After", "30").build();
        }
    }

    @Provider
    public static class RequirementsUnavailableMapper implements ExceptionMapper<RequirementsUnavailable> {
        @Override
        public Response toResponse(RequirementsUnavailable e) {
            return Problems.response(503, "requirements-unavailable", "The requirements data is unavailable", e.getMessage());
        }
    }

    @Provider
    public static class RenderingFailedMapper implements ExceptionMapper<RenderingFailed> {
        @Override
        public Response toResponse(RenderingFailed e) {
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.WARNING, "Rendering failed (incident " + incident + ")", e);
            return Problems.response(422, "rendering-failed", "The document cannot be produced",
                    e.getMessage() + " (incident " + incident + ")");
        }
    }

    /** A document over the request document's limits (persons, offences, ...): the client's to split, not our failure. */
    @Provider
    public static class DocumentTooLargeMapper implements ExceptionMapper<DocumentTooLarge> {
        @Override
        public Response toResponse(DocumentTooLarge e) {
            return Problems.response(422, "document-too-large", "The document is over the limits of a request document",
                    e.getMessage());
        }
    }

    /** 404, 405, 406, 415 and the like, as problem details instead of Jersey's HTML pages. */
    @Provider
    public static class WebApplicationMapper implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response original = e.getResponse();
            if (original.hasEntity() && Problems.PROBLEM_JSON.isCompatible(original.getMediaType())) {
                return original;
            }
            int status = original.getStatus();
            String title = original.getStatusInfo().getReasonPhrase();
            String detail = switch (status) {
                case 404 -> "Nothing exists at this address.";
                case 405 -> "This address does not accept that method.";
                case 406 -> "This address cannot answer in the media type asked for.";
                case 415 -> "Send the body as application/json.";
                default -> title;
            };
            if (e.getCause() instanceof JsonbException || e.getCause() instanceof ProcessingException) {
                return unreadable(e.getCause());
            }
            Response.ResponseBuilder builder = Response.fromResponse(Problems.response(status, "http-" + status, title, detail));
            original.getHeaders().forEach((name, values) -> {
                if (!"Content-Type".equalsIgnoreCase(name) && !"Content-Length".equalsIgnoreCase(name)) {
                    values.forEach(v -> builder.header(name, v));
                }
            });
            return builder.build();
        }
    }

    /** Anything else is our fault: a short message and an incident number for the log, never a stack trace. */
    @Provider
    public static class UnexpectedMapper implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Unexpected failure (incident " + incident + ")", e);
            return Problems.response(500, "internal-error", "Something went wrong on the server",
                    "The error has been logged as incident " + incident + ".");
        }
    }
}
