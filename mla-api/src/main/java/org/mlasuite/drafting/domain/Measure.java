package org.mlasuite.drafting.domain;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import jakarta.validation.constraints.Size;

/**
 * One form of assistance sought (UNTOC art. 18(15)(c)-(d)): what to do, where, and any particular procedure the
 * requesting State wishes followed (for example an oath, or the presence of its officials).
 *
 * @param dataCategories    for electronic evidence: subscriber, traffic and/or content data
 * @param identifiers       for electronic evidence: the accounts, numbers or addresses concerned
 * @param preservationFirst for electronic evidence: whether the data should be preserved at once, pending production
 * @param personConsents    for temporary transfer (18(10)(a)) or a video hearing: whether the person consents
 * @param reason            for a video hearing: why appearing in person is not possible or desirable (18(18))
 */
public record Measure(
        @NotNull(message = "Say which kind of assistance this measure is, for example taking-evidence.") MeasureType type,
        @Size(max = 10000, message = "The description of the measure can have at most 10,000 characters.") String description,
        @Size(max = 500, message = "The place of execution can have at most 500 characters.") String location,
        @Size(max = 5000, message = "The particular procedure can be described in at most 5,000 characters.") String particularProcedure,
        @Size(max = 3, message = "There are three categories of electronic data: subscriber, traffic and content.") List<DataCategory> dataCategories,
        @Size(max = 2000, message = "The accounts, numbers or addresses can be listed in at most 2,000 characters.") String identifiers,
        Boolean preservationFirst,
        Boolean personConsents,
        @Size(max = 2000, message = "The reason can have at most 2,000 characters.") String reason) {

    public Measure {
        dataCategories = dataCategories == null ? List.of() : List.copyOf(dataCategories.stream().filter(java.util.Objects::nonNull).distinct().toList());
    }

    /** A measure of the given type with only a description, as v1 documents had. */
    public static Measure of(MeasureType type, String description, String location) {
        return new Measure(type, description, location, null, List.of(), null, null, null, null);
    }
}
