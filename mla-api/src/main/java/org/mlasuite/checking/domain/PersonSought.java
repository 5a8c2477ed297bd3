package org.mlasuite.checking.domain;

import java.util.ArrayList;
import java.util.List;
import org.mlasuite.checking.domain.ExtraditionParts.Sought;
import org.mlasuite.drafting.domain.Person;
import org.mlasuite.shared.Citation;

/**
 * The request names the person sought and describes him or her as accurately as possible, with what helps to
 * establish identity and nationality (UN Model Treaty on Extradition art. 5(2)(a); for provisional arrest, art.
 * 9(2)). No person sought, or one without a name, blocks; a missing date of birth or identity document,
 * nationality or description is a warning, because the requested State must be sure it arrests the right person.
 */
public final class PersonSought implements Check {

    private final String id;
    private final Citation citation;

    public PersonSought(String id, Citation citation) {
        this.id = id;
        this.citation = citation;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Severity severity() {
        return Severity.BLOCKING;
    }

    @Override
    public Citation citation() {
        return citation;
    }

    @Override
    public List<Finding> examine(CheckContext context) {
        List<Sought> sought = ExtraditionParts.sought(context.request());
        if (sought.isEmpty()) {
            return List.of(finding(context, severity(), citation, id + ".none", List.of("persons")));
        }
        List<Finding> findings = new ArrayList<>();
        for (Sought s : sought) {
            Person person = s.person();
            if (Blank.is(person.name())) {
                findings.add(finding(context, severity(), citation, id + ".unnamed", List.of(s.at() + ".name"), s.index() + 1));
            }
            List<String> missing = new ArrayList<>();
            if (person.dateOfBirth() == null && Blank.is(person.identityDocument())) {
                missing.add("dateOfBirth");
                missing.add("identityDocument");
            }
            if (person.nationalities().isEmpty() && Blank.is(person.nationality())) {
                missing.add("nationalities");
            }
            if (Blank.is(person.description())) {
                missing.add("description");
            }
            if (!missing.isEmpty()) {
                findings.add(finding(context, Severity.WARNING, citation, id + ".incomplete",
                        missing.stream().map(f -> s.at() + "." + f).toList(), s.label(), String.join(", ", missing)));
            }
        }
        return findings;
    }
}
