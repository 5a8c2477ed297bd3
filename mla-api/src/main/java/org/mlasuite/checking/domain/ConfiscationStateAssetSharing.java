package org.mlasuite.checking.domain;

import java.util.List;
import java.util.Optional;
import org.mlasuite.drafting.domain.Confiscation;
import org.mlasuite.drafting.domain.ConfiscationAction;
import org.mlasuite.drafting.domain.Disposal;
import org.mlasuite.requirements.domain.Fact;
import org.mlasuite.shared.Citation;

/**
 * What the requested State's profile says on sharing or returning confiscated property (UNTOC art. 14(2)-(3)),
 * shown when the request asks for disposal, return or sharing. The data records this as a sentence (how the State
 * shares or returns); that sentence is given as advice. A recorded refusal to share (a value of false, should the
 * data ever hold one) is a warning when verified, advice when unconfirmed: sharing is never owed (14(3)(b)).
 */
public final class ConfiscationStateAssetSharing implements Check {

    /** Reads the requested State's profile. */
    @Override
    public boolean stateDriven() {
        return true;
    }

    static final String TOPIC = "asset_sharing";

    @Override
    public String id() {
        return "confiscation.state-asset-sharing";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public Citation citation() {
        return Untoc.article("14(3)(b)");
    }

    @Override
    public List<Finding> examine(CheckContext context) {
        Confiscation confiscation = ConfiscationPart.of(context.request());
        Disposal disposal = ConfiscationPart.disposal(confiscation);
        boolean sharing = ConfiscationPart.yes(disposal.assetSharing());
        boolean disposalAsked = sharing || confiscation.asks(ConfiscationAction.DISPOSAL)
                || ConfiscationPart.yes(disposal.returnRequested()) || ConfiscationPart.yes(disposal.victimsCompensation());
        if (!disposalAsked) {
            return List.of();
        }
        Optional<Fact> found = context.requestedStateFact(TOPIC);
        if (found.isEmpty()) {
            return List.of();
        }
        Fact fact = found.get();
        Citation source = StateFacts.cite(context, fact);
        String state = context.requestedStateName();
        if (fact.value() instanceof Boolean shares) {
            if (shares || !sharing) {
                return List.of();
            }
            return List.of(finding(context, StateFacts.severity(fact, Severity.WARNING), source,
                    StateFacts.key(fact, id() + ".none"), List.of("confiscation.disposal.assetSharing"), state));
        }
        return List.of(finding(context, Severity.ADVICE, source, StateFacts.key(fact, id() + ".rule"),
                List.of("confiscation.disposal"), state, String.join("; ", fact.asStrings())));
    }
}
