package org.mlasuite.rendering.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.bind.Jsonb;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mlasuite.checking.domain.CheckContext;
import org.mlasuite.checking.domain.Checker;
import org.mlasuite.checking.domain.Finding;
import org.mlasuite.checking.domain.Severity;
import org.mlasuite.drafting.domain.Person;
import org.mlasuite.drafting.domain.PersonRole;
import org.mlasuite.drafting.domain.RequestDocument;
import org.mlasuite.drafting.domain.RequestType;
import org.mlasuite.incoming.application.RefusalGround;
import org.mlasuite.incoming.application.Review;
import org.mlasuite.incoming.application.ReviewItem;
import org.mlasuite.incoming.domain.DeadlineKind;
import org.mlasuite.incoming.domain.Direction;
import org.mlasuite.incoming.domain.FingerprintCheck;
import org.mlasuite.incoming.domain.IntakeSource;
import org.mlasuite.incoming.domain.RegisterDeadline;
import org.mlasuite.incoming.domain.RegisterEntry;
import org.mlasuite.incoming.domain.RegisterStatus;
import org.mlasuite.incoming.domain.ReviewDecision;
import org.mlasuite.platform.json.Json;
import org.mlasuite.rendering.infrastructure.Pdfs;
import org.mlasuite.testing.Requests;
import org.mlasuite.testing.SharedRenderer;
import org.mlasuite.testing.TestData;
import org.mlasuite.testing.TestDocuments;

/**
 * Documents as the application produces them (DocumentService with the real renderer, data and JSON): bilingual
 * output, the training marking, the replies of the register, the completeness report, and the limits.
 */
class DocumentsEndToEndTest {

    private static Jsonb jsonb;
    private static DocumentService documents;

    @BeforeAll
    static void setUp() {
        jsonb = Json.create();
        documents = new DocumentService(SharedRenderer.get(), TestData::catalog, jsonb::toJson);
    }

    @AfterAll
    static void tearDown() throws Exception {
        jsonb.close();
    }

    /** The text of a PDF with line breaks and runs of spaces as single spaces, so that wrapped sentences match. */
    private static String flat(byte[] pdf) throws Exception {
        return Pdfs.text(pdf).replaceAll("\\s+", " ");
    }

    private static String pages(byte[] pdf, int from, int to) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(from);
            stripper.setEndPage(to);
            return stripper.getText(doc);
        }
    }

    @Test
    void aBilingualDocumentIsTheOriginalThenTheTranslationOfItsWordingInOnePdfWithOneJson() throws Exception {
        RequestDocument request = TestDocuments.extradition();
        byte[] pdf = documents.requestDocument(request, "fr", "en", false);

        int pages = Pdfs.pages(pdf);
        String text = flat(pdf);
        assertThat(text).contains("Demande d’extradition").contains("Request for extradition")
                .contains("Original (français)").contains("Translation (English)")
                .contains("La présente partie constitue le document original")
                .contains("Text entered by the author of the document is reproduced as entered, without translation");
        // the original comes first, and the user's text is in both parts as entered
        assertThat(text.indexOf("Demande d’extradition")).isLessThan(text.indexOf("Request for extradition"));
        String facts = "obtained EUR 4.2 million";
        assertThat(text.indexOf(facts)).isNotEqualTo(text.lastIndexOf(facts));
        // each part counts its own pages
        String first = pages(pdf, 1, 1);
        assertThat(first).containsPattern("Page 1 sur \\d+");
        assertThat(pages(pdf, pages, pages)).containsPattern("Page (\\d+) of \\1");
        // one attachment, the request as stored; XMP has both languages and both titles
        assertThat(jsonb.fromJson(Pdfs.attachment(pdf, "request.json"), RequestDocument.class)).isEqualTo(request);
        assertThat(Pdfs.catalogLanguage(pdf)).isEqualTo("fr");
        // FOP writes dc:language itself, from the document language; the title is there in both languages
        assertThat(Pdfs.xmp(pdf)).contains("xml:lang=\"x-default\">Demande d’extradition").contains("xml:lang=\"en\">Request for extradition");
        assertThat(Pdfs.unembeddedFonts(pdf)).isEmpty();
        assertThat(Pdfs.pdfa3bFailures(pdf)).isEmpty();
    }

    @Test
    void bilingualAcrossScriptsShowsTheUsersTextInBothParts() throws Exception {
        assumeTrue(SharedRenderer.get().supports("zh"), () -> SharedRenderer.get().missingFontMessage("zh"));
        String chinese = "嫌疑人使用化名“王先生”。";
        RequestDocument arabic = Requests.from(TestData.sample("mla-fra-aus-laundering"))
                .facts("أُودعت الأموال في حساب مصرفي. " + chinese).build();
        for (String[] pair : new String[][] {{"ar", "en"}, {"zh", "fr"}, {"en", "zh"}}) {
            RequestDocument request = "ar".equals(pair[0]) ? Requests.from(arabic).facts("أُودعت الأموال في حساب مصرفي.").build()
                    : Requests.from(arabic).facts(chinese).build();
            byte[] pdf = documents.requestDocument(request, pair[0], pair[1], false);
            assertThat(Pdfs.unembeddedFonts(pdf)).as("%s+%s", pair[0], pair[1]).isEmpty();
            assertThat(Pdfs.pdfa3bFailures(pdf)).as("%s+%s", pair[0], pair[1]).isEmpty();
            assertThat(Pdfs.xmp(pdf)).contains("<rdf:li xml:lang=\"" + pair[1] + "\">");
            assertThat(flat(pdf).replace(" ", "")).as("the user's text in both parts")
                    .satisfies(t -> assertThat(t.indexOf(request.facts().substring(0, 4).replace(" ", "")))
                            .isNotEqualTo(t.lastIndexOf(request.facts().substring(0, 4).replace(" ", ""))));
        }
    }

    @Test
    void theTrainingMarkingIsOnEveryPage() throws Exception {
        RequestDocument request = TestData.sample("mla-fra-aus-laundering");
        byte[] pdf = documents.requestDocument(request, "en", null, true);
        int pages = Pdfs.pages(pdf);
        assertThat(pages).isGreaterThan(1);
        for (int page = 1; page <= pages; page++) {
            assertThat(pages(pdf, page, page)).as("page %d", page).contains("TRAINING — NOT A REAL REQUEST");
        }
        assertThat(Pdfs.text(documents.requestDocument(request, "ru", null, true))).contains("УЧЕБНЫЙ ДОКУМЕНТ");
        assertThat(Pdfs.text(documents.requestDocument(request, "en", null, false))).doesNotContain("TRAINING");
        assertThat(Pdfs.pdfa3bFailures(pdf)).isEmpty();
    }

    @Test
    void theDocumentFollowsTheRequestType() throws Exception {
        assertThat(flat(documents.requestDocument(TestDocuments.provisionalArrest(), "en", null, false)))
                .contains("Request for provisional arrest pending a request for extradition")
                .contains("The requesting State undertakes to submit a request for the extradition")
                .contains("This request is transmitted through the International Criminal Police Organization (INTERPOL)");
        String enforcement = flat(documents.requestDocument(TestDocuments.extraditionForEnforcement(), "en", null, false));
        assertThat(enforcement).contains("for the purpose of enforcing a sentence").contains("Remainder to be served: 60 months")
                .contains("The judgment is final and enforceable.").contains("Rule of speciality");
        String freezing = flat(documents.requestDocument(TestData.sample("confiscation-esp-gbr-freeze"), "en", null, false));
        assertThat(freezing).contains("Request for the identification, tracing and freezing or seizure of proceeds of crime")
                .contains("(UNTOC art. 13(2))").contains("Property concerned");
        String confiscation = flat(documents.requestDocument(TestData.sample("confiscation-ita-mus-enforce-return"), "en", null, false));
        assertThat(confiscation).contains("Request for the confiscation of proceeds of crime").contains("Confiscation order")
                .contains("(UNTOC art. 13(1)(b))");
    }

    private static RegisterEntry entry(RequestDocument document, List<RegisterDeadline> deadlines, List<ReviewDecision> decisions) {
        return new RegisterEntry("e1", 3, "IN-2026-0007", Direction.INCOMING, IntakeSource.JSON, LocalDate.of(2026, 1, 12),
                document == null ? "ESP" : document.requestingState(), document == null ? "GBR" : document.requestedState(),
                document == null ? RequestType.MLA : document.type(), "JI 24/118", "Laundering of fraud proceeds",
                RegisterStatus.UNDER_REVIEW, "Hannah Whitfield", document, null, null, FingerprintCheck.NOT_APPLICABLE, deadlines,
                decisions, null, LocalDateTime.of(2026, 1, 12, 9, 0), LocalDateTime.of(2026, 1, 12, 9, 0));
    }

    private static Review review(RegisterEntry entry) {
        List<ReviewItem> items = new ArrayList<>();
        if (entry.document() != null) {
            for (Finding f : Checker.standard().check(new CheckContext(entry.document(), TestData.catalog(), LocalDate.of(2026, 1, 15),
                    Locale.ENGLISH))) {
                String key = f.id() + "|" + (f.fields().isEmpty() ? "" : f.fields().get(0));
                items.add(new ReviewItem(f, entry.decisions().stream().filter(d -> d.key().equals(key)).findFirst().orElse(null)));
            }
        }
        return new Review(entry, items, List.<RefusalGround>of(), 0);
    }

    @Test
    void theRequestForAdditionalInformationListsWhatTheOfficerHasNotSetAside() throws Exception {
        RequestDocument incomplete = Requests.from(TestData.sample("mla-fra-aus-laundering")).facts("").purpose("").build();
        List<Finding> findings = Checker.standard().check(new CheckContext(incomplete, TestData.catalog(), LocalDate.of(2026, 1, 15),
                Locale.ENGLISH));
        List<Finding> serious = findings.stream().filter(f -> f.severity() != Severity.ADVICE).toList();
        assertThat(serious).as("the incomplete request has blocking or warning findings").hasSizeGreaterThanOrEqualTo(2);
        Finding overridden = serious.get(0);
        Finding accepted = serious.get(1);
        List<ReviewDecision> decisions = List.of(
                new ReviewDecision(overridden.id(), overridden.fields().isEmpty() ? null : overridden.fields().get(0),
                        ReviewDecision.Verdict.OVERRIDDEN, "Our law does not require it.", "hw", LocalDateTime.now()),
                new ReviewDecision(accepted.id(), accepted.fields().isEmpty() ? null : accepted.fields().get(0),
                        ReviewDecision.Verdict.ACCEPTED, null, "hw", LocalDateTime.now()));
        RegisterEntry entry = entry(incomplete, List.of(new RegisterDeadline(DeadlineKind.ADDITIONAL_INFORMATION,
                LocalDate.of(2026, 3, 1), null, false)), decisions);

        byte[] pdf = documents.reply(DocumentKind.ADDITIONAL_INFORMATION, review(entry), "Please also send the bank's certificate.",
                "en", null, LocalDate.of(2026, 1, 15));

        String text = flat(pdf);
        assertThat(text).contains("Request for additional information (UNTOC art. 18(16))").contains("IN-2026-0007")
                .contains("Hannah Whitfield").contains("Please also send the bank's certificate.")
                .contains("Please reply by 2026-03-01.")
                .contains(accepted.message().replaceAll("\\s+", " "))
                .doesNotContain(overridden.message().replaceAll("\\s+", " "));
        findings.stream().filter(f -> f.severity() == Severity.ADVICE)
                .forEach(f -> assertThat(text).doesNotContain(f.message().replaceAll("\\s+", " ")));
        assertThat(Pdfs.xmp(pdf)).contains("The central authority of");
        assertThat(Pdfs.pdfa3bFailures(pdf)).isEmpty();
    }

    @Test
    void repliesComeInTheRequestingStatesLanguageAndARefusalNeedsReasons() throws Exception {
        RequestDocument spanish = TestData.sample("confiscation-esp-gbr-freeze");
        RegisterEntry entry = entry(spanish, List.of(), List.of());
        assertThat(documents.replyLanguage(entry)).isEqualTo("es");
        byte[] acknowledgement = documents.reply(DocumentKind.ACKNOWLEDGEMENT, review(entry), null, null, null, LocalDate.of(2026, 1, 15));
        assertThat(flat(acknowledgement)).contains("Acuse de recibo").contains("IN-2026-0007")
                .contains("La autoridad central de Reino Unido acusa recibo".substring(0, 25));
        assertThat(Pdfs.catalogLanguage(acknowledgement)).isEqualTo("es");

        RegisterEntry paper = entry(null, List.of(), List.of());
        byte[] refusal = documents.reply(DocumentKind.REFUSAL, review(paper), "Execution would prejudice essential interests.", "en", "es",
                LocalDate.of(2026, 1, 15));
        assertThat(flat(refusal)).contains("Notice of refusal").contains("Notificación de denegación")
                .contains("UNTOC art. 18(23)").contains("Execution would prejudice essential interests.");
        assertThatThrownBy(() -> documents.reply(DocumentKind.POSTPONEMENT, review(paper), " ", "en", null, LocalDate.now()))
                .isInstanceOf(DocumentService.MissingReasons.class);

        RegisterEntry extradition = entry(TestDocuments.extradition(), List.of(), List.of());
        assertThat(flat(documents.reply(DocumentKind.POSTPONEMENT, review(extradition), "He is on trial in Sydney.", "en", null,
                LocalDate.now()))).contains("surrender of the person sought is postponed").contains("art. 16(16)");
    }

    @Test
    void theCompletenessReportListsEveryFindingWithSeverityFixAndCitation() throws Exception {
        RequestDocument incomplete = Requests.from(TestData.sample("mla-fra-aus-laundering")).facts("").build();
        List<Finding> findings = Checker.standard().check(new CheckContext(incomplete, TestData.catalog(), LocalDate.of(2026, 1, 15),
                Locale.FRENCH));
        byte[] pdf = documents.completenessReport(incomplete, findings, LocalDate.of(2026, 1, 15), "fr", null, false);
        String text = flat(pdf);
        assertThat(text).contains("Rapport de complétude").contains("Vérifié le 2026-01-15");
        for (Finding f : findings) {
            assertThat(text).contains(f.message().replaceAll("\\s+", " ")).contains(f.citation().display().replaceAll("\\s+", " "));
        }
        assertThat(text).contains("Bloquant");
    }

    @Test
    void fiveHundredPersonsRenderAsPagesAndTenThousandAreRefusedBeforeAnyWork() throws Exception {
        RequestDocument base = TestData.sample("mla-fra-aus-laundering");
        List<Person> persons = new ArrayList<>();
        for (int i = 1; i <= 500; i++) {
            persons.add(new Person(PersonRole.WITNESS, "Witness number " + i, null, LocalDate.of(1970, 1, 1).plusDays(i), "Sydney",
                    "Australian", List.of("AUS"), null, "Employee of Southern Cross Cellars Pty Ltd, branch " + i, null));
        }
        RequestDocument many = Requests.from(base).persons(persons).build();
        documents.requestDocument(many, "en", null, false); // warm the path once; the figure below is a warm render
        long start = System.nanoTime();
        byte[] pdf = documents.requestDocument(many, "en", null, false);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("500 persons: %d pages, %d ms%n", Pdfs.pages(pdf), millis);
        assertThat(Pdfs.pages(pdf)).isGreaterThan(30);
        assertThat(pages(pdf, Pdfs.pages(pdf) - 1, Pdfs.pages(pdf))).contains("Witness number 500");
        assertThat(millis).as("a 500-person request renders within seconds").isLessThan(20_000);

        RequestDocument tooMany = Requests.from(base).persons(Collections.nCopies(10_000, persons.get(0))).build();
        long refused = System.nanoTime();
        assertThatThrownBy(() -> documents.requestDocument(tooMany, "en", null, false))
                .isInstanceOf(DocumentTooLarge.class).hasMessageContaining("10000 persons").hasMessageContaining("at most 500");
        assertThat((System.nanoTime() - refused) / 1_000_000).as("refused before rendering").isLessThan(2_000);
    }
}
