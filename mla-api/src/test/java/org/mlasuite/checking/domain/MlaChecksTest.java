package org.mlasuite.checking.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mlasuite.drafting.domain.Authority;
import org.mlasuite.drafting.domain.Measure;
import org.mlasuite.drafting.domain.MeasureType;
import org.mlasuite.drafting.domain.Person;
import org.mlasuite.drafting.domain.PersonRole;
import org.mlasuite.drafting.domain.Proceedings;
import org.mlasuite.drafting.domain.RequestDocument;
import org.mlasuite.drafting.domain.Urgency;
import org.mlasuite.testing.Requests;
import org.mlasuite.testing.TestData;

/**
 * The UNTOC art. 18(14)-(15) checks as a table a lawyer can read: the complete samples pass, and each variant
 * with one element removed gets the finding that names that element and its article.
 */
class MlaChecksTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final Checker CHECKER = Checker.standard();

    static List<Finding> check(RequestDocument request, Locale locale) {
        return CHECKER.check(new CheckContext(request, TestData.catalog(), TODAY, locale));
    }

    static RequestDocument base() {
        return TestData.sample("mla-fra-aus-laundering");
    }

    /** A copy of the base sample with one part changed. */
    static RequestDocument with(UnaryOperator<Requests> change) {
        return change.apply(Requests.from(base())).build();
    }

    @Test
    void completeSamplesHaveNoBlockingFinding() {
        for (var sample : TestData.samples()) {
            assertThat(check(sample.document(), Locale.ENGLISH)).as(sample.id())
                    .noneMatch(f -> f.severity() == Severity.BLOCKING);
        }
    }

    static List<Arguments> variants() {
        return List.of(
                Arguments.of("no requesting authority", with(b -> b.requestingAuthority(null)), "mla.requesting-authority", "art. 18(15)(a)", "requestingAuthority.name"),
                Arguments.of("no conducting authority", with(b -> b.conductingAuthority(new Authority(" ", "judge", null, null, null, null))), "mla.conducting-authority", "art. 18(15)(b)", "conductingAuthority.name"),
                Arguments.of("no subject matter", with(b -> b.proceedings(new Proceedings(base().proceedings().nature(), "", "x"))), "mla.subject-matter", "art. 18(15)(b)", "proceedings.subjectMatter"),
                Arguments.of("no nature", with(b -> b.proceedings(new Proceedings(null, "fraud", "x"))), "mla.nature", "art. 18(15)(b)", "proceedings.nature"),
                Arguments.of("no facts", with(b -> b.facts("  ")), "mla.facts", "art. 18(15)(c)", "facts"),
                Arguments.of("no measure", with(b -> b.measures(List.of())), "mla.assistance-sought", "art. 18(15)(d)", "measures"),
                Arguments.of("undescribed measure", with(b -> b.measures(List.of(Measure.of(MeasureType.RECORDS, "", null)))), "mla.assistance-sought", "art. 18(15)(d)", "measures[0].description"),
                Arguments.of("no purpose", with(b -> b.purpose(null)), "mla.purpose", "art. 18(15)(f)", "purpose"),
                Arguments.of("language the requested State refuses", with(b -> b.requestedState("DEU")), "mla.language", "", "language"));
    }

    @ParameterizedTest(name = "{0} → {2}")
    @MethodSource("variants")
    void aMissingElementIsBlockingWithItsCitation(String name, RequestDocument request, String id, String pinpoint, String field) {
        List<Finding> blocking = check(request, Locale.ENGLISH).stream().filter(f -> f.severity() == Severity.BLOCKING).toList();
        assertThat(blocking).as(name).anySatisfy(f -> {
            assertThat(f.id()).isEqualTo(id);
            assertThat(f.citation().pinpoint()).contains(pinpoint);
            assertThat(f.fields()).contains(field);
            assertThat(f.message()).isNotBlank();
            assertThat(f.fix()).isNotBlank();
        });
    }

    @Test
    void serviceOfDocumentsAloneNeedsNoSummaryOfFacts() {
        RequestDocument request = with(b -> b.facts(null).measures(List.of(Measure.of(MeasureType.SERVICE_OF_DOCUMENTS, "Serve the summons", null))));
        assertThat(check(request, Locale.ENGLISH)).noneMatch(f -> f.id().equals("mla.facts"));
    }

    @Test
    void aLanguageRefusalCitesTheRequestedStatesOwnSource() {
        Finding finding = check(with(b -> b.requestedState("DEU")), Locale.ENGLISH).stream()
                .filter(f -> f.id().equals("mla.language")).findFirst().orElseThrow();
        assertThat(finding.citation().source()).startsWith("deu-");
        assertThat(finding.message()).contains("Germany").contains("English").contains("German");
    }

    @Test
    void unrecordedLanguagesGiveAdviceNotABlock() {
        Finding finding = check(with(b -> b.requestedState("TUV")), Locale.ENGLISH).stream()
                .filter(f -> f.id().equals("mla.language")).findFirst().orElseThrow();
        assertThat(finding.severity()).isEqualTo(Severity.ADVICE);
    }

    @Test
    void personsLackingLocationOrNationalityGetAWarning() {
        RequestDocument request = with(b -> b.persons(List.of(new Person(PersonRole.WITNESS, "Jo Bloggs", null, null, null, null, null, null, null, null))));
        assertThat(check(request, Locale.ENGLISH)).anySatisfy(f -> {
            assertThat(f.id()).isEqualTo("mla.persons");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.fields()).containsExactly("persons[0].location", "persons[0].nationality");
        });
    }

    @Test
    void anUrgentRequestWithoutReasonOrWithAPastDeadlineIsFlagged() {
        RequestDocument request = with(b -> b.urgency(new Urgency(true, null, LocalDate.of(2026, 1, 1))));
        assertThat(check(request, Locale.ENGLISH)).extracting(Finding::fields).contains(List.of("urgency.reason"), List.of("urgency.deadline"));
    }

    @Test
    void findingsSpeakFrenchWhenAsked() {
        Finding finding = check(with(b -> b.purpose("")), Locale.FRENCH).stream().filter(f -> f.id().equals("mla.purpose")).findFirst().orElseThrow();
        assertThat(finding.message()).startsWith("Le but");
    }

    @Test
    void everyCheckHasWordingInEnglishAndFrench() {
        for (Check check : CHECKER.catalog()) {
            assertThat(check.describe(Locale.ENGLISH)).as(check.id()).isNotBlank();
            assertThat(check.describe(Locale.FRENCH)).as(check.id()).isNotEqualTo(check.describe(Locale.ENGLISH));
        }
    }
}
