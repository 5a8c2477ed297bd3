package org.mlasuite.platform.rest;

import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.mlasuite.platform.json.Json;

/** Builds problem responses. The body is written here, so it never depends on which JSON provider Jersey picks. */
public final class Problems {

    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");
    private static final String TYPE_BASE = "https://mla-suite.org/problems/";
    private static final Jsonb JSONB = Json.create();

    private Problems() {
    }

    public static Response response(int status, String type, String title, String detail, List<Problem.FieldError> errors) {
        Problem problem = new Problem(TYPE_BASE + type, title, status, detail, null, errors);
        return Response.status(status).type(PROBLEM_JSON).entity(JSONB.toJson(problem)).build();
    }

    public static Response response(int status, String type, String title, String detail) {
        return response(status, type, title, detail, List.of());
    }
}
