package org.mlasuite.drafting.infrastructure;

import jakarta.json.bind.Jsonb;
import org.mlasuite.drafting.domain.RequestDocument;

/** A request document to and from its stored JSON. */
public final class RequestJson {

    private final Jsonb jsonb;

    public RequestJson(Jsonb jsonb) {
        this.jsonb = jsonb;
    }

    public String write(RequestDocument document) {
        return jsonb.toJson(document);
    }

    public RequestDocument read(String json) {
        return jsonb.fromJson(json, RequestDocument.class);
    }
}
