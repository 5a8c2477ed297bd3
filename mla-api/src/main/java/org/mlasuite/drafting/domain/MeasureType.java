package org.mlasuite.drafting.domain;

import org.mlasuite.shared.Coded;

/**
 * The assistance a request may seek: the purposes listed in UNTOC art. 18(3), plus the forms the Convention
 * adds elsewhere (video hearing, 18(18); temporary transfer, 18(10)-(12)) and the preservation and production
 * of electronic evidence. Coercive measures are flagged because many States require dual criminality for them.
 */
public enum MeasureType implements Coded {
    TAKING_EVIDENCE("taking-evidence", "18(3)(a)", false),
    SERVICE_OF_DOCUMENTS("service-of-documents", "18(3)(b)", false),
    SEARCH_AND_SEIZURE("search-and-seizure", "18(3)(c)", true),
    FREEZING("freezing", "18(3)(c)", true),
    EXAMINING_OBJECTS_AND_SITES("examining-objects-and-sites", "18(3)(d)", false),
    INFORMATION_AND_EXPERT_EVALUATIONS("information-and-expert-evaluations", "18(3)(e)", false),
    RECORDS("records", "18(3)(f)", true),
    TRACING_PROCEEDS("tracing-proceeds", "18(3)(g)", false),
    VOLUNTARY_APPEARANCE("voluntary-appearance", "18(3)(h)", false),
    VIDEO_HEARING("video-hearing", "18(18)", false),
    TEMPORARY_TRANSFER("temporary-transfer", "18(10)", true),
    ELECTRONIC_EVIDENCE("electronic-evidence", "18(3)(i)", true),
    OTHER("other", "18(3)(i)", false);

    private final String code;
    private final String article;
    private final boolean coercive;

    MeasureType(String code, String article, boolean coercive) {
        this.code = code;
        this.article = article;
        this.coercive = coercive;
    }

    @Override
    public String code() {
        return code;
    }

    /** The paragraph of UNTOC art. 18 that provides for this form of assistance. */
    public String article() {
        return article;
    }

    /** Whether executing it normally needs compulsion (search, seizure, production orders, transfer in custody). */
    public boolean coercive() {
        return coercive;
    }
}
