package org.mlasuite.checking.domain;

import java.util.List;
import org.mlasuite.drafting.domain.Authority;
import org.mlasuite.drafting.domain.Proceedings;

/**
 * The contents every request for mutual legal assistance needs under UNTOC art. 18(14)-(15), which art. 13(3)
 * also applies to confiscation requests.
 */
public final class MlaChecks {

    private MlaChecks() {
    }

    public static List<Check> all() {
        return List.of(
                new RequiredContent("mla.requesting-authority", Severity.BLOCKING, Untoc.article("18(15)(a)"),
                        "requestingAuthority.name", r -> r.requestingAuthority() == null ? null : r.requestingAuthority().name()),
                new RequiredContent("mla.conducting-authority", Severity.BLOCKING, Untoc.article("18(15)(b)"),
                        "conductingAuthority.name", r -> name(r.conductingAuthority())),
                new RequiredContent("mla.conducting-authority-functions", Severity.WARNING, Untoc.article("18(15)(b)"),
                        "conductingAuthority.functions", r -> r.conductingAuthority() == null ? null : r.conductingAuthority().functions()),
                new RequiredContent("mla.subject-matter", Severity.BLOCKING, Untoc.article("18(15)(b)"),
                        "proceedings.subjectMatter", r -> subject(r.proceedings())),
                new RequiredContent("mla.nature", Severity.BLOCKING, Untoc.article("18(15)(b)"),
                        "proceedings.nature", r -> r.proceedings() == null ? null : r.proceedings().nature()),
                new FactsSummary(),
                new AssistanceSought(),
                new PersonsConcerned(),
                new RequiredContent("mla.purpose", Severity.BLOCKING, Untoc.article("18(15)(f)"), "purpose", r -> r.purpose()),
                new AcceptableLanguage(),
                new OffencesStated(),
                new Deadline(),
                new ConfidentialityReason());
    }

    private static String name(Authority authority) {
        return authority == null ? null : authority.name();
    }

    private static String subject(Proceedings proceedings) {
        return proceedings == null ? null : proceedings.subjectMatter();
    }
}
