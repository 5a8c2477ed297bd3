package org.mlasuite.drafting.domain;

import java.util.List;
import java.util.Objects;

/**
 * What the requesting State says about the Convention's scope (UNTOC art. 3): whether an organized criminal group
 * is involved (art. 2(a)), whether the offence is one the Convention establishes (arts. 5, 6, 8, 23), and what makes
 * it transnational (art. 3(2)). Serious crime (art. 2(b)) follows from the offences' maximum penalties.
 */
public record ConventionScope(
        Boolean organizedCriminalGroup,
        Boolean conventionOffence,
        List<TransnationalElement> transnational) {

    public ConventionScope {
        transnational = transnational == null ? List.of() : List.copyOf(transnational.stream().filter(Objects::nonNull).distinct().toList());
    }
}
