package org.mlasuite.rendering.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.bind.Jsonb;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mlasuite.drafting.domain.RequestDocument;
import org.mlasuite.platform.json.Json;
import org.mlasuite.rendering.application.RenderInput;
import org.mlasuite.testing.Requests;
import org.mlasuite.testing.SharedRenderer;
import org.mlasuite.testing.TestData;

/** Input at the edges: very long text, and characters that disturb text layout. */
class RenderingLimitsTest {

    /** A word in the script of each output language; a letter's fonts cover its own script. */
    private static final Map<String, String> NATIVE = Map.of("en", "hello", "ru", "\u043F\u0440\u0438\u0432\u0435\u0442",
            "ar", "\u0645\u0631\u062D\u0628\u0627", "zh", "\u4E2D\u6587");

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

    private static RenderInput input(RequestDocument request, String language) {
        return new RenderInput(request, jsonb.toJson(request).getBytes(StandardCharsets.UTF_8), language, "France",
                "Australia", Map.of());
    }

    @Test
    void aMegabyteOfFactsBecomesPagesAndNothingIsLost() throws Exception {
        String paragraph = "On the day in question the accused transferred the proceeds through three accounts held in "
                + "the names of shell companies, each transfer kept below the reporting threshold, and then withdrew "
                + "the funds in cash at branches in Sydney, Melbourne and Brisbane over a period of several weeks. ";
        StringBuilder facts = new StringBuilder(1_000_100);
        int n = 0;
        while (facts.length() < 1_000_000) {
            facts.append("[").append(++n).append("] ").append(paragraph).append(paragraph).append('\n');
        }
        facts.append("END OF THE FACTS");
        RequestDocument request = Requests.from(TestData.sample("mla-fra-aus-laundering")).facts(facts.toString()).build();

        byte[] pdf = renderer.render(input(request, "en"));

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).as("pages for %d characters", facts.length()).isGreaterThan(200);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(pages - 2);
            stripper.setEndPage(pages);
            String end = stripper.getText(doc);
            assertThat(end).contains("[" + n + "]").contains("END OF THE FACTS");
            assertThat(end).contains("Page " + pages + " of " + pages);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar", "zh", "ru"})
    void bidiControlsAndBrokenSurrogatesDoNotBreakTheRenderer(String language) throws Exception {
        assumeTrue(renderer.supports(language), () -> renderer.missingFontMessage(language));
        String hostile = "start \u202Eoverride\u202C \u202Bembed\u202C \u2066isolate\u2069 \u2067rtl\u2069 \u2068first\u2069 "
                + "\u200F\u200E\u061C marks \uFEFF bom \uD800 lone high \uDFFF lone low \uDBFF\uDFFF max "
                + NATIVE.get(language) + " \u202E" + NATIVE.get(language) + "\u202C end";
        RequestDocument request = Requests.from(TestData.sample("mla-fra-aus-laundering"))
                .facts(hostile).purpose("\u202E\u202E\u202E unterminated overrides").build();

        byte[] pdf = renderer.render(input(request, language));

        String text = Pdfs.text(pdf);
        assertThat(text).contains("start").contains("lone high");
        // an unterminated right-to-left override reverses the rest of its paragraph, as Unicode says it should
        assertThat(text).containsAnyOf("unterminated overrides", "sedirrevo detanimretnu");
        assertThat(text).contains("Marc Delorme");
        assertThat(Pdfs.pdfa3bFailures(pdf)).isEmpty();
    }

    @Test
    void eachLineOfUserTextTakesTheDirectionOfItsFirstStrongCharacterWhereItDiffersFromTheParagraphs() {
        assertThat(UserText.directed("Court (fictional)", true)).isEqualTo("\u202ACourt (fictional)\u202C");
        assertThat(UserText.directed("Court (fictional)", false)).isEqualTo("Court (fictional)");
        assertThat(UserText.directed("\u0645\u0631\u062D\u0628\u0627 (x)", false)).isEqualTo("\u202B\u0645\u0631\u062D\u0628\u0627 (x)\u202C");
        assertThat(UserText.directed("\u0645\u0631\u062D\u0628\u0627 (x)", true)).isEqualTo("\u0645\u0631\u062D\u0628\u0627 (x)");
        assertThat(UserText.directed("2026-03-01", true)).isEqualTo("\u202A2026-03-01\u202C");
        assertThat(UserText.directed("2026-03-01", false)).isEqualTo("2026-03-01");
        assertThat(UserText.directed("Sydney\n\u0645\u0631\u062D\u0628\u0627\n\n— !", true))
                .isEqualTo("\u202ASydney\u202C\n\u0645\u0631\u062D\u0628\u0627\n\n— !");
        assertThat(UserText.directed("", true)).isEmpty();
    }
}
