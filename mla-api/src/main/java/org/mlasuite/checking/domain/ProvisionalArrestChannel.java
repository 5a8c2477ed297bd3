package org.mlasuite.checking.domain;

import java.util.List;
import org.mlasuite.drafting.domain.Transmission;
import org.mlasuite.shared.Citation;

/**
 * The application for provisional arrest may travel through INTERPOL, by post or by any other means affording a
 * record in writing (UN Model Treaty on Extradition art. 9(1)), not only through the channel of the formal
 * request. Advice when no channel is chosen.
 */
public final class ProvisionalArrestChannel implements Check {

    @Override
    public String id() {
        return "provisional-arrest.channel";
    }

    @Override
    public Severity severity() {
        return Severity.ADVICE;
    }

    @Override
    public Citation citation() {
        return ModelTreaties.extradition("9(1)");
    }

    @Override
    public List<Finding> examine(CheckContext context) {
        Transmission transmission = context.request().transmission();
        if (transmission == null || transmission.channel() == null) {
            return List.of(finding(context, List.of("transmission.channel"), context.requestedStateName()));
        }
        return List.of();
    }
}
