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
import org.mlasuite.checking.domain.CheckContext;
import org.mlasuite.checking.domain.Checker;
import org.mlasuite.checking.domain.Finding;
import org.mlasuite.checking.domain.Severity;
import org.mlasuite.drafting.application.DocumentValidator;
import org.mlasuite.drafting.domain.RequestDocument;
import org.mlasuite.drafting.domain.RequestType;
import org.mlasuite.incoming.domain.DeadlineKind;
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

    public IncomingService(Register register, SuitePdfs pdfs, Function<String, RequestDocument> parser,
            DocumentValidator validator, Checker checker, Supplier<RequirementsCatalog> catalog, Clock clock) {
        this.register = register;
        this.pdfs = pdfs;
        this.parser = parser;
        this.validator = validator;
        this.checker = checker;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** Registers a PDF made by the suite: the embedded request is parsed and validated, the file kept as received. */
    public RegisterEntry importPdf(byte[] pdf, String filename, String actor) {
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
        OriginalFile original = new OriginalFile(safeName(filename, "request.pdf"), "application/pdf", sha256(pdf), pdf.length);
        String note = switch (embedded.check()) {
            case VERIFIED -> "Imported from a suite PDF; the fingerprint printed on it matches the embedded request.";
            case MISMATCH -> "Imported from a suite PDF whose printed fingerprint does NOT match the embedded request: the file was altered after it was made.";
            default -> "Imported from a suite PDF that shows no fingerprint to compare.";
        };
        return add(entry(Direction.INCOMING, IntakeSource.SUITE_PDF, today(), document, document.requestingState(),
                document.requestedState(), document.type(), reference(document), document.title(), original,
                embedded.fingerprint(), embedded.check()), pdf, actor, note);
    }

    /** Registers a request received as a JSON document; the JSON is kept exactly as received. */
    public RegisterEntry importJson(String json, String actor) {
        RequestDocument document;
        try {
            document = parser.apply(json);
        } catch (RuntimeException e) {
            throw new IntakeRefused("body", "The request document cannot be read: " + e.getMessage());
        }
        validator.validate(document);
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        OriginalFile original = new OriginalFile("request.json", "application/json", sha256(bytes), bytes.length);
        return add(entry(Direction.INCOMING, IntakeSource.JSON, today(), document, document.requestingState(),
                document.requestedState(), document.type(), reference(document), document.title(), original, sha256(bytes),
                FingerprintCheck.NOT_APPLICABLE), bytes, actor, "Imported from a request document (JSON).");
    }

    /** Registers a request received on paper or by e-mail, with its scan when there is one. */
    public RegisterEntry registerManual(ManualIntake intake, byte[] scan, String filename, String mediaType, String actor) {
        if (intake.document() != null) {
            validator.validate(intake.document());
        }
        OriginalFile original = scan == null ? null
                : new OriginalFile(safeName(filename, "scan"), mediaType == null ? "application/octet-stream" : mediaType, sha256(scan), scan.length);
        return add(entry(Direction.INCOMING, IntakeSource.MANUAL, intake.receivedOn(), intake.document(),
                intake.requestingState(), intake.requestedState(), intake.type(), intake.theirReference(), intake.subject(),
                original, null, FingerprintCheck.NOT_APPLICABLE), scan, actor, "Registered by hand.");
    }

    /** Registers an outgoing request as sent, so that it is tracked in the same register. */
    public RegisterEntry registerSent(RequestDocument document, LocalDate sentOn, String actor) {
        validator.validate(document);
        RegisterEntry entry = new RegisterEntry(null, 0, null, Direction.OUTGOING, IntakeSource.JSON,
                sentOn == null ? today() : sentOn, document.requestingState(), document.requestedState(), document.type(),
                reference(document), document.title(), RegisterStatus.SENT, actor, document, null, null,
                FingerprintCheck.NOT_APPLICABLE, initialDeadlines(document, document.requestingState()), List.of(), null, null, null);
        return register.add(entry, null, new RegisterEvent(now(), actor, "sent", null, RegisterStatus.SENT, "Sent to the requested State."));
    }

    public Optional<RegisterEntry> find(String id) {
        return register.find(id);
    }

    public List<RegisterEntry> list(RegisterQuery query) {
        return register.list(query);
    }

    public List<RegisterEvent> history(String id) {
        return register.history(id);
    }

    public Optional<byte[]> original(String id) {
        return register.original(id);
    }

    /** The completeness review, in the reader's language. */
    public Optional<Review> review(String id, Locale locale) {
        return register.find(id).map(entry -> review(entry, locale));
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
            ReviewDecision.Verdict verdict, String note, String actor) {
        return change(id, version, actor, e -> e.decide(new ReviewDecision(findingId, field, verdict, note, actor, now())),
                "review-" + verdict.code(), findingId + (field == null ? "" : " (" + field + ")") + (note == null ? "" : ": " + note));
    }

    public Optional<RegisterEntry> move(String id, long version, RegisterStatus to, String note, String actor) {
        return register.find(id).flatMap(current -> register.update(current.moveTo(to, today()), version,
                new RegisterEvent(now(), actor, "status", current.status(), to, note)));
    }

    public Optional<RegisterEntry> assign(String id, long version, String officer, String actor) {
        return change(id, version, actor, e -> e.assignTo(officer), "assigned", officer);
    }

    public Optional<RegisterEntry> addDeadline(String id, long version, RegisterDeadline deadline, String actor) {
        return change(id, version, actor, e -> {
            List<RegisterDeadline> all = new ArrayList<>(e.deadlines());
            all.add(deadline);
            return e.withDeadlines(all);
        }, "deadline-added", deadline.kind().code() + " " + deadline.date() + (deadline.note() == null ? "" : ": " + deadline.note()));
    }

    public Optional<RegisterEntry> meetDeadline(String id, long version, int index, String actor) {
        return change(id, version, actor, e -> {
            if (index < 0 || index >= e.deadlines().size()) {
                throw new IntakeRefused("index", "There is no deadline number " + index + ".");
            }
            List<RegisterDeadline> all = new ArrayList<>(e.deadlines());
            RegisterDeadline d = all.get(index);
            all.set(index, new RegisterDeadline(d.kind(), d.date(), d.note(), true));
            return e.withDeadlines(all);
        }, "deadline-met", "deadline " + index);
    }

    public Statistics statistics(RegisterQuery query) {
        return Statistics.of(register.list(query));
    }

    /** The register as CSV (RFC 4180), one line per request, for spreadsheets. */
    public String csv(RegisterQuery query) {
        StringBuilder out = new StringBuilder("register_number,direction,status,type,requesting_state,requested_state,received_on,closed_on,handling_days,assignee,their_reference,overdue_deadlines\r\n");
        LocalDate today = today();
        for (RegisterEntry e : register.list(query)) {
            out.append(String.join(",", List.of(e.registerNumber(), e.direction().code(), e.status().code(),
                    e.type() == null ? "" : e.type().code(), nz(e.requestingState()), nz(e.requestedState()),
                    String.valueOf(e.receivedOn()), e.closedOn() == null ? "" : e.closedOn().toString(),
                    e.handlingDays() == null ? "" : e.handlingDays().toString(), nz(e.assignee()), nz(e.theirReference()),
                    String.valueOf(e.overdue(today).size())).stream().map(IncomingService::csvCell).toList())).append("\r\n");
        }
        return out.toString();
    }

    private Optional<RegisterEntry> change(String id, long version, String actor, Function<RegisterEntry, RegisterEntry> change,
            String action, String note) {
        return register.find(id).flatMap(current -> register.update(change.apply(current), version,
                new RegisterEvent(now(), actor, action, null, null, note)));
    }

    private RegisterEntry add(RegisterEntry entry, byte[] original, String actor, String note) {
        return register.add(entry, original, new RegisterEvent(now(), actor, "received", null, RegisterStatus.RECEIVED, note));
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
