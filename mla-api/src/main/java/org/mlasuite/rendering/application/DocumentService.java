package org.mlasuite.rendering.application;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.mlasuite.drafting.domain.RequestDocument;
import org.mlasuite.requirements.domain.CooperationType;
import org.mlasuite.requirements.domain.Instrument;
import org.mlasuite.requirements.domain.RequirementsCatalog;
import org.mlasuite.requirements.domain.SourcedValue;
import org.mlasuite.requirements.domain.StateProfile;
import org.mlasuite.shared.StateCode;

/** Prepares what a document shows (names in the output language, the exact JSON) and has it rendered. */
public final class DocumentService {

    /**
     * Output languages: the six UN languages, Portuguese and German, each with a strings file in
     * templates/strings. Codes are ISO 639-1, as in the requirements data.
     */
    public static final List<String> LANGUAGES = List.of("ar", "zh", "en", "fr", "ru", "es", "pt", "de");

    /** The language when neither the caller, the request nor the requested State's data settles it. */
    public static final String FALLBACK_LANGUAGE = "en";

    private static final Set<String> SUPPORTED = Set.copyOf(LANGUAGES);

    /**
     * Language names and ISO 639-2 codes the data might use instead of ISO 639-1 codes; the schema asks for BCP 47
     * tags, and today every entry is one, but a profile typed by hand should not silently lose its language.
     */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("ara", "ar"), Map.entry("arabic", "ar"),
            Map.entry("zho", "zh"), Map.entry("chi", "zh"), Map.entry("chinese", "zh"),
            Map.entry("eng", "en"), Map.entry("english", "en"),
            Map.entry("fra", "fr"), Map.entry("fre", "fr"), Map.entry("french", "fr"),
            Map.entry("rus", "ru"), Map.entry("russian", "ru"),
            Map.entry("spa", "es"), Map.entry("spanish", "es"),
            Map.entry("por", "pt"), Map.entry("portuguese", "pt"),
            Map.entry("deu", "de"), Map.entry("ger", "de"), Map.entry("german", "de"));

    private final DocumentRenderer renderer;
    private final Supplier<RequirementsCatalog> catalog;
    private final Function<RequestDocument, String> json;

    public DocumentService(DocumentRenderer renderer, Supplier<RequirementsCatalog> catalog,
            Function<RequestDocument, String> json) {
        this.renderer = renderer;
        this.catalog = catalog;
        this.json = json;
    }

    /** Whether documents can be produced in a language code (exact, lower case: "ar", "zh", ...). */
    public static boolean isSupported(String language) {
        return language != null && SUPPORTED.contains(language);
    }

    /** The letter of request in its default language, {@link #defaultLanguage(RequestDocument)}. */
    public byte[] letterOfRequest(RequestDocument request) {
        return letterOfRequest(request, null);
    }

    /**
     * The letter of request in a language.
     *
     * @param language one of {@link #LANGUAGES}, or null for {@link #defaultLanguage(RequestDocument)}
     * @throws UnsupportedLanguage when the language is not one of {@link #LANGUAGES}
     */
    public byte[] letterOfRequest(RequestDocument request, String language) {
        if (language != null && !isSupported(language)) {
            throw new UnsupportedLanguage(language);
        }
        RequirementsCatalog data = catalog.get();
        String output = language != null ? language : defaultLanguage(request, data);
        Map<String, String> titles = new LinkedHashMap<>();
        if (request.legalBasis() != null) {
            for (String id : request.legalBasis().instruments()) {
                titles.put(id, data.instrument(id).map(Instrument::title).orElse(id));
            }
        }
        return renderer.render(new RenderInput(request, json.apply(request).getBytes(StandardCharsets.UTF_8), output,
                name(data, request.requesting(), output, request.requestingState()),
                name(data, request.requested(), output, request.requestedState()), titles));
    }

    /** The language a document is produced in when the caller names none. */
    public String defaultLanguage(RequestDocument request) {
        return defaultLanguage(request, catalog.get());
    }

    /**
     * In order: the language chosen in the request itself, which the checker has held against the requested
     * State's accepted languages (UNTOC art. 18(14)); else the first language the requested State accepts for
     * mutual legal assistance that we have words for; else English.
     */
    static String defaultLanguage(RequestDocument request, RequirementsCatalog data) {
        Optional<String> chosen = Optional.ofNullable(request.language()).filter(l -> !l.isBlank())
                .flatMap(DocumentService::code);
        if (chosen.isPresent()) {
            return chosen.get();
        }
        Optional<StateCode> requested = request.requested();
        if (requested.isPresent()) {
            Optional<SourcedValue<List<String>>> accepted = data.acceptedLanguages(requested.get(), CooperationType.MLA);
            if (accepted.isPresent()) {
                for (String language : accepted.get().value()) {
                    Optional<String> code = code(language);
                    if (code.isPresent()) {
                        return code.get();
                    }
                }
            }
        }
        return FALLBACK_LANGUAGE;
    }

    /** Our code for a BCP 47 tag ("zh-Hans" → "zh"), an ISO 639-2 code or an English name; empty if we have none. */
    static Optional<String> code(String language) {
        if (language == null) {
            return Optional.empty();
        }
        String value = language.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        String primary = value.contains("-") ? value.substring(0, value.indexOf('-')) : value;
        String code = ALIASES.getOrDefault(primary, primary);
        return SUPPORTED.contains(code) ? Optional.of(code) : Optional.empty();
    }

    private static String name(RequirementsCatalog data, Optional<StateCode> code, String language, String fallback) {
        return code.flatMap(data::state).map((StateProfile s) -> s.name(language)).orElse(fallback);
    }

    /** A language outside {@link #LANGUAGES} was asked for. */
    public static final class UnsupportedLanguage extends IllegalArgumentException {

        private final String language;

        public UnsupportedLanguage(String language) {
            super("Documents can be produced in " + String.join(", ", LANGUAGES) + "; not in '" + language + "'.");
            this.language = language;
        }

        public String language() {
            return language;
        }
    }
}
