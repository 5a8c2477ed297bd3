package org.mlasuite.incoming.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mlasuite.drafting.domain.RequestDocument;
import org.mlasuite.drafting.domain.RequestType;
import org.mlasuite.drafting.rest.Versions;
import org.mlasuite.incoming.application.IncomingService;
import org.mlasuite.incoming.application.IntakeRefused;
import org.mlasuite.incoming.application.Review;
import org.mlasuite.incoming.domain.DeskUser;
import org.mlasuite.incoming.domain.Direction;
import org.mlasuite.identity.domain.Role;
import org.mlasuite.platform.security.Caller;
import org.mlasuite.platform.security.Callers;
import org.mlasuite.incoming.domain.RegisterDeadline;
import org.mlasuite.incoming.domain.RegisterEntry;
import org.mlasuite.incoming.domain.RegisterEvent;
import org.mlasuite.incoming.domain.RegisterQuery;
import org.mlasuite.incoming.domain.RegisterStatus;
import org.mlasuite.incoming.domain.Statistics;
import org.mlasuite.platform.rest.BadParameter;
import org.mlasuite.rendering.application.DocumentKind;
import org.mlasuite.rendering.application.DocumentService;
import org.mlasuite.rendering.rest.DocumentParameters;
import org.mlasuite.shared.Coded;

/** The central authority's register: intake, review, workflow, deadlines, history, statistics. */
@Path("incoming")
@Produces(MediaType.APPLICATION_JSON)
public class IncomingResource {

    /** A PDF or a scan larger than this is refused before it is read. */
    static final int MAX_FILE = 25 * 1024 * 1024;

    @Inject
    IncomingService desk;

    @Inject
    DocumentService documents;

    @Context
    UriInfo uri;

    @Context
    HttpServletRequest http;

    @Context
    HttpHeaders headers;

    @GET
    public List<RegisterView> list(@QueryParam("direction") String direction, @QueryParam("status") String status,
            @QueryParam("state") String state, @QueryParam("type") String type, @QueryParam("assignee") String assignee) {
        LocalDate today = LocalDate.now();
        return desk.list(query(direction, status, state, type, assignee), officer()).stream().map(e -> RegisterView.of(e, today)).toList();
    }

    /** Imports a PDF made by the suite (the body is the PDF). */
    @POST
    @Consumes("application/pdf")
    public Response importPdf(byte[] pdf, @QueryParam("filename") String filename) {
        if (pdf == null || pdf.length == 0) {
            throw new IntakeRefused("file", "The body is empty; send the PDF.");
        }
        if (pdf.length > MAX_FILE) {
            throw new BadParameter("file", "The PDF is larger than 25 MB.", 413);
        }
        return created(desk.importPdf(pdf, filename, officer()));
    }

    /** Imports a request document in the suite's JSON format (kept exactly as received). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response importJson(String json) {
        if (json == null || json.isBlank()) {
            throw new IntakeRefused("body", "The body is empty; send a request document.");
        }
        return created(desk.importJson(json, officer()));
    }

    /** Registers a request received on paper or by e-mail, with its scan (base64). */
    @POST
    @Path("manual")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response registerManual(@Valid @jakarta.validation.constraints.NotNull(message = "The body is empty.") Bodies.ManualRegistration body) {
        byte[] scan = null;
        if (body.scan() != null) {
            try {
                scan = Base64.getDecoder().decode(body.scan().content());
            } catch (IllegalArgumentException e) {
                throw new BadParameter("scan.content", "The scan's content is not valid base64.");
            }
            if (scan.length > MAX_FILE) {
                throw new BadParameter("scan.content", "The scan is larger than 25 MB.", 413);
            }
        }
        return created(desk.registerManual(body.intake(), scan, body.scan() == null ? null : body.scan().name(),
                body.scan() == null ? null : body.scan().mediaType(), officer()));
    }

    /** Registers an outgoing request as sent, to track it in the same register. */
    @POST
    @Path("sent")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response registerSent(RequestDocument document, @QueryParam("sentOn") String sentOn) {
        return created(desk.registerSent(document, date("sentOn", sentOn), officer()));
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        RegisterEntry entry = find(id);
        return Response.ok(RegisterView.of(entry, LocalDate.now())).tag(Versions.tag(entry.version())).build();
    }

    @GET
    @Path("{id}/review")
    public Review review(@PathParam("id") String id, @QueryParam("lang") String lang) {
        Locale locale = "fr".equals(lang) ? Locale.FRENCH : Locale.ENGLISH;
        return desk.review(id, locale, officer()).orElseThrow(() -> notFound(id));
    }

    @PUT
    @Path("{id}/review/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response decide(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @jakarta.validation.constraints.NotNull(message = "The body is empty.") Bodies.Decision body) {
        long version = Versions.required(ifMatch);
        return ok(desk.decide(id, version, body.findingId(), body.field(), body.verdict(), body.note(), officer())
                .orElseThrow(() -> notFound(id)));
    }

    @POST
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response move(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @jakarta.validation.constraints.NotNull(message = "The body is empty.") Bodies.StatusChange body) {
        long version = Versions.required(ifMatch);
        return ok(desk.move(id, version, body.to(), body.note(), officer()).orElseThrow(() -> notFound(id)));
    }

    @PUT
    @Path("{id}/assignee")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response assign(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @jakarta.validation.constraints.NotNull(message = "The body is empty.") Bodies.Assignment body) {
        long version = Versions.required(ifMatch);
        return ok(desk.assign(id, version, body.officer(), officer()).orElseThrow(() -> notFound(id)));
    }

    @POST
    @Path("{id}/deadlines")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addDeadline(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @jakarta.validation.constraints.NotNull(message = "The body is empty.") RegisterDeadline body) {
        long version = Versions.required(ifMatch);
        return ok(desk.addDeadline(id, version, body, officer()).orElseThrow(() -> notFound(id)));
    }

    @POST
    @Path("{id}/deadlines/{index}/met")
    public Response meetDeadline(@PathParam("id") String id, @PathParam("index") int index,
            @HeaderParam("If-Match") String ifMatch) {
        long version = Versions.required(ifMatch);
        return ok(desk.meetDeadline(id, version, index, officer()).orElseThrow(() -> notFound(id)));
    }

    @GET
    @Path("{id}/history")
    public List<RegisterEvent> history(@PathParam("id") String id) {
        return desk.history(id, officer()).orElseThrow(() -> notFound(id));
    }

    @GET
    @Path("{id}/original")
    @Produces(MediaType.WILDCARD)
    public Response original(@PathParam("id") String id) {
        RegisterEntry entry = find(id);
        byte[] content = desk.original(id, officer()).orElseThrow(() -> new NotFoundException("Request " + id + " has no original file."));
        String name = entry.original() == null ? "original" : entry.original().name();
        return Response.ok(content, entry.original() == null ? "application/octet-stream" : entry.original().mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + name.replace("\"", "") + "\"")
                .header("X-Content-SHA256", entry.original() == null ? "" : entry.original().sha256()).build();
    }

    /**
     * The central authority's answer to a registered request as PDF/A-3b, with the request JSON attached:
     * {@code acknowledgement} of receipt, request for {@code additional-information} (UNTOC art. 18(16); the items
     * are the review's blocking and warning findings the officer accepted or has not decided, the deadline the
     * register's open additional-information deadline), notice of {@code refusal} (18(23)) or {@code postponement}
     * (18(25)), whose reasons are the {@code note} and required. In the requesting State's language when we have
     * words for it, else English, unless {@code lang} says otherwise; {@code lang2} adds a translation of the
     * fixed wording.
     */
    @GET
    @Path("{id}/replies/{kind}.pdf")
    @Produces("application/pdf")
    public Response reply(@PathParam("id") String id, @PathParam("kind") String kind, @QueryParam("lang") String lang,
            @QueryParam("lang2") String lang2, @QueryParam("note") String note) {
        DocumentKind document = REPLIES.get(kind);
        if (document == null) {
            throw new BadParameter("kind", "A reply is one of acknowledgement, additional-information, refusal, postponement;"
                    + " not '" + kind + "'.");
        }
        String asked = DocumentParameters.language("lang", lang);
        String text = DocumentParameters.note(note);
        if ((document == DocumentKind.REFUSAL || document == DocumentKind.POSTPONEMENT) && text == null) {
            throw new BadParameter("note", "Give the reasons for the " + kind + " in note: UNTOC art. 18(23) requires them.");
        }
        DeskUser officer = officer();
        RegisterEntry entry = desk.find(id, officer).orElseThrow(() -> notFound(id));
        String language = asked != null ? asked : documents.replyLanguage(entry);
        String second = DocumentParameters.secondLanguage(lang2, language);
        Review review = desk.review(id, DocumentService.checkerLocale(language), officer).orElseThrow(() -> notFound(id));
        byte[] pdf = documents.reply(document, review, text, language, second, LocalDate.now());
        String languages = second == null ? language : language + ", " + second;
        String name = (entry.registerNumber() == null ? id : entry.registerNumber()).replaceAll("[^A-Za-z0-9._-]", "_");
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + kind + "-" + name + "-" + languages.replace(", ", "-") + ".pdf\"")
                .header("Content-Language", languages)
                .tag(Versions.tag(entry.version())).build();
    }

    /** The replies the register produces, by the name in their address. */
    private static final Map<String, DocumentKind> REPLIES = Map.of(
            "acknowledgement", DocumentKind.ACKNOWLEDGEMENT,
            "additional-information", DocumentKind.ADDITIONAL_INFORMATION,
            "refusal", DocumentKind.REFUSAL,
            "postponement", DocumentKind.POSTPONEMENT);

    @GET
    @Path("statistics")
    public Statistics statistics(@QueryParam("direction") String direction, @QueryParam("state") String state,
            @QueryParam("type") String type) {
        return desk.statistics(query(direction, null, state, type, null), officer());
    }

    @GET
    @Path("statistics.csv")
    @Produces("text/csv")
    public Response statisticsCsv(@QueryParam("direction") String direction, @QueryParam("state") String state,
            @QueryParam("type") String type) {
        return Response.ok(StatisticsCsv.of(desk.statistics(query(direction, null, state, type, null), officer())))
                .type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"register-statistics.csv\"").build();
    }

    @GET
    @Path("register.csv")
    @Produces("text/csv")
    public Response registerCsv(@QueryParam("direction") String direction, @QueryParam("status") String status,
            @QueryParam("state") String state, @QueryParam("type") String type) {
        return Response.ok(desk.csv(query(direction, status, state, type, null), officer())).type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"register.csv\"").build();
    }

    private Response created(RegisterEntry entry) {
        return Response.created(uri.getBaseUriBuilder().path("incoming").path(entry.id()).build())
                .tag(Versions.tag(entry.version())).entity(RegisterView.of(entry, LocalDate.now())).build();
    }

    private static Response ok(RegisterEntry entry) {
        return Response.ok(RegisterView.of(entry, LocalDate.now())).tag(Versions.tag(entry.version())).build();
    }

    private RegisterEntry find(String id) {
        return desk.find(id, officer()).orElseThrow(() -> notFound(id));
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("No registered request " + id);
    }

    /** The desk is for officers of a central authority; each sees only their own State's requests. */
    private DeskUser officer() {
        Caller caller = Callers.required(http).require(Role.OFFICER);
        return new DeskUser(caller.username(), caller.account().officerOf());
    }

    private static RegisterQuery query(String direction, String status, String state, String type, String assignee) {
        return new RegisterQuery(code(Direction.class, "direction", direction), code(RegisterStatus.class, "status", status),
                state == null || state.isBlank() ? null : state.trim().toUpperCase(Locale.ROOT),
                code(RequestType.class, "type", type), assignee == null || assignee.isBlank() ? null : assignee);
    }

    private static <E extends Enum<E> & Coded> E code(Class<E> type, String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Coded.byCode(type, value.trim()).orElseThrow(() -> new BadParameter(parameter, "Unknown " + parameter
                + " '" + value + "'; use one of " + String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Coded::code).toList()) + "."));
    }

    private static LocalDate date(String parameter, String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new BadParameter(parameter, "Write the date as YYYY-MM-DD.");
        }
    }
}
