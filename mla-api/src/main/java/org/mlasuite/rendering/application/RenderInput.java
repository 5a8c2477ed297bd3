package org.mlasuite.rendering.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mlasuite.drafting.domain.RequestDocument;

/**
 * Everything a document shows.
 *
 * @param kind             which document
 * @param request          the request it is (or answers, or reports on)
 * @param json             the exact bytes embedded in the PDF, whose SHA-256 is the fingerprint in the footer
 * @param first            the output language and the names of States in it
 * @param second           for a bilingual document, the language of the translation of the fixed wording; or null
 * @param instrumentTitles titles of the instruments named as legal basis, by id
 * @param training         whether every page is marked as a training document, not a real request
 * @param date             the date the document bears (a reply, a report); null for a request, which bears its
 *                         signatory's date
 * @param reply            for an answer to a registered request: register number, officer, note; or null
 * @param findings         for a completeness report or a request for additional information: the findings listed
 */
public record RenderInput(DocumentKind kind, RequestDocument request, byte[] json, Part first, Part second,
        Map<String, String> instrumentTitles, boolean training, LocalDate date, Reply reply, List<ReportedFinding> findings) {

    /** Limits of the request document model (see RequestDocument, Confiscation): a larger document is refused. */
    public static final int MAX_PERSONS = 500;
    public static final int MAX_OFFENCES = 100;
    public static final int MAX_MEASURES = 100;
    public static final int MAX_ANNEXES = 200;
    public static final int MAX_ASSETS = 1000;
    public static final int MAX_FINDINGS = 2000;

    /**
     * One language of a document.
     *
     * @param language   output language; strings/&lt;language&gt;.xml must exist
     * @param stateNames display names of States in that language, by ISO 3166-1 alpha-3 code; a State not in the
     *                   map is shown by its code
     */
    public record Part(String language, Map<String, String> stateNames) {

        public Part {
            Objects.requireNonNull(language);
            stateNames = stateNames == null ? Map.of() : Map.copyOf(stateNames);
        }

        public String name(String code) {
            return code == null ? "" : stateNames.getOrDefault(code, code);
        }
    }

    public RenderInput {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(request);
        Objects.requireNonNull(json);
        Objects.requireNonNull(first);
        json = json.clone();
        instrumentTitles = instrumentTitles == null ? Map.of() : Map.copyOf(instrumentTitles);
        findings = findings == null ? List.of() : List.copyOf(findings);
        if (second != null && second.language().equals(first.language())) {
            second = null;
        }
    }

    /** The request document of the request's type in one language, as the letter of request always was. */
    public RenderInput(RequestDocument request, byte[] json, String language, String requestingName, String requestedName,
            Map<String, String> instrumentTitles) {
        this(DocumentKind.forRequest(request), request, json, new Part(language, names(request, requestingName, requestedName)),
                null, instrumentTitles, false, null, null, List.of());
    }

    private static Map<String, String> names(RequestDocument request, String requestingName, String requestedName) {
        Map<String, String> names = new HashMap<>();
        if (request.requestingState() != null && requestingName != null) {
            names.put(request.requestingState(), requestingName);
        }
        if (request.requestedState() != null && requestedName != null) {
            names.put(request.requestedState(), requestedName);
        }
        return names;
    }

    /** The same document with the fixed wording repeated in a second language after the first. */
    public RenderInput withSecond(Part translation) {
        return new RenderInput(kind, request, json, first, translation, instrumentTitles, training, date, reply, findings);
    }

    /** The same document marked, or not, as a training document on every page. */
    public RenderInput withTraining(boolean mark) {
        return new RenderInput(kind, request, json, first, second, instrumentTitles, mark, date, reply, findings);
    }

    /** The same content as another kind of document. */
    public RenderInput as(DocumentKind other) {
        return new RenderInput(other, request, json, first, second, instrumentTitles, training, date, reply, findings);
    }

    @Override
    public byte[] json() {
        return json.clone();
    }

    /** The output language (of the original, for a bilingual document). */
    public String language() {
        return first.language();
    }

    /** The languages in the order the document shows them. */
    public List<String> languages() {
        List<String> languages = new ArrayList<>(2);
        languages.add(first.language());
        if (second != null) {
            languages.add(second.language());
        }
        return languages;
    }

    public String requestingName() {
        return first.name(request.requestingState());
    }

    public String requestedName() {
        return first.name(request.requestedState());
    }

    /** Hex SHA-256 of the embedded JSON: a reader can recompute it from the attachment to prove integrity. */
    public String fingerprint() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    public String jsonText() {
        return new String(json, StandardCharsets.UTF_8);
    }

    /**
     * Refuses a document over the model's limits before any work is done on it: the API already refuses such a
     * request when it is saved, but a renderer must not trust its caller.
     *
     * @throws DocumentTooLarge naming the part and its limit
     */
    public void checkLimits() {
        limit("persons", request.persons().size(), MAX_PERSONS);
        limit("offences", request.offences().size(), MAX_OFFENCES);
        limit("measures", request.measures().size(), MAX_MEASURES);
        limit("annexes", request.annexes().size(), MAX_ANNEXES);
        limit("assets", request.confiscation() == null ? 0 : request.confiscation().assets().size(), MAX_ASSETS);
        limit("findings", findings.size(), MAX_FINDINGS);
    }

    private static void limit(String part, int count, int max) {
        if (count > max) {
            throw new DocumentTooLarge("The request lists " + count + " " + part + "; a document can show at most " + max
                    + " (the limit of the request document). Split the request or move the list to an annex.");
        }
    }
}
