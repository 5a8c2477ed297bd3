package org.mlasuite.drafting.domain;

import jakarta.validation.constraints.Size;

/** The subject matter and nature of the investigation, prosecution or judicial proceedings (UNTOC art. 18(15)(b)). */
public record Proceedings(
        ProceedingsNature nature,
        @Size(max = 2000, message = "The subject matter can have at most 2,000 characters.") String subjectMatter,
        @Size(max = 100, message = "The case reference can have at most 100 characters.") String caseReference) {
}
