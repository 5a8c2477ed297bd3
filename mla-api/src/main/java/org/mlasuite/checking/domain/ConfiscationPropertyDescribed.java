package org.mlasuite.checking.domain;

import java.util.ArrayList;
import java.util.List;
import org.mlasuite.drafting.domain.Asset;
import org.mlasuite.drafting.domain.Confiscation;
import org.mlasuite.shared.Citation;

/**
 * The property is listed and each piece described. For a confiscation order (13(1)(a) or (b)) UNTOC art. 13(3)(a)
 * requires "a description of the property to be confiscated": its absence blocks. A request only to identify,
 * trace, freeze or seize (13(2)) must describe the actions requested (13(3)(c)); property not yet identified cannot
 * always be described, so there the gap is a warning.
 */
public final class ConfiscationPropertyDescribed implements Check {

    @Override
    public String id() {
        return "confiscation.property";
    }

    @Override
    public Severity severity() {
        return Severity.BLOCKING;
    }

    @Override
    public Citation citation() {
        return Untoc.article("13(3)(a)");
    }

    @Override
    public List<Finding> examine(CheckContext context) {
        Confiscation confiscation = ConfiscationPart.of(context.request());
        boolean order = ConfiscationPart.seeksConfiscation(confiscation);
        Severity severity = order ? Severity.BLOCKING : Severity.WARNING;
        Citation citation = order ? citation() : Untoc.article("13(3)(c)");
        String variant = order ? "" : ".freezing";
        List<Asset> assets = confiscation.assets();
        if (assets.isEmpty()) {
            return List.of(finding(context, severity, citation, id() + ".none" + variant, List.of("confiscation.assets")));
        }
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < assets.size(); i++) {
            if (Blank.is(assets.get(i).description())) {
                findings.add(finding(context, severity, citation, id() + ".undescribed" + variant,
                        List.of("confiscation.assets[" + i + "].description"), i + 1));
            }
        }
        return findings;
    }
}
