package org.mlasuite.rendering.infrastructure;

import java.io.ByteArrayOutputStream;
import java.util.Base64;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.mlasuite.drafting.domain.Authority;
import org.mlasuite.drafting.domain.Measure;
import org.mlasuite.drafting.domain.Offence;
import org.mlasuite.drafting.domain.Person;
import org.mlasuite.drafting.domain.RequestDocument;
import org.mlasuite.rendering.application.RenderInput;
import org.mlasuite.rendering.application.RenderingFailed;

/**
 * Writes a request as the XML the templates read. User text only ever becomes escaped character data (never
 * markup, never a DOCTYPE), and characters XML 1.0 cannot carry (control characters, unpaired surrogates) become
 * U+FFFD, so no input can break or steer the transformation.
 */
final class RequestXml {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private RequestXml() {
    }

    static byte[] write(RenderInput input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        try {
            XMLStreamWriter w = FACTORY.createXMLStreamWriter(out, "UTF-8");
            RequestDocument r = input.request();
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("request");
            w.writeAttribute("schemaVersion", String.valueOf(r.schemaVersion()));
            w.writeAttribute("type", r.type().code());
            w.writeAttribute("fingerprint", input.fingerprint());
            w.writeAttribute("urgent", String.valueOf(r.urgent()));
            w.writeAttribute("confidential", String.valueOf(r.confidential()));
            w.writeAttribute("reference", clean(r.proceedings() == null ? null : r.proceedings().caseReference()));
            state(w, "requestingState", r.requestingState(), input.requestingName());
            state(w, "requestedState", r.requestedState(), input.requestedName());
            text(w, "title", r.title());
            if (r.legalBasis() != null) {
                w.writeStartElement("legalBasis");
                w.writeAttribute("reciprocity", String.valueOf(Boolean.TRUE.equals(r.legalBasis().reciprocity())));
                for (String id : r.legalBasis().instruments()) {
                    w.writeStartElement("instrument");
                    w.writeAttribute("id", clean(id));
                    w.writeAttribute("title", clean(input.instrumentTitles().getOrDefault(id, id)));
                    w.writeEndElement();
                }
                text(w, "note", r.legalBasis().note());
                w.writeEndElement();
            }
            authority(w, "requestingAuthority", r.requestingAuthority());
            authority(w, "conductingAuthority", r.conductingAuthority());
            if (r.proceedings() != null) {
                w.writeStartElement("proceedings");
                w.writeAttribute("nature", r.proceedings().nature() == null ? "" : r.proceedings().nature().code());
                text(w, "subjectMatter", r.proceedings().subjectMatter());
                text(w, "caseReference", r.proceedings().caseReference());
                w.writeEndElement();
            }
            text(w, "facts", r.facts());
            w.writeStartElement("offences");
            for (Offence o : r.offences()) {
                w.writeStartElement("offence");
                text(w, "name", o.name());
                text(w, "legalProvision", o.legalProvision());
                text(w, "provisionText", o.provisionText());
                if (o.maximumPenalty() != null) {
                    w.writeStartElement("maximumPenalty");
                    w.writeAttribute("years", o.maximumPenalty().years() == null ? "" : String.valueOf(o.maximumPenalty().years()));
                    w.writeAttribute("life", String.valueOf(Boolean.TRUE.equals(o.maximumPenalty().lifeImprisonment())));
                    text(w, "description", o.maximumPenalty().description());
                    w.writeEndElement();
                }
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeStartElement("measures");
            for (Measure m : r.measures()) {
                w.writeStartElement("measure");
                w.writeAttribute("type", m.type().code());
                text(w, "description", m.description());
                text(w, "location", m.location());
                text(w, "particularProcedure", m.particularProcedure());
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeStartElement("persons");
            for (Person p : r.persons()) {
                w.writeStartElement("person");
                w.writeAttribute("role", p.role().code());
                text(w, "name", p.name());
                text(w, "otherNames", p.otherNames());
                text(w, "dateOfBirth", p.dateOfBirth() == null ? null : p.dateOfBirth().toString());
                text(w, "placeOfBirth", p.placeOfBirth());
                text(w, "nationality", p.nationality());
                text(w, "identityDocument", p.identityDocument());
                text(w, "location", p.location());
                text(w, "description", p.description());
                w.writeEndElement();
            }
            w.writeEndElement();
            text(w, "purpose", r.purpose());
            if (r.urgency() != null) {
                w.writeStartElement("urgency");
                text(w, "reason", r.urgency().reason());
                text(w, "deadline", r.urgency().deadline() == null ? null : r.urgency().deadline().toString());
                w.writeEndElement();
            }
            if (r.confidentiality() != null) {
                w.writeStartElement("confidentiality");
                text(w, "reason", r.confidentiality().reason());
                w.writeEndElement();
            }
            if (r.signatory() != null) {
                w.writeStartElement("signatory");
                text(w, "name", r.signatory().name());
                text(w, "title", r.signatory().title());
                text(w, "place", r.signatory().place());
                text(w, "date", r.signatory().date() == null ? null : r.signatory().date().toString());
                w.writeEndElement();
            }
            w.writeStartElement("attachment");
            w.writeAttribute("filename", "request.json");
            w.writeAttribute("src", "data:application/json;base64," + Base64.getEncoder().encodeToString(input.json()));
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new RenderingFailed("Could not prepare the request for its template", e);
        }
        return out.toByteArray();
    }

    private static void state(XMLStreamWriter w, String element, String code, String name) throws XMLStreamException {
        w.writeStartElement(element);
        w.writeAttribute("code", clean(code));
        w.writeAttribute("name", clean(name == null ? code : name));
        w.writeEndElement();
    }

    private static void authority(XMLStreamWriter w, String element, Authority a) throws XMLStreamException {
        if (a == null) {
            return;
        }
        w.writeStartElement(element);
        text(w, "name", a.name());
        text(w, "functions", a.functions());
        text(w, "address", a.address());
        text(w, "contactPerson", a.contactPerson());
        text(w, "email", a.email());
        text(w, "phone", a.phone());
        w.writeEndElement();
    }

    private static void text(XMLStreamWriter w, String element, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        w.writeStartElement(element);
        w.writeCharacters(clean(value));
        w.writeEndElement();
    }

    /**
     * Keeps what XML 1.0 allows (tab, newline, carriage return and the legal ranges) and replaces the rest, and
     * noncharacters, by U+FFFD. Drops invisible format characters that no font draws and FOP would report as
     * missing glyphs, failing the document: bidi isolates (FOP implements embeddings and overrides, which stay,
     * but not isolates), the Arabic letter mark, variation selectors, tags. The marks FOP uses (LRM, RLM, ZWJ,
     * ZWNJ, embeddings and overrides) stay. The JSON attached to the PDF keeps the text exactly as entered.
     */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, text.charAt(++i));
                if (isNonCharacter(cp)) {
                    sb.append('\uFFFD');
                } else if (!isDroppedFormat(cp)) {
                    sb.appendCodePoint(cp);
                }
            } else if (Character.isSurrogate(c) || c < 0x20 && c != '\t' && c != '\n' && c != '\r' || isNonCharacter(c)) {
                sb.append('\uFFFD');
            } else if (!isDroppedFormat(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean isNonCharacter(int cp) {
        return cp >= 0xFDD0 && cp <= 0xFDEF || (cp & 0xFFFE) == 0xFFFE;
    }

    private static boolean isDroppedFormat(int cp) {
        return cp >= 0x2066 && cp <= 0x2069 || cp == 0x061C || cp == 0xFEFF || cp >= 0xFE00 && cp <= 0xFE0F
                || cp >= 0xE0000 && cp <= 0xE01EF || cp >= 0x2060 && cp <= 0x2064;
    }
}
