package org.mlasuite.identity.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.mlasuite.platform.rest.Problems;

/** An invalid identity request body, as problem details naming each field. */
@Provider
public class BadInputMapper implements ExceptionMapper<BadInput> {

    @Override
    public Response toResponse(BadInput e) {
        return Problems.response(400, "invalid-input", "The input is not valid", e.getMessage(), e.errors());
    }
}
