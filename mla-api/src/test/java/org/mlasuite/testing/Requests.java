package org.mlasuite.testing;

import java.util.List;
import org.mlasuite.drafting.domain.Authority;
import org.mlasuite.drafting.domain.Measure;
import org.mlasuite.drafting.domain.Person;
import org.mlasuite.drafting.domain.Proceedings;
import org.mlasuite.drafting.domain.RequestDocument;
import org.mlasuite.drafting.domain.Urgency;

/** Copy-and-change for the immutable request document in tests: each setter changes one part, build() makes the copy. */
public final class Requests {

    private final RequestDocument r;
    private String requestedState;
    private Authority requestingAuthority;
    private Authority conductingAuthority;
    private Proceedings proceedings;
    private String facts;
    private List<Measure> measures;
    private List<Person> persons;
    private String purpose;
    private Urgency urgency;
    private org.mlasuite.drafting.domain.Extradition extradition;
    private org.mlasuite.drafting.domain.ProvisionalArrest provisionalArrest;
    private org.mlasuite.drafting.domain.Confiscation confiscation;
    private String language;
    private String title;

    private Requests(RequestDocument r) {
        this.r = r;
        requestedState = r.requestedState();
        requestingAuthority = r.requestingAuthority();
        conductingAuthority = r.conductingAuthority();
        proceedings = r.proceedings();
        facts = r.facts();
        measures = r.measures();
        persons = r.persons();
        purpose = r.purpose();
        urgency = r.urgency();
        extradition = r.extradition();
        provisionalArrest = r.provisionalArrest();
        confiscation = r.confiscation();
        language = r.language();
        title = r.title();
    }

    public static Requests from(RequestDocument r) {
        return new Requests(r);
    }

    public Requests requestedState(String v) { requestedState = v; return this; }

    public Requests requestingAuthority(Authority v) { requestingAuthority = v; return this; }

    public Requests conductingAuthority(Authority v) { conductingAuthority = v; return this; }

    public Requests proceedings(Proceedings v) { proceedings = v; return this; }

    public Requests facts(String v) { facts = v; return this; }

    public Requests measures(List<Measure> v) { measures = v; return this; }

    public Requests persons(List<Person> v) { persons = v; return this; }

    public Requests purpose(String v) { purpose = v; return this; }

    public Requests urgency(Urgency v) { urgency = v; return this; }

    public Requests language(String v) { language = v; return this; }

    public Requests extradition(org.mlasuite.drafting.domain.Extradition v) { extradition = v; return this; }

    public Requests provisionalArrest(org.mlasuite.drafting.domain.ProvisionalArrest v) { provisionalArrest = v; return this; }

    public Requests confiscation(org.mlasuite.drafting.domain.Confiscation v) { confiscation = v; return this; }

    public Requests title(String v) { title = v; return this; }

    public RequestDocument build() {
        return new RequestDocument(r.schemaVersion(), r.type(), title, r.requestingState(), requestedState,
                requestingAuthority, conductingAuthority, proceedings, facts, r.offences(), measures, persons, purpose,
                urgency, r.confidentiality(), r.legalBasis(), language, r.signatory(), r.transmission(), r.scope(),
                r.furtherUse(), extradition, provisionalArrest, confiscation, r.annexes());
    }
}
