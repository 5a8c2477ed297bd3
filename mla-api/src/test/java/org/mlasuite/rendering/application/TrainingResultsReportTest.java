package org.mlasuite.rendering.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mlasuite.training.application.SessionResults;
import org.mlasuite.training.domain.TrainingSession;

/** What the results document is asked to show: the language, the production time, the names. */
class TrainingResultsReportTest {

    private final List<TrainingResultsInput> rendered = new ArrayList<>();
    private final TrainingResultsReport report = new TrainingResultsReport(input -> {
        rendered.add(input);
        return new byte[] {1};
    }, Clock.fixed(Instant.parse("2026-11-28T16:45:12.345Z"), ZoneOffset.UTC));

    private final SessionResults results = new SessionResults(new TrainingSession("s-1", 0, "K7M2QX", "Workshop",
            "tr.moreau", List.of("x"), LocalDateTime.of(2026, 11, 28, 9, 0)), List.of(), List.of());

    @Test
    void theDocumentIsInTheLanguageAskedForOrEnglishAndBearsTheTimeItWasMade() {
        report.pdf(results, "ar", Map.of());
        report.pdf(results, null, Map.of());
        assertThat(rendered).extracting(TrainingResultsInput::language).containsExactly("ar", "en");
        assertThat(rendered.get(0).producedAt()).isEqualTo(LocalDateTime.of(2026, 11, 28, 16, 45, 12));
    }

    @Test
    void aLanguageWeHaveNoWordsForIsRefused() {
        assertThatThrownBy(() -> report.pdf(results, "pl", Map.of())).isInstanceOf(DocumentService.UnsupportedLanguage.class);
        assertThat(rendered).isEmpty();
    }

    @Test
    void aUserIsNamedByDisplayNameAndUsernameOrByUsernameAlone() {
        TrainingResultsInput input = new TrainingResultsInput(results, "en",
                Map.of("amina.haddad", "Amina Haddad", "li.wei", "li.wei", "blank", " "), LocalDateTime.of(2026, 11, 28, 9, 0));
        assertThat(input.name("amina.haddad")).isEqualTo("Amina Haddad (amina.haddad)");
        assertThat(input.name("li.wei")).isEqualTo("li.wei");
        assertThat(input.name("blank")).isEqualTo("blank");
        assertThat(input.name("nobody")).isEqualTo("nobody");
    }
}
