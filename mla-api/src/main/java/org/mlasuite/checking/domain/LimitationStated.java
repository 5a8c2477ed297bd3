package org.mlasuite.checking.domain;

import java.util.List;
import org.mlasuite.drafting.domain.Limitation;
import org.mlasuite.shared.Citation;

/**
 * Extradition is refused where the person has become immune from prosecution or punishment by lapse of time
 * (UN Model Treaty on Extradition art. 3(e)): the request should show that the limitation period has not run. Not
 * stating it is a warning; a period the request itself says has expired blocks.
 */
public final class LimitationStated implements Check {

    @Override
    public String id() {
        return "extradition.limitation";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public Citation citation() {
        return ModelTreaties.extradition("3(e)");
    }

    @Override
    public List<Finding> examine(CheckContext context) {
        Limitation limitation = context.request().extradition() == null ? null : context.request().extradition().limitation();
        if (!stated(limitation)) {
            return List.of(finding(context, severity(), citation(), id() + ".missing", List.of("extradition.limitation")));
        }
        if (limitation.expiresOn() != null && limitation.expiresOn().isBefore(context.today())) {
            return List.of(finding(context, Severity.BLOCKING, citation(), id() + ".expired", List.of("extradition.limitation.expiresOn"),
                    ExtraditionParts.date(limitation.expiresOn(), context.locale())));
        }
        return List.of();
    }

    static boolean stated(Limitation limitation) {
        return limitation != null && (!Blank.is(limitation.provision()) || limitation.expiresOn() != null || !Blank.is(limitation.note()));
    }
}
