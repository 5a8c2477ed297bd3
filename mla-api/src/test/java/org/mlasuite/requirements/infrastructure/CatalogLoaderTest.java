package org.mlasuite.requirements.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.mlasuite.requirements.domain.CooperationType;
import org.mlasuite.requirements.domain.Fact;
import org.mlasuite.requirements.domain.FactStatus;
import org.mlasuite.requirements.domain.RequirementsCatalog;
import org.mlasuite.requirements.domain.StateProfile;
import org.mlasuite.shared.StateCode;
import org.mlasuite.testing.TestData;

/** The shipped data loads cleanly; the validator rejects each of its known-bad fixtures. */
class CatalogLoaderTest {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void theShippedDataHasNoErrors() {
        CatalogLoader loader = new CatalogLoader(DataFiles.at(TestData.dataRoot()), 730, TODAY);
        RequirementsCatalog catalog = loader.loadCollectingProblems();
        assertThat(loader.errors()).isEmpty();
        assertThat(catalog.states().stream().filter(StateProfile::unMember)).hasSize(193);
        assertThat(catalog.instrument("untoc")).isPresent();
    }

    @Test
    void everyFactServedCarriesItsCitationOrSaysItIsUnknown() {
        RequirementsCatalog catalog = TestData.catalog();
        for (StateProfile state : catalog.states()) {
            for (Fact fact : state.facts()) {
                if (fact.status() == FactStatus.UNKNOWN) {
                    assertThat(fact.value()).as(state.code() + " " + fact.topic()).isNull();
                } else {
                    assertThat(catalog.source(fact.provenance().sourceId())).as(state.code() + " " + fact.topic()).isPresent();
                    assertThat(fact.provenance().reviewed()).isNotNull();
                }
            }
        }
    }

    @Test
    void unknownTopicsAreExplicitlyUnknown() {
        StateProfile profile = TestData.catalog().state(new StateCode("TUV")).orElseThrow();
        assertThat(profile.requirements(CooperationType.MLA).fact("languages").status()).isIn(FactStatus.UNKNOWN,
                FactStatus.VERIFIED, FactStatus.UNCONFIRMED);
        assertThat(profile.requirements(CooperationType.EXTRADITION).topics()).containsKey("nationals");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "duplicate-key             | duplicate key languages",
            "unknown-source            | unknown source id 'no-such-source'",
            "unknown-state             | unknown State 'ZZZ'",
            "no-status                 | no status",
            "verified-without-pinpoint | a verified fact needs a pinpoint",
            "verified-secondary-source | a verified fact cannot rest on the secondary source 'fixture-news'"})
    void theValidatorRejectsItsBadFixtures(String fixture, String expected) {
        CatalogLoader loader = new CatalogLoader(DataFiles.at(TestData.dataRoot().resolve("test-fixtures").resolve(fixture)), 730, TODAY);
        assertThatThrownBy(loader::load).isInstanceOf(InvalidRequirementsData.class).hasMessageContaining(expected);
    }

    @Test
    void onlyTheVerifiedFactThatRestsOnASecondarySourceIsRejected() {
        CatalogLoader loader = new CatalogLoader(
                DataFiles.at(TestData.dataRoot().resolve("test-fixtures").resolve("verified-secondary-source")), 730, TODAY);
        loader.loadCollectingProblems();
        // the verified fact citing the statute and the unconfirmed party entry citing the news report both pass
        assertThat(loader.errors()).singleElement().satisfies(e -> {
            assertThat(e.file()).isEqualTo("states/AAA.yaml");
            assertThat(e.path()).isEqualTo("confiscation.non_conviction_based");
        });
    }

    @Test
    void anOldReviewDateIsAWarningNotAnError() {
        CatalogLoader loader = new CatalogLoader(DataFiles.at(TestData.dataRoot().resolve("test-fixtures").resolve("stale")), 730, TODAY);
        loader.load();
        List<DataProblem> problems = loader.problems();
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).severity()).isEqualTo(DataProblem.Severity.WARNING);
        assertThat(problems.get(0).message()).contains("2019-01-01");
    }
}
