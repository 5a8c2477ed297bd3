package org.mlasuite.checking.domain;

import org.mlasuite.shared.Citation;

/**
 * Citations of the UN Model Treaties, which describe what a complete request contains where the Convention is
 * silent (extradition contents, provisional arrest). Source ids match legal-requirements/sources.
 */
public final class ModelTreaties {

    private ModelTreaties() {
    }

    /** Model Treaty on Extradition (GA res. 45/116, as amended by 52/88). */
    public static Citation extradition(String article) {
        return new Citation("un-model-extradition", "art. " + article,
                "Model Treaty on Extradition, annex to General Assembly resolution 45/116, as amended by resolution 52/88",
                "http://www.un.org/documents/ga/res/45/a45r116.htm");
    }

    /** Model Treaty on Mutual Assistance in Criminal Matters (GA res. 45/117). */
    public static Citation mla(String article) {
        return new Citation("un-model-mla", "art. " + article,
                "Model Treaty on Mutual Assistance in Criminal Matters, annex to General Assembly resolution 45/117",
                "http://www.un.org/documents/ga/res/45/a45r117.htm");
    }
}
