package org.mlasuite.testing;

import java.time.LocalDate;
import java.util.List;
import org.mlasuite.drafting.domain.Annex;
import org.mlasuite.drafting.domain.Assurance;
import org.mlasuite.drafting.domain.AssuranceType;
import org.mlasuite.drafting.domain.Authority;
import org.mlasuite.drafting.domain.Channel;
import org.mlasuite.drafting.domain.Extradition;
import org.mlasuite.drafting.domain.ExtraditionPurpose;
import org.mlasuite.drafting.domain.JudicialDecision;
import org.mlasuite.drafting.domain.LegalBasis;
import org.mlasuite.drafting.domain.Limitation;
import org.mlasuite.drafting.domain.Offence;
import org.mlasuite.drafting.domain.Penalty;
import org.mlasuite.drafting.domain.Person;
import org.mlasuite.drafting.domain.PersonRole;
import org.mlasuite.drafting.domain.Proceedings;
import org.mlasuite.drafting.domain.ProceedingsNature;
import org.mlasuite.drafting.domain.ProvisionalArrest;
import org.mlasuite.drafting.domain.RequestDocument;
import org.mlasuite.drafting.domain.RequestType;
import org.mlasuite.drafting.domain.Sentence;
import org.mlasuite.drafting.domain.Signatory;
import org.mlasuite.drafting.domain.Transmission;
import org.mlasuite.drafting.domain.Urgency;

/**
 * Realistic, fictional extradition and provisional arrest requests for the rendering tests, until the shipped
 * samples for these types arrive. France asks Australia for Marc Delorme of the Bordeaux laundering case.
 */
public final class TestDocuments {

    private TestDocuments() {
    }

    static final Authority PROSECUTOR = new Authority("Public Prosecutor's Office, Bordeaux Judicial Court (fictional)",
            "Public prosecutor directing the investigation and the prosecution", "30 rue des Frères Bonie, 33000 Bordeaux, France",
            "Claire Vasseur, Deputy Public Prosecutor", "parquet.bordeaux@example.org", "+33 5 00 00 00 00");

    static final Person SOUGHT = new Person(PersonRole.PERSON_SOUGHT, "Marc Delorme", "Marc-Antoine Delorme", LocalDate.of(1979, 4, 12),
            "Libourne, France", "French and Australian", List.of("FRA", "AUS"), "French passport 00AA00000 (fictional)",
            "Believed to live in Bondi, New South Wales, Australia",
            "1.82 m, brown hair, scar above the left eyebrow; photographs and fingerprints in annex 3.");

    static final List<Offence> OFFENCES = List.of(
            new Offence("Organised fraud (escroquerie en bande organisée)", "French Criminal Code, articles 313-1 and 313-2", null,
                    new Penalty(10, false, false, "and a fine of EUR 1,000,000")),
            new Offence("Organised money laundering", "French Criminal Code, articles 324-1 and 324-2", null,
                    new Penalty(10, false, false, "and a fine of EUR 750,000")));

    static final String FACTS = "Between 2021 and 2024 Marc Delorme, director of a wine export company, obtained EUR 4.2 million "
            + "from 37 French investors by selling them fictitious stocks of grand cru wine, and moved the funds to accounts "
            + "in Sydney held by Southern Cross Cellars Pty Ltd, a company he controls.";

    /** A request for extradition for prosecution, on a warrant, with assurances and a summary of the evidence. */
    public static RequestDocument extradition() {
        Extradition e = new Extradition(ExtraditionPurpose.PROSECUTION,
                new JudicialDecision("Investigating judge, Bordeaux Judicial Court", LocalDate.of(2025, 2, 3), "Mandat d'arrêt 24/118-7",
                        null, null, true),
                null, null,
                new Limitation("Code of Criminal Procedure, article 8", LocalDate.of(2031, 2, 3),
                        "The limitation period of six years was interrupted by the warrant of 3 February 2025."),
                List.of(new Assurance(AssuranceType.SPECIALITY, "Marc Delorme will not be prosecuted, sentenced or detained for any "
                                + "offence committed before his surrender other than those for which extradition is granted."),
                        new Assurance(AssuranceType.FAIR_TRIAL, "He will be tried by the Bordeaux Criminal Court with all the "
                                + "guarantees of article 6 of the European Convention on Human Rights.")),
                "Bank records of Southern Cross Cellars Pty Ltd, statements of 37 investors, and the expert report on the wine stocks.");
        return new RequestDocument(2, RequestType.EXTRADITION, "Extradition of Marc Delorme (Operation Grand Cru)", "FRA", "AUS",
                PROSECUTOR, PROSECUTOR, new Proceedings(ProceedingsNature.PROSECUTION,
                        "Organised fraud against investors and laundering of the proceeds", "JI 24/118"),
                FACTS, OFFENCES, List.of(), List.of(SOUGHT), null, null, null,
                new LegalBasis(List.of("untoc"), true, null), "en",
                new Signatory("Claire Vasseur", "Deputy Public Prosecutor", "Bordeaux", LocalDate.of(2025, 3, 1)),
                new Transmission(Channel.DIPLOMATIC, "Attorney-General's Department, Canberra"), null, null, e, null, null,
                List.of(new Annex("Certified copy of the arrest warrant", "Mandat d'arrêt of 3 February 2025"),
                        new Annex("Text of the provisions of the French Criminal Code", null),
                        new Annex("Photographs and fingerprints of the person sought", null)));
    }

    /** A request for extradition to enforce a sentence, with the judgment and the remainder to be served. */
    public static RequestDocument extraditionForEnforcement() {
        RequestDocument base = extradition();
        Extradition e = new Extradition(ExtraditionPurpose.ENFORCEMENT, null,
                new JudicialDecision("Bordeaux Criminal Court", LocalDate.of(2024, 6, 14), "Jugement 24/5521", true, false, true),
                new Sentence(72, 60, false, "Twelve months were served in pre-trial detention."), null, base.extradition().assurances(), null);
        return new RequestDocument(2, RequestType.EXTRADITION, base.title(), "FRA", "AUS", PROSECUTOR, null, base.proceedings(),
                FACTS, OFFENCES, List.of(), List.of(SOUGHT), null, null, null, base.legalBasis(), "en", base.signatory(),
                base.transmission(), null, null, e, null, null, base.annexes());
    }

    /** A request for provisional arrest through INTERPOL, with the undertaking that the extradition request will follow. */
    public static RequestDocument provisionalArrest() {
        RequestDocument base = extradition();
        Extradition e = new Extradition(ExtraditionPurpose.PROSECUTION, base.extradition().warrant(), null, null, null, List.of(), null);
        return new RequestDocument(2, RequestType.PROVISIONAL_ARREST, "Provisional arrest of Marc Delorme", "FRA", "AUS", PROSECUTOR,
                null, base.proceedings(), FACTS, OFFENCES, List.of(), List.of(SOUGHT), null,
                new Urgency(true, "Marc Delorme has booked a flight from Sydney to Bangkok on 14 March; once he leaves Australia he "
                        + "is unlikely to be found.", LocalDate.of(2026, 3, 13)),
                null, base.legalBasis(), "en", base.signatory(), new Transmission(Channel.INTERPOL, null), null, null, e,
                new ProvisionalArrest(true, null, "A red notice has been requested from the INTERPOL General Secretariat."), null,
                List.of(new Annex("Certified copy of the arrest warrant", null)));
    }
}
