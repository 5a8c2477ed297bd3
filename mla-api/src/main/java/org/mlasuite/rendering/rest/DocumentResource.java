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
import org.mlasuite.platform.security.Callers;
import org.mlasuite.rendering.application.DocumentKind;
import org.mlasuite.rendering.application.DocumentService;

/**
 * The request document of a stored request, as PDF/A-3b with the request JSON attached: the document of the
 * request's type (letter of request, extradition request, provisional arrest request, request for freezing or for
 * confiscation), in the language asked for with {@code ?lang=} or the request's default language.
 * {@code ?lang2=} adds, after the original, the translation of its fixed wording into a second language (the
 * user's text stays as entered); {@code ?training=true} marks every page as a training document.
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
    public Response pdf(@PathParam("id") String id, @QueryParam("lang") String lang, @QueryParam("lang2") String lang2,
            @QueryParam("training") String training) {
        String asked = DocumentParameters.language("lang", lang);
        boolean mark = DocumentParameters.flag("training", training);
        DraftUser user = Callers.required(http).draftUser();
        Draft draft = drafting.get(id, user).orElseThrow(() -> new NotFoundException("No request " + id));
        String language = asked != null ? asked : documents.defaultLanguage(draft.document());
        String second = DocumentParameters.secondLanguage(lang2, language);
        byte[] pdf = documents.requestDocument(draft.document(), language, second, mark);
        String kind = DocumentKind.forRequest(draft.document()).code();
        drafting.rendered(draft, user, kind);
        return pdf(pdf, kind + "-" + id, language, second)
                .header("ETag", "\"" + draft.version() + "\"").build();
    }

    static Response.ResponseBuilder pdf(byte[] pdf, String name, String language, String second) {
        String languages = second == null ? language : language + ", " + second;
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_") + "-"
                        + languages.replace(", ", "-") + ".pdf\"")
                .header("Content-Language", languages);
    }
}
