package org.mlasuite.checking.domain;

import java.util.ArrayList;
import java.util.List;
import org.mlasuite.drafting.domain.Person;
import org.mlasuite.shared.Citation;

/**
 * The identity, location and nationality of each person concerned, "where possible" (UNTOC art. 18(15)(e)): a gap
 * is a warning, because the requested State cannot find or summon a person it cannot identify.
 */
public final class PersonsConcerned implements Check {

    @Override
    public String id() {
        return "mla.persons";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public Citation citation() {
        return Untoc.article("18(15)(e)");
    }

    @Override
    public List<Finding> examine(CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        List<Person> persons = context.request().persons();
        for (int i = 0; i < persons.size(); i++) {
            Person person = persons.get(i);
            String at = "persons[" + i + "]";
            List<String> missing = new ArrayList<>();
            if (Blank.is(person.name())) {
                missing.add(at + ".name");
            }
            if (Blank.is(person.location())) {
                missing.add(at + ".location");
            }
            if (Blank.is(person.nationality()) && person.nationalities().isEmpty()) {
                missing.add(at + ".nationality");
            }
            if (!missing.isEmpty()) {
                String who = Blank.is(person.name()) ? "#" + (i + 1) : person.name();
                findings.add(finding(context, missing, who, missing.stream().map(f -> f.substring(at.length() + 1)).toList().toString()));
            }
        }
        return findings;
    }
}
