package org.mlasuite.rendering.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.mlasuite.drafting.domain.RequestDocument;
import org.mlasuite.testing.Requests;
import org.mlasuite.testing.TestData;

/** Which language a document comes out in, read against the real requirements data. */
class DocumentServiceTest {

    private final List<RenderInput> rendered = new ArrayList<>();
    private final DocumentService service = new DocumentService(input -> {
        rendered.add(input);
        return new byte[0];
    }, TestData::catalog, request -> "{}");

    private static RequestDocument request(String requestedState, String language) {
        return Requests.from(TestData.sample("mla-fra-aus-laundering")).requestedState(requestedState).language(language).build();
    }

    @ParameterizedTest(name = "requested State {0} accepts {1}: letter in {2}")
    @CsvSource({
            "ESP, es, es",              // Spain: Spanish only
            "PRT, pt, pt",              // Portugal: Portuguese
            "BHR, 'ar, en', ar",        // Bahrain: Arabic first
            "POL, 'pl, en, fr', en",    // Poland: no Polish strings, so the next accepted language
            "SWE, 'sv, da, no', en",    // Sweden: none we have, so English
    })
    void withoutALanguageTheLetterIsInTheFirstLanguageTheRequestedStateAcceptsThatWeHave(String state, String accepted,
            String expected) {
        assertThat(TestData.catalog().acceptedLanguages(new org.mlasuite.shared.StateCode(state),
                org.mlasuite.requirements.domain.CooperationType.MLA).orElseThrow().value())
                .as("the data this test relies on").containsExactly(accepted.split(", "));
        service.letterOfRequest(request(state, null));
        assertThat(rendered).singleElement().extracting(RenderInput::language).isEqualTo(expected);
    }

    @Test
    void theLanguageChosenInTheRequestComesBeforeTheStatesList() {
        service.letterOfRequest(request("ESP", "fr"));
        assertThat(rendered.get(0).language()).isEqualTo("fr");
    }

    @Test
    void aLanguageAskedForComesFirstAndStateNamesFollowIt() {
        service.letterOfRequest(request("ESP", "fr"), "ru");
        assertThat(rendered.get(0).language()).isEqualTo("ru");
        assertThat(rendered.get(0).requestedName()).isEqualTo(TestData.catalog()
                .state(new org.mlasuite.shared.StateCode("ESP")).orElseThrow().name("ru"));
    }

    @Test
    void aLanguageWithoutStringsIsRefused() {
        assertThatThrownBy(() -> service.letterOfRequest(request("ESP", null), "xx"))
                .isInstanceOf(DocumentService.UnsupportedLanguage.class).hasMessageContaining("'xx'");
        assertThatThrownBy(() -> service.letterOfRequest(request("ESP", null), "EN"))
                .isInstanceOf(DocumentService.UnsupportedLanguage.class);
        assertThat(rendered).isEmpty();
    }

    @Test
    void languageTagsNamesAndThreeLetterCodesMapToOurCodes() {
        assertThat(DocumentService.code("zh-Hans")).contains("zh");
        assertThat(DocumentService.code("zh_CN")).contains("zh");
        assertThat(DocumentService.code("Arabic")).contains("ar");
        assertThat(DocumentService.code("deu")).contains("de");
        assertThat(DocumentService.code("pt-BR")).contains("pt");
        assertThat(DocumentService.code("sv")).isEqualTo(Optional.empty());
        assertThat(DocumentService.code("")).isEqualTo(Optional.empty());
    }
}
