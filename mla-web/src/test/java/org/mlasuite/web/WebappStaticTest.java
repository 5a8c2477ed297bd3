package org.mlasuite.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The browser workspace's static files: every UI language has the same keys, every literal key the scripts ask
 * for exists, and nothing would break under the coming strict Content-Security-Policy (no inline script or style,
 * no eval, no style strings).
 */
class WebappStaticTest {

    static final Path WEBAPP = Path.of("src/main/webapp");
    static final List<String> LANGUAGES = List.of("en", "fr", "es", "ar", "ru", "zh");

    static Map<String, String> bundle(String lang) throws IOException {
        try (Reader in = Files.newBufferedReader(WEBAPP.resolve("i18n/" + lang + ".json"), StandardCharsets.UTF_8);
             JsonReader reader = Json.createReader(in)) {
            JsonObject object = reader.readObject();
            Map<String, String> strings = new TreeMap<>();
            object.forEach((k, v) -> strings.put(k, object.getString(k)));
            return strings;
        }
    }

    @Test
    void everyLanguageHasExactlyTheKeysOfEnglish() throws IOException {
        Set<String> english = bundle("en").keySet();
        assertThat(english).hasSizeGreaterThan(300);
        for (String lang : LANGUAGES) {
            Map<String, String> strings = bundle(lang);
            assertThat(strings.keySet()).as("keys of i18n/%s.json", lang).containsExactlyInAnyOrderElementsOf(english);
            assertThat(strings).as("blank strings in %s", lang).allSatisfy((k, v) -> assertThat(v).isNotBlank());
        }
    }

    @Test
    void placeholdersAreTheSameInEveryLanguage() throws IOException {
        Map<String, String> english = bundle("en");
        Pattern placeholder = Pattern.compile("\\{(\\w+)}");
        for (String lang : LANGUAGES) {
            Map<String, String> strings = bundle(lang);
            english.forEach((key, text) -> assertThat(names(placeholder, strings.get(key)))
                    .as("placeholders of %s in %s", key, lang).isEqualTo(names(placeholder, text)));
        }
    }

    private static Set<String> names(Pattern pattern, String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void everyLiteralKeyTheScriptsAskForExists() throws IOException {
        Set<String> english = bundle("en").keySet();
        Pattern call = Pattern.compile("\\bt\\('([\\w.-]+)'[,)]");
        Pattern attribute = Pattern.compile("data-i18n(?:-label)?=\"([\\w.-]+)\"");
        Set<String> used = new TreeSet<>();
        for (Path file : scripts()) {
            Matcher m = call.matcher(Files.readString(file));
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        Matcher m = attribute.matcher(Files.readString(WEBAPP.resolve("index.html")));
        while (m.find()) {
            used.add(m.group(1));
        }
        assertThat(used).hasSizeGreaterThan(50);
        assertThat(english).containsAll(used);
    }

    @Test
    void nothingInlineThatAStrictContentSecurityPolicyWouldBlock() throws IOException {
        String html = Files.readString(WEBAPP.resolve("index.html"));
        assertThat(html).doesNotContain("<style").doesNotContainPattern("\\sstyle=").doesNotContainPattern("\\son[a-z]+=")
                .doesNotContain("javascript:");
        assertThat(Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>").matcher(html).find()).as("inline <script>").isFalse();
        for (Path file : scripts()) {
            String js = Files.readString(file);
            assertThat(js).as(file.toString()).doesNotContain("eval(").doesNotContain("new Function")
                    .doesNotContain(".style.").doesNotContain("innerHTML").doesNotContain("insertAdjacentHTML")
                    .doesNotContain("setAttribute('style'").doesNotContain("cssText");
        }
    }

    private static List<Path> scripts() throws IOException {
        try (Stream<Path> files = Files.list(WEBAPP.resolve("js"))) {
            return files.filter(p -> p.toString().endsWith(".js")).sorted().toList();
        }
    }
}
