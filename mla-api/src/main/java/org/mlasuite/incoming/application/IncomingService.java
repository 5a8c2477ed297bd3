package org.mlasuite.incoming.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.mlasuite.audit.domain.AuditEntry;
import org.mlasuite.audit.domain.AuditLog;
import org.mlasuite.audit.domain.Outcome;
import org.mlasuite.checking.domain.CheckContext;
import org.mlasuite.checking.domain.Checker;
import org.mlasuite.checking.domain.Finding;
import org.mlasuite.checking.domain.Severity;
import org.mlasuite.drafting.application.DocumentValidator;
import org.mlasuite.drafting.domain.RequestDocument;
import org.mlasuite.drafting.domain.RequestType;
import org.mlasuite.incoming.domain.DeadlineKind;
import org.mlasuite.incoming.domain.DeskUser;
import org.mlasuite.incoming.domain.NotYourState;
import org.mlasuite.incoming.domain.Direction;
import org.mlasuite.incoming.domain.FingerprintCheck;
import org.mlasuite.incoming.domain.IntakeSource;
import org.mlasuite.incoming.domain.OriginalFile;
import org.mlasuite.incoming.domain.Register;
import org.mlasuite.incoming.domain.RegisterDeadline;
import org.mlasuite.incoming.domain.RegisterEntry;
import org.mlasuite.incoming.domain.RegisterEvent;
import org.mlasuite.incoming.domain.RegisterQuery;
import org.mlasuite.incoming.domain.RegisterStatus;
import org.mlasuite.incoming.domain.ReviewDecision;
import org.mlasuite.incoming.domain.Statistics;
import org.mlasuite.requirements.domain.CooperationType;
import org.mlasuite.requirements.domain.Fact;
import org.mlasuite.requirements.domain.RequirementsCatalog;

/** The central authority's desk. */
public final class IncomingService {

    private final Register register;
    private final SuitePdfs pdfs;
    private final Function<String, RequestDocument> parser;
    private final DocumentValidator validator;
    private final Checker checker;
    private final Supplier<RequirementsCatalog> catalog;
    private final Clock clock;
    private final AuditLog audit;

    public IncomingService(Register register, SuitePdfs pdfs, Function<String, RequestDocument> parser,
            DocumentValidator validator, Checker checker, Supplier<RequirementsCatalog> catalog, Clock clock, AuditLog audit) {
        this.audit = audit;
        this.register = register;
        this.pdfs = pdfs;
        this.parser = parser;
        this.validator = validator;
        this.checker = checker;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** Registers a PDF made by the suite: the embedded request is parsed and validated, the file kept as received. */
    public RegisterEntry importPdf(byte[] pdf, String filename, DeskUser user) {
        SuitePdfs.Embedded embedded = pdfs.read(pdf);
        byte[] json = embedded.json().orElseThrow(() -> new IntakeRefused("file",
                "This PDF carries no request made by the suite (no request.json attachment). Register it by hand with the PDF as the scanned original."));
        RequestDocument document;
        try {
            document = parser.apply(new String(json, StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            throw new IntakeRefused("file", "The request embedded in this PDF cannot be read: " + e.getMessage());
        }
        validator.validate(document);
        addressedTo(user, document.requestedState());
        OriginalFile original = new OriginalFile(safeName(filename, "request.pdf"), "application/pdf", sha256(pdf), pdf.length);
        String note = switch (embedded.check()) {
            case VERIFIED -> "Imported from a suite PDF; the fingerprint printed on it matches the embedded request.";
            case MISMATCH -> "Imported from a suite PDF whose printed fingerprint does NOT match the embedded request: the file was altered after it was made.";
            default -> "Imported from a suite PDF that shows no fingerprint to compare.";
        };
        return add(entry(Direction.INCOMING, IntakeSource.SUITE_PDF, today(), document, document.requestingState(),
                document.requestedState(), document.type(), reference(document), document.title(), original,
                embedded.fingerprint(), embedded.check()), pdf, user, note);
    }

    /** Registers a request received as a JSON document; the JSON is kept exactly as received. */
    public RegisterEntry importJson(String json, DeskUser user) {
        RequestDocument document;
        try {
            document = parser.apply(json);
        } catch (RuntimeException e) {
            throw new IntakeRefused("body", "The request document cannot be read: " + e.getMessage());
        }
        validator.validate(document);
        addressedTo(user, document.requestedState());
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        OriginalFile original = new OriginalFile("request.json", "application/json", sha256(bytes), bytes.length);
        return add(entry(Direction.INCOMING, IntakeSource.JSON, today(), document, document.requestingState(),
                document.requestedState(), document.type(), reference(document), document.title(), original, sha256(bytes),
                FingerprintCheck.NOT_APPLICABLE), bytes, user, "Imported from a request document (JSON).");
    }

    /** Registers a request received on paper or by e-mail, with its scan when there is one. */
    public RegisterEntry registerManual(ManualIntake intake, byte[] scan, String filename, String mediaType, DeskUser user) {
        addressedTo(user, intake.requestedState());
        if (intake.document() != null) {
            validator.validate(intake.document());
        }
        OriginalFile original = scan == null ? null
                : new OriginalFile(safeName(filename, "scan"), mediaType == null ? "application/octet-stream" : mediaType, sha256(scan), scan.length);
        return add(entry(Direction.INCOMING, IntakeSource.MANUAL, intake.receivedOn(), intake.document(),
                intake.requestingState(), intake.requestedState(), intake.type(), intake.theirReference(), intake.subject(),
                original, null, FingerprintCheck.NOT_APPLICABLE), scan, user, "Registered by hand.");
    }

    /** Registers an outgoing request as sent, so that it is tracked in the same register. */
    public RegisterEntry registerSent(RequestDocument document, LocalDate sentOn, DeskUser user) {
        validator.validate(document);
        if (!user.stateCode().equals(document.requestingState())) {
            throw new NotYourState("This request is sent by " + document.requestingState() + "; you register the requests "
                    + user.stateCode() + " sends.");
        }
        String actor = user.username();
        RegisterEntry entry = new RegisterEntry(null, 0, null, Direction.OUTGOING, IntakeSource.JSON,
                sentOn == null ? today() : sentOn, document.requestingState(), document.requestedState(), document.type(),
                reference(document), document.title(), RegisterStatus.SENT, actor, document, null, null,
                FingerprintCheck.NOT_APPLICABLE, initialDeadlines(document, document.requestingState()), List.of(), null, null, null);
        RegisterEntry added = register.add(entry, null, new RegisterEvent(now(), actor, "sent", null, RegisterStatus.SENT, "Sent to the requested State."));
        record(user, "incoming.register-sent", added);
        return added;
    }

    /** The entry, if it exists and the officer may see it (otherwise empty: 404, never 403). */
    public Optional<RegisterEntry> find(String id, DeskUser user) {
        return register.find(id).filter(user::mayRead);
    }

    public List<RegisterEntry> list(RegisterQuery query, DeskUser user) {
        return register.list(query).stream().filter(user::mayRead).toList();
    }

    public Optional<List<RegisterEvent>> history(String id, DeskUser user) {
        return find(id, user).map(e -> register.history(id));
    }

    public Optional<byte[]> original(String id, DeskUser user) {
        Optional<RegisterEntry> entry = find(id, user);
        entry.ifPresent(e -> record(user, "incoming.export-original", e));
        return entry.flatMap(e -> register.original(id));
    }

    /** The completeness review, in the reader's language. */
    public Optional<Review> review(String id, Locale locale, DeskUser user) {
        return find(id, user).map(entry -> review(entry, locale));
    }

    Review review(RegisterEntry entry, Locale locale) {
        List<ReviewItem> items = new ArrayList<>();
        RequirementsCatalog data = catalog.get();
        if (entry.document() != null) {
            for (Finding f : checker.check(new CheckContext(entry.document(), data, today(), locale))) {
                String key = f.id() + "|" + (f.fields().isEmpty() ? "" : f.fields().get(0));
                items.add(new ReviewItem(f, entry.decisions().stream().filter(d -> d.key().equals(key)).findFirst().orElse(null)));
            }
        }
        int outstanding = (int) items.stream().filter(i -> i.finding().severity() != Severity.ADVICE)
                .filter(i -> i.decision() == null || i.decision().verdict() == ReviewDecision.Verdict.ACCEPTED).count();
        return new Review(entry, items, RefusalGrounds.forEntry(entry, data), outstanding);
    }

    public Optional<RegisterEntry> decide(String id, long version, String findingId, String field,
            ReviewDecision.Verdict verdict, String note, DeskUser user) {
        String actor = user.username();
        return change(id, version, user, e -> e.decide(new ReviewDecision(findingId, field, verdict, note, actor, now())),
                "review-" + verdict.code(), findingId + (field == null ? "" : " (" + field + ")") + (note == null ? "" : ": " + note));
    }

    public Optional<RegisterEntry> move(String id, long version, RegisterStatus to, String note, DeskUser user) {
        Optional<RegisterEntry> moved = find(id, user).flatMap(current -> register.update(current.moveTo(to, today()), version,
                new RegisterEvent(now(), user.username(), "status", current.status(), to, note)));
        moved.ifPresent(e -> record(user, "incoming.status", e));
        return moved;
    }

    public Optional<RegisterEntry> assign(String id, long version, String officer, DeskUser user) {
        return change(id, version, user, e -> e.assignTo(officer), "assigned", officer);
    }

    public Optional<RegisterEntry> addDeadline(String id, long version, RegisterDeadline deadline, DeskUser user) {
        return change(id, version, user, e -> {
            List<RegisterDeadline> all = new ArrayList<>(e.deadlines());
            all.add(deadline);
            return e.withDeadlines(all);
        }, "deadline-added", deadline.kind().code() + " " + deadline.date() + (deadline.note() == null ? "" : ": " + deadline.note()));
    }

    public Optional<RegisterEntry> meetDeadline(String id, long version, int index, DeskUser user) {
        return change(id, version, user, e -> {
            if (index < 0 || index >= e.deadlines().size()) {
                throw new IntakeRefused("index", "There is no deadline number " + index + ".");
            }
            List<RegisterDeadline> all = new ArrayList<>(e.deadlines());
            RegisterDeadline d = all.get(index);
            all.set(index, new RegisterDeadline(d.kind(), d.date(), d.note(), true));
            return e.withDeadlines(all);
        }, "deadline-met", "deadline " + index);
    }

    public Statistics statistics(RegisterQuery query, DeskUser user) {
        return Statistics.of(list(query, user));
    }

    /** The register as CSV (RFC 4180), one line per request, for spreadsheets. */
    public String csv(RegisterQuery query, DeskUser user) {
        audit.record(AuditEntry.about(user.username(), "incoming.export-csv", TYPE, "register", Outcome.SUCCESS));
        StringBuilder out = new StringBuilder("register_number,direction,status,type,requesting_state,requested_state,received_on,closed_on,handling_days,assignee,their_reference,overdue_deadlines\r\n");
        LocalDate today = today();
        for (RegisterEntry e : list(query, user)) {
            out.append(String.join(",", List.of(e.registerNumber(), e.direction().code(), e.status().code(),
                    e.type() == null ? "" : e.type().code(), nz(e.requestingState()), nz(e.requestedState()),
                    String.valueOf(e.receivedOn()), e.closedOn() == null ? "" : e.closedOn().toString(),
                    e.handlingDays() == null ? "" : e.handlingDays().toString(), nz(e.assignee()), nz(e.theirReference()),
                    String.valueOf(e.overdue(today).size())).stream().map(IncomingService::csvCell).toList())).append("\r\n");
        }
        return out.toString();
    }

    private Optional<RegisterEntry> change(String id, long version, DeskUser user, Function<RegisterEntry, RegisterEntry> change,
            String action, String note) {
        Optional<RegisterEntry> changed = find(id, user).flatMap(current -> register.update(change.apply(current), version,
                new RegisterEvent(now(), user.username(), action, null, null, note)));
        changed.ifPresent(e -> record(user, "incoming." + action, e));
        return changed;
    }

    private RegisterEntry add(RegisterEntry entry, byte[] original, DeskUser user, String note) {
        RegisterEntry added = register.add(entry, original, new RegisterEvent(now(), user.username(), "received", null,
                RegisterStatus.RECEIVED, note));
        record(user, "incoming.import", added);
        return added;
    }

    private static void addressedTo(DeskUser user, String requestedState) {
        if (!user.stateCode().equals(requestedState)) {
            throw new NotYourState("This request is addressed to " + requestedState + "; you register the requests addressed to "
                    + user.stateCode() + ".");
        }
    }

    private static final String TYPE = "register-entry";

    private void record(DeskUser user, String action, RegisterEntry entry) {
        AuditEntry about = AuditEntry.about(user.username(), action, TYPE, entry.id(), Outcome.SUCCESS)
                .withDetail(entry.registerNumber() + " " + entry.status().code() + " version " + entry.version());
        audit.record(entry.original() == null ? about : about.withContent(entry.original().sha256()));
    }

    private RegisterEntry entry(Direction direction, IntakeSource source, LocalDate receivedOn, RequestDocument document,
            String requesting, String requested, RequestType type, String reference, String subject, OriginalFile original,
            String fingerprint, FingerprintCheck check) {
        return new RegisterEntry(null, 0, null, direction, source, receivedOn, requesting, requested, type, reference,
                subject, RegisterStatus.RECEIVED, null, document, original, fingerprint, check,
                document == null ? List.of() : initialDeadlines(document, requested), List.of(), null, null, null);
    }

    /**
     * Deadlines the request itself sets: the date it asks for (UNTOC art. 18(24)) and, for a provisional arrest
     * already made, the day the person must be released unless the extradition request has arrived, from the
     * executing State's recorded period (or the Model Treaty's 40 days, art. 9(4)).
     */
    List<RegisterDeadline> initialDeadlines(RequestDocument document, String executingState) {
        List<RegisterDeadline> deadlines = new ArrayList<>();
        if (document.urgency() != null && document.urgency().deadline() != null) {
            deadlines.add(new RegisterDeadline(DeadlineKind.REQUESTED, document.urgency().deadline(),
                    document.urgency().reason(), false));
        }
        if (document.type() == RequestType.PROVISIONAL_ARREST && document.provisionalArrest() != null
                && document.provisionalArrest().arrestedOn() != null) {
            Optional<Fact> days = Optional.ofNullable(executingState).flatMap(s -> {
                try {
                    return catalog.get().state(new org.mlasuite.shared.StateCode(s));
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
            }).map(p -> p.requirements(CooperationType.EXTRADITION).fact("provisional_arrest_days")).filter(Fact::known)
                    .filter(f -> f.value() instanceof Number);
            int period = days.map(f -> ((Number) f.value()).intValue()).orElse(40);
            String basis = days.isPresent() ? "period recorded for the executing State (" + days.get().status().code() + ")"
                    : "UN Model Treaty on Extradition art. 9(4): 40 days";
            deadlines.add(new RegisterDeadline(DeadlineKind.PROVISIONAL_ARREST_EXPIRY,
                    document.provisionalArrest().arrestedOn().plusDays(period), period + " days after arrest; " + basis, false));
        }
        return deadlines;
    }

    private static String reference(RequestDocument document) {
        return document.proceedings() == null ? null : document.proceedings().caseReference();
    }

    private static String safeName(String name, String fallback) {
        if (name == null || name.isBlank()) {
            return fallback;
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N}._ -]", "_");
        return base.length() > 200 ? base.substring(0, 200) : base;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Quotes a cell when needed; a leading =, +, - or @ is prefixed so that spreadsheets do not run it as a formula. */
    static String csvCell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }
}
