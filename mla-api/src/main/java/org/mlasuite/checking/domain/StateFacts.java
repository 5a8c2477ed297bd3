package org.mlasuite.checking.domain;

import org.mlasuite.requirements.domain.Fact;
import org.mlasuite.requirements.domain.FactStatus;
import org.mlasuite.shared.Citation;

/**
 * How a check turns a State profile fact into a finding. A fact read in a primary source may block; an
 * unconfirmed fact only ever yields advice to verify it, because a request must not be stopped on hearsay.
 */
final class StateFacts {

    private StateFacts() {
    }

    static Severity severity(Fact fact, Severity intended) {
        return fact.status() == FactStatus.VERIFIED ? intended : Severity.ADVICE;
    }

    /** The message key variant: {@code base} for verified facts, {@code base.unconfirmed} otherwise. */
    static String key(Fact fact, String base) {
        return fact.status() == FactStatus.VERIFIED ? base : base + ".unconfirmed";
    }

    static Citation cite(CheckContext context, Fact fact) {
        return context.catalog().cite(fact.provenance());
    }
}
