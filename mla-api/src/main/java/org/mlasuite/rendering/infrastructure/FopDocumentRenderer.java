package org.mlasuite.rendering.infrastructure;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.xml.XMLConstants;
import javax.xml.transform.Templates;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerConfigurationException;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.sax.SAXResult;
import javax.xml.transform.stream.StreamSource;
import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopConfParser;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.FopFactoryBuilder;
import org.apache.fop.apps.MimeConstants;
import org.apache.fop.events.Event;
import org.apache.fop.events.EventFormatter;
import org.apache.fop.events.model.EventSeverity;
import org.mlasuite.rendering.application.DocumentKind;
import org.mlasuite.rendering.application.DocumentRenderer;
import org.mlasuite.rendering.application.RenderInput;
import org.mlasuite.rendering.application.RenderingFailed;
import org.mlasuite.rendering.application.TrainingResultsInput;
import org.mlasuite.rendering.application.TrainingResultsRenderer;

/**
 * Request (or a training session's results) → XML → XSL-FO (XSLT, compiled once) → PDF/A-3b (Apache FOP). Two
 * {@link FopFactory} instances for the life of the application, both from templates/fop.xconf: one without
 * complex-script support (Latin, Greek, Cyrillic, Chinese), one with it for the languages that need shaping and
 * bidi (Arabic), since switching it on for every document would slow every Latin letter. A new user agent per document, since FOP's user agent is
 * single-use. Thread-safe.
 */
public final class FopDocumentRenderer implements DocumentRenderer, TrainingResultsRenderer {

    static final String LETTER_TEMPLATE = "xsl/mla-request.xsl";

    /**
     * Where Debian's fonts-wqy-microhei puts WenQuanYi Micro Hei (Apache-2.0), the default CJK font: TrueType
     * outlines, and Latin as well as Han, so a word mixing both never falls between two fonts.
     */
    public static final Path DEFAULT_CJK_FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

    /** Output languages whose script needs FOP's complex-script support (shaping, bidi). */
    static final Set<String> COMPLEX_SCRIPT_LANGUAGES = Set.of("ar");

    /** Output languages that need the CJK font. */
    static final Set<String> CJK_LANGUAGES = Set.of("zh");

    /** FOP events that mean content was dropped or replaced, which FOP itself would only log. */
    private static final Set<String> FATAL_EVENTS = Set.of(
            "org.apache.fop.fonts.FontEventProducer.glyphNotAvailable",
            "org.apache.fop.fonts.FontEventProducer.fontSubstituted",
            "org.apache.fop.fonts.FontEventProducer.fontLoadingErrorAtAutoDetection",
            "org.apache.fop.events.ResourceEventProducer.imageNotFound",
            "org.apache.fop.events.ResourceEventProducer.imageError",
            "org.apache.fop.events.ResourceEventProducer.imageIOError",
            "org.apache.fop.events.ResourceEventProducer.uriError");

    private final TemplateResources resources;
    private final TransformerFactory transformers;
    private final FopFactory simpleScripts;
    private final FopFactory complexScripts;
    private final ConcurrentMap<String, Templates> compiled = new ConcurrentHashMap<>();

    /** A renderer with the default CJK font, {@link #DEFAULT_CJK_FONT}. */
    public FopDocumentRenderer(ClassLoader loader) {
        this(loader, DEFAULT_CJK_FONT);
    }

    /**
     * @param cjkFont the TrueType font that renders Chinese; when it is missing every other language still
     *                renders and Chinese fails with a message that says how to install it
     */
    public FopDocumentRenderer(ClassLoader loader, Path cjkFont) {
        this.resources = new TemplateResources(loader, cjkFont);
        this.transformers = secureTransformerFactory(resources);
        this.simpleScripts = fopFactory(resources, false);
        this.complexScripts = fopFactory(resources, true);
    }

    private static FopFactory fopFactory(TemplateResources resources, boolean complexScripts) {
        try (InputStream conf = resources.template("fop.xconf").getInputStream()) {
            FopFactoryBuilder builder = new FopConfParser(conf, TemplateResources.BASE, resources).getFopFactoryBuilder();
            if (complexScripts) {
                builder.setComplexScriptFeatures(true);
            }
            return builder.build();
        } catch (IOException | org.xml.sax.SAXException e) {
            throw new RenderingFailed("The FOP configuration templates/fop.xconf cannot be read", e);
        }
    }

    /**
     * Whether this renderer can produce documents in a language: Chinese needs the configured CJK font. Checked
     * at startup and before each Chinese document, so a missing font is a clear error rather than a page of
     * "#" glyphs.
     */
    public boolean supports(String language) {
        return !CJK_LANGUAGES.contains(language) || resources.cjkFont().isPresent();
    }

    /** Why a language cannot be rendered, for logs and error messages. */
    public String missingFontMessage(String language) {
        return "Documents in '" + language + "' need a CJK font, and there is none at " + resources.cjkFontSetting()
                + ". Install Debian's fonts-wqy-microhei (apt-get install fonts-wqy-microhei) or set"
                + " mla.fonts.cjk (environment variable MLA_FONTS_CJK) to that font's wqy-microhei.ttc.";
    }

    /**
     * An XSLT processor that cannot reach outside the templates: secure processing on, no external DTD or
     * stylesheet access except through {@link TemplateResources}.
     */
    static TransformerFactory secureTransformerFactory(TemplateResources resources) {
        TransformerFactory factory = TransformerFactory.newDefaultInstance();
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (TransformerConfigurationException e) {
            throw new IllegalStateException("The XSLT processor does not support secure processing", e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        factory.setURIResolver(resources);
        return factory;
    }

    /**
     * Compiles the template of every document type now rather than on its first document (XSLTC takes a good part
     * of a second for each); for the warm-up at startup.
     */
    public void compileTemplates() {
        for (DocumentKind kind : DocumentKind.values()) {
            templates(kind.template());
        }
        templates(TrainingResultsXml.TEMPLATE);
    }

    Templates templates(String path) {
        return compiled.computeIfAbsent(path, p -> {
            try {
                return transformers.newTemplates(resources.template(p));
            } catch (TransformerConfigurationException | IOException e) {
                throw new RenderingFailed("The template " + p + " cannot be compiled: " + e.getMessage(), e);
            }
        });
    }

    /**
     * The document of the input's kind, in its language or, for a bilingual document, in both: one FOP run, one
     * PDF/A, one embedded JSON. A bilingual document that includes Arabic is set with complex scripts on for both
     * parts, since the user's text, which both parts repeat, may be Arabic.
     *
     * @throws org.mlasuite.rendering.application.DocumentTooLarge over the request document's limits
     * @throws RenderingFailed when the document cannot be produced completely
     */
    @Override
    public byte[] render(RenderInput input) {
        input.checkLimits();
        return toPdf(templates(input.kind().template()), new StreamSource(new ByteArrayInputStream(RequestXml.write(input))),
                input.languages(), input.training());
    }

    /**
     * The results document of a training session, through the same guarded XSLT and FOP as every other document,
     * marked TRAINING on every page.
     *
     * @throws org.mlasuite.rendering.application.DocumentTooLarge over {@link TrainingResultsInput#MAX_ROWS}
     * @throws RenderingFailed when the document cannot be produced completely
     */
    @Override
    public byte[] render(TrainingResultsInput input) {
        input.checkLimits();
        return toPdf(templates(TrainingResultsXml.TEMPLATE),
                new StreamSource(new ByteArrayInputStream(TrainingResultsXml.write(input))), List.of(input.language()), true);
    }

    /** Renders an XML input with a template. */
    byte[] render(String template, byte[] xml, String language) {
        return toPdf(templates(template), new StreamSource(new ByteArrayInputStream(xml)), List.of(language), false);
    }

    /** Renders XSL-FO as it is, through the same guarded FOP; for the tests that feed hostile FO. */
    byte[] renderFo(byte[] fo) {
        return renderFo(fo, "en");
    }

    /** Renders XSL-FO as it is with the FOP factory of a language; for tests and the benchmark's baseline. */
    byte[] renderFo(byte[] fo, String language) {
        return toPdf(null, new StreamSource(new ByteArrayInputStream(fo)), List.of(language), false);
    }

    /** Renders XSL-FO with the complex-script factory whatever the language; to measure what it costs Latin. */
    byte[] renderFoWithComplexScripts(byte[] fo) {
        return toPdf(complexScripts, null, new StreamSource(new ByteArrayInputStream(fo)), "en", false);
    }

    /** The request as the XML the templates read; for the benchmark, which times the steps apart. */
    static byte[] xml(RenderInput input) {
        return RequestXml.write(input);
    }

    /** Compiles a stylesheet with the same guarded factory as the shipped templates; for tests. */
    Templates compile(String xsl) {
        try {
            return transformers.newTemplates(new StreamSource(new java.io.StringReader(xsl), TemplateResources.BASE.resolve("xsl/test.xsl").toString()));
        } catch (TransformerConfigurationException e) {
            throw new RenderingFailed("The template cannot be compiled: " + e.getMessage(), e);
        }
    }

    /** Runs a compiled stylesheet to text; for tests. */
    String transform(Templates templates, byte[] xml) {
        return transform(templates, xml, "en");
    }

    /** Runs a compiled stylesheet to text in an output language; for tests and the benchmark. */
    String transform(Templates templates, byte[] xml, String language) {
        java.io.StringWriter out = new java.io.StringWriter();
        try {
            transformer(templates, language, false).transform(new StreamSource(new ByteArrayInputStream(xml)),
                    new javax.xml.transform.stream.StreamResult(out));
        } catch (TransformerException e) {
            throw new RenderingFailed("The transformation failed: " + e.getMessage(), e);
        }
        return out.toString();
    }

    private Transformer transformer(Templates templates, String language, boolean training) throws TransformerConfigurationException {
        Transformer transformer = templates == null ? transformers.newTransformer() : templates.newTransformer();
        transformer.setURIResolver(resources);
        transformer.setErrorListener(STRICT);
        transformer.setParameter("lang", language);
        transformer.setParameter("training", String.valueOf(training));
        return transformer;
    }

    private byte[] toPdf(Templates templates, StreamSource input, List<String> languages, boolean training) {
        for (String language : languages) {
            if (!supports(language)) {
                throw new RenderingFailed(missingFontMessage(language));
            }
        }
        boolean complex = languages.stream().anyMatch(COMPLEX_SCRIPT_LANGUAGES::contains);
        return toPdf(complex ? complexScripts : simpleScripts, templates, input, languages.get(0), training);
    }

    private byte[] toPdf(FopFactory fopFactory, Templates templates, StreamSource input, String language, boolean training) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        List<String> dropped = new ArrayList<>();
        try {
            FOUserAgent agent = fopFactory.newFOUserAgent();
            agent.setProducer("MLA suite");
            agent.getEventBroadcaster().addEventListener(event -> {
                if (FATAL_EVENTS.contains(event.getEventID()) || event.getSeverity() == EventSeverity.FATAL
                        || event.getSeverity() == EventSeverity.ERROR) {
                    dropped.add(describe(event));
                }
            });
            Fop fop = fopFactory.newFop(MimeConstants.MIME_PDF, agent, pdf);
            transformer(templates, language, training).transform(input, new SAXResult(fop.getDefaultHandler()));
        } catch (FOPException | TransformerException e) {
            throw new RenderingFailed("The document could not be rendered: " + e.getMessage(), e);
        }
        if (!dropped.isEmpty()) {
            throw new RenderingFailed("The document would be incomplete: " + String.join("; ", dropped));
        }
        return pdf.toByteArray();
    }

    /** XSLT warnings include unreadable documents, which the processor would otherwise replace by nothing. */
    private static final javax.xml.transform.ErrorListener STRICT = new javax.xml.transform.ErrorListener() {
        @Override
        public void warning(TransformerException e) throws TransformerException {
            throw e;
        }

        @Override
        public void error(TransformerException e) throws TransformerException {
            throw e;
        }

        @Override
        public void fatalError(TransformerException e) throws TransformerException {
            throw e;
        }
    };

    private static String describe(Event event) {
        try {
            return EventFormatter.format(event);
        } catch (RuntimeException e) {
            return event.getEventID();
        }
    }
}
