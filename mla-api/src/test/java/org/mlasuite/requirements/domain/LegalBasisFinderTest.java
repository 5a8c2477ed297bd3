package org.mlasuite.requirements.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.mlasuite.requirements.domain.LegalBasis.ApplicableInstrument;
import org.mlasuite.requirements.domain.LegalBasis.Availability;
import org.mlasuite.requirements.domain.LegalBasis.Conclusion;
import org.mlasuite.shared.StateCode;
import org.mlasuite.testing.TestData;

/** The legal-basis finder on the shipped data, for pairs whose answer the sources settle. */
class LegalBasisFinderTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private final LegalBasisFinder finder = new LegalBasisFinder(TestData.catalog());

    @Test
    void austriaAndGermanyShareTheEuropeanMlaConventionAndUntoc() {
        LegalBasis basis = find("AUT", "DEU", CooperationType.MLA, TODAY);
        assertThat(basis.instruments()).extracting(a -> a.instrument().id()).contains("ets-030", "untoc");
        assertThat(basis.treatyAvailable()).isTrue();
        assertThat(basis.conclusions()).extracting(Conclusion::code).contains("treaty-available")
                .doesNotContain("basis-unknown", "reciprocity-fallback");
    }

    @Test
    void anInstrumentNotYetInForceIsNotOffered() {
        LegalBasis basis = find("AUT", "DEU", CooperationType.MLA, LocalDate.of(2000, 1, 1));
        assertThat(basis.instruments()).extracting(a -> a.instrument().id()).contains("ets-030").doesNotContain("untoc", "uncac");
    }

    @Test
    void onlyInstrumentsForTheCooperationTypeAreOffered() {
        LegalBasis basis = find("FRA", "DEU", CooperationType.EXTRADITION, TODAY);
        assertThat(basis.instruments()).extracting(a -> a.instrument().id()).contains("ets-024").doesNotContain("ets-030");
        for (ApplicableInstrument a : basis.instruments()) {
            assertThat(a.instrument().cooperation()).contains(CooperationType.EXTRADITION);
            assertThat(a.requestingParty().state()).isEqualTo(new StateCode("FRA"));
            assertThat(a.requestedParty().state()).isEqualTo(new StateCode("DEU"));
        }
    }

    @Test
    void withoutAnyInstrumentAStateThatRequiresATreatyIsFlagged() {
        // The DPRK is party to neither UNTOC nor UNCAC; the United States extradites only under a treaty.
        LegalBasis basis = find("PRK", "USA", CooperationType.EXTRADITION, TODAY);
        assertThat(basis.treatyAvailable()).isFalse();
        assertThat(basis.conclusions()).extracting(Conclusion::code).containsExactly("no-basis-treaty-required");
    }

    @Test
    void withoutAnyInstrumentReciprocityIsOfferedWhereTheRequestedStateAcceptsIt() {
        // The DPRK is party to none of the instruments; Russia's Code of Criminal Procedure allows extradition on reciprocity.
        LegalBasis basis = find("PRK", "RUS", CooperationType.EXTRADITION, TODAY);
        assertThat(basis.instruments()).extracting(a -> a.instrument().binding()).doesNotContain(true);
        assertThat(basis.reciprocity().availability()).isEqualTo(Availability.AVAILABLE);
        assertThat(basis.conclusions()).extracting(Conclusion::code).contains("reciprocity-fallback");
    }

    @Test
    void theRequestedStatesUntocDeclarationDecidesWhetherUntocCanServeForExtradition() {
        LegalBasis basis = find("BRA", "NLD", CooperationType.EXTRADITION, TODAY);
        assertThat(basis.instruments()).extracting(a -> a.instrument().id()).contains("untoc");
        assertThat(basis.conclusions()).extracting(Conclusion::code).contains("untoc-accepted-for-extradition");
        assertThat(basis.facts()).extracting(Fact::topic).containsExactly("treaty_required", "untoc_as_legal_basis", "reciprocity");
    }

    @Test
    void declarationsListedAreTheRequestedStatesOnly() {
        LegalBasis basis = find("AUT", "DEU", CooperationType.MLA, TODAY);
        assertThat(basis.declarations()).isNotEmpty().allMatch(d -> d.state().equals(new StateCode("DEU")));
    }

    @Test
    void everyPairGetsAnAnswer() {
        RequirementsCatalog catalog = TestData.catalog();
        var states = catalog.states().stream().map(StateProfile::code).toList();
        for (StateCode a : states.subList(0, 40)) {
            for (StateCode b : states) {
                if (!a.equals(b)) {
                    for (CooperationType type : CooperationType.values()) {
                        assertThat(finder.find(a, b, type, TODAY).conclusions()).as(a + "->" + b + " " + type).isNotEmpty();
                    }
                }
            }
        }
    }

    private LegalBasis find(String requesting, String requested, CooperationType type, LocalDate on) {
        return finder.find(new StateCode(requesting), new StateCode(requested), type, on);
    }
}
