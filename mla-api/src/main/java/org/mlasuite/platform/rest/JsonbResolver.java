package org.mlasuite.platform.rest;

import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import org.mlasuite.platform.json.Json;

/** Gives Jersey the suite's JSON-B configuration. */
@Provider
public class JsonbResolver implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = Json.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
