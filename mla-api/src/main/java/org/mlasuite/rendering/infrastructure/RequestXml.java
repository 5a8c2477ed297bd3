package org.mlasuite.rendering.infrastructure;

import java.io.ByteArrayOutputStream;
import java.util.Base64;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.mlasuite.drafting.domain.Annex;
import org.mlasuite.drafting.domain.Asset;
import org.mlasuite.drafting.domain.Assurance;
import org.mlasuite.drafting.domain.Authority;
import org.mlasuite.drafting.domain.Confiscation;
import org.mlasuite.drafting.domain.ConfiscationAction;
import org.mlasuite.drafting.domain.ConfiscationOrder;
import org.mlasuite.drafting.domain.ConventionScope;
import org.mlasuite.drafting.domain.DataCategory;
import org.mlasuite.drafting.domain.Disposal;
import org.mlasuite.drafting.domain.Extradition;
import org.mlasuite.drafting.domain.JudicialDecision;
import org.mlasuite.drafting.domain.Limitation;
import org.mlasuite.drafting.domain.Measure;
import org.mlasuite.drafting.domain.Offence;
import org.mlasuite.drafting.domain.Person;
import org.mlasuite.drafting.domain.ProvisionalArrest;
import org.mlasuite.drafting.domain.RequestDocument;
import org.mlasuite.drafting.domain.Sentence;
import org.mlasuite.drafting.domain.TransnationalElement;
import org.mlasuite.rendering.application.DocumentKind;
import org.mlasuite.rendering.application.RenderInput;
import org.mlasuite.rendering.application.RenderInput.Part;
import org.mlasuite.rendering.application.Reply;
import org.mlasuite.rendering.application.ReportedFinding;
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
            Out w = new Out(FACTORY.createXMLStreamWriter(out, "UTF-8"));
            RequestDocument r = input.request();
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("document");
            w.writeAttribute("kind", input.kind().code());
            w.writeAttribute("titleKey", input.kind().titleKey());
            w.writeAttribute("reply", String.valueOf(input.kind().reply()));
            w.writeAttribute("bilingual", String.valueOf(input.second() != null));
            w.writeAttribute("schemaVersion", String.valueOf(r.schemaVersion()));
            w.writeAttribute("fingerprint", input.fingerprint());
            w.writeAttribute("confidential", String.valueOf(r.confidential()));
            w.writeAttribute("reference", UserText.clean(reference(input)));
            part(w, input, 1, input.first(), input.second());
            if (input.second() != null) {
                // the same content again: the templates take the language of a phrase from the part it is in
                part(w, input, 2, input.second(), input.first());
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

    /** The reference the footer shows: our register number on a reply, else the case reference. */
    private static String reference(RenderInput input) {
        if (input.reply() != null && input.reply().registerNumber() != null) {
            return input.reply().registerNumber();
        }
        RequestDocument r = input.request();
        return r.proceedings() == null ? null : r.proceedings().caseReference();
    }

    private static void part(Out w, RenderInput input, int n, Part part, Part other) throws XMLStreamException {
        w.rightToLeft = UserText.rightToLeft(part.language());
        w.writeStartElement("part");
        w.writeAttribute("n", String.valueOf(n));
        w.writeAttribute("lang", part.language());
        w.writeAttribute("other", other == null ? "" : other.language());
        request(w, input, part);
        if (input.reply() != null) {
            Reply reply = input.reply();
            w.writeStartElement("reply");
            text(w, "registerNumber", reply.registerNumber());
            text(w, "receivedOn", date(reply.receivedOn()));
            text(w, "theirReference", reply.theirReference());
            text(w, "officer", reply.officer());
            text(w, "note", reply.note());
            text(w, "replyBy", date(reply.replyBy()));
            w.writeEndElement();
        }
        text(w, "date", date(input.date()));
        if (input.kind() == DocumentKind.COMPLETENESS_REPORT || input.kind() == DocumentKind.ADDITIONAL_INFORMATION) {
            w.writeStartElement("findings");
            w.writeAttribute("blocking", String.valueOf(count(input, "blocking")));
            w.writeAttribute("warning", String.valueOf(count(input, "warning")));
            w.writeAttribute("advice", String.valueOf(count(input, "advice")));
            for (ReportedFinding f : input.findings()) {
                w.writeStartElement("finding");
                w.writeAttribute("severity", UserText.clean(f.severity()));
                w.writeAttribute("id", UserText.clean(f.id()));
                text(w, "message", f.message());
                text(w, "fix", f.fix());
                text(w, "citation", f.citation());
                for (String field : f.fields()) {
                    text(w, "field", field);
                }
                w.writeEndElement();
            }
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    private static long count(RenderInput input, String severity) {
        return input.findings().stream().filter(f -> severity.equals(f.severity())).count();
    }

    private static void request(Out w, RenderInput input, Part part) throws XMLStreamException {
        RequestDocument r = input.request();
        w.writeStartElement("request");
        w.writeAttribute("schemaVersion", String.valueOf(r.schemaVersion()));
        w.writeAttribute("type", r.type() == null ? "" : r.type().code());
        w.writeAttribute("urgent", String.valueOf(r.urgent()));
        w.writeAttribute("confidential", String.valueOf(r.confidential()));
        w.writeAttribute("reference", UserText.clean(r.proceedings() == null ? null : r.proceedings().caseReference()));
        state(w, "requestingState", r.requestingState(), part.name(r.requestingState()));
        state(w, "requestedState", r.requestedState(), part.name(r.requestedState()));
        text(w, "title", r.title());
        if (r.transmission() != null) {
            w.writeStartElement("transmission");
            w.writeAttribute("channel", r.transmission().channel() == null ? "" : r.transmission().channel().code());
            text(w, "addressee", r.transmission().addressee());
            w.writeEndElement();
        }
        if (r.legalBasis() != null) {
            w.writeStartElement("legalBasis");
            w.writeAttribute("reciprocity", String.valueOf(Boolean.TRUE.equals(r.legalBasis().reciprocity())));
            for (String id : r.legalBasis().instruments()) {
                w.writeStartElement("instrument");
                w.writeAttribute("id", UserText.clean(id));
                w.writeAttribute("title", UserText.clean(input.instrumentTitles().getOrDefault(id, id)));
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
        if (r.scope() != null) {
            ConventionScope s = r.scope();
            w.writeStartElement("scope");
            w.writeAttribute("organizedCriminalGroup", flag(s.organizedCriminalGroup()));
            w.writeAttribute("conventionOffence", flag(s.conventionOffence()));
            for (TransnationalElement e : s.transnational()) {
                w.writeStartElement("transnational");
                w.writeAttribute("code", e.code());
                w.writeEndElement();
            }
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
                w.writeAttribute("death", String.valueOf(Boolean.TRUE.equals(o.maximumPenalty().deathPenalty())));
                text(w, "description", o.maximumPenalty().description());
                w.writeEndElement();
            }
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeStartElement("measures");
        for (Measure m : r.measures()) {
            w.writeStartElement("measure");
            w.writeAttribute("type", m.type() == null ? "other" : m.type().code());
            w.writeAttribute("preservationFirst", flag(m.preservationFirst()));
            w.writeAttribute("personConsents", flag(m.personConsents()));
            text(w, "description", m.description());
            text(w, "location", m.location());
            text(w, "particularProcedure", m.particularProcedure());
            for (DataCategory c : m.dataCategories()) {
                w.writeStartElement("dataCategory");
                w.writeAttribute("code", c.code());
                w.writeEndElement();
            }
            text(w, "identifiers", m.identifiers());
            text(w, "reason", m.reason());
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeStartElement("persons");
        for (Person p : r.persons()) {
            w.writeStartElement("person");
            w.writeAttribute("role", p.role() == null ? "other" : p.role().code());
            text(w, "name", p.name());
            text(w, "otherNames", p.otherNames());
            text(w, "dateOfBirth", date(p.dateOfBirth()));
            text(w, "placeOfBirth", p.placeOfBirth());
            text(w, "nationality", p.nationality());
            for (String code : p.nationalities()) {
                state(w, "citizenOf", code, part.name(code));
            }
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
            text(w, "deadline", date(r.urgency().deadline()));
            w.writeEndElement();
        }
        if (r.confidentiality() != null) {
            w.writeStartElement("confidentiality");
            text(w, "reason", r.confidentiality().reason());
            w.writeEndElement();
        }
        if (r.furtherUse() != null) {
            w.writeStartElement("furtherUse");
            w.writeAttribute("requested", String.valueOf(r.furtherUse().asked()));
            text(w, "proceedings", r.furtherUse().proceedings());
            w.writeEndElement();
        }
        if (r.extradition() != null) {
            extradition(w, r.extradition());
        }
        if (r.provisionalArrest() != null) {
            ProvisionalArrest pa = r.provisionalArrest();
            w.writeStartElement("provisionalArrest");
            w.writeAttribute("undertaking", flag(pa.undertakingToRequestExtradition()));
            text(w, "arrestedOn", date(pa.arrestedOn()));
            text(w, "note", pa.note());
            w.writeEndElement();
        }
        if (r.confiscation() != null) {
            confiscation(w, r.confiscation());
        }
        w.writeStartElement("annexes");
        for (Annex a : r.annexes()) {
            w.writeStartElement("annex");
            text(w, "title", a.title());
            text(w, "description", a.description());
            w.writeEndElement();
        }
        w.writeEndElement();
        if (r.signatory() != null) {
            w.writeStartElement("signatory");
            text(w, "name", r.signatory().name());
            text(w, "title", r.signatory().title());
            text(w, "place", r.signatory().place());
            text(w, "date", date(r.signatory().date()));
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    private static void extradition(Out w, Extradition e) throws XMLStreamException {
        w.writeStartElement("extradition");
        w.writeAttribute("purpose", e.purpose() == null ? "" : e.purpose().code());
        decision(w, "warrant", e.warrant());
        decision(w, "judgment", e.judgment());
        if (e.sentence() != null) {
            Sentence s = e.sentence();
            w.writeStartElement("sentence");
            w.writeAttribute("imposedMonths", s.imposedMonths() == null ? "" : String.valueOf(s.imposedMonths()));
            w.writeAttribute("remainingMonths", s.remainingMonths() == null ? "" : String.valueOf(s.remainingMonths()));
            w.writeAttribute("life", String.valueOf(Boolean.TRUE.equals(s.life())));
            text(w, "note", s.note());
            w.writeEndElement();
        }
        if (e.limitation() != null) {
            Limitation l = e.limitation();
            w.writeStartElement("limitation");
            text(w, "provision", l.provision());
            text(w, "expiresOn", date(l.expiresOn()));
            text(w, "note", l.note());
            w.writeEndElement();
        }
        w.writeStartElement("assurances");
        for (Assurance a : e.assurances()) {
            w.writeStartElement("assurance");
            w.writeAttribute("type", a.type() == null ? "other" : a.type().code());
            text(w, "text", a.text());
            w.writeEndElement();
        }
        w.writeEndElement();
        text(w, "evidenceSummary", e.evidenceSummary());
        w.writeEndElement();
    }

    private static void decision(Out w, String element, JudicialDecision d) throws XMLStreamException {
        if (d == null) {
            return;
        }
        w.writeStartElement(element);
        w.writeAttribute("enforceable", flag(d.enforceable()));
        w.writeAttribute("inAbsentia", flag(d.inAbsentia()));
        w.writeAttribute("annexed", flag(d.annexed()));
        text(w, "issuedBy", d.issuedBy());
        text(w, "date", date(d.date()));
        text(w, "reference", d.reference());
        w.writeEndElement();
    }

    private static void confiscation(Out w, Confiscation c) throws XMLStreamException {
        w.writeStartElement("confiscation");
        for (ConfiscationAction a : c.actions()) {
            w.writeStartElement("action");
            w.writeAttribute("code", a.code());
            w.writeEndElement();
        }
        w.writeStartElement("assets");
        for (Asset a : c.assets()) {
            w.writeStartElement("asset");
            w.writeAttribute("kind", a.kind() == null ? "other" : a.kind().code());
            text(w, "description", a.description());
            text(w, "location", a.location());
            text(w, "holder", a.holder());
            text(w, "value", amount(a.estimatedValue(), a.currency()));
            w.writeEndElement();
        }
        w.writeEndElement();
        if (c.order() != null) {
            ConfiscationOrder o = c.order();
            w.writeStartElement("order");
            w.writeAttribute("enforceable", flag(o.enforceable()));
            w.writeAttribute("nonConvictionBased", flag(o.nonConvictionBased()));
            w.writeAttribute("annexed", flag(o.annexed()));
            text(w, "court", o.court());
            text(w, "date", date(o.date()));
            text(w, "reference", o.reference());
            text(w, "amount", amount(o.amount(), o.currency()));
            text(w, "extent", o.extent());
            w.writeEndElement();
        }
        text(w, "linkToOffence", c.linkToOffence());
        text(w, "thirdPartyRights", c.thirdPartyRights());
        if (c.disposal() != null) {
            Disposal d = c.disposal();
            w.writeStartElement("disposal");
            w.writeAttribute("returnRequested", flag(d.returnRequested()));
            w.writeAttribute("victimsCompensation", flag(d.victimsCompensation()));
            w.writeAttribute("assetSharing", flag(d.assetSharing()));
            text(w, "note", d.note());
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    /** "true", "false", or "" when not stated: templates tell a stated no from silence. */
    private static String flag(Boolean value) {
        return value == null ? "" : value.toString();
    }

    private static String date(java.time.LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** An amount as written in the request, with its currency code: "1650000.00 GBP". */
    private static String amount(java.math.BigDecimal value, String currency) {
        if (value == null) {
            return null;
        }
        return value.toPlainString() + (currency == null || currency.isBlank() ? "" : " " + currency);
    }

    private static void state(Out w, String element, String code, String name) throws XMLStreamException {
        w.writeStartElement(element);
        w.writeAttribute("code", UserText.clean(code));
        w.writeAttribute("name", UserText.clean(name == null ? code : name));
        w.writeEndElement();
    }

    private static void authority(Out w, String element, Authority a) throws XMLStreamException {
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

    private static void text(Out w, String element, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        w.writeStartElement(element);
        w.writeCharacters(UserText.directed(UserText.clean(value), w.rightToLeft));
        w.writeEndElement();
    }

    /** The XML writer, and the direction of the part being written. */
    private static final class Out {
        private final XMLStreamWriter w;
        boolean rightToLeft;

        Out(XMLStreamWriter w) {
            this.w = w;
        }

        void writeStartDocument(String encoding, String version) throws XMLStreamException {
            w.writeStartDocument(encoding, version);
        }

        void writeStartElement(String name) throws XMLStreamException {
            w.writeStartElement(name);
        }

        void writeAttribute(String name, String value) throws XMLStreamException {
            w.writeAttribute(name, value);
        }

        void writeCharacters(String text) throws XMLStreamException {
            w.writeCharacters(text);
        }

        void writeEndElement() throws XMLStreamException {
            w.writeEndElement();
        }

        void writeEndDocument() throws XMLStreamException {
            w.writeEndDocument();
        }

        void close() throws XMLStreamException {
            w.close();
        }
    }
}
