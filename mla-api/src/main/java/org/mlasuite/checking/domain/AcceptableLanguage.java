package org.mlasuite.checking.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mlasuite.requirements.domain.SourcedValue;
import org.mlasuite.shared.Citation;

/**
 * The request must be in a language acceptable to the requested State (UNTOC art. 18(14)). Blocking when the
 * State's accepted languages are recorded and the chosen language is not among them; advice when they are not
 * recorded, because then the practitioner must ask.
 */
public final class AcceptableLanguage implements Check {

    private final String id;

    /** {@code id} is mla.language or extradition.language: the wording differs, the rule is the same. */
    public AcceptableLanguage(String id) {
        this.id = id;
    }

    public AcceptableLanguage() {
        this("mla.language");
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public boolean stateDriven() {
        return true;
    }

    @Override
    public Severity severity() {
        return Severity.BLOCKING;
    }

    @Override
    public Citation citation() {
        return Untoc.article("18(14)");
    }

    @Override
    public List<Finding> examine(CheckContext context) {
        var request = context.request();
        if (request.requested().isEmpty()) {
            return List.of();
        }
        Optional<SourcedValue<List<String>>> accepted = context.catalog()
                .acceptedLanguages(request.requested().get(), context.cooperationType());
        String language = request.languageOrDefault();
        String stateName = context.requestedState().map(s -> s.name(context.locale().getLanguage())).orElse(request.requestedState());
        if (accepted.isEmpty()) {
            return List.of(finding(context, Severity.ADVICE, citation(), id() + ".unknown", List.of("language"), stateName));
        }
        List<String> languages = accepted.get().value();
        String primary = language.split("-")[0];
        if (languages.stream().anyMatch(l -> l.equalsIgnoreCase(primary))) {
            return List.of();
        }
        Citation source = context.catalog().cite(accepted.get().provenance());
        String names = String.join(", ", languages.stream().map(l -> Locale.forLanguageTag(l).getDisplayLanguage(context.locale())).toList());
        return List.of(finding(context, Severity.BLOCKING, source, id() + ".refused", List.of("language"), stateName,
                Locale.forLanguageTag(primary).getDisplayLanguage(context.locale()), names));
    }
}
