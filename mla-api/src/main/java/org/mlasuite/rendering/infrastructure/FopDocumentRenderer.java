package org.mlasuite.rendering.infrastructure;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
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
import org.apache.fop.apps.MimeConstants;
import org.apache.fop.events.Event;
import org.apache.fop.events.EventFormatter;
import org.apache.fop.events.model.EventSeverity;
import org.mlasuite.rendering.application.DocumentRenderer;
import org.mlasuite.rendering.application.RenderInput;
import org.mlasuite.rendering.application.RenderingFailed;

/**
 * Request → XML → XSL-FO (XSLT, compiled once) → PDF/A-3b (Apache FOP). One {@link FopFactory} for the life of
 * the application, since building it parses the configuration and fonts; a new user agent per document, since
 * FOP's user agent is single-use. Thread-safe.
 */
public final class FopDocumentRenderer implements DocumentRenderer {

    static final String LETTER_TEMPLATE = "xsl/mla-request.xsl";

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
    private final FopFactory fopFactory;
    private final ConcurrentMap<String, Templates> compiled = new ConcurrentHashMap<>();

    public FopDocumentRenderer(ClassLoader loader) {
        this.resources = new TemplateResources(loader);
        this.transformers = secureTransformerFactory(resources);
        try (InputStream conf = resources.template("fop.xconf").getInputStream()) {
            this.fopFactory = new FopConfParser(conf, TemplateResources.BASE, resources).getFopFactoryBuilder().build();
        } catch (IOException | org.xml.sax.SAXException e) {
            throw new RenderingFailed("The FOP configuration templates/fop.xconf cannot be read", e);
        }
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

    Templates templates(String path) {
        return compiled.computeIfAbsent(path, p -> {
            try {
                return transformers.newTemplates(resources.template(p));
            } catch (TransformerConfigurationException | IOException e) {
                throw new RenderingFailed("The template " + p + " cannot be compiled: " + e.getMessage(), e);
            }
        });
    }

    @Override
    public byte[] render(RenderInput input) {
        return render(LETTER_TEMPLATE, RequestXml.write(input), input.language());
    }

    /** Renders an XML input with a template. */
    byte[] render(String template, byte[] xml, String language) {
        return toPdf(templates(template), new StreamSource(new ByteArrayInputStream(xml)), language);
    }

    /** Renders XSL-FO as it is, through the same guarded FOP; for the tests that feed hostile FO. */
    byte[] renderFo(byte[] fo) {
        return toPdf(null, new StreamSource(new ByteArrayInputStream(fo)), "en");
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
        java.io.StringWriter out = new java.io.StringWriter();
        try {
            transformer(templates, "en").transform(new StreamSource(new ByteArrayInputStream(xml)),
                    new javax.xml.transform.stream.StreamResult(out));
        } catch (TransformerException e) {
            throw new RenderingFailed("The transformation failed: " + e.getMessage(), e);
        }
        return out.toString();
    }

    private Transformer transformer(Templates templates, String language) throws TransformerConfigurationException {
        Transformer transformer = templates == null ? transformers.newTransformer() : templates.newTransformer();
        transformer.setURIResolver(resources);
        transformer.setErrorListener(STRICT);
        transformer.setParameter("lang", language);
        return transformer;
    }

    private byte[] toPdf(Templates templates, StreamSource input, String language) {
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
            transformer(templates, language).transform(input, new SAXResult(fop.getDefaultHandler()));
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
