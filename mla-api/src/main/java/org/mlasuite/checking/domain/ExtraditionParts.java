package org.mlasuite.checking.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mlasuite.drafting.domain.Extradition;
import org.mlasuite.drafting.domain.ExtraditionPurpose;
import org.mlasuite.drafting.domain.Person;
import org.mlasuite.drafting.domain.PersonRole;
import org.mlasuite.drafting.domain.RequestDocument;
import org.mlasuite.drafting.domain.Sentence;
import org.mlasuite.requirements.domain.Fact;

/** What the extradition and provisional-arrest checks read often: the persons sought, the purpose, numeric facts. */
final class ExtraditionParts {

    private ExtraditionParts() {
    }

    /** A person sought and where it sits in the request, for field paths such as {@code persons[1].location}. */
    record Sought(int index, Person person) {

        String at() {
            return "persons[" + index + "]";
        }

        String label() {
            return Blank.is(person.name()) ? "#" + (index + 1) : person.name();
        }
    }

    static List<Sought> sought(RequestDocument request) {
        List<Sought> found = new ArrayList<>();
        for (int i = 0; i < request.persons().size(); i++) {
            if (request.persons().get(i).role() == PersonRole.PERSON_SOUGHT) {
                found.add(new Sought(i, request.persons().get(i)));
            }
        }
        return found;
    }

    static Optional<Extradition> extradition(RequestDocument request) {
        return Optional.ofNullable(request.extradition());
    }

    static Optional<ExtraditionPurpose> purpose(RequestDocument request) {
        return extradition(request).map(Extradition::purpose);
    }

    /** A numeric fact (months, days) as a whole number; empty when the value is not a number. */
    static Optional<Integer> number(Fact fact) {
        return fact.value() instanceof Number n ? Optional.of(n.intValue()) : Optional.empty();
    }

    /**
     * Months left to serve, life counting as more than any threshold; null when not stated. (Sentence's own
     * effectiveRemainingMonths() unboxes a null remainder in its conditional expression and throws.)
     */
    static Integer remainingMonths(Sentence sentence) {
        if (sentence == null) {
            return null;
        }
        return Boolean.TRUE.equals(sentence.life()) ? Integer.valueOf(Integer.MAX_VALUE) : sentence.remainingMonths();
    }

    static String date(LocalDate date, Locale locale) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }
}
