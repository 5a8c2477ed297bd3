package org.mlasuite.rendering.infrastructure;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.mlasuite.drafting.domain.RequestDocument;
import org.mlasuite.drafting.rest.Sample;
import org.mlasuite.drafting.rest.Samples;
import org.mlasuite.rendering.application.RenderInput;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Warm rendering of the 4-page reference request, by output language: the whole document (request → XML → XSLT
 * → FOP → PDF/A-3b) and, as a baseline, bare FOP on the same XSL-FO computed once. The reference request is the
 * Bordeaux sample with its facts lengthened by a paragraph in the output language until the letter fills
 * exactly four pages, so each script is measured on a realistic amount of its own text.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RenderBenchmark {

    static final int PAGES = 4;

    /** Facts in each benchmarked language: what a practitioner in that language would type. */
    static final Map<String, String> FACTS = Map.of(
            "en", "Between March 2022 and August 2024 the suspects sold fictitious wine-investment contracts to "
                    + "retired investors, who paid into French accounts of a company; within days most of the money "
                    + "was transferred to accounts in Sydney controlled by the suspect, and then on to Hong Kong.",
            "ru", "В период с марта 2022 года по август 2024 года подозреваемые продавали пенсионерам фиктивные "
                    + "договоры инвестирования в вино; вкладчики перечисляли деньги на французские счета компании, "
                    + "откуда в течение нескольких дней большая их часть переводилась на счета в Сиднее, "
                    + "контролируемые подозреваемым, а затем в Гонконг.",
            "ar", "في الفترة من آذار/مارس 2022 إلى آب/أغسطس 2024 باع المشتبه فيهم عقود استثمار وهمية في النبيذ "
                    + "لمستثمرين متقاعدين دفعوا أموالهم في حسابات فرنسية لشركة، ثم حُوِّل معظم المال في غضون أيام إلى "
                    + "حسابات في سيدني يسيطر عليها المشتبه فيه، ومنها إلى هونغ كونغ.",
            "zh", "2022年3月至2024年8月期间，犯罪嫌疑人向退休投资者出售虚构的葡萄酒投资合同，投资者将款项汇入"
                    + "一家公司在法国的账户；数日之内，大部分款项被转入由犯罪嫌疑人控制的悉尼账户，随后又转往香港。");

    @Param({"en", "ru", "ar", "zh"})
    public String language;

    private FopDocumentRenderer renderer;
    private RenderInput input;
    private byte[] fo;

    @Setup
    public void setUp() throws Exception {
        ClassLoader loader = RenderBenchmark.class.getClassLoader();
        renderer = new FopDocumentRenderer(loader);
        if (!renderer.supports(language)) {
            throw new IllegalStateException(renderer.missingFontMessage(language));
        }
        input = reference(renderer, language);
        fo = renderer.transform(renderer.templates(FopDocumentRenderer.LETTER_TEMPLATE), FopDocumentRenderer.xml(input),
                language).getBytes(StandardCharsets.UTF_8);
    }

    /** The sample with as many paragraphs of facts in the language as fill exactly {@link #PAGES} pages. */
    static RenderInput reference(FopDocumentRenderer renderer, String language) throws Exception {
        Sample sample = Samples.read(RenderBenchmark.class.getClassLoader()).stream()
                .filter(s -> s.id().equals("mla-fra-aus-laundering")).findFirst().orElseThrow();
        RenderInput fitting = null;
        for (int paragraphs = 1; paragraphs < 200; paragraphs++) {
            RenderInput candidate = input(sample.document(), language, paragraphs);
            int pages = pages(renderer.render(candidate));
            if (pages == PAGES) {
                fitting = candidate;
            } else if (pages > PAGES) {
                break;
            }
        }
        if (fitting == null) {
            throw new IllegalStateException("No number of paragraphs gives a " + PAGES + "-page letter in " + language);
        }
        return fitting;
    }

    private static RenderInput input(RequestDocument base, String language, int paragraphs) {
        String facts = (FACTS.get(language) + "\n").repeat(paragraphs);
        RequestDocument r = new RequestDocument(base.schemaVersion(), base.type(), base.title(), base.requestingState(),
                base.requestedState(), base.requestingAuthority(), base.conductingAuthority(), base.proceedings(),
                base.facts() + "\n" + facts, base.offences(), base.measures(), base.persons(), base.purpose(),
                base.urgency(), base.confidentiality(), base.legalBasis(), language, base.signatory(), base.transmission(),
                base.scope(), base.furtherUse(), base.extradition(), base.provisionalArrest(), base.confiscation(),
                base.annexes());
        byte[] json = ("{\"benchmark\":\"" + language + "-" + paragraphs + "\"}").getBytes(StandardCharsets.UTF_8);
        return new RenderInput(r, json, language, "France", "Australia",
                Map.of("untoc", "United Nations Convention against Transnational Organized Crime"));
    }

    private static int pages(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    /** The whole document as the application produces it. */
    @Benchmark
    public byte[] document() {
        return renderer.render(input);
    }

    /** Bare FOP on the same pre-computed XSL-FO: what the XML and XSLT steps add is the difference. */
    @Benchmark
    public byte[] fopOnly() {
        return renderer.renderFo(fo, language);
    }
}
