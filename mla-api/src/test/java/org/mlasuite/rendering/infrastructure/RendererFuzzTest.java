package org.mlasuite.rendering.infrastructure;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import jakarta.json.bind.Jsonb;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.mlasuite.drafting.domain.Annex;
import org.mlasuite.drafting.domain.Authority;
import org.mlasuite.drafting.domain.Person;
import org.mlasuite.drafting.domain.PersonRole;
import org.mlasuite.drafting.domain.RequestDocument;
import org.mlasuite.platform.json.Json;
import org.mlasuite.rendering.application.DocumentKind;
import org.mlasuite.rendering.application.RenderInput;
import org.mlasuite.rendering.application.RenderingFailed;
import org.mlasuite.rendering.application.Reply;
import org.mlasuite.rendering.application.ReportedFinding;
import org.mlasuite.testing.Requests;
import org.mlasuite.testing.SharedRenderer;
import org.mlasuite.testing.TestData;

/**
 * Arbitrary strings in every user text field of every document type, in any language, bilingual or not: the
 * renderer either produces a PDF or throws {@link RenderingFailed} (for example a missing glyph: Chinese text in a
 * Latin letter), never anything else, never hangs.
 *
 * <p>In a normal build this runs in Jazzer's regression mode: the inputs under
 * {@code src/test/resources/org/mlasuite/rendering/infrastructure/RendererFuzzTestInputs/rendersOrRefuses/} plus an
 * empty one, in a JVM of its own (surefire execution fuzz-regression, see mla-api/pom.xml), in a few seconds. To
 * fuzz for real: {@code JAZZER_FUZZ=1 ./mvnw -pl mla-api test -Dtest=RendererFuzzTest -Djazzer.hooks=true} (it runs
 * for at most 5 minutes and takes about 3 GB); a finding is written as a new input beside the seeds, so that it
 * stays a regression test. The corpus Jazzer grows goes to .cifuzz-corpus/, which git ignores.
 */
class RendererFuzzTest {

    private static final Jsonb JSONB = Json.create();
    private static final List<String> LANGUAGES = List.of("en", "fr", "ru", "ar", "zh", "de");

    @FuzzTest(maxDuration = "5m")
    void rendersOrRefuses(FuzzedDataProvider data) {
        DocumentKind kind = data.pickValue(DocumentKind.values());
        String language = data.pickValue(LANGUAGES);
        String second = data.consumeBoolean() ? data.pickValue(LANGUAGES) : null;
        if ("zh".equals(language) || "zh".equals(second)) {
            if (!SharedRenderer.get().supports("zh")) {
                return;
            }
        }
        String a = data.consumeString(400);
        String b = data.consumeString(200);
        String c = data.consumeString(200);
        String rest = data.consumeRemainingAsString();
        RequestDocument base = switch (kind) {
            case EXTRADITION_REQUEST, PROVISIONAL_ARREST_REQUEST -> org.mlasuite.testing.TestDocuments.extradition();
            case FREEZING_REQUEST -> TestData.sample("confiscation-esp-gbr-freeze");
            case CONFISCATION_REQUEST -> TestData.sample("confiscation-ita-mus-enforce-return");
            default -> TestData.sample("mla-fra-aus-laundering");
        };
        RequestDocument r = Requests.from(base).facts(a).purpose(rest).title(b)
                .requestingAuthority(new Authority(c, b, rest, a, null, c))
                .persons(List.of(new Person(PersonRole.PERSON_SOUGHT, b, c, LocalDate.of(1980, 1, 1), a, c, List.of(), b, c, rest)))
                .build();
        r = new RequestDocument(r.schemaVersion(), r.type(), r.title(), r.requestingState(), r.requestedState(),
                r.requestingAuthority(), r.conductingAuthority(), r.proceedings(), r.facts(), r.offences(), r.measures(),
                r.persons(), r.purpose(), r.urgency(), r.confidentiality(), r.legalBasis(), r.language(), r.signatory(),
                r.transmission(), r.scope(), r.furtherUse(), r.extradition(), r.provisionalArrest(), r.confiscation(),
                List.of(new Annex(c, a)));
        Reply reply = kind.reply() ? new Reply(c, LocalDate.of(2026, 1, 12), b, c, a, LocalDate.of(2026, 3, 1)) : null;
        List<ReportedFinding> findings = List.of(new ReportedFinding("blocking", b, a, c, rest, List.of(b, c)));
        RenderInput input = new RenderInput(kind, r, JSONB.toJson(r).getBytes(StandardCharsets.UTF_8),
                new RenderInput.Part(language, Map.of("FRA", c)), second == null ? null : new RenderInput.Part(second, Map.of()),
                Map.of("untoc", b), data.consumeBoolean(), LocalDate.of(2026, 1, 15), reply, findings);
        try {
            byte[] pdf = SharedRenderer.get().render(input);
            if (pdf.length < 1000) {
                throw new AssertionError("a PDF of " + pdf.length + " bytes");
            }
        } catch (RenderingFailed expected) {
            // a clear refusal is an acceptable outcome for hostile text
        }
    }
}
