package org.mlasuite.checking.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import org.mlasuite.drafting.application.DraftingService;
import org.mlasuite.drafting.domain.RequestDocument;

/** Findings on a document sent in the body, on a stored request, and the catalogue of checks. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class ChecksResource {

    private static final java.util.Set<String> LANGUAGES = java.util.Set.of("en", "fr");

    @Inject
    CheckingService checking;

    @Inject
    DraftingService drafting;

    @Inject
    DocumentValidator validator;

    @Context
    HttpHeaders headers;

    @POST
    @Path("checks")
    @Consumes(MediaType.APPLICATION_JSON)
    public CheckReport check(@QueryParam("lang") String lang, RequestDocument document) {
        validator.validate(document);
        return checking.check(document, locale(lang));
    }

    @GET
    @Path("requests/{id}/checks")
    public CheckReport checkStored(@PathParam("id") String id, @QueryParam("lang") String lang) {
        RequestDocument document = drafting.get(id).orElseThrow(() -> new NotFoundException("No request " + id)).document();
        return checking.check(document, locale(lang));
    }

    @GET
    @Path("checks/catalog")
    public List<CheckEntry> catalog(@QueryParam("lang") String lang) {
        return checking.catalog(locale(lang));
    }

    /** The reader's language: ?lang=, else the first supported Accept-Language, else English. */
    private Locale locale(String lang) {
        if (lang != null && LANGUAGES.contains(lang)) {
            return Locale.forLanguageTag(lang);
        }
        return headers.getAcceptableLanguages().stream().map(Locale::getLanguage).filter(LANGUAGES::contains)
                .findFirst().map(Locale::forLanguageTag).orElse(Locale.ENGLISH);
    }
}
