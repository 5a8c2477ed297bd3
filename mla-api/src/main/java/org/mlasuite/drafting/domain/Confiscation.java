package org.mlasuite.drafting.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;

/**
 * The part of a confiscation request that MLA requests do not have (UNTOC arts. 12-14).
 *
 * @param linkToOffence    how the property is connected to the offence: proceeds, instrumentalities, equivalent value
 * @param thirdPartyRights what is known of bona fide third parties' rights (12(8))
 */
public record Confiscation(
        @Size(max = 4, message = "Choose at most the four kinds of action.") List<ConfiscationAction> actions,
        @Size(max = 1000, message = "A request can list at most 1,000 assets.") List<@Valid Asset> assets,
        @Valid ConfiscationOrder order,
        @Size(max = 20000, message = "The link to the offence can be described in at most 20,000 characters.") String linkToOffence,
        @Size(max = 5000, message = "The rights of third parties can be described in at most 5,000 characters.") String thirdPartyRights,
        @Valid Disposal disposal) {

    public Confiscation {
        actions = actions == null ? List.of() : List.copyOf(actions.stream().filter(Objects::nonNull).distinct().toList());
        assets = assets == null ? List.of() : List.copyOf(assets.stream().filter(Objects::nonNull).toList());
    }

    public boolean asks(ConfiscationAction action) {
        return actions.contains(action);
    }
}
