package org.mlasuite.platform.security;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.mlasuite.drafting.domain.NotPermitted;
import org.mlasuite.incoming.domain.NotYourState;
import org.mlasuite.identity.application.InvalidAccount;
import org.mlasuite.identity.domain.UsernameTaken;
import org.mlasuite.platform.rest.Problem;
import org.mlasuite.platform.rest.Problems;

/** The refusals of the security and identity code, as problem details. */
public final class SecurityErrorMappers {

    private SecurityErrorMappers() {
    }

    @Provider
    public static class ForbiddenMapper implements ExceptionMapper<Forbidden> {
        @Override
        public Response toResponse(Forbidden e) {
            return Problems.response(403, "forbidden", "Not allowed", e.getMessage());
        }
    }

    @Provider
    public static class NotYourStateMapper implements ExceptionMapper<NotYourState> {
        @Override
        public Response toResponse(NotYourState e) {
            return Problems.response(403, "not-your-state", "Not your central authority's request", e.getMessage());
        }
    }

    @Provider
    public static class NotPermittedMapper implements ExceptionMapper<NotPermitted> {
        @Override
        public Response toResponse(NotPermitted e) {
            return Problems.response(403, "not-owner", "Not allowed", e.getMessage());
        }
    }

    @Provider
    public static class UsernameTakenMapper implements ExceptionMapper<UsernameTaken> {
        @Override
        public Response toResponse(UsernameTaken e) {
            return Problems.response(409, "username-taken", "The username is taken", e.getMessage(),
                    List.of(new Problem.FieldError("username", e.getMessage())));
        }
    }

    @Provider
    public static class InvalidAccountMapper implements ExceptionMapper<InvalidAccount> {
        @Override
        public Response toResponse(InvalidAccount e) {
            return Problems.response(400, "invalid-account", "The account is not valid", e.getMessage(),
                    List.of(new Problem.FieldError(e.field(), e.getMessage())));
        }
    }
}
