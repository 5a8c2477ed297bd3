package org.mlasuite.checking.domain;

import java.util.List;

/**
 * Checks driven by the requested State's profile and declarations, common to every type of request: the legal
 * basis between the two States, reciprocity, channel and addressee, dual criminality, the conditions declared
 * under the European MLA Convention art. 5, and authentication. Unconfirmed facts only ever yield advice.
 */
public final class StateChecks {

    private StateChecks() {
    }

    public static List<Check> all() {
        return List.of(new InstrumentPartiesRecorded(), new TreatyRequired(), new UntocAsExtraditionBasis(),
                new ReciprocityAccepted(), new ChannelAccepted(), new CentralAuthorityAddressed(), new DualCriminality(),
                new SearchAndSeizureConditions(),
                new StateRuleNotice("state.authentication", "authentication", "annexes"),
                new StateRuleNotice("state.content-requirements", "content_requirements", "facts"));
    }
}
