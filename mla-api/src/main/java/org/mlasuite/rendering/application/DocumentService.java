package org.mlasuite.rendering.application;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.mlasuite.drafting.domain.RequestDocument;
import org.mlasuite.requirements.domain.Instrument;
import org.mlasuite.requirements.domain.RequirementsCatalog;
import org.mlasuite.requirements.domain.StateProfile;

/** Prepares what a document shows (names in the output language, the exact JSON) and has it rendered. */
public final class DocumentService {

    /** Languages that have a strings file in templates/strings. */
    public static final java.util.Set<String> LANGUAGES = java.util.Set.of("en");

    private final DocumentRenderer renderer;
    private final Supplier<RequirementsCatalog> catalog;
    private final Function<RequestDocument, String> json;

    public DocumentService(DocumentRenderer renderer, Supplier<RequirementsCatalog> catalog,
            Function<RequestDocument, String> json) {
        this.renderer = renderer;
        this.catalog = catalog;
        this.json = json;
    }

    public byte[] letterOfRequest(RequestDocument request) {
        String language = LANGUAGES.contains(request.languageOrDefault()) ? request.languageOrDefault() : "en";
        RequirementsCatalog data = catalog.get();
        Map<String, String> titles = new LinkedHashMap<>();
        if (request.legalBasis() != null) {
            for (String id : request.legalBasis().instruments()) {
                titles.put(id, data.instrument(id).map(Instrument::title).orElse(id));
            }
        }
        return renderer.render(new RenderInput(request, json.apply(request).getBytes(StandardCharsets.UTF_8), language,
                name(data, request.requesting(), language, request.requestingState()),
                name(data, request.requested(), language, request.requestedState()), titles));
    }

    private static String name(RequirementsCatalog data, Optional<org.mlasuite.shared.StateCode> code, String language,
            String fallback) {
        return code.flatMap(data::state).map((StateProfile s) -> s.name(language)).orElse(fallback);
    }
}
