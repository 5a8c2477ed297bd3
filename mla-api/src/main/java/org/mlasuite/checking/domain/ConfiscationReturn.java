package org.mlasuite.checking.domain;

import java.util.List;
import org.mlasuite.drafting.domain.Confiscation;
import org.mlasuite.drafting.domain.ConfiscationAction;
import org.mlasuite.drafting.domain.Disposal;
import org.mlasuite.shared.Citation;

/**
 * Disposal of confiscated property (UNTOC art. 14). Where the requesting State asks that the property be returned
 * "so that it can give compensation to the victims of the crime or return such proceeds of crime or property to
 * their legitimate owners" (14(2)), the requested State gives that request priority consideration only if it is
 * made and reasoned: say so, and give the basis (who the victims or owners are, what the judgment decided). A
 * request that chooses the disposal action must also say what disposal it asks for.
 */
public final class ConfiscationReturn implements Check {

    @Override
    public String id() {
        return "confiscation.return";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public Citation citation() {
        return Untoc.article("14(2)");
    }

    @Override
    public List<Finding> examine(CheckContext context) {
        Confiscation confiscation = ConfiscationPart.of(context.request());
        Disposal disposal = ConfiscationPart.disposal(confiscation);
        boolean returnAsked = ConfiscationPart.yes(disposal.returnRequested()) || ConfiscationPart.yes(disposal.victimsCompensation());
        boolean anything = returnAsked || ConfiscationPart.yes(disposal.assetSharing());
        if (confiscation.asks(ConfiscationAction.DISPOSAL) && !anything) {
            return List.of(finding(context, severity(), Untoc.article("14"), id() + ".unspecified", List.of("confiscation.disposal")));
        }
        if (returnAsked && Blank.is(disposal.note())) {
            return List.of(finding(context, severity(), citation(), id() + ".basis", List.of("confiscation.disposal.note")));
        }
        return List.of();
    }
}
