package org.mlasuite.rendering.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.mlasuite.drafting.application.DraftingService;
import org.mlasuite.drafting.domain.Draft;
import org.mlasuite.drafting.domain.DraftUser;
import org.mlasuite.platform.rest.BadParameter;
import org.mlasuite.platform.security.Callers;
import org.mlasuite.rendering.application.DocumentService;

/**
 * The letter of request of a stored request, as PDF/A-3b with the request JSON attached, in the language asked
 * for with {@code ?lang=} (ar, zh, en, fr, ru, es, pt, de) or, without it, in the request's default language.
 */
@Path("requests/{id}/document.pdf")
public class DocumentResource {

    @Inject
    DraftingService drafting;

    @Inject
    DocumentService documents;

    @Context
    HttpServletRequest http;

    @GET
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") String id, @QueryParam("lang") String lang) {
        if (lang != null && !DocumentService.isSupported(lang)) {
            throw new BadParameter("lang", "lang must be one of " + String.join(", ", DocumentService.LANGUAGES)
                    + " (ISO 639-1, lower case); leave it out for the request's default language.");
        }
        DraftUser user = Callers.required(http).draftUser();
        Draft draft = drafting.get(id, user).orElseThrow(() -> new NotFoundException("No request " + id));
        String language = lang != null ? lang : documents.defaultLanguage(draft.document());
        byte[] pdf = documents.letterOfRequest(draft.document(), language);
        drafting.rendered(draft, user);
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"request-" + id + "-" + language + ".pdf\"")
                .header("Content-Language", language)
                .header("ETag", "\"" + draft.version() + "\"")
                .build();
    }
}
