package org.mlasuite.drafting.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.mlasuite.platform.security.Public;

/** The JSON Schema of the request document, version 1. */
@Public
@Path("schema/request")
public class SchemaResource {

    public static final String RESOURCE = "schema/request-v2.schema.json";

    @GET
    @Produces({"application/schema+json", "application/json"})
    public Response schema() {
        InputStream in = SchemaResource.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is missing from the build");
        }
        return Response.ok(in).header("Cache-Control", "public, max-age=3600").build();
    }
}
