package org.mlasuite.rendering.application;

import org.mlasuite.drafting.domain.ConfiscationAction;
import org.mlasuite.drafting.domain.RequestDocument;
import org.mlasuite.shared.Coded;

/**
 * The documents the suite produces. Each has a template under templates/xsl and the strings key of its title;
 * freezing and confiscation requests share one template, which switches on the actions asked for, and so do the
 * notices of refusal and of postponement.
 */
public enum DocumentKind implements Coded {
    /** Letter of request for mutual legal assistance (UNTOC art. 18(15)). */
    MLA_REQUEST("mla-request", "xsl/mla-request.xsl", "mla.title", false),
    /** Request for extradition, for prosecution or for the enforcement of a sentence (art. 16). */
    EXTRADITION_REQUEST("extradition-request", "xsl/extradition-request.xsl", "extradition.title", false),
    /** Request for provisional arrest pending a request for extradition (Model Treaty art. 9). */
    PROVISIONAL_ARREST_REQUEST("provisional-arrest-request", "xsl/provisional-arrest-request.xsl", "provisional-arrest.title", false),
    /** Request to identify, trace, freeze or seize (art. 13(2)). */
    FREEZING_REQUEST("freezing-request", "xsl/confiscation-request.xsl", "freezing.title", false),
    /** Request for confiscation (art. 13(1)(a) and (b)), with disposal (art. 14). */
    CONFISCATION_REQUEST("confiscation-request", "xsl/confiscation-request.xsl", "confiscation.title", false),
    /** The central authority's acknowledgement of receipt of a registered request. */
    ACKNOWLEDGEMENT("acknowledgement", "xsl/acknowledgement.xsl", "acknowledgement.title", true),
    /** The central authority's request for additional information (art. 18(16)). */
    ADDITIONAL_INFORMATION("additional-information", "xsl/additional-information.xsl", "additional-information.title", true),
    /** Every finding of the checks on a request, as a document. */
    COMPLETENESS_REPORT("completeness-report", "xsl/completeness-report.xsl", "completeness.title", false),
    /** Notice of refusal with reasons (art. 18(23); Model Treaty on Extradition art. 10(2)). */
    REFUSAL("refusal", "xsl/refusal-notice.xsl", "refusal.title", true),
    /** Notice of postponement with reasons (art. 18(25); Model Treaty on Extradition art. 12(1)). */
    POSTPONEMENT("postponement", "xsl/refusal-notice.xsl", "postponement.title", true);

    private final String code;
    private final String template;
    private final String titleKey;
    private final boolean reply;

    DocumentKind(String code, String template, String titleKey, boolean reply) {
        this.code = code;
        this.template = template;
        this.titleKey = titleKey;
        this.reply = reply;
    }

    @Override
    public String code() {
        return code;
    }

    /** The template's path under templates/. */
    public String template() {
        return template;
    }

    /** The key of the document's title in templates/strings/&lt;lang&gt;.xml. */
    public String titleKey() {
        return titleKey;
    }

    /** Whether the requested State's central authority writes it (an answer to a registered request). */
    public boolean reply() {
        return reply;
    }

    /**
     * The request document of a request's type. A confiscation request that asks only to identify, trace, freeze
     * or seize is a request for freezing; once it asks for confiscation or disposal it is a request for
     * confiscation (which may also ask for freezing).
     */
    public static DocumentKind forRequest(RequestDocument request) {
        if (request.type() == null) {
            return MLA_REQUEST;
        }
        return switch (request.type()) {
            case MLA -> MLA_REQUEST;
            case EXTRADITION -> EXTRADITION_REQUEST;
            case PROVISIONAL_ARREST -> PROVISIONAL_ARREST_REQUEST;
            case CONFISCATION -> request.confiscation() != null && !request.confiscation().actions().isEmpty()
                    && request.confiscation().actions().stream().allMatch(a -> a == ConfiscationAction.IDENTIFY_TRACE_FREEZE)
                    ? FREEZING_REQUEST : CONFISCATION_REQUEST;
        };
    }
}
