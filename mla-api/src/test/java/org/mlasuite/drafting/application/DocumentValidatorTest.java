package org.mlasuite.drafting.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.json.bind.Jsonb;
import jakarta.validation.Validation;
import org.junit.jupiter.api.Test;
import org.mlasuite.drafting.domain.RequestDocument;
import org.mlasuite.platform.json.Json;

/** Structural errors name the document path and speak to a person. */
class DocumentValidatorTest {

    private final DocumentValidator validator = new DocumentValidator(Validation.buildDefaultValidatorFactory().getValidator());
    private final Jsonb jsonb = Json.create();

    @Test
    void badCodesAndMissingRolesAreNamedByPath() {
        RequestDocument document = jsonb.fromJson("""
                {"schemaVersion":1,"type":"mla","requestingState":"fr","requestedState":"DEU",
                 "persons":[{"name":"A"},{"role":"witness","dateOfBirth":"2999-01-01"}],
                 "requestingAuthority":{"email":"not an address"}}""", RequestDocument.class);
        InvalidDocument e = catchThrowableOfType(() -> validator.validate(document), InvalidDocument.class);
        assertThat(e.violations()).extracting(InvalidDocument.Violation::field)
                .containsExactlyInAnyOrder("requestingState", "persons[0].role", "persons[1].dateOfBirth", "requestingAuthority.email");
        assertThat(e.violations()).filteredOn(v -> v.field().equals("requestingState")).singleElement()
                .extracting(InvalidDocument.Violation::message).asString().contains("ISO 3166-1 alpha-3");
    }

    @Test
    void anEmptyBodyIsRefusedWithAMessage() {
        InvalidDocument e = catchThrowableOfType(() -> validator.validate(null), InvalidDocument.class);
        assertThat(e.violations()).singleElement().extracting(InvalidDocument.Violation::message).asString().contains("empty");
    }

    @Test
    void aMisspeltFieldIsAnErrorNotASilentLoss() {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> jsonb.fromJson(
                "{\"schemaVersion\":1,\"type\":\"mla\",\"requestingState\":\"FRA\",\"requestedState\":\"DEU\",\"purpse\":\"x\"}",
                RequestDocument.class));
        assertThat(t).isInstanceOf(jakarta.json.bind.JsonbException.class).hasMessageContaining("purpse");
    }
}
