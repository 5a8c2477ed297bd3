package org.mlasuite.rendering.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.bind.Jsonb;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mlasuite.drafting.domain.RequestDocument;
import org.mlasuite.platform.json.Json;
import org.mlasuite.rendering.application.RenderInput;
import org.mlasuite.rendering.application.RenderingFailed;
import org.mlasuite.testing.Requests;
import org.mlasuite.testing.SharedRenderer;
import org.mlasuite.testing.TestData;

/** The letter of request as FOP really renders it, read back with PDFBox and judged by veraPDF. */
class FopDocumentRendererTest {

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

    static RenderInput input(RequestDocument request) {
        return new RenderInput(request, jsonb.toJson(request).getBytes(StandardCharsets.UTF_8), "en", "France", "Australia",
                Map.of("untoc", "United Nations Convention against Transnational Organized Crime"));
    }

    @Test
    void letterCarriesTheContentsOfArticle18Paragraph15() throws Exception {
        RequestDocument request = TestData.sample("mla-fra-aus-laundering");
        String text = Pdfs.text(renderer.render(input(request)));
        assertThat(text)
                .contains("Request for mutual legal assistance in criminal matters")
                .contains("Public Prosecutor's Office, Bordeaux Judicial Court")
                .contains("Summary of the relevant facts")
                .contains("Southern Cross Cellars Pty Ltd")
                .contains("French Criminal Code, articles 313-1 and 313-2")
                .contains("10 years' imprisonment")
                .contains("Marc Delorme")
                .contains("CONFIDENTIAL")
                .contains("United Nations Convention against Transnational Organized Crime")
                // v2: the addressee and channel, the Convention's scope, further use (18(19))
                .contains("International Crime Cooperation Central")
                .contains("Transmitted through: the central authorities")
                .contains("The offence involves an organized criminal group within the meaning of UNTOC art. 2(a).")
                .contains("it is committed in more than one State")
                .contains("will not be transmitted or used for investigations");
    }

    @Test
    void footerShowsPageXOfYAndTheFingerprintOfTheEmbeddedJson() throws Exception {
        RenderInput input = input(TestData.sample("mla-fra-aus-laundering"));
        byte[] pdf = renderer.render(input);
        int pages = Pdfs.pages(pdf);
        String text = Pdfs.text(pdf);
        assertThat(pages).isGreaterThanOrEqualTo(2);
        assertThat(text).contains("Page 1 of " + pages).contains("Page " + pages + " of " + pages);
        assertThat(text).contains(input.fingerprint());
        String attached = Pdfs.attachment(pdf, "request.json");
        assertThat(attached).isEqualTo(input.jsonText());
        assertThat(jsonb.fromJson(attached, RequestDocument.class)).isEqualTo(input.request());
    }

    @Test
    void everyFontIsEmbeddedAndVeraPdfAcceptsPdfA3b() throws Exception {
        for (var sample : TestData.samples()) {
            byte[] pdf = renderer.render(input(sample.document()));
            assertThat(Pdfs.fontCount(pdf)).as(sample.id()).isPositive();
            assertThat(Pdfs.unembeddedFonts(pdf)).as(sample.id()).isEmpty();
            assertThat(Pdfs.pdfa3bFailures(pdf)).as(sample.id()).isEmpty();
        }
    }

    @Test
    void userTextStaysTextEvenWhenItLooksLikeMarkup() throws Exception {
        RequestDocument base = TestData.sample("mla-fra-aus-laundering");
        String hostile = "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>&e; "
                + "<fo:external-graphic src=\"file:///etc/passwd\"/> <fo:external-graphic src=\"http://127.0.0.1:9/\"/> "
                + "bidi \u202Eevil\u202C control \u0001\u0007 lone surrogate \uD800 end";
        RequestDocument request = Requests.from(base).facts(hostile).build();
        String text = Pdfs.text(renderer.render(input(request)));
        assertThat(text).contains("<!DOCTYPE x").contains("file:///etc/passwd").doesNotContain("root:x:0:0");
    }

    @Test
    void aTemplateCannotReadAFileOrUrl() {
        for (String src : List.of("file:///etc/passwd", "http://127.0.0.1:9/x.png", "/etc/passwd", "../../../../etc/passwd",
                "jar:file:/etc/passwd!/x")) {
            byte[] fo = ("<fo:root xmlns:fo=\"http://www.w3.org/1999/XSL/Format\"><fo:layout-master-set>"
                    + "<fo:simple-page-master master-name=\"p\"><fo:region-body/></fo:simple-page-master></fo:layout-master-set>"
                    + "<fo:page-sequence master-reference=\"p\"><fo:flow flow-name=\"xsl-region-body\"><fo:block font-family=\"DejaVu Sans\">"
                    + "<fo:external-graphic src=\"" + src + "\"/></fo:block></fo:flow></fo:page-sequence></fo:root>")
                    .getBytes(StandardCharsets.UTF_8);
            assertThatThrownBy(() -> renderer.renderFo(fo)).as(src).isInstanceOf(RenderingFailed.class);
        }
    }

    @Test
    void aTemplateWithAnExternalEntityIsRefused() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE xsl:stylesheet [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"
                + "<xsl:stylesheet version=\"1.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\">"
                + "<xsl:template match=\"/\"><out>&secret;</out></xsl:template></xsl:stylesheet>";
        assertThatThrownBy(() -> renderer.compile(xxe)).isInstanceOf(RenderingFailed.class);
    }

    @Test
    void aTemplateCannotImportOrLoadADocumentOutsideTheTemplates() {
        for (String attack : List.of(
                "<xsl:import href=\"file:///etc/passwd\"/><xsl:template match=\"/\"><out/></xsl:template>",
                "<xsl:template match=\"/\"><out><xsl:copy-of select=\"document('file:///etc/passwd')\"/></out></xsl:template>",
                "<xsl:template match=\"/\"><out><xsl:copy-of select=\"document('http://127.0.0.1:9/')\"/></out></xsl:template>")) {
            String xsl = "<xsl:stylesheet version=\"1.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\">" + attack + "</xsl:stylesheet>";
            assertThatThrownBy(() -> renderer.transform(renderer.compile(xsl), "<request/>".getBytes(StandardCharsets.UTF_8)))
                    .as(attack).isInstanceOf(RenderingFailed.class);
        }
    }
}
