package org.mlasuite.rendering.application;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.mlasuite.checking.domain.Finding;
import org.mlasuite.checking.domain.Severity;
import org.mlasuite.drafting.domain.Proceedings;
import org.mlasuite.drafting.domain.RequestDocument;
import org.mlasuite.incoming.application.Review;
import org.mlasuite.incoming.domain.DeadlineKind;
import org.mlasuite.incoming.domain.RegisterDeadline;
import org.mlasuite.incoming.domain.RegisterEntry;
import org.mlasuite.incoming.domain.ReviewDecision;
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
     * The letter of request in a language: the request document of the request's type (since schema version 2
     * this is not always a letter of request for mutual legal assistance; see {@link DocumentKind#forRequest}).
     *
     * @param language one of {@link #LANGUAGES}, or null for {@link #defaultLanguage(RequestDocument)}
     * @throws UnsupportedLanguage when the language is not one of {@link #LANGUAGES}
     */
    public byte[] letterOfRequest(RequestDocument request, String language) {
        return requestDocument(request, language, null, false);
    }

    /**
     * The request document of the request's type: letter of request, extradition request, provisional arrest
     * request, request for freezing or for confiscation.
     *
     * @param language       one of {@link #LANGUAGES}, or null for {@link #defaultLanguage(RequestDocument)}
     * @param secondLanguage for a bilingual document, the language of the translation of the fixed wording; or null
     * @param training       whether every page is marked TRAINING — NOT A REAL REQUEST
     * @throws UnsupportedLanguage when a language is not one of {@link #LANGUAGES}
     */
    public byte[] requestDocument(RequestDocument request, String language, String secondLanguage, boolean training) {
        RequirementsCatalog data = catalog.get();
        String output = language != null ? supported(language) : defaultLanguage(request, data);
        return renderer.render(input(DocumentKind.forRequest(request), request, data, output, secondLanguage, training,
                null, null, List.of()));
    }

    /**
     * The completeness report: every finding of the checks on a request, most serious first, as a document.
     * Messages and fixes are in the language the checker wrote them in (see {@link #checkerLocale(String)}).
     */
    public byte[] completenessReport(RequestDocument request, List<Finding> findings, LocalDate checkedOn, String language,
            String secondLanguage, boolean training) {
        RequirementsCatalog data = catalog.get();
        String output = language != null ? supported(language) : defaultLanguage(request, data);
        List<ReportedFinding> reported = findings.stream()
                .sorted(Comparator.comparing(Finding::severity))
                .map(DocumentService::reported).toList();
        return renderer.render(input(DocumentKind.COMPLETENESS_REPORT, request, data, output, secondLanguage, training,
                checkedOn, null, reported));
    }

    /**
     * A central authority's answer to a registered request: acknowledgement of receipt, request for additional
     * information (18(16)), notice of refusal (18(23)) or of postponement (18(25)).
     *
     * @param review   the completeness review of the registered request; for additional information, its blocking and
     *                 warning findings that the officer accepted or has not decided are the items asked for
     * @param note     the officer's words; the reasons, for a refusal or postponement (required there)
     * @param language one of {@link #LANGUAGES}, or null for {@link #replyLanguage(RegisterEntry)}
     * @throws IllegalArgumentException when the kind is not a reply, or a refusal or postponement has no reasons
     */
    public byte[] reply(DocumentKind kind, Review review, String note, String language, String secondLanguage,
            LocalDate today) {
        if (!kind.reply()) {
            throw new IllegalArgumentException(kind.code() + " is not a reply to a registered request");
        }
        if ((kind == DocumentKind.REFUSAL || kind == DocumentKind.POSTPONEMENT) && (note == null || note.isBlank())) {
            throw new MissingReasons(kind);
        }
        RegisterEntry entry = review.entry();
        RequirementsCatalog data = catalog.get();
        String output = language != null ? supported(language) : replyLanguage(entry, data);
        RequestDocument request = entry.document() != null ? entry.document() : stub(entry);
        List<ReportedFinding> items = kind != DocumentKind.ADDITIONAL_INFORMATION ? List.of() : review.items().stream()
                .filter(i -> i.finding().severity() != Severity.ADVICE)
                .filter(i -> i.decision() == null || i.decision().verdict() == ReviewDecision.Verdict.ACCEPTED)
                .map(i -> reported(i.finding()))
                .toList();
        LocalDate replyBy = kind != DocumentKind.ADDITIONAL_INFORMATION ? null : entry.deadlines().stream()
                .filter(d -> d.kind() == DeadlineKind.ADDITIONAL_INFORMATION && d.open())
                .map(RegisterDeadline::date).max(Comparator.naturalOrder()).orElse(null);
        Reply reply = new Reply(entry.registerNumber(), entry.receivedOn(), entry.theirReference(), entry.assignee(),
                note, replyBy);
        return renderer.render(input(kind, request, data, output, secondLanguage, false, today, reply, items));
    }

    /**
     * The language of a reply when the caller names none: the first language the requesting State accepts (its
     * own language, as far as the data says) that we have words for; else English.
     */
    public String replyLanguage(RegisterEntry entry) {
        return replyLanguage(entry, catalog.get());
    }

    static String replyLanguage(RegisterEntry entry, RequirementsCatalog data) {
        Optional<StateCode> requesting = state(entry.requestingState());
        if (requesting.isPresent()) {
            CooperationType type = entry.type() == null ? CooperationType.MLA : switch (entry.type()) {
                case MLA -> CooperationType.MLA;
                case EXTRADITION, PROVISIONAL_ARREST -> CooperationType.EXTRADITION;
                case CONFISCATION -> CooperationType.CONFISCATION;
            };
            for (CooperationType t : List.of(type, CooperationType.MLA)) {
                Optional<SourcedValue<List<String>>> accepted = data.acceptedLanguages(requesting.get(), t);
                if (accepted.isPresent()) {
                    for (String language : accepted.get().value()) {
                        Optional<String> code = code(language);
                        if (code.isPresent()) {
                            return code.get();
                        }
                    }
                }
            }
        }
        return FALLBACK_LANGUAGE;
    }

    /**
     * The locale the checker writes its messages in for a document language: French where the checker has French
     * wording, English otherwise (the fixed wording of the document is still in the document's language).
     */
    public static Locale checkerLocale(String language) {
        return "fr".equals(language) ? Locale.FRENCH : Locale.ENGLISH;
    }

    /** A registered request that has no document (a paper request entered by hand): what the register knows. */
    private static RequestDocument stub(RegisterEntry entry) {
        return new RequestDocument(RequestDocument.CURRENT_SCHEMA_VERSION, entry.type(), entry.subject(),
                entry.requestingState(), entry.requestedState(), null, null,
                entry.theirReference() == null ? null : new Proceedings(null, entry.subject(), entry.theirReference()),
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static ReportedFinding reported(Finding f) {
        return new ReportedFinding(f.severity().code(), f.id(), f.message(), f.fix(),
                f.citation() == null ? null : f.citation().display(), f.fields());
    }

    private static String supported(String language) {
        if (!isSupported(language)) {
            throw new UnsupportedLanguage(language);
        }
        return language;
    }

    private RenderInput input(DocumentKind kind, RequestDocument request, RequirementsCatalog data, String language,
            String secondLanguage, boolean training, LocalDate date, Reply reply, List<ReportedFinding> findings) {
        Map<String, String> titles = new LinkedHashMap<>();
        if (request.legalBasis() != null) {
            for (String id : request.legalBasis().instruments()) {
                titles.put(id, data.instrument(id).map(Instrument::title).orElse(id));
            }
        }
        RenderInput.Part second = secondLanguage == null ? null : part(data, request, supported(secondLanguage));
        return new RenderInput(kind, request, json.apply(request).getBytes(StandardCharsets.UTF_8),
                part(data, request, language), second, titles, training, date, reply, findings);
    }

    /** The names, in a language, of every State the document mentions: the two parties and nationalities. */
    private static RenderInput.Part part(RequirementsCatalog data, RequestDocument request, String language) {
        Map<String, String> names = new LinkedHashMap<>();
        List<String> codes = new ArrayList<>();
        codes.add(request.requestingState());
        codes.add(request.requestedState());
        request.persons().forEach(p -> codes.addAll(p.nationalities()));
        for (String code : codes) {
            if (code != null && !names.containsKey(code)) {
                names.put(code, name(data, state(code), language, code));
            }
        }
        return new RenderInput.Part(language, names);
    }

    private static Optional<StateCode> state(String code) {
        try {
            return code == null ? Optional.empty() : Optional.of(new StateCode(code));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
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

    /** A refusal or postponement without reasons: UNTOC art. 18(23) requires them. */
    public static final class MissingReasons extends IllegalArgumentException {

        public MissingReasons(DocumentKind kind) {
            super("A notice of " + kind.code() + " must give its reasons (UNTOC art. 18(23)); write them in note.");
        }
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
