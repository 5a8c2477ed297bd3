package org.mlasuite.rendering.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.bind.Jsonb;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mlasuite.drafting.domain.RequestDocument;
import org.mlasuite.platform.json.Json;
import org.mlasuite.rendering.application.DocumentService;
import org.mlasuite.rendering.application.RenderInput;
import org.mlasuite.rendering.application.RenderingFailed;
import org.mlasuite.testing.Requests;
import org.mlasuite.testing.SharedRenderer;
import org.mlasuite.testing.TestData;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The letter of request in each output language, as FOP really renders it: the fixed wording of the language and
 * the user's text come back out of the PDF, every font is an embedded subset, veraPDF accepts PDF/A-3b, the
 * document says its language, Chinese shows ink where its title is and Arabic headings sit on the right. Page 1 of
 * each language is kept as target/rendering/letter-&lt;lang&gt;.png for a person to look at.
 */
class MultilingualRenderingTest {

    /** The user's own words in each language, added to the facts, so that text in every script is rendered. */
    private static final Map<String, String> USER_TEXT = Map.of(
            "ar", "حُوِّلت الأموال إلى حساب في سيدني في 3 آذار/مارس 2024.",
            "zh", "资金于2024年3月3日转入悉尼的一个银行账户。",
            "en", "The funds were moved to an account in Sydney on 3 March 2024.",
            "fr", "Les fonds ont été virés sur un compte à Sydney le 3 mars 2024.",
            "ru", "Денежные средства были переведены на счёт в Сиднее 3 марта 2024 года.",
            "es", "Los fondos se transfirieron a una cuenta en Sídney el 3 de marzo de 2024.",
            "pt", "Os fundos foram transferidos para uma conta em Sydney em 3 de março de 2024.",
            "de", "Die Gelder wurden am 3. März 2024 auf ein Konto in Sydney überwiesen.");

    private static final Path ARTIFACTS = Path.of("target", "rendering");
    private static final float TITLE_SIZE = 15f;
    private static final float HEADING_SIZE = 11.5f;

    private static FopDocumentRenderer renderer;
    private static Jsonb jsonb;

    @BeforeAll
    static void setUp() throws IOException {
        renderer = SharedRenderer.get();
        jsonb = Json.create();
        Files.createDirectories(ARTIFACTS);
    }

    @AfterAll
    static void tearDown() throws Exception {
        jsonb.close();
    }

    static Stream<String> languages() {
        return DocumentService.LANGUAGES.stream();
    }

    static RenderInput input(RequestDocument request, String language) {
        return new RenderInput(request, jsonb.toJson(request).getBytes(StandardCharsets.UTF_8), language, "France",
                "Australia", Map.of("untoc", "United Nations Convention against Transnational Organized Crime"));
    }

    static RequestDocument sampleWithUserText(String language) {
        RequestDocument base = TestData.sample("mla-fra-aus-laundering");
        return Requests.from(base).facts(base.facts() + "\n" + USER_TEXT.get(language)).build();
    }

    /** The wording of a language as the strings file has it, by key. */
    static Map<String, String> strings(String language) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Map<String, String> strings = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(Path.of("..", "templates", "strings", language + ".xml"))) {
            NodeList nodes = factory.newDocumentBuilder().parse(in).getDocumentElement().getElementsByTagName("str");
            for (int i = 0; i < nodes.getLength(); i++) {
                Element str = (Element) nodes.item(i);
                assertThat(strings.put(str.getAttribute("name"), str.getTextContent()))
                        .as("duplicate key %s in %s.xml", str.getAttribute("name"), language).isNull();
            }
        }
        return strings;
    }

    /** Text compared across PDF extraction: Arabic presentation forms folded to letters, spaces dropped. */
    static String comparable(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    @Test
    void everyLanguageHasAStringsFileWithExactlyTheKeysOfEnglish() throws Exception {
        var english = new TreeSet<>(strings("en").keySet());
        try (Stream<Path> files = Files.list(Path.of("..", "templates", "strings"))) {
            assertThat(files.map(f -> f.getFileName().toString().replace(".xml", "")).sorted())
                    .containsExactlyInAnyOrderElementsOf(DocumentService.LANGUAGES);
        }
        for (String language : DocumentService.LANGUAGES) {
            assertThat(new TreeSet<>(strings(language).keySet())).as(language).isEqualTo(english);
            for (var entry : strings(language).entrySet()) {
                assertThat(entry.getValue()).as("%s %s", language, entry.getKey()).isNotEmpty();
                for (String placeholder : new String[] {"{state}", "{n}", "{page}", "{pages}", "{version}", "{language}",
                        "{date}", "{channel}", "{blocking}", "{warning}", "{advice}", "{score}", "{max}", "{percent}", "{items}",
                        "{points}"}) {
                    assertThat(entry.getValue().contains(placeholder))
                            .as("%s %s keeps %s as English does", language, entry.getKey(), placeholder)
                            .isEqualTo(strings("en").get(entry.getKey()).contains(placeholder));
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("languages")
    void theLetterRendersInEachLanguage(String language) throws Exception {
        assumeTrue(renderer.supports(language), () -> renderer.missingFontMessage(language));
        Map<String, String> words = strings(language);
        byte[] pdf = renderer.render(input(sampleWithUserText(language), language));
        Files.write(ARTIFACTS.resolve("letter-" + language + ".pdf"), pdf);

        String text = comparable(Pdfs.text(pdf));
        assertThat(text)
                .contains(comparable(words.get("mla.title")))
                .contains(comparable(words.get("section.facts")))
                .contains(comparable(words.get("confidential")))
                .contains(comparable(USER_TEXT.get(language)))
                .contains("MarcDelorme")
                .contains("SouthernCrossCellarsPtyLtd");

        assertThat(Pdfs.fontNames(pdf)).as("fonts").isNotEmpty()
                .allSatisfy(name -> assertThat(name).as("a subset has a six-letter tag").matches("[A-Z]{6}\\+.+"));
        assertThat(Pdfs.unembeddedFonts(pdf)).isEmpty();
        assertThat(Pdfs.pdfa3bFailures(pdf)).isEmpty();
        assertThat(Pdfs.catalogLanguage(pdf)).isEqualTo(language);
        assertThat(Pdfs.xmp(pdf)).containsPattern("<dc:language>\\s*<rdf:Bag>\\s*<rdf:li>" + language + "</rdf:li>");

        BufferedImage page = Pdfs.image(pdf, 0, 100);
        ImageIO.write(page, "png", ARTIFACTS.resolve("letter-" + language + ".png").toFile());
    }

    @Test
    void chineseShowsGlyphsWhereItsTitleIs() throws Exception {
        assumeTrue(renderer.supports("zh"), () -> renderer.missingFontMessage("zh"));
        byte[] pdf = renderer.render(input(sampleWithUserText("zh"), "zh"));
        assertThat(Pdfs.fontNames(pdf)).anySatisfy(name -> assertThat(name).contains("WenQuanYi"));
        BufferedImage page = Pdfs.image(pdf, 0, 100);
        Rectangle2D title = Pdfs.textBox(pdf, 0, TITLE_SIZE);
        assertThat(title).as("the title's place on page 1").isNotNull();
        Ink ink = Ink.of(page, title, 100);
        // eight ideographs at 15 pt: a blank or boxed-out title has next to no dark pixels
        assertThat(ink.fraction()).as("share of dark pixels in the title box").isGreaterThan(0.08);
    }

    @Test
    void arabicHeadingsRunRightToLeft() throws Exception {
        byte[] pdf = renderer.render(input(sampleWithUserText("ar"), "ar"));
        BufferedImage page = Pdfs.image(pdf, 0, 100);
        Rectangle2D heading = Pdfs.textBox(pdf, 0, HEADING_SIZE);
        assertThat(heading).as("the first section heading on page 1").isNotNull();
        // the band of the heading across the whole text width (A4, 22 mm margins)
        double margin = 22 / 25.4 * 72;
        Rectangle2D band = new Rectangle2D.Double(margin, heading.getY(), 595.28 - 2 * margin, heading.getHeight());
        Rectangle2D left = new Rectangle2D.Double(band.getX(), band.getY(), band.getWidth() / 2, band.getHeight());
        Rectangle2D right = new Rectangle2D.Double(band.getCenterX(), band.getY(), band.getWidth() / 2, band.getHeight());
        long leftInk = Ink.of(page, left, 100).dark();
        long rightInk = Ink.of(page, right, 100).dark();
        assertThat(rightInk).as("dark pixels right of centre").isGreaterThan(50);
        assertThat(rightInk).as("more ink right of centre than left (%d vs %d)", rightInk, leftInk).isGreaterThan(3 * leftInk);

        // the same heading in English sits on the left: the check can tell the two apart
        byte[] english = renderer.render(input(sampleWithUserText("en"), "en"));
        BufferedImage englishPage = Pdfs.image(english, 0, 100);
        Rectangle2D englishHeading = Pdfs.textBox(english, 0, HEADING_SIZE);
        Rectangle2D englishLeft = new Rectangle2D.Double(margin, englishHeading.getY(), band.getWidth() / 2, englishHeading.getHeight());
        Rectangle2D englishRight = new Rectangle2D.Double(band.getCenterX(), englishHeading.getY(), band.getWidth() / 2, englishHeading.getHeight());
        assertThat(Ink.of(englishPage, englishLeft, 100).dark()).isGreaterThan(Ink.of(englishPage, englishRight, 100).dark());
    }

    @Test
    void withoutTheCjkFontChineseFailsClearlyAndTheOtherLanguagesStillRender() throws Exception {
        FopDocumentRenderer withoutCjk = new FopDocumentRenderer(getClass().getClassLoader(), Path.of("target", "no-such-font.ttf"));
        assertThat(withoutCjk.supports("zh")).isFalse();
        assertThatThrownBy(() -> withoutCjk.render(input(sampleWithUserText("zh"), "zh")))
                .isInstanceOf(RenderingFailed.class)
                .hasMessageContaining("fonts-wqy-microhei")
                .hasMessageContaining("MLA_FONTS_CJK");
        for (String language : new String[] {"en", "ru", "ar"}) {
            assertThat(Pdfs.text(withoutCjk.render(input(sampleWithUserText(language), language))))
                    .contains("Marc Delorme");
        }
    }

    @Test
    void chineseUserTextInAnotherLanguageIsRefusedRatherThanDrawnAsHashes() {
        // a Latin letter has no CJK font in its font list: FOP reports the missing glyphs and the renderer fails
        RequestDocument request = Requests.from(TestData.sample("mla-fra-aus-laundering")).facts(USER_TEXT.get("zh")).build();
        assertThatThrownBy(() -> renderer.render(input(request, "en")))
                .isInstanceOf(RenderingFailed.class).hasMessageContaining("incomplete");
    }

    /** Dark pixels in a box given in PDF points. */
    record Ink(long dark, long total) {

        static Ink of(BufferedImage image, Rectangle2D box, float dpi) {
            double scale = dpi / 72.0;
            int x0 = (int) Math.floor(box.getMinX() * scale);
            int x1 = (int) Math.ceil(box.getMaxX() * scale);
            int y0 = (int) Math.floor(box.getMinY() * scale);
            int y1 = (int) Math.ceil(box.getMaxY() * scale);
            long dark = 0;
            long total = 0;
            for (int y = Math.max(0, y0); y < Math.min(image.getHeight(), y1); y++) {
                for (int x = Math.max(0, x0); x < Math.min(image.getWidth(), x1); x++) {
                    int rgb = image.getRGB(x, y);
                    int luminance = (((rgb >> 16) & 0xff) * 299 + ((rgb >> 8) & 0xff) * 587 + (rgb & 0xff) * 114) / 1000;
                    if (luminance < 128) {
                        dark++;
                    }
                    total++;
                }
            }
            return new Ink(dark, total);
        }

        double fraction() {
            return total == 0 ? 0 : (double) dark / total;
        }
    }
}
