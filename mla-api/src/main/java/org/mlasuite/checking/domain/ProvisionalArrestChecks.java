package org.mlasuite.checking.domain;

import java.util.List;

/**
 * The contents of a request for provisional arrest pending extradition (UN Model Treaty on Extradition art. 9;
 * UNTOC art. 16(9)) and the time limit it triggers. The requested State's rules on nationals and on the penalty
 * threshold apply as they will to the extradition that must follow.
 */
public final class ProvisionalArrestChecks {

    private ProvisionalArrestChecks() {
    }

    public static List<Check> all() {
        return List.of(
                new ProvisionalArrestUrgency(),
                new RequiredContent("provisional-arrest.undertaking", Severity.BLOCKING, ModelTreaties.extradition("9(2)"),
                        "provisionalArrest.undertakingToRequestExtradition",
                        r -> r.provisionalArrest() != null && r.provisionalArrest().undertakes() ? Boolean.TRUE : null),
                new ArrestAuthorised(),
                new PersonSought("provisional-arrest.person", ModelTreaties.extradition("9(2)")),
                new PersonSoughtLocation("provisional-arrest.location", ModelTreaties.extradition("9(2)")),
                new PenaltyStated("provisional-arrest.penalty", ModelTreaties.extradition("9(2)"), true),
                new FactsOfTheCase("provisional-arrest.facts", ModelTreaties.extradition("9(2)"), false),
                new FollowUpDeadline(),
                new ProvisionalArrestChannel(),
                new NationalsRule(),
                new MinimumPenalty());
    }
}
