package org.mlasuite.rendering.application;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Objects;
import org.mlasuite.training.application.SessionResults;

/**
 * Everything the results document of a training session shows.
 *
 * @param results    the session, its scenarios with their summaries, and one row per trainee and exercise
 * @param language   output language; strings/&lt;language&gt;.xml must exist
 * @param names      display names of the trainer and trainees, by username; a user not in the map is shown by
 *                   username alone
 * @param producedAt when the document was made (UTC, like the submission times)
 */
public record TrainingResultsInput(SessionResults results, String language, Map<String, String> names,
        LocalDateTime producedAt) {

    /**
     * Rows a results document can list: at some 30 rows a page, about 70 pages. A session is open to whoever has
     * its code, so its size is not bounded by a form; past this the CSV export is the way to read it.
     */
    public static final int MAX_ROWS = 2000;

    public TrainingResultsInput {
        Objects.requireNonNull(results);
        Objects.requireNonNull(language);
        Objects.requireNonNull(producedAt);
        names = names == null ? Map.of() : Map.copyOf(names);
    }

    /**
     * How a user appears in the document: "Display Name (username)" when the account has a display name of its
     * own, so that the record is readable and still names the account unambiguously; else the username.
     */
    public String name(String username) {
        String display = names.get(username);
        return display == null || display.isBlank() || display.equals(username) ? username : display + " (" + username + ")";
    }

    /** @throws DocumentTooLarge when the session has more rows than a document can list */
    public void checkLimits() {
        int rows = results.rows().size();
        if (rows > MAX_ROWS) {
            throw new DocumentTooLarge("The session has " + rows + " exercises; a results document can list at most "
                    + MAX_ROWS + ". Export the results as CSV instead.");
        }
    }
}
