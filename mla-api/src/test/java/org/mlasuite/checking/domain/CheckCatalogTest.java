package org.mlasuite.checking.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mlasuite.drafting.domain.RequestType;

/** The catalogue: enough checks, unique ids, a description in each language, and the same wording keys in each. */
class CheckCatalogTest {

    private final Checker checker = Checker.standard();

    @Test
    void everyCheckHasAUniqueIdACitationAndADescriptionInEnglishAndFrench() {
        List<Check> catalog = checker.catalog();
        assertThat(catalog).hasSizeGreaterThanOrEqualTo(40);
        Set<String> ids = new HashSet<>();
        for (Check check : catalog) {
            assertThat(ids.add(check.id())).as("duplicate id " + check.id()).isTrue();
            assertThat(check.citation()).as(check.id()).isNotNull();
            assertThat(check.describe(Locale.ENGLISH)).as(check.id()).isNotBlank();
            assertThat(check.describe(Locale.FRENCH)).as(check.id()).isNotBlank().isNotEqualTo(check.describe(Locale.ENGLISH));
        }
    }

    @Test
    void everyTypeHasItsOwnChecksAndTheConventionsAndTheStatesRules() {
        for (RequestType type : RequestType.values()) {
            List<Check> checks = checker.checks(type);
            assertThat(checks).as(type.code()).anyMatch(Check::stateDriven).anyMatch(c -> !c.stateDriven());
            assertThat(checks).as(type.code()).anyMatch(c -> c.id().startsWith("convention."));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"findings", "extradition", "confiscation", "state"})
    void frenchWordingHasExactlyTheEnglishKeys(String family) throws IOException {
        assertThat(keys(family + "_fr")).isEqualTo(keys(family));
    }

    private static Set<String> keys(String bundle) throws IOException {
        String resource = "org/mlasuite/checking/domain/" + bundle + ".properties";
        try (InputStream in = CheckCatalogTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new TreeSet<>(properties.stringPropertyNames());
        }
    }
}
