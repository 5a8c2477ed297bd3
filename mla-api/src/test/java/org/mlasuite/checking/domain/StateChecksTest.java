package org.mlasuite.checking.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mlasuite.drafting.domain.RequestDocument;
import org.mlasuite.requirements.domain.CooperationType;
import org.mlasuite.requirements.domain.Fact;
import org.mlasuite.requirements.domain.FactStatus;
import org.mlasuite.requirements.domain.Provenance;
import org.mlasuite.requirements.domain.RequirementProfile;
import org.mlasuite.requirements.domain.RequirementsCatalog;
import org.mlasuite.requirements.domain.StateProfile;
import org.mlasuite.testing.TestData;

/**
 * State-driven checks whose triggering fact no State in today's data has (no State is recorded as refusing UNTOC
 * as an extradition basis, or refusing reciprocity): proven on a test profile that replaces Argentina's facts.
 * This is a statement about the checks, not about Argentina.
 */
class StateChecksTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final Checker CHECKER = Checker.standard();

    static RequirementsCatalog argentinaRefusing(CooperationType type, String topic, FactStatus status) {
        RequirementsCatalog real = TestData.catalog();
        Provenance provenance = new Provenance("untoc", "test profile", status, TODAY);
        List<StateProfile> states = new ArrayList<>();
        for (StateProfile s : real.states()) {
            if (s.code().value().equals("ARG")) {
                Map<String, Fact> topics = new LinkedHashMap<>(s.requirements(type).topics());
                topics.put(topic, new Fact(topic, false, "Test profile.", provenance));
                Map<CooperationType, RequirementProfile> requirements = new EnumMap<>(s.requirements());
                requirements.put(type, new RequirementProfile(type, topics, s.requirements(type).other()));
                s = new StateProfile(s.code(), s.alpha2(), s.numeric(), s.names(), s.region(), s.unMember(), s.note(), requirements);
            }
            states.add(s);
        }
        return new RequirementsCatalog(states, real.instruments(), real.sources());
    }

    private static List<Finding> check(RequestDocument request, RequirementsCatalog catalog) {
        return CHECKER.check(new CheckContext(request, catalog, TODAY, Locale.ENGLISH));
    }

    private static RequestDocument extradition(String change) {
        return ScenarioTablesTest.document(new ScenarioTablesTest.Row("StateChecksTest", "-", change,
                "extradition-ita-arg-drugs", "", change, "", "", ""));
    }

    @ParameterizedTest
    @CsvSource({"VERIFIED, blocking", "UNCONFIRMED, advice"})
    void anExtraditionRestingOnUntocAloneMeetsAStateThatRefusesIt(FactStatus status, String severity) {
        RequirementsCatalog catalog = argentinaRefusing(CooperationType.EXTRADITION, "untoc_as_legal_basis", status);
        RequestDocument untocOnly = extradition("set /legalBasis {\"instruments\":[\"untoc\"],\"reciprocity\":false}");
        assertThat(check(untocOnly, catalog)).filteredOn(f -> f.id().equals("state.untoc-extradition-basis")).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity().code()).isEqualTo(severity);
                    assertThat(f.citation().pinpoint()).isEqualTo("test profile");
                    assertThat(f.message()).contains("Argentina");
                });
        assertThat(check(untocOnly, TestData.catalog())).noneMatch(f -> f.id().equals("state.untoc-extradition-basis"));
    }

    @Test
    void reciprocityAloneMeetsAStateThatRefusesIt() {
        RequirementsCatalog catalog = argentinaRefusing(CooperationType.EXTRADITION, "reciprocity", FactStatus.VERIFIED);
        RequestDocument reciprocityOnly = extradition("set /legalBasis {\"instruments\":[],\"reciprocity\":true}");
        assertThat(check(reciprocityOnly, catalog)).filteredOn(f -> f.id().equals("state.reciprocity")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.BLOCKING));
        RequestDocument withTreaty = extradition("set /legalBasis {\"instruments\":[\"untoc\"],\"reciprocity\":true}");
        assertThat(check(withTreaty, catalog)).noneMatch(f -> f.id().equals("state.reciprocity"));
    }
}
