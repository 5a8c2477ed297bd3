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
 * What the scenario table cannot show with the real data: no State's profile records that it refuses to give effect
 * to foreign orders, cannot seek its own order, refuses non-conviction-based orders on verified authority, or refuses
 * to share. Here Mauritius's confiscation profile is replaced by such facts (a test profile, not a statement about
 * Mauritius), verified and then unconfirmed, to prove that verified facts block or warn and unconfirmed ones only
 * advise. Also the field paths a user interface relies on.
 */
class ConfiscationChecksTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final Checker CHECKER = Checker.standard();
    private static final String ENFORCE = "confiscation-ita-mus-enforce-return";
    private static final String FREEZE = "confiscation-esp-gbr-freeze";

    /** The real catalogue with Mauritius's confiscation facts replaced: each topic false, with the given status. */
    static RequirementsCatalog refusing(FactStatus status) {
        RequirementsCatalog real = TestData.catalog();
        Provenance provenance = new Provenance("mus-macrma", "test profile", status, TODAY);
        Map<String, Fact> topics = new LinkedHashMap<>();
        for (String topic : List.of("enforces_foreign_orders", "domestic_order_route", "non_conviction_based", "asset_sharing")) {
            topics.put(topic, new Fact(topic, false, "Test profile.", provenance));
        }
        List<StateProfile> states = new ArrayList<>();
        for (StateProfile s : real.states()) {
            if (s.code().value().equals("MUS")) {
                Map<CooperationType, RequirementProfile> requirements = new EnumMap<>(s.requirements());
                requirements.put(CooperationType.CONFISCATION, new RequirementProfile(CooperationType.CONFISCATION, topics, List.of()));
                s = new StateProfile(s.code(), s.alpha2(), s.numeric(), s.names(), s.region(), s.unMember(), s.note(), requirements);
            }
            states.add(s);
        }
        return new RequirementsCatalog(states, real.instruments(), real.sources());
    }

    static RequestDocument document(String sample, String requested, String change) {
        return ScenarioTablesTest.document(new ScenarioTablesTest.Row("ConfiscationChecksTest", "-", change, sample,
                requested, change, "", "", ""));
    }

    static List<Finding> check(RequestDocument request, RequirementsCatalog catalog, Locale locale) {
        return CHECKER.check(new CheckContext(request, catalog, TODAY, locale));
    }

    static Finding only(List<Finding> findings, String id) {
        List<Finding> matching = findings.stream().filter(f -> f.id().equals(id)).toList();
        assertThat(matching).as(id + " in " + findings.stream().map(Finding::id).toList()).hasSize(1);
        return matching.get(0);
    }

    @Test
    void aVerifiedRefusalToEnforceForeignOrdersBlocksAndPointsToTheDomesticRoute() {
        Finding finding = only(check(document(ENFORCE, "", ""), refusing(FactStatus.VERIFIED), Locale.ENGLISH),
                "confiscation.state-enforces-orders");
        assertThat(finding.severity()).isEqualTo(Severity.BLOCKING);
        assertThat(finding.citation().source()).isEqualTo("mus-macrma");
        assertThat(finding.fields()).containsExactly("confiscation.actions");
        assertThat(finding.message()).contains("Mauritius");
        assertThat(finding.fix()).contains("13(1)(a)");
    }

    @Test
    void anUnconfirmedRefusalOnlyAdvises() {
        List<Finding> findings = check(document(ENFORCE, "", "set /confiscation/order/nonConvictionBased true"),
                refusing(FactStatus.UNCONFIRMED), Locale.ENGLISH);
        for (String id : List.of("confiscation.state-enforces-orders", "confiscation.state-non-conviction-based")) {
            Finding finding = only(findings, id);
            assertThat(finding.severity()).as(id).isEqualTo(Severity.ADVICE);
            assertThat(finding.message()).as(id).contains("without confirmation");
        }
    }

    @Test
    void aDomesticOrderIsNotEnforcementSoTheEnforcementRefusalDoesNotApply() {
        List<Finding> findings = check(document(ENFORCE, "", "set /confiscation/actions [\"domestic-order\"]"),
                refusing(FactStatus.VERIFIED), Locale.ENGLISH);
        assertThat(findings).noneMatch(f -> f.id().equals("confiscation.state-enforces-orders"));
        Finding route = only(findings, "confiscation.state-domestic-route");
        assertThat(route.severity()).isEqualTo(Severity.WARNING);
        assertThat(route.fix()).contains("13(1)(b)");
    }

    @Test
    void aVerifiedRefusalOfNonConvictionBasedOrdersBlocks() {
        Finding finding = only(check(document(ENFORCE, "", "set /confiscation/order/nonConvictionBased true"),
                refusing(FactStatus.VERIFIED), Locale.ENGLISH), "confiscation.state-non-conviction-based");
        assertThat(finding.severity()).isEqualTo(Severity.BLOCKING);
        assertThat(finding.fields()).containsExactly("confiscation.order.nonConvictionBased");
    }

    @Test
    void sharingAskedOfAStateThatDoesNotShareIsAWarningAndReturnAloneIsNot() {
        RequirementsCatalog catalog = refusing(FactStatus.VERIFIED);
        Finding finding = only(check(document(ENFORCE, "", "set /confiscation/disposal/assetSharing true"), catalog,
                Locale.ENGLISH), "confiscation.state-asset-sharing");
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.fix()).contains("14(2)");
        assertThat(check(document(ENFORCE, "", ""), catalog, Locale.ENGLISH))
                .noneMatch(f -> f.id().equals("confiscation.state-asset-sharing"));
    }

    @Test
    void theCompleteSamplesPassTheWholeCheckerEvenAgainstTheRealProfiles() {
        for (String sample : List.of(ENFORCE, FREEZE)) {
            assertThat(check(document(sample, "", ""), TestData.catalog(), Locale.ENGLISH)).as(sample)
                    .noneMatch(f -> f.severity() == Severity.BLOCKING)
                    .noneMatch(f -> f.id().startsWith("confiscation.") && f.severity() == Severity.WARNING);
        }
    }

    @Test
    void findingsPointAtTheFieldsToFix() {
        List<Finding> findings = check(document(ENFORCE, "", "remove /confiscation/assets/1/location ; "
                + "remove /confiscation/assets/1/estimatedValue ; remove /confiscation/order/court ; "
                + "remove /confiscation/order/date ; remove /confiscation/thirdPartyRights"), TestData.catalog(), Locale.ENGLISH);
        assertThat(only(findings, "confiscation.asset-details").fields())
                .containsExactly("confiscation.assets[1].location", "confiscation.assets[1].estimatedValue");
        assertThat(findings).filteredOn(f -> f.id().equals("confiscation.order-copy")).singleElement()
                .satisfies(f -> assertThat(f.fields()).containsExactly("confiscation.order.court", "confiscation.order.date"));
        assertThat(only(findings, "confiscation.third-parties").fields())
                .contains("confiscation.assets[0].holder", "confiscation.assets[1].holder", "confiscation.thirdPartyRights");
    }

    @Test
    void theWordingIsFrenchWhenAsked() {
        Finding finding = only(check(document(ENFORCE, "", ""), refusing(FactStatus.VERIFIED), Locale.FRENCH),
                "confiscation.state-enforces-orders");
        assertThat(finding.message()).isEqualTo("L\u2019État requis (Maurice) n\u2019exécute pas les décisions de confiscation étrangères."
                .replace('\u2019', '\''));
        Finding link = only(check(document(FREEZE, "", "remove /confiscation/linkToOffence"), TestData.catalog(), Locale.FRENCH),
                "confiscation.link-to-offence");
        assertThat(link.message()).startsWith("La demande n'expose pas le lien");
        assertThat(link.citation().pinpoint()).contains("12(1)").contains("13(3)(a)");
    }

    @Test
    void everyConfiscationCheckHasItsOwnWordingInBothLanguages() {
        for (Check check : ConfiscationChecks.all()) {
            assertThat(check.id()).startsWith("confiscation.");
            assertThat(check.describe(Locale.ENGLISH)).as(check.id()).isNotBlank();
            assertThat(check.describe(Locale.FRENCH)).as(check.id()).isNotEqualTo(check.describe(Locale.ENGLISH));
        }
    }
}
