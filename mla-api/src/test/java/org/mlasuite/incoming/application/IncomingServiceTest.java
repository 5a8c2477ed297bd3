package org.mlasuite.incoming.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.bind.Jsonb;
import jakarta.validation.Validation;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlasuite.audit.infrastructure.JpaAuditLog;
import org.mlasuite.checking.domain.Checker;
import org.mlasuite.drafting.application.DocumentValidator;
import org.mlasuite.drafting.domain.RequestDocument;
import org.mlasuite.drafting.domain.StaleVersion;
import org.mlasuite.drafting.infrastructure.RequestJson;
import org.mlasuite.incoming.domain.DeadlineKind;
import org.mlasuite.incoming.domain.DeskUser;
import org.mlasuite.incoming.domain.FingerprintCheck;
import org.mlasuite.incoming.domain.IllegalTransition;
import org.mlasuite.incoming.domain.IntakeSource;
import org.mlasuite.incoming.domain.NotYourState;
import org.mlasuite.incoming.domain.RegisterDeadline;
import org.mlasuite.incoming.domain.RegisterEntry;
import org.mlasuite.incoming.domain.RegisterEvent;
import org.mlasuite.incoming.domain.RegisterQuery;
import org.mlasuite.incoming.domain.RegisterStatus;
import org.mlasuite.incoming.domain.ReviewDecision;
import org.mlasuite.incoming.infrastructure.JpaRegister;
import org.mlasuite.incoming.infrastructure.SuitePdfReader;
import org.mlasuite.platform.json.Json;
import org.mlasuite.platform.persistence.Database;
import org.mlasuite.platform.persistence.DatabaseSettings;
import org.mlasuite.platform.wiring.Migrations;
import org.mlasuite.rendering.application.RenderInput;
import org.mlasuite.rendering.infrastructure.FopDocumentRenderer;
import org.mlasuite.testing.TestData;

/**
 * The desk end to end below HTTP: PDFs rendered by the real renderer, imported through PDFBox, stored in a real
 * H2 database through the migrations, reviewed by the real checker.
 */
class IncomingServiceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path dataDir;

    private static final DeskUser AUS = new DeskUser("officer-a", "AUS");
    private static final DeskUser JPN = new DeskUser("officer-j", "JPN");
    private static final DeskUser IRL = new DeskUser("officer-b", "IRL");

    private static Database database;
    private static JpaAuditLog audit;
    private static IncomingService desk;
    private static FopDocumentRenderer renderer;
    private static Jsonb jsonb;

    @BeforeAll
    static void open() {
        jsonb = Json.create();
        RequestJson json = new RequestJson(jsonb);
        database = new Database(DatabaseSettings.of(null, null, null, dataDir.toString()), CLOCK,
                Migrations.all(json));
        assertThat(database.open()).as(database.problem()).isTrue();
        audit = new JpaAuditLog(database::factory, CLOCK);
        desk = new IncomingService(new JpaRegister(database::factory, json, jsonb, CLOCK), new SuitePdfReader(), json::read,
                new DocumentValidator(Validation.buildDefaultValidatorFactory().getValidator()), Checker.standard(),
                TestData::catalog, CLOCK, audit);
        renderer = new FopDocumentRenderer(IncomingServiceTest.class.getClassLoader());
    }

    @AfterAll
    static void close() throws Exception {
        database.close();
        jsonb.close();
    }

    private static byte[] pdf(RequestDocument request) {
        return renderer.render(new RenderInput(request, jsonb.toJson(request).getBytes(StandardCharsets.UTF_8), "en",
                request.requestingState(), request.requestedState(), Map.of()));
    }

    @Test
    void aSuitePdfIsRegisteredWithItsRequestItsVerifiedFingerprintAndTheOriginalFile() {
        RequestDocument sample = TestData.sample("mla-fra-aus-laundering");
        byte[] pdf = pdf(sample);
        RegisterEntry entry = desk.importPdf(pdf, "../../etc/Letter of request.pdf", AUS);
        assertThat(entry.registerNumber()).matches("IN-2026-\\d{4}");
        assertThat(entry.source()).isEqualTo(IntakeSource.SUITE_PDF);
        assertThat(entry.status()).isEqualTo(RegisterStatus.RECEIVED);
        assertThat(entry.fingerprintCheck()).isEqualTo(FingerprintCheck.VERIFIED);
        assertThat(entry.document()).isEqualTo(sample);
        assertThat(entry.original().name()).isEqualTo("Letter of request.pdf");
        assertThat(desk.original(entry.id(), AUS)).get().isEqualTo(pdf);
        assertThat(desk.history(entry.id(), AUS).orElseThrow()).extracting(RegisterEvent::action, RegisterEvent::actor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("received", "officer-a"));
        assertThat(audit.find(new org.mlasuite.audit.domain.AuditQuery("register-entry", entry.id(), null, 0, 10)).items())
                .extracting(e -> e.action()).contains("incoming.import", "incoming.export-original");
    }

    @Test
    void aPdfWhoseAttachmentWasSwappedIsFlaggedAsAltered() throws Exception {
        RequestDocument sample = TestData.sample("mla-nld-jpn-drugs");
        byte[] altered;
        try (PDDocument document = Loader.loadPDF(pdf(sample))) {
            PDComplexFileSpecification spec = document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames().get("request.json");
            String json = new String(spec.getEmbeddedFile().toByteArray(), StandardCharsets.UTF_8).replace("Rotterdam", "Antwerpen");
            PDEmbeddedFile replacement = new PDEmbeddedFile(document, new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
            replacement.setSubtype("application/json");
            spec.setEmbeddedFile(replacement);
            spec.setEmbeddedFileUnicode(replacement);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            altered = out.toByteArray();
        }
        RegisterEntry entry = desk.importPdf(altered, "altered.pdf", JPN);
        assertThat(entry.fingerprintCheck()).isEqualTo(FingerprintCheck.MISMATCH);
        assertThat(desk.history(entry.id(), JPN).orElseThrow().get(0).note()).contains("does NOT match");
    }

    @Test
    void filesThatAreNotSuitePdfsAreRefusedWithAReason() throws Exception {
        assertThatThrownBy(() -> desk.importPdf("not a pdf".getBytes(StandardCharsets.UTF_8), "x.pdf", AUS))
                .isInstanceOf(IntakeRefused.class).hasMessageContaining("not a readable PDF");
        ByteArrayOutputStream blank = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(blank);
        }
        assertThatThrownBy(() -> desk.importPdf(blank.toByteArray(), "scan.pdf", AUS))
                .isInstanceOf(IntakeRefused.class).hasMessageContaining("Register it by hand");
    }

    @Test
    void theWorkflowIsEnforcedAndEveryStepIsInTheHistory() {
        RegisterEntry entry = desk.importJson(jsonb.toJson(TestData.sample("mla-ita-irl-trafficking")), IRL);
        RegisterEntry review = desk.move(entry.id(), entry.version(), RegisterStatus.UNDER_REVIEW, "opened", IRL).orElseThrow();
        assertThatThrownBy(() -> desk.move(entry.id(), entry.version(), RegisterStatus.IN_EXECUTION, null, IRL))
                .isInstanceOf(StaleVersion.class);
        assertThatThrownBy(() -> desk.move(entry.id(), review.version(), RegisterStatus.SENT, null, IRL))
                .isInstanceOf(IllegalTransition.class);
        assertThat(desk.move(entry.id(), review.version(), RegisterStatus.IN_EXECUTION, null, AUS)).as("another State's officer").isEmpty();
        RegisterEntry info = desk.move(entry.id(), review.version(), RegisterStatus.ADDITIONAL_INFORMATION_REQUESTED,
                "asked for the victims' consent", IRL).orElseThrow();
        RegisterEntry withDeadline = desk.addDeadline(entry.id(), info.version(),
                new RegisterDeadline(DeadlineKind.ADDITIONAL_INFORMATION, LocalDate.of(2026, 12, 28), "reply due", false), IRL).orElseThrow();
        RegisterEntry back = desk.move(entry.id(), withDeadline.version(), RegisterStatus.UNDER_REVIEW, null, IRL).orElseThrow();
        RegisterEntry executing = desk.move(entry.id(), back.version(), RegisterStatus.IN_EXECUTION, null, IRL).orElseThrow();
        RegisterEntry done = desk.move(entry.id(), executing.version(), RegisterStatus.EXECUTED, "evidence sent", IRL).orElseThrow();
        assertThat(done.closedOn()).isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(done.overdue(LocalDate.of(2027, 1, 30))).isEmpty();
        assertThat(desk.history(entry.id(), IRL).orElseThrow()).extracting(RegisterEvent::action).containsExactly("received", "status", "status",
                "deadline-added", "status", "status", "status");
        assertThat(desk.statistics(RegisterQuery.all(), IRL).byStatus()).anySatisfy(g -> assertThat(g.key()).isEqualTo("executed"));
        assertThat(desk.list(RegisterQuery.all(), AUS)).noneMatch(e -> e.id().equals(entry.id()));
    }

    @Test
    void theReviewReportsWhatIsMissingAndTheOfficersDecisionsCount() {
        RequestDocument incomplete = org.mlasuite.testing.Requests.from(TestData.sample("mla-fra-aus-laundering")).purpose(null).build();
        RegisterEntry entry = desk.importJson(jsonb.toJson(incomplete), AUS);
        Review review = desk.review(entry.id(), Locale.ENGLISH, AUS).orElseThrow();
        assertThat(review.items()).anySatisfy(i -> assertThat(i.finding().id()).isEqualTo("mla.purpose"));
        assertThat(review.grounds()).extracting(RefusalGround::code).contains("essential-interests", "postponement");
        int before = review.outstanding();
        desk.decide(entry.id(), entry.version(), "mla.purpose", "purpose", ReviewDecision.Verdict.OVERRIDDEN,
                "the purpose is stated in the covering letter", AUS).orElseThrow();
        Review after = desk.review(entry.id(), Locale.FRENCH, AUS).orElseThrow();
        assertThat(after.outstanding()).isEqualTo(before - 1);
        assertThat(after.items()).filteredOn(i -> i.finding().id().equals("mla.purpose")).singleElement()
                .satisfies(i -> assertThat(i.decision().note()).contains("covering letter"));
    }

    @Test
    void aRequestsOwnDeadlineIsRegisteredAndTheCsvIsSafeForSpreadsheets() {
        RegisterEntry entry = desk.importJson(jsonb.toJson(TestData.sample("mla-nld-jpn-drugs")), JPN);
        assertThatThrownBy(() -> desk.importJson(jsonb.toJson(TestData.sample("mla-nld-jpn-drugs")), AUS))
                .isInstanceOf(NotYourState.class);
        assertThat(entry.deadlines()).extracting(RegisterDeadline::kind, RegisterDeadline::date)
                .contains(org.assertj.core.groups.Tuple.tuple(DeadlineKind.REQUESTED, LocalDate.of(2027, 3, 31)));
        ManualIntake intake = new ManualIntake(LocalDate.of(2026, 11, 20), "ITA", "JPN",
                org.mlasuite.drafting.domain.RequestType.MLA, "=HYPERLINK(\"http://x\")", "Paper request", null);
        RegisterEntry manual = desk.registerManual(intake, new byte[] {1, 2, 3}, "scan.png", "image/png", JPN);
        assertThat(manual.source()).isEqualTo(IntakeSource.MANUAL);
        String csv = desk.csv(RegisterQuery.all(), JPN);
        assertThat(csv).startsWith("register_number,").contains(manual.registerNumber()).contains("\"'=HYPERLINK(\"\"http://x\"\")\"");
    }
}
