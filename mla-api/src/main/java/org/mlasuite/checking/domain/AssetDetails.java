package org.mlasuite.checking.domain;

import java.util.ArrayList;
import java.util.List;
import org.mlasuite.drafting.domain.Asset;
import org.mlasuite.shared.Citation;

/**
 * Each piece of property has its location and, where relevant, its estimated value (UNTOC art. 13(3)(a)): the
 * requested State must know where to act and how much is at stake. One warning per asset, naming what is missing.
 */
public final class AssetDetails implements Check {

    @Override
    public String id() {
        return "confiscation.asset-details";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public Citation citation() {
        return Untoc.article("13(3)(a)");
    }

    @Override
    public List<Finding> examine(CheckContext context) {
        List<Asset> assets = ConfiscationPart.of(context.request()).assets();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < assets.size(); i++) {
            Asset asset = assets.get(i);
            String at = "confiscation.assets[" + i + "]";
            List<String> missing = new ArrayList<>();
            if (Blank.is(asset.location())) {
                missing.add(at + ".location");
            }
            if (asset.estimatedValue() == null) {
                missing.add(at + ".estimatedValue");
            } else if (Blank.is(asset.currency())) {
                missing.add(at + ".currency");
            }
            if (!missing.isEmpty()) {
                findings.add(finding(context, missing, i + 1, asset.kind() == null ? "" : asset.kind().code(),
                        String.join(", ", missing.stream().map(f -> f.substring(at.length() + 1)).toList())));
            }
        }
        return findings;
    }
}
