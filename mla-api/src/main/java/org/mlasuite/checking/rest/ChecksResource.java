package org.mlasuite.checking.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.mlasuite.checking.application.CheckEntry;
import org.mlasuite.checking.application.CheckReport;
import org.mlasuite.checking.application.CheckingService;
import org.mlasuite.drafting.application.DocumentValidator;
import org.mlasuite.drafting.domain.RequestDocument;
import org.mlasuite.platform.security.Public;

/** Findings on a document sent in the body, and the catalogue of checks. */
@Public
@Path("checks")
@Produces(MediaType.APPLICATION_JSON)
public class ChecksResource {

    static final java.util.Set<String> LANGUAGES = java.util.Set.of("en", "fr");

    @Inject
    CheckingService checking;

    @Inject
    DocumentValidator validator;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public CheckReport check(@QueryParam("lang") String lang, RequestDocument document) {
        validator.validate(document);
        return checking.check(document, locale(lang, headers));
    }

    @GET
    @Path("catalog")
    public List<CheckEntry> catalog(@QueryParam("lang") String lang) {
        return checking.catalog(locale(lang, headers));
    }

    /** The reader's language: ?lang=, else the first supported Accept-Language, else English. */
    static Locale locale(String lang, HttpHeaders headers) {
        if (lang != null && LANGUAGES.contains(lang)) {
            return Locale.forLanguageTag(lang);
        }
        return headers.getAcceptableLanguages().stream().map(Locale::getLanguage).filter(LANGUAGES::contains)
                .findFirst().map(Locale::forLanguageTag).orElse(Locale.ENGLISH);
    }
}
