package org.mlasuite.requirements.rest;

import java.util.List;
import java.util.Map;

/** One line of the list of States: names, codes and the instruments it is party to. */
public record StateSummary(String code, String alpha2, Map<String, String> names, String region, boolean unMember,
        List<String> instruments) {
}
