package org.mlasuite.rendering.infrastructure;

import java.io.ByteArrayOutputStream;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.mlasuite.rendering.application.RenderingFailed;
import org.mlasuite.rendering.application.TrainingResultsInput;
import org.mlasuite.training.application.ResultRow;
import org.mlasuite.training.application.ScenarioSummary;
import org.mlasuite.training.application.SessionResults;

/**
 * Writes a training session's results as the XML templates/xsl/training-results.xsl reads, in the frame
 * common.xsl expects ({@code <document ...><part n="1" lang="..">...</part></document>}) but with no request, no
 * attachment and no fingerprint. Names, titles and the session title are user text: they only ever become escaped
 * character data, cleaned and directed like the text of a request (see {@link UserText}).
 */
final class TrainingResultsXml {

    static final String TEMPLATE = "xsl/training-results.xsl";

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    /** Minutes are enough for a class; the time zone is the server clock's, UTC, and the document says so. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private TrainingResultsXml() {
    }

    static byte[] write(TrainingResultsInput input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        SessionResults results = input.results();
        boolean rightToLeft = UserText.rightToLeft(input.language());
        try {
            XMLStreamWriter w = FACTORY.createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("document");
            w.writeAttribute("kind", "training-results");
            w.writeAttribute("titleKey", "training-results.title");
            w.writeAttribute("reply", "false");
            w.writeAttribute("bilingual", "false");
            w.writeAttribute("confidential", "false");
            w.writeAttribute("reference", UserText.clean(results.session().code()));
            w.writeStartElement("part");
            w.writeAttribute("n", "1");
            w.writeAttribute("lang", input.language());
            w.writeAttribute("other", "");

            w.writeStartElement("session");
            w.writeAttribute("code", UserText.clean(results.session().code()));
            w.writeAttribute("trainees", String.valueOf(results.trainees().size()));
            text(w, "title", results.session().title(), rightToLeft);
            text(w, "trainer", input.name(results.session().trainer()), rightToLeft);
            text(w, "produced", time(input.producedAt()) + " UTC", rightToLeft);
            w.writeEndElement();

            w.writeStartElement("scenarios");
            for (ScenarioSummary s : results.scenarios()) {
                w.writeStartElement("scenario");
                w.writeAttribute("id", UserText.clean(s.scenarioId()));
                w.writeAttribute("maxScore", String.valueOf(s.maxScore()));
                w.writeAttribute("rubricItems", String.valueOf(s.rubricItems()));
                w.writeAttribute("started", String.valueOf(s.started()));
                w.writeAttribute("submitted", String.valueOf(s.submitted()));
                text(w, "title", s.title(), rightToLeft);
                if (s.medianScore() != null) {
                    text(w, "median", decimal(s.medianScore(), input.language()) + " / " + s.maxScore(), rightToLeft);
                }
                w.writeEndElement();
            }
            w.writeEndElement();

            w.writeStartElement("results");
            for (ResultRow r : results.rows()) {
                w.writeStartElement("result");
                w.writeAttribute("scenario", UserText.clean(r.scenarioId()));
                w.writeAttribute("submitted", String.valueOf(r.submitted()));
                text(w, "trainee", input.name(r.trainee()), rightToLeft);
                text(w, "scenarioTitle", r.scenarioTitle(), rightToLeft);
                if (r.submitted() && r.score() != null) {
                    w.writeStartElement("score");
                    w.writeAttribute("points", String.valueOf(r.score()));
                    w.writeAttribute("max", String.valueOf(r.maxScore()));
                    w.writeAttribute("percent", String.valueOf(r.percent()));
                    w.writeEndElement();
                }
                if (r.itemsMet() != null && r.itemsTotal() != null) {
                    text(w, "items", r.itemsMet() + " / " + r.itemsTotal(), rightToLeft);
                }
                if (r.submittedAt() != null) {
                    text(w, "submittedAt", time(r.submittedAt()), rightToLeft);
                }
                w.writeEndElement();
            }
            w.writeEndElement();

            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new RenderingFailed("Could not prepare the training results for their template", e);
        }
        return out.toByteArray();
    }

    private static void text(XMLStreamWriter w, String element, String value, boolean rightToLeft) throws XMLStreamException {
        if (value == null) {
            return;
        }
        w.writeStartElement(element);
        w.writeCharacters(UserText.directed(UserText.clean(value), rightToLeft));
        w.writeEndElement();
    }

    private static String time(LocalDateTime time) {
        return TIME.format(time);
    }

    /**
     * A median such as 6.5 with the language's decimal separator ("6,5" in French) but always in Western digits,
     * as every number in the documents is.
     */
    static String decimal(double value, String language) {
        DecimalFormat format = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.forLanguageTag(language + "-u-nu-latn")));
        return format.format(value);
    }
}
