package org.mlasuite.rendering.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.bind.Jsonb;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mlasuite.drafting.domain.RequestDocument;
import org.mlasuite.platform.json.Json;
import org.mlasuite.rendering.application.RenderInput;
import org.mlasuite.testing.Requests;
import org.mlasuite.testing.SharedRenderer;
import org.mlasuite.testing.TestData;

/**
 * The shipped fonts are parsed once and shared between documents (SharedFonts), yet every document is exactly
 * what FOP's own per-document font loading writes: same glyph subsets, same bytes. And the choice of the
 * complex-script factory follows the text, not only the language.
 */
class SharedFontsTest {

    private static FopDocumentRenderer renderer;
    private static Jsonb jsonb;

    @BeforeAll
    static void setUp() {
        renderer = SharedRenderer.get();
        jsonb = Json.create();
    }

    @AfterAll
    static void tearDown() throws Exception {
        jsonb.close();
    }

    private static RenderInput letter(String language, String extraFacts) {
        RequestDocument sample = TestData.sample("mla-fra-aus-laundering");
        RequestDocument request = Requests.from(sample).facts(sample.facts() + "\n" + extraFacts).build();
        return new RenderInput(request, jsonb.toJson(request).getBytes(StandardCharsets.UTF_8), language, "France",
                "Australia", Map.of("untoc", "United Nations Convention against Transnational Organized Crime"));
    }

    private static byte[] fo(RenderInput input) {
        String language = input.first().language();
        return renderer.transform(renderer.templates(input.kind().template()), FopDocumentRenderer.xml(input), language)
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The PDF without what changes from one run to the next: creation dates, document IDs. */
    private static String stable(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        text = text.replaceAll("D:\\d{14}[^)]*", "D:date");
        text = text.replaceAll("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[^<]*", "date");
        text = text.replaceAll("<[0-9A-Fa-f]{32}>", "<id>");
        return text.replaceAll("uuid:[0-9a-f-]+", "uuid");
    }

    @Test
    void documentsAreByteForByteWhatFopsOwnFontLoadingWrites() {
        // different texts in turn, so that a glyph used by one document would show in the next one's subset
        for (RenderInput input : List.of(letter("ru", "Подозреваемый Иванов перевёл средства в Сидней."),
                letter("en", "Quartz, jived, fix: 0123456789 & \"quotes\" — the end."),
                letter("fr", "Les fonds sont arrivés à Sydney le 3 mars 2024 ; « œuvre » ."),
                letter("en", "Short."))) {
            byte[] fo = fo(input);
            byte[] shared = renderer.renderFo(fo, input.first().language());
            byte[] fopAlone = renderer.renderFoWithoutSharedFonts(fo);
            assertThat(stable(shared)).as("%s letter", input.first().language()).isEqualTo(stable(fopAlone));
        }
    }

    @Test
    void concurrentDocumentsKeepTheirOwnGlyphSubsets() throws Exception {
        List<RenderInput> inputs = List.of(letter("en", "Alpha bravo."), letter("ru", "Дельта эхо."),
                letter("de", "Größere Überweisungen."), letter("es", "Señal mañana."));
        List<String> expected = new ArrayList<>();
        for (RenderInput input : inputs) {
            expected.add(stable(renderer.renderFoWithoutSharedFonts(fo(input))));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (RenderInput input : inputs) {
                    byte[] fo = fo(input);
                    results.add(pool.submit(() -> stable(renderer.renderFo(fo, input.first().language()))));
                }
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).as("document %d", i).isEqualTo(expected.get(i % inputs.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void onlyTheShippedFontsAreShared() {
        TemplateResources resources = new TemplateResources(getClass().getClassLoader());
        assertThat(resources.isShippedFont(URI.create("tpl:/fonts/DejaVuSerif-Bold.ttf"))).isTrue();
        assertThat(resources.isShippedFont(URI.create("tpl:/fonts/cjk.ttc"))).as("the operator's CJK font").isFalse();
        assertThat(resources.isShippedFont(URI.create("file:/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))).isFalse();
        assertThat(resources.isShippedFont(URI.create("tpl:/fonts/../fonts/DejaVuSans.ttf"))).isTrue();
        assertThat(resources.isShippedFont(URI.create("tpl:/xsl/DejaVuSans.ttf"))).isFalse();
    }

    @Test
    void textInARightToLeftOrShapedScriptSelectsComplexScriptsWhateverTheLanguage() {
        for (String text : List.of("أحمد الحسن", "שלום", "नमस्ते", "สวัสดี", "ܫܠܡܐ", "\u202Babc\u202C")) {
            assertThat(FopDocumentRenderer.needsComplexScripts(("<p>Name: " + text + "</p>").getBytes(StandardCharsets.UTF_8)))
                    .as(text).isTrue();
        }
        for (String text : List.of("Ahmed Al-Hassan", "Иванов", "Ελλάδα", "王伟 (犯罪嫌疑人)", "— “€ 10” …", "Größe")) {
            assertThat(FopDocumentRenderer.needsComplexScripts(("<p>Name: " + text + "</p>").getBytes(StandardCharsets.UTF_8)))
                    .as(text).isFalse();
        }
        assertThat(FopDocumentRenderer.needsComplexScripts(FopDocumentRenderer.xml(letter("en", "Marc Delorme")))).isFalse();
        // an Arabic letter's XML may hold no Arabic at all (its words come from the templates): there the language decides
        assertThat(FopDocumentRenderer.needsComplexScripts(FopDocumentRenderer.xml(letter("en", "أحمد الحسن")))).isTrue();
    }

    @Test
    void arabicNamesInAChineseLetterAreSetRightToLeft() throws Exception {
        assumeTrue(renderer.supports("zh"), () -> renderer.missingFontMessage("zh"));
        RenderInput input = letter("zh", "嫌疑人的合伙人：أحمد الحسن");
        // with complex scripts FOP reorders the Arabic run (bidi) and shapes it, and the text layer reads in
        // logical order; without them the letters are laid left to right and read backwards
        assertThat(Pdfs.text(renderer.render(input))).contains("合伙人：أحمد الحسن");
        assertThat(Pdfs.text(renderer.renderFoWithoutSharedFonts(fo(input))))
                .as("the same FO without complex scripts, so that the check can tell").doesNotContain("أحمد")
                .contains(new StringBuilder("أحمد").reverse());
    }
}
