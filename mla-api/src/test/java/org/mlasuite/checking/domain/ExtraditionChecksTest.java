package org.mlasuite.checking.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mlasuite.drafting.domain.Extradition;
import org.mlasuite.drafting.domain.Person;
import org.mlasuite.drafting.domain.ProvisionalArrest;
import org.mlasuite.drafting.domain.RequestDocument;
import org.mlasuite.testing.Requests;
import org.mlasuite.testing.TestData;

/** What the scenario tables cannot show: exact dates in the wording, the catalogue lines, the fields pointed at. */
class ExtraditionChecksTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private static List<Finding> check(RequestDocument request, Locale locale) {
        return Checker.standard().check(new CheckContext(request, TestData.catalog(), TODAY, locale));
    }

    private static Finding only(String id, RequestDocument request, Locale locale) {
        return check(request, locale).stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    private static RequestDocument arrest(String requested, LocalDate arrestedOn) {
        RequestDocument sample = TestData.sample("provisional-arrest-nld-arg-cocaine");
        return copy(Requests.from(sample).requestedState(requested).build(), sample.extradition(),
                new ProvisionalArrest(true, arrestedOn, null));
    }

    private static RequestDocument extradition(UnaryOperator<Requests> change) {
        return change.apply(Requests.from(TestData.sample("extradition-ita-arg-drugs"))).build();
    }

    @Test
    void theFollowUpDeadlineIsTheArrestDatePlusTheRequestedStatesPeriod() {
        Finding english = only("provisional-arrest.deadline", arrest("ARG", LocalDate.of(2026, 11, 20)), Locale.ENGLISH);
        assertThat(english.message()).contains("November 20, 2026").contains("30 days").contains("December 20, 2026");
        assertThat(english.severity()).isEqualTo(Severity.WARNING);
        assertThat(english.citation().source()).startsWith("arg-");
        assertThat(english.fields()).containsExactly("provisionalArrest.arrestedOn");
        Finding french = only("provisional-arrest.deadline", arrest("ARG", LocalDate.of(2026, 11, 20)), Locale.FRENCH);
        assertThat(french.message()).contains("20 décembre 2026").contains("30 jours");
    }

    @Test
    void withoutARecordedPeriodTheModelTreatysFortyDaysApply() {
        Finding finding = only("provisional-arrest.deadline", arrest("BRA", LocalDate.of(2026, 11, 1)), Locale.ENGLISH);
        assertThat(finding.message()).contains("40 days").contains("December 11, 2026");
        assertThat(finding.citation().pinpoint()).isEqualTo("art. 9(4)");
    }

    @Test
    void aNationalOfAStateThatDoesNotExtraditeNationalsIsToldAboutSubmissionForProsecution() {
        RequestDocument request = extradition(r -> r.requestedState("DEU").persons(List.of(withNationalities(
                TestData.sample("extradition-ita-arg-drugs").persons().get(0), List.of("ITA", "DEU")))));
        Finding finding = only("extradition.nationals", request, Locale.ENGLISH);
        assertThat(finding.severity()).isEqualTo(Severity.BLOCKING);
        assertThat(finding.fields()).containsExactly("persons[0].nationalities");
        assertThat(finding.message()).contains("Rocco Barillà").contains("Germany");
        assertThat(finding.fix()).contains("16(10)").contains("aut dedere aut judicare");
        assertThat(only("extradition.nationals", request, Locale.FRENCH).fix()).contains("art. 16, par. 10");
    }

    @Test
    void anAssuranceIsNamedInTheReadersLanguage() {
        RequestDocument sample = TestData.sample("extradition-fra-che-fraud-enforcement");
        RequestDocument request = copy(sample, new Extradition(sample.extradition().purpose(), null, sample.extradition().judgment(),
                sample.extradition().sentence(), sample.extradition().limitation(), List.of(), null), null);
        assertThat(check(request, Locale.ENGLISH)).anySatisfy(f -> assertThat(f.message()).contains("rule of speciality"));
        assertThat(check(request, Locale.FRENCH)).anySatisfy(f -> assertThat(f.message()).contains("règle de la spécialité"));
    }

    @Test
    void everyCheckDescribesItselfInEnglishAndFrench() {
        Stream.concat(ExtraditionChecks.all().stream(), ProvisionalArrestChecks.all().stream()).forEach(check -> {
            assertThat(check.describe(Locale.ENGLISH)).as(check.id()).isNotBlank();
            assertThat(check.describe(Locale.FRENCH)).as(check.id()).isNotBlank().isNotEqualTo(check.describe(Locale.ENGLISH));
        });
    }

    /** The request with other extradition and provisional-arrest parts (Requests copies neither). */
    private static RequestDocument copy(RequestDocument r, Extradition extradition, ProvisionalArrest arrest) {
        return new RequestDocument(r.schemaVersion(), r.type(), r.title(), r.requestingState(), r.requestedState(),
                r.requestingAuthority(), r.conductingAuthority(), r.proceedings(), r.facts(), r.offences(), r.measures(),
                r.persons(), r.purpose(), r.urgency(), r.confidentiality(), r.legalBasis(), r.language(), r.signatory(),
                r.transmission(), r.scope(), r.furtherUse(), extradition, arrest, r.confiscation(), r.annexes());
    }

    private static Person withNationalities(Person p, List<String> nationalities) {
        return new Person(p.role(), p.name(), p.otherNames(), p.dateOfBirth(), p.placeOfBirth(), p.nationality(), nationalities,
                p.identityDocument(), p.location(), p.description());
    }
}
