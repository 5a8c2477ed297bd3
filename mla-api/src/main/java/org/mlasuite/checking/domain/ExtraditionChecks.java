package org.mlasuite.checking.domain;

import java.util.List;

/**
 * The contents of a request for extradition (UNTOC art. 16; UN Model Treaty on Extradition arts. 3-5) and the
 * requested State's own extradition rules.
 */
public final class ExtraditionChecks {

    private ExtraditionChecks() {
    }

    public static List<Check> all() {
        return List.of(
                new RequiredContent("extradition.requesting-authority", Severity.BLOCKING, ModelTreaties.extradition("5(1)"),
                        "requestingAuthority.name", r -> r.requestingAuthority() == null ? null : r.requestingAuthority().name()),
                new RequiredContent("extradition.purpose", Severity.BLOCKING, ModelTreaties.extradition("1, 5(2)(c)-(d)"),
                        "extradition.purpose", r -> r.extradition() == null ? null : r.extradition().purpose()),
                new PersonSought("extradition.person-sought", ModelTreaties.extradition("5(2)(a)")),
                new PersonSoughtLocation("extradition.location", ModelTreaties.extradition("5(2)(a)")),
                new ExtraditionOffences(),
                new PenaltyStated("extradition.penalty", ModelTreaties.extradition("5(2)(b)"), false),
                new FactsOfTheCase("extradition.facts", ModelTreaties.extradition("5(2)(c)-(d)"), true),
                new ArrestWarrant(),
                new EnforceableJudgment(),
                new SentenceStated(),
                new RetrialAfterAbsentia(),
                new DeathPenaltyAssurance(),
                new LimitationStated(),
                new AcceptableLanguage("extradition.language"),
                new NationalsRule(),
                new MinimumPenalty(),
                new MinimumRemainingSentence(),
                new RequiredAssurances(),
                new EvidenceSummary(),
                new LimitationRule());
    }
}
