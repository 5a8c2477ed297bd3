package org.mlasuite.rendering.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.bind.Jsonb;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mlasuite.checking.domain.CheckContext;
import org.mlasuite.checking.domain.Checker;
import org.mlasuite.drafting.domain.RequestDocument;
import org.mlasuite.platform.json.Json;
import org.mlasuite.rendering.application.DocumentKind;
import org.mlasuite.rendering.application.DocumentService;
import org.mlasuite.rendering.application.RenderInput;
import org.mlasuite.rendering.application.Reply;
import org.mlasuite.rendering.application.ReportedFinding;
import org.mlasuite.testing.Requests;
import org.mlasuite.testing.SharedRenderer;
import org.mlasuite.testing.TestData;
import org.mlasuite.testing.TestDocuments;

/**
 * Every document type in every output language, as FOP renders it: the title in the language's words and the
 * user's own text come back out of the PDF, every font is an embedded subset, the document says its language and
 * carries the request JSON, and veraPDF accepts it as PDF/A-3b. All 80 combinations take about 15 s with one
 * shared, warm renderer.
 */
class DocumentTypesRenderingTest {

    /** The user's words in each language; they go where each document type shows user text. */
    static final Map<String, String> USER_TEXT = Map.of(
            "ar", "وصلت الأموال إلى حساب في سيدني في 3 آذار/مارس 2024.",
            "zh", "资金于2024年3月3日转入悉尼的一个银行账户。",
            "en", "The funds reached an account in Sydney on 3 March 2024.",
            "fr", "Les fonds sont arrivés sur un compte à Sydney le 3 mars 2024.",
            "ru", "Средства поступили на счёт в Сиднее 3 марта 2024 года.",
            "es", "Los fondos llegaron a una cuenta en Sídney el 3 de marzo de 2024.",
            "pt", "Os fundos chegaram a uma conta em Sydney em 3 de março de 2024.",
            "de", "Die Gelder gingen am 3. März 2024 auf einem Konto in Sydney ein.");

    private static final Path ARTIFACTS = Path.of("target", "rendering");

    static FopDocumentRenderer renderer;
    static Jsonb jsonb;

    @BeforeAll
    static void setUp() throws Exception {
        renderer = SharedRenderer.get();
        jsonb = Json.create();
        Files.createDirectories(ARTIFACTS);
    }

    @AfterAll
    static void tearDown() throws Exception {
        jsonb.close();
    }

    static Stream<Arguments> kindsAndLanguages() {
        List<Arguments> all = new ArrayList<>();
        for (DocumentKind kind : DocumentKind.values()) {
            for (String language : DocumentService.LANGUAGES) {
                all.add(Arguments.of(kind, language));
            }
        }
        return all.stream();
    }

    /** The document of a kind, with the user's text of a language where that kind shows user text. */
    static RenderInput input(DocumentKind kind, String language) {
        String user = USER_TEXT.get(language);
        RequestDocument mla = TestData.sample("mla-fra-aus-laundering");
        RequestDocument request = switch (kind) {
            case MLA_REQUEST, ACKNOWLEDGEMENT, ADDITIONAL_INFORMATION, REFUSAL, POSTPONEMENT -> mla;
            case EXTRADITION_REQUEST -> TestDocuments.extradition();
            case PROVISIONAL_ARREST_REQUEST -> TestDocuments.provisionalArrest();
            case FREEZING_REQUEST -> TestData.sample("confiscation-esp-gbr-freeze");
            case CONFISCATION_REQUEST -> TestData.sample("confiscation-ita-mus-enforce-return");
            case COMPLETENESS_REPORT -> Requests.from(mla).title(user).build();
        };
        if (!kind.reply() && kind != DocumentKind.COMPLETENESS_REPORT) {
            request = Requests.from(request).facts(request.facts() + "\n" + user).build();
            assertThat(DocumentKind.forRequest(request)).isEqualTo(kind);
        }
        Reply reply = kind.reply() ? new Reply("IN-2026-0007", LocalDate.of(2026, 1, 12), "JI 24/118", "Hannah Whitfield", user,
                kind == DocumentKind.ADDITIONAL_INFORMATION ? LocalDate.of(2026, 3, 1) : null) : null;
        List<ReportedFinding> findings = List.of();
        if (kind == DocumentKind.COMPLETENESS_REPORT || kind == DocumentKind.ADDITIONAL_INFORMATION) {
            RequestDocument incomplete = Requests.from(mla).facts("").persons(List.of()).build();
            findings = Checker.standard().check(new CheckContext(incomplete, TestData.catalog(), LocalDate.of(2026, 1, 15), Locale.ENGLISH))
                    .stream().map(f -> new ReportedFinding(f.severity().code(), f.id(), f.message(), f.fix(),
                            f.citation().display(), f.fields())).toList();
            assertThat(findings).as("the checker finds something to report").isNotEmpty();
        }
        Map<String, String> names = Map.of("FRA", "France", "AUS", "Australia", "ESP", "Spain", "GBR", "United Kingdom",
                "ITA", "Italy", "MUS", "Mauritius");
        return new RenderInput(kind, request, jsonb.toJson(request).getBytes(StandardCharsets.UTF_8),
                new RenderInput.Part(language, names), null,
                Map.of("untoc", "United Nations Convention against Transnational Organized Crime"), false,
                LocalDate.of(2026, 1, 15), reply, findings);
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("kindsAndLanguages")
    void everyTypeRendersInEveryLanguage(DocumentKind kind, String language) throws Exception {
        assumeTrue(renderer.supports(language), () -> renderer.missingFontMessage(language));
        Map<String, String> words = MultilingualRenderingTest.strings(language);
        RenderInput input = input(kind, language);
        byte[] pdf = renderer.render(input);
        if ("en".equals(language) || "ar".equals(language) || "zh".equals(language)) {
            Files.write(ARTIFACTS.resolve(kind.code() + "-" + language + ".pdf"), pdf);
        }

        String text = MultilingualRenderingTest.comparable(Pdfs.text(pdf));
        assertThat(text).as("the title of %s in %s", kind.code(), language)
                .contains(MultilingualRenderingTest.comparable(words.get(kind.titleKey())));
        assertThat(text).as("the user's text").contains(MultilingualRenderingTest.comparable(USER_TEXT.get(language)));
        assertThat(text).as("the fingerprint").contains(input.fingerprint());
        assertThat(Pdfs.fontNames(pdf)).isNotEmpty()
                .allSatisfy(name -> assertThat(name).as("a subset has a six-letter tag").matches("[A-Z]{6}\\+.+"));
        assertThat(Pdfs.unembeddedFonts(pdf)).isEmpty();
        assertThat(Pdfs.catalogLanguage(pdf)).isEqualTo(language);
        assertThat(Pdfs.attachment(pdf, "request.json")).isEqualTo(input.jsonText());
        assertThat(Pdfs.pdfa3bFailures(pdf)).isEmpty();
    }
}
