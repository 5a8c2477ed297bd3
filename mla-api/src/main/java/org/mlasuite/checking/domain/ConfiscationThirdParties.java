package org.mlasuite.checking.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.mlasuite.drafting.domain.Asset;
import org.mlasuite.drafting.domain.Confiscation;
import org.mlasuite.drafting.domain.Person;
import org.mlasuite.drafting.domain.PersonRole;
import org.mlasuite.shared.Citation;

/**
 * Confiscation and freezing "shall not be construed to prejudice the rights of bona fide third parties" (UNTOC art.
 * 12(8)). When property is held by someone other than the suspect, accused or sentenced person (a company, a
 * relative, a lender), the requested State will want to know what is known of that holder's rights. Advice.
 */
public final class ConfiscationThirdParties implements Check {

    private static final Set<PersonRole> OFFENDERS = Set.of(PersonRole.SUSPECT, PersonRole.ACCUSED, PersonRole.SENTENCED,
            PersonRole.PERSON_SOUGHT);
    private static final Set<PersonRole> HOLDERS = Set.of(PersonRole.PROPERTY_HOLDER, PersonRole.ACCOUNT_HOLDER);

    @Override
    public String id() {
        return "confiscation.third-parties";
    }

    @Override
    public Severity severity() {
        return Severity.ADVICE;
    }

    @Override
    public Citation citation() {
        return Untoc.article("12(8)");
    }

    @Override
    public List<Finding> examine(CheckContext context) {
        Confiscation confiscation = ConfiscationPart.of(context.request());
        if (!Blank.is(confiscation.thirdPartyRights())) {
            return List.of();
        }
        List<Person> persons = context.request().persons();
        Set<String> offenders = new LinkedHashSet<>();
        persons.stream().filter(p -> OFFENDERS.contains(p.role()) && !Blank.is(p.name())).forEach(p -> offenders.add(norm(p.name())));
        Set<String> others = new LinkedHashSet<>();
        List<String> fields = new ArrayList<>();
        List<Asset> assets = confiscation.assets();
        for (int i = 0; i < assets.size(); i++) {
            String holder = assets.get(i).holder();
            if (!Blank.is(holder) && !offenders.contains(norm(holder))) {
                others.add(holder.trim());
                fields.add("confiscation.assets[" + i + "].holder");
            }
        }
        for (int i = 0; i < persons.size(); i++) {
            Person person = persons.get(i);
            if (HOLDERS.contains(person.role()) && !Blank.is(person.name()) && !offenders.contains(norm(person.name()))) {
                if (others.stream().noneMatch(o -> norm(o).equals(norm(person.name())))) {
                    others.add(person.name().trim());
                }
                fields.add("persons[" + i + "]");
            }
        }
        if (others.isEmpty()) {
            return List.of();
        }
        fields.add("confiscation.thirdPartyRights");
        return List.of(finding(context, fields, String.join(", ", others)));
    }

    private static String norm(String name) {
        return name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
