package org.mlasuite.incoming.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mlasuite.checking.domain.ModelTreaties;
import org.mlasuite.checking.domain.Untoc;
import org.mlasuite.drafting.domain.RequestType;
import org.mlasuite.incoming.domain.RegisterEntry;
import org.mlasuite.requirements.domain.CooperationType;
import org.mlasuite.requirements.domain.Fact;
import org.mlasuite.requirements.domain.RequirementsCatalog;
import org.mlasuite.shared.StateCode;

/**
 * The grounds on which the requested State may refuse or postpone, listed for the officer to weigh: the
 * Convention's own (art. 18(21) and 18(25) for assistance, 16(14) for extradition, with the Model Treaty's art. 3)
 * and the State's recorded grounds. The suite never decides them: they turn on facts only the officer knows.
 */
final class RefusalGrounds {

    private RefusalGrounds() {
    }

    static List<RefusalGround> forEntry(RegisterEntry entry, RequirementsCatalog catalog) {
        List<RefusalGround> grounds = new ArrayList<>();
        boolean extradition = entry.type() == RequestType.EXTRADITION || entry.type() == RequestType.PROVISIONAL_ARREST;
        if (extradition) {
            grounds.add(new RefusalGround("discrimination", "Substantial grounds for believing the request was made to prosecute or punish the person on account of sex, race, religion, nationality, ethnic origin or political opinions, or that compliance would prejudice the person's position for one of these reasons.", Untoc.article("16(14)"), "convention"));
            grounds.add(new RefusalGround("mandatory-grounds", "Political offence; final judgment for the same offence (ne bis in idem); lapse of time or amnesty; torture or an unfair trial; judgment in absentia without a right to retrial.", ModelTreaties.extradition("3"), "model-treaty"));
            grounds.add(new RefusalGround("fiscal-matters-not-a-ground", "Extradition may not be refused on the sole ground that the offence is considered to involve fiscal matters.", Untoc.article("16(15)"), "convention"));
        } else {
            grounds.add(new RefusalGround("not-in-conformity", "The request is not made in conformity with art. 18 (first ask for what is missing, art. 18(16)).", Untoc.article("18(21)(a)"), "convention"));
            grounds.add(new RefusalGround("essential-interests", "Execution is likely to prejudice sovereignty, security, ordre public or other essential interests.", Untoc.article("18(21)(b)"), "convention"));
            grounds.add(new RefusalGround("domestic-prohibition", "Domestic law would prohibit the authorities from carrying out the action for a similar offence under their own jurisdiction.", Untoc.article("18(21)(c)"), "convention"));
            grounds.add(new RefusalGround("legal-system", "Granting the request would be contrary to the legal system of the requested State.", Untoc.article("18(21)(d)"), "convention"));
            grounds.add(new RefusalGround("postponement", "Execution may be postponed where it interferes with an ongoing investigation, prosecution or judicial proceeding.", Untoc.article("18(25)"), "convention"));
            grounds.add(new RefusalGround("fiscal-matters-not-a-ground", "Assistance may not be refused on the sole ground that the offence involves fiscal matters; bank secrecy is no ground either (18(8)).", Untoc.article("18(22)"), "convention"));
        }
        grounds.add(new RefusalGround("reasons-required", "Reasons must be given for any refusal (18(23)); before refusing or postponing, consult the requesting State on granting assistance subject to conditions (18(26)).", Untoc.article("18(23), 18(26)"), "convention"));
        CooperationType type = entry.type() == null ? CooperationType.MLA : switch (entry.type()) {
            case MLA -> CooperationType.MLA;
            case EXTRADITION, PROVISIONAL_ARREST -> CooperationType.EXTRADITION;
            case CONFISCATION -> CooperationType.CONFISCATION;
        };
        state(entry.requestedState()).flatMap(catalog::state).map(s -> s.requirements(type).fact("refusal_grounds"))
                .filter(Fact::known)
                .ifPresent(f -> grounds.add(new RefusalGround("state-grounds", String.join("; ", f.asStrings())
                        + (f.note() == null ? "" : " (" + f.note() + ")"), catalog.cite(f.provenance()), f.status().code())));
        return grounds;
    }

    private static Optional<StateCode> state(String code) {
        try {
            return code == null ? Optional.empty() : Optional.of(new StateCode(code));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
