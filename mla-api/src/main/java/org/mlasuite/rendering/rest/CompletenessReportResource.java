package org.mlasuite.rendering.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import org.mlasuite.checking.application.CheckingService;
import org.mlasuite.drafting.application.DraftingService;
import org.mlasuite.drafting.domain.Draft;
import org.mlasuite.drafting.domain.DraftUser;
import org.mlasuite.platform.security.Callers;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import org.mlasuite.rendering.application.DocumentService;

/**
 * The completeness report of a stored request: the checks run now, every finding with its severity, message,
 * fix and citation, as PDF/A-3b with the request JSON attached. Same parameters as the request document. A root
 * resource of its own: JAX-RS matches only the best root resource.
 */
@Path("requests/{id}/completeness-report.pdf")
public class CompletenessReportResource {

    @Inject
    DraftingService drafting;

    @Inject
    DocumentService documents;

    @Inject
    CheckingService checking;

    @Inject
    Clock clock;

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
        var report = checking.check(draft.document(), DocumentService.checkerLocale(language));
        byte[] pdf = documents.completenessReport(draft.document(), report.findings(), LocalDate.now(clock), language, second, mark);
        drafting.rendered(draft, user, "completeness-report");
        return DocumentResource.pdf(pdf, "completeness-report-" + id, language, second)
                .header("ETag", "\"" + draft.version() + "\"").build();
    }
}
