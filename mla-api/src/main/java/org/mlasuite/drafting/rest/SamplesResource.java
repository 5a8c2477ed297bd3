package org.mlasuite.drafting.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.mlasuite.platform.security.Public;

/** Realistic fictional requests, each {id, title, type, document}. */
@Public
@Path("samples")
@Produces(MediaType.APPLICATION_JSON)
public class SamplesResource {

    @Inject
    Samples samples;

    @GET
    public List<Sample> list() {
        return samples.all();
    }
}
