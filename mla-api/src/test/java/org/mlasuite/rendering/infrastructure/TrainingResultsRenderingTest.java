package org.mlasuite.rendering.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.geom.Rectangle2D;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mlasuite.rendering.application.DocumentService;
import org.mlasuite.rendering.application.DocumentTooLarge;
import org.mlasuite.rendering.application.TrainingResultsInput;
import org.mlasuite.testing.SharedRenderer;
import org.mlasuite.training.application.ResultRow;
import org.mlasuite.training.application.ScenarioSummary;
import org.mlasuite.training.application.SessionResults;
import org.mlasuite.training.domain.TrainingSession;

/**
 * The results document of a training session as FOP renders it, read back with PDFBox: both trainees with their
 * scores, the TRAINING marking and page X of Y in every output language; veraPDF accepts it as PDF/A-3b; Arabic
 * runs right to left; names that look like markup stay text and make nothing load.
 */
class TrainingResultsRenderingTest {

    private static final Path ARTIFACTS = Path.of("target", "rendering");
    private static final LocalDateTime PRODUCED = LocalDateTime.of(2026, 11, 28, 16, 45);
    private static final float HEADING_SIZE = 11.5f;

    static FopDocumentRenderer renderer;

    @BeforeAll
    static void setUp() throws Exception {
        renderer = SharedRenderer.get();
        Files.createDirectories(ARTIFACTS);
    }

    static Stream<String> languages() {
        return DocumentService.LANGUAGES.stream();
    }

    /** Two trainees on the first scenario (one full marks, one not), one exercise left open on the second. */
    static TrainingResultsInput input(String language, String traineeA, String traineeB, String sessionTitle) {
        TrainingSession session = new TrainingSession("s-1", 3, "K7M2QX", sessionTitle, "tr.moreau",
                List.of("oth-aus-nzl-detained-witness", "mla-ita-irl-video"), LocalDateTime.of(2026, 11, 28, 9, 0));
        List<ResultRow> rows = List.of(
                row("amina.haddad", "oth-aus-nzl-detained-witness", "A detained witness from New Zealand", 12, 12, 8, 8,
                        LocalDateTime.of(2026, 11, 28, 10, 12)),
                row("amina.haddad", "mla-ita-irl-video", "A hearing by video link in Ireland", null, 9, null, 5, null),
                row("li.wei", "oth-aus-nzl-detained-witness", "A detained witness from New Zealand", 7, 12, 5, 8,
                        LocalDateTime.of(2026, 11, 28, 10, 31)));
        List<ScenarioSummary> summaries = List.of(
                new ScenarioSummary("oth-aus-nzl-detained-witness", "A detained witness from New Zealand", 12, 8, 2, 2, 9.5),
                new ScenarioSummary("mla-ita-irl-video", "A hearing by video link in Ireland", 9, 5, 1, 0, null));
        return new TrainingResultsInput(new SessionResults(session, summaries, rows), language,
                Map.of("amina.haddad", traineeA, "li.wei", traineeB, "tr.moreau", "Claire Moreau"), PRODUCED);
    }

    static TrainingResultsInput input(String language) {
        return input(language, "Amina Haddad", "Li Wei", "Palermo workshop, November");
    }

    private static ResultRow row(String trainee, String scenario, String title, Integer score, int max, Integer met, int items,
            LocalDateTime submittedAt) {
        boolean submitted = score != null;
        return new ResultRow(trainee, scenario, title, submitted, score, submitted ? max : null,
                submitted ? Math.round(100f * score / max) : null, List.of(), submittedAt, List.of(),
                submitted ? met : null, submitted ? items : null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void bothTraineesAndTheirScoresUnderTheTrainingMarkingInEveryLanguage(String language) throws Exception {
        assumeTrue(renderer.supports(language), () -> renderer.missingFontMessage(language));
        Map<String, String> words = MultilingualRenderingTest.strings(language);
        byte[] pdf = renderer.render(input(language));
        Files.write(ARTIFACTS.resolve("training-results-" + language + ".pdf"), pdf);

        String text = MultilingualRenderingTest.comparable(Pdfs.text(pdf));
        assertThat(text)
                .contains(MultilingualRenderingTest.comparable(words.get("training-results.title")))
                .contains(MultilingualRenderingTest.comparable(words.get("training.marking")))
                .contains(MultilingualRenderingTest.comparable(words.get("training-results.section.summary")))
                .contains("AminaHaddad(amina.haddad)")
                .contains("LiWei(li.wei)")
                .contains("ClaireMoreau(tr.moreau)")
                .contains("K7M2QX")
                .contains("16:45").contains("UTC")
                .contains("AdetainedwitnessfromNewZealand")
                .contains("oth-aus-nzl-detained-witness");
        // numbers read as laid out: PDFBox's bidi reordering would scramble them in the Arabic document's lines
        String visual = Pdfs.visualText(pdf);
        // the scores as the language writes them: 12 / 12 (100 %) for Amina, 7 / 12 (58 %) for Li Wei
        for (String[] score : new String[][] {{"12", "12", "100"}, {"7", "12", "58"}}) {
            String written = words.get("training-results.score.value").replace("{score}", score[0])
                    .replace("{max}", score[1]).replace("{percent}", score[2]);
            assertThat(visual).as("score %s / %s", score[0], score[1]).contains(MultilingualRenderingTest.comparable(written));
        }
        assertThat(visual).as("production and submission times").contains("2026-11-2816:45UTC").contains("2026-11-28")
                .contains("10:31");
        assertThat(visual).as("rubric items met").contains("8/8").contains("5/8");
        assertThat(visual).as("the median of 12 and 7").contains(TrainingResultsXml.decimal(9.5, language) + "/12");
        assertThat(Pdfs.pages(pdf)).isEqualTo(1);
        assertThat(text).contains(MultilingualRenderingTest.comparable(words.get("page").replace("{page}", "1").replace("{pages}", "1")));
        assertThat(Pdfs.fontNames(pdf)).isNotEmpty()
                .allSatisfy(name -> assertThat(name).as("a subset has a six-letter tag").matches("[A-Z]{6}\\+.+"));
        assertThat(Pdfs.unembeddedFonts(pdf)).isEmpty();
        assertThat(Pdfs.catalogLanguage(pdf)).isEqualTo(language);
        assertThat(Pdfs.xmp(pdf)).contains(words.get("training-results.title")).contains("Claire Moreau");
        assertThat(Pdfs.pdfa3bFailures(pdf)).isEmpty();
    }

    @Test
    void arabicNamesInAnArabicDocumentAndItsHeadingsOnTheRight() throws Exception {
        byte[] pdf = renderer.render(input("ar", "أمينة حداد", "لي وي", "ورشة باليرمو"));
        Files.write(ARTIFACTS.resolve("training-results-ar-names.pdf"), pdf);
        String text = MultilingualRenderingTest.comparable(Pdfs.text(pdf));
        Map<String, String> words = MultilingualRenderingTest.strings("ar");
        assertThat(text).contains(MultilingualRenderingTest.comparable(words.get("training.marking")));
        assertThat(text).contains(MultilingualRenderingTest.comparable("ورشة باليرمو"));
        assertThat(Pdfs.pdfa3bFailures(pdf)).isEmpty();

        // the first section heading sits right of the page's centre, as the other Arabic documents' do
        Rectangle2D heading = Pdfs.textBox(pdf, 0, HEADING_SIZE);
        assertThat(heading).as("the first section heading").isNotNull();
        assertThat(heading.getMinX()).as("left edge of the heading, in points on a 595 pt page").isGreaterThan(595.28 / 2);
        Rectangle2D english = Pdfs.textBox(renderer.render(input("en")), 0, HEADING_SIZE);
        assertThat(english.getMaxX()).isLessThan(595.28 / 2);
    }

    @Test
    void namesThatLookLikeMarkupStayTextAndMakeNothingLoad() throws Exception {
        String graphic = "<fo:external-graphic src=\"file:///etc/passwd\"/>";
        String cdata = "]]><fo:external-graphic src=\"http://127.0.0.1:9/x.png\"/><![CDATA[";
        String doctype = "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>&e;";
        TrainingResultsInput input = input("en", graphic, cdata, doctype + " \u0001 \uD800 end");

        // the FO the template makes: the names are character data, never elements
        String fo = renderer.transform(renderer.templates(TrainingResultsXml.TEMPLATE), TrainingResultsXml.write(input), "en");
        assertThat(fo).doesNotContain("<fo:external-graphic").doesNotContain("<!DOCTYPE").doesNotContain("<!ENTITY")
                .contains("&lt;fo:external-graphic src=\"file:///etc/passwd\"/&gt;")
                .contains("]]&gt;");

        // and FOP renders them as text: an image it tried to load would have failed the document
        String text = MultilingualRenderingTest.comparable(Pdfs.text(renderer.render(input)));
        assertThat(text).contains("<fo:external-graphicsrc=\"file:///etc/passwd\"/>(amina.haddad)")
                .contains("]]><fo:external-graphicsrc=\"http://127.0.0.1:9/x.png\"/><![CDATA[(li.wei)")
                .contains("<!DOCTYPEx[<!ENTITYeSYSTEM\"file:///etc/passwd\">]>&e;")
                .doesNotContain("root:x:0:0");
    }

    @Test
    void aLongSessionRunsOverPagesWithPageXOfYAndTheMarkingOnEach() throws Exception {
        TrainingResultsInput base = input("en");
        List<ResultRow> rows = new ArrayList<>();
        for (int i = 0; i < 90; i++) {
            rows.add(row(String.format("trainee-%03d", i), "oth-aus-nzl-detained-witness", "A detained witness from New Zealand",
                    i % 13, 12, i % 9, 8, LocalDateTime.of(2026, 11, 28, 10, i % 60)));
        }
        TrainingResultsInput many = new TrainingResultsInput(new SessionResults(base.results().session(),
                base.results().scenarios(), rows), "en", Map.of(), PRODUCED);
        byte[] pdf = renderer.render(many);
        int pages = Pdfs.pages(pdf);
        assertThat(pages).isGreaterThan(1);
        String text = Pdfs.text(pdf);
        assertThat(text).contains("Page 1 of " + pages).contains("Page " + pages + " of " + pages).contains("trainee-089");
        assertThat(text.split("TRAINING — NOT A REAL REQUEST", -1)).as("one marking per page").hasSize(pages + 1);
        assertThat(MultilingualRenderingTest.comparable(text).split("Rubricitemsmet", -1)).as("the table's header on every page it runs over")
                .hasSizeGreaterThan(pages);
        assertThat(Pdfs.pdfa3bFailures(pdf)).isEmpty();
    }

    @Test
    void aSessionOverTheLimitIsRefusedBeforeRendering() {
        TrainingResultsInput base = input("en");
        ResultRow one = base.results().rows().get(0);
        List<ResultRow> rows = java.util.Collections.nCopies(TrainingResultsInput.MAX_ROWS + 1, one);
        TrainingResultsInput huge = new TrainingResultsInput(new SessionResults(base.results().session(),
                base.results().scenarios(), rows), "en", Map.of(), PRODUCED);
        assertThatThrownBy(() -> renderer.render(huge)).isInstanceOf(DocumentTooLarge.class).hasMessageContaining("CSV");
    }

    @Test
    void aSessionNobodyStartedSaysSo() throws Exception {
        TrainingResultsInput base = input("fr");
        TrainingResultsInput empty = new TrainingResultsInput(new SessionResults(base.results().session(),
                List.of(new ScenarioSummary("mla-ita-irl-video", "Audition par vidéoconférence", 9, 5, 0, 0, null)), List.of()),
                "fr", Map.of(), PRODUCED);
        String text = Pdfs.text(renderer.render(empty));
        assertThat(text).contains("Aucun stagiaire n’a commencé d’exercice dans cette session.")
                .contains("tr.moreau").contains("Audition par vidéoconférence");
        assertThat(new String(TrainingResultsXml.write(empty), StandardCharsets.UTF_8)).contains("trainees=\"0\"");
    }
}
