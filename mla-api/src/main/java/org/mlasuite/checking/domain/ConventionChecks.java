package org.mlasuite.checking.domain;

import java.util.List;

/**
 * The Convention's own conditions, for every type of request: its scope (serious crime, organized criminal group,
 * transnational nature; UNTOC arts. 2-3 and 18(1)), a stated legal basis, and the use limitation of art. 18(19).
 */
public final class ConventionChecks {

    private ConventionChecks() {
    }

    public static List<Check> all() {
        return List.of(new LegalBasisStated(), new ConventionScopeSeriousCrime(), new ConventionScopeOrganizedGroup(),
                new ConventionScopeTransnational(), new FurtherUseConsent());
    }
}
