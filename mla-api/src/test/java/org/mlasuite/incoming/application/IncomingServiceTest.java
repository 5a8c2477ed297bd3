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
import org.mlasuite.checking.domain.Checker;
import org.mlasuite.drafting.application.DocumentValidator;
import org.mlasuite.drafting.domain.RequestDocument;
import org.mlasuite.drafting.domain.StaleVersion;
import org.mlasuite.drafting.infrastructure.RequestDocumentUpgrade;
import org.mlasuite.drafting.infrastructure.RequestJson;
import org.mlasuite.incoming.domain.DeadlineKind;
import org.mlasuite.incoming.domain.FingerprintCheck;
import org.mlasuite.incoming.domain.IllegalTransition;
import org.mlasuite.incoming.domain.IntakeSource;
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

    private static Database database;
    private static IncomingService desk;
    private static FopDocumentRenderer renderer;
    private static Jsonb jsonb;

    @BeforeAll
    static void open() {
        jsonb = Json.create();
        RequestJson json = new RequestJson(jsonb);
        database = new Database(DatabaseSettings.of(null, null, null, dataDir.toString()), CLOCK,
                List.of(new RequestDocumentUpgrade(json)));
        assertThat(database.open()).as(database.problem()).isTrue();
        desk = new IncomingService(new JpaRegister(database::factory, json, jsonb, CLOCK), new SuitePdfReader(), json::read,
                new DocumentValidator(Validation.buildDefaultValidatorFactory().getValidator()), Checker.standard(),
                TestData::catalog, CLOCK);
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
        RegisterEntry entry = desk.importPdf(pdf, "../../etc/Letter of request.pdf", "officer-a");
        assertThat(entry.registerNumber()).matches("IN-2026-\\d{4}");
        assertThat(entry.source()).isEqualTo(IntakeSource.SUITE_PDF);
        assertThat(entry.status()).isEqualTo(RegisterStatus.RECEIVED);
        assertThat(entry.fingerprintCheck()).isEqualTo(FingerprintCheck.VERIFIED);
        assertThat(entry.document()).isEqualTo(sample);
        assertThat(entry.original().name()).isEqualTo("Letter of request.pdf");
        assertThat(desk.original(entry.id())).get().isEqualTo(pdf);
        assertThat(desk.history(entry.id())).extracting(RegisterEvent::action, RegisterEvent::actor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("received", "officer-a"));
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
        RegisterEntry entry = desk.importPdf(altered, "altered.pdf", "officer-a");
        assertThat(entry.fingerprintCheck()).isEqualTo(FingerprintCheck.MISMATCH);
        assertThat(desk.history(entry.id()).get(0).note()).contains("does NOT match");
    }

    @Test
    void filesThatAreNotSuitePdfsAreRefusedWithAReason() throws Exception {
        assertThatThrownBy(() -> desk.importPdf("not a pdf".getBytes(StandardCharsets.UTF_8), "x.pdf", "a"))
                .isInstanceOf(IntakeRefused.class).hasMessageContaining("not a readable PDF");
        ByteArrayOutputStream blank = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(blank);
        }
        assertThatThrownBy(() -> desk.importPdf(blank.toByteArray(), "scan.pdf", "a"))
                .isInstanceOf(IntakeRefused.class).hasMessageContaining("Register it by hand");
    }

    @Test
    void theWorkflowIsEnforcedAndEveryStepIsInTheHistory() {
        RegisterEntry entry = desk.importJson(jsonb.toJson(TestData.sample("mla-ita-irl-trafficking")), "officer-b");
        RegisterEntry review = desk.move(entry.id(), entry.version(), RegisterStatus.UNDER_REVIEW, "opened", "officer-b").orElseThrow();
        assertThatThrownBy(() -> desk.move(entry.id(), entry.version(), RegisterStatus.IN_EXECUTION, null, "officer-c"))
                .isInstanceOf(StaleVersion.class);
        assertThatThrownBy(() -> desk.move(entry.id(), review.version(), RegisterStatus.SENT, null, "officer-b"))
                .isInstanceOf(IllegalTransition.class);
        RegisterEntry info = desk.move(entry.id(), review.version(), RegisterStatus.ADDITIONAL_INFORMATION_REQUESTED,
                "asked for the victims' consent", "officer-b").orElseThrow();
        RegisterEntry withDeadline = desk.addDeadline(entry.id(), info.version(),
                new RegisterDeadline(DeadlineKind.ADDITIONAL_INFORMATION, LocalDate.of(2026, 12, 28), "reply due", false), "officer-b").orElseThrow();
        RegisterEntry back = desk.move(entry.id(), withDeadline.version(), RegisterStatus.UNDER_REVIEW, null, "officer-b").orElseThrow();
        RegisterEntry executing = desk.move(entry.id(), back.version(), RegisterStatus.IN_EXECUTION, null, "officer-b").orElseThrow();
        RegisterEntry done = desk.move(entry.id(), executing.version(), RegisterStatus.EXECUTED, "evidence sent", "officer-b").orElseThrow();
        assertThat(done.closedOn()).isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(done.overdue(LocalDate.of(2027, 1, 30))).isEmpty();
        assertThat(desk.history(entry.id())).extracting(RegisterEvent::action).containsExactly("received", "status", "status",
                "deadline-added", "status", "status", "status");
        assertThat(desk.statistics(RegisterQuery.all()).byStatus()).anySatisfy(g -> assertThat(g.key()).isEqualTo("executed"));
    }

    @Test
    void theReviewReportsWhatIsMissingAndTheOfficersDecisionsCount() {
        RequestDocument incomplete = org.mlasuite.testing.Requests.from(TestData.sample("mla-fra-aus-laundering")).purpose(null).build();
        RegisterEntry entry = desk.importJson(jsonb.toJson(incomplete), "officer-a");
        Review review = desk.review(entry.id(), Locale.ENGLISH).orElseThrow();
        assertThat(review.items()).anySatisfy(i -> assertThat(i.finding().id()).isEqualTo("mla.purpose"));
        assertThat(review.grounds()).extracting(RefusalGround::code).contains("essential-interests", "postponement");
        int before = review.outstanding();
        desk.decide(entry.id(), entry.version(), "mla.purpose", "purpose", ReviewDecision.Verdict.OVERRIDDEN,
                "the purpose is stated in the covering letter", "officer-a").orElseThrow();
        Review after = desk.review(entry.id(), Locale.FRENCH).orElseThrow();
        assertThat(after.outstanding()).isEqualTo(before - 1);
        assertThat(after.items()).filteredOn(i -> i.finding().id().equals("mla.purpose")).singleElement()
                .satisfies(i -> assertThat(i.decision().note()).contains("covering letter"));
    }

    @Test
    void aRequestsOwnDeadlineIsRegisteredAndTheCsvIsSafeForSpreadsheets() {
        RegisterEntry entry = desk.importJson(jsonb.toJson(TestData.sample("mla-nld-jpn-drugs")), "officer-a");
        assertThat(entry.deadlines()).extracting(RegisterDeadline::kind, RegisterDeadline::date)
                .contains(org.assertj.core.groups.Tuple.tuple(DeadlineKind.REQUESTED, LocalDate.of(2027, 3, 31)));
        ManualIntake intake = new ManualIntake(LocalDate.of(2026, 11, 20), "ITA", "JPN",
                org.mlasuite.drafting.domain.RequestType.MLA, "=HYPERLINK(\"http://x\")", "Paper request", null);
        RegisterEntry manual = desk.registerManual(intake, new byte[] {1, 2, 3}, "scan.png", "image/png", "officer-a");
        assertThat(manual.source()).isEqualTo(IntakeSource.MANUAL);
        String csv = desk.csv(RegisterQuery.all());
        assertThat(csv).startsWith("register_number,").contains(manual.registerNumber()).contains("\"'=HYPERLINK(\"\"http://x\"\")\"");
    }
}
