package org.mlasuite.checking.domain;

import java.util.List;
import org.mlasuite.drafting.domain.ConfiscationAction;

/**
 * The contents of a request for confiscation (UNTOC arts. 12-14, in particular 13(3)) and the requested
 * State's rules on enforcing foreign orders. The general contents of art. 18(15), which art. 13(3) applies, are
 * checked by {@link MlaChecks}.
 */
public final class ConfiscationChecks {

    private ConfiscationChecks() {
    }

    public static List<Check> all() {
        return List.of(
                new ConfiscationActionChosen(),
                new ConfiscationPropertyDescribed(),
                new AssetDetails(),
                new ConfiscationLinkToOffence(),
                new ConfiscationOrderCopy(),
                new RequiredContent("confiscation.order-extent", Severity.BLOCKING, Untoc.article("13(3)(b)"),
                        "confiscation.order.extent",
                        r -> ConfiscationPart.of(r).order() == null ? null : ConfiscationPart.of(r).order().extent(),
                        r -> ConfiscationPart.of(r).asks(ConfiscationAction.ENFORCE_ORDER)),
                new ConfiscationOrderEnforceable(),
                new ConfiscationFreezeActions(),
                new ConfiscationThirdParties(),
                new ConfiscationReturn(),
                new ConfiscationSharingBasis(),
                new ConfiscationStateEnforcesOrders(),
                new ConfiscationStateNonConviction(),
                new ConfiscationStateDomesticRoute(),
                new ConfiscationStateAssetSharing());
    }
}
