package org.mlasuite.rendering.infrastructure;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
 * bidi (Arabic) and for any document whose text holds such a script, since switching it on for every document
 * would slow every Latin letter. The factory without complex scripts takes the shipped fonts from
 * {@link SharedFonts}, parsed once rather than for every document. A new user agent per document, since FOP's
 * user agent is single-use. Thread-safe.
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
    /** The shipped fonts, parsed once for the factory without complex scripts (see {@link SharedFonts}). */
    private final SharedFonts sharedFonts;

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
        this.sharedFonts = new SharedFonts(resources::isShippedFont);
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
        byte[] xml = RequestXml.write(input);
        return toPdf(templates(input.kind().template()), new StreamSource(new ByteArrayInputStream(xml)),
                input.languages(), needsComplexScripts(xml), input.training());
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
        byte[] xml = TrainingResultsXml.write(input);
        return toPdf(templates(TrainingResultsXml.TEMPLATE), new StreamSource(new ByteArrayInputStream(xml)),
                List.of(input.language()), needsComplexScripts(xml), true);
    }

    /** Renders an XML input with a template. */
    byte[] render(String template, byte[] xml, String language) {
        return toPdf(templates(template), new StreamSource(new ByteArrayInputStream(xml)), List.of(language),
                needsComplexScripts(xml), false);
    }

    /** Renders XSL-FO as it is, through the same guarded FOP; for the tests that feed hostile FO. */
    byte[] renderFo(byte[] fo) {
        return renderFo(fo, "en");
    }

    /** Renders XSL-FO as it is with the FOP factory of a language; for tests and the benchmark's baseline. */
    byte[] renderFo(byte[] fo, String language) {
        return toPdf(null, new StreamSource(new ByteArrayInputStream(fo)), List.of(language), needsComplexScripts(fo), false);
    }

    /** Renders XSL-FO with the complex-script factory whatever the language; to measure what it costs Latin. */
    byte[] renderFoWithComplexScripts(byte[] fo) {
        return toPdf(complexScripts, false, null, new StreamSource(new ByteArrayInputStream(fo)), "en", false);
    }

    /**
     * Renders XSL-FO with the factory without complex scripts but FOP's own font loading, which reads and parses
     * every font again for each document; to measure what {@link SharedFonts} saves.
     */
    byte[] renderFoWithoutSharedFonts(byte[] fo) {
        return toPdf(simpleScripts, false, null, new StreamSource(new ByteArrayInputStream(fo)), "en", false);
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

    /**
     * @param complexText whether the input holds characters of a script that needs shaping or bidi (see
     *                    {@link #needsComplexScripts(byte[])}), whatever the output language
     */
    private byte[] toPdf(Templates templates, StreamSource input, List<String> languages, boolean complexText,
            boolean training) {
        for (String language : languages) {
            if (!supports(language)) {
                throw new RenderingFailed(missingFontMessage(language));
            }
        }
        boolean complex = complexText || languages.stream().anyMatch(COMPLEX_SCRIPT_LANGUAGES::contains);
        return toPdf(complex ? complexScripts : simpleScripts, !complex, templates, input, languages.get(0), training);
    }

    /**
     * Whether a document's text (its XML or FO, in UTF-8) contains a character that FOP sets correctly only with
     * complex-script support: a right-to-left letter (Hebrew, Arabic, Syriac, Thaana, N'Ko ...), an explicit
     * right-to-left embedding or override, or a letter of a script that is shaped (Arabic, the Indic scripts,
     * Thai, Lao, Tibetan, Myanmar, Khmer, Mongolian). Such a document is set by the complex-script factory even
     * when its language is English or Russian, for example Arabic names in an English letter; Latin, Greek,
     * Cyrillic and Han text is not. Reading a 20 KB document this way takes microseconds.
     */
    static boolean needsComplexScripts(byte[] utf8) {
        String text = new String(utf8, StandardCharsets.UTF_8);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= 0x0590 && needsComplexScripts(cp)) {
                return true;
            }
        }
        return false;
    }

    private static boolean needsComplexScripts(int cp) {
        switch (Character.getDirectionality(cp)) {
            case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC,
                    Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING, Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE,
                    Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE:
                return true;
            default:
                break;
        }
        return SHAPED_SCRIPTS.contains(Character.UnicodeScript.of(cp));
    }

    /** Scripts whose letters FOP must shape (joining forms, reordering, ligatures) to set them right. */
    private static final Set<Character.UnicodeScript> SHAPED_SCRIPTS = java.util.EnumSet.of(
            Character.UnicodeScript.ARABIC, Character.UnicodeScript.HEBREW, Character.UnicodeScript.SYRIAC,
            Character.UnicodeScript.THAANA, Character.UnicodeScript.NKO, Character.UnicodeScript.DEVANAGARI,
            Character.UnicodeScript.BENGALI, Character.UnicodeScript.GURMUKHI, Character.UnicodeScript.GUJARATI,
            Character.UnicodeScript.ORIYA, Character.UnicodeScript.TAMIL, Character.UnicodeScript.TELUGU,
            Character.UnicodeScript.KANNADA, Character.UnicodeScript.MALAYALAM, Character.UnicodeScript.SINHALA,
            Character.UnicodeScript.THAI, Character.UnicodeScript.LAO, Character.UnicodeScript.TIBETAN,
            Character.UnicodeScript.MYANMAR, Character.UnicodeScript.KHMER, Character.UnicodeScript.MONGOLIAN);

    /**
     * @param shareFonts whether the document takes its fonts from {@link SharedFonts} (only for the factory
     *                   without complex scripts)
     */
    private byte[] toPdf(FopFactory fopFactory, boolean shareFonts, Templates templates, StreamSource input,
            String language, boolean training) {
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
            if (shareFonts) {
                sharedFonts.install(agent);
            }
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
