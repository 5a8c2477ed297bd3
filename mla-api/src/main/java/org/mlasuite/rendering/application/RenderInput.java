package org.mlasuite.rendering.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import org.mlasuite.drafting.domain.RequestDocument;

/**
 * Everything a document shows.
 *
 * @param request          the request
 * @param json             the exact bytes embedded in the PDF, whose SHA-256 is the fingerprint in the footer
 * @param language         output language; strings/&lt;language&gt;.xml must exist
 * @param requestingName   display name of the requesting State in the output language
 * @param requestedName    display name of the requested State in the output language
 * @param instrumentTitles titles of the instruments named as legal basis, by id
 */
public record RenderInput(RequestDocument request, byte[] json, String language, String requestingName,
        String requestedName, Map<String, String> instrumentTitles) {

    public RenderInput {
        Objects.requireNonNull(request);
        Objects.requireNonNull(json);
        json = json.clone();
        instrumentTitles = Map.copyOf(instrumentTitles);
    }

    @Override
    public byte[] json() {
        return json.clone();
    }

    /** Hex SHA-256 of the embedded JSON: a reader can recompute it from the attachment to prove integrity. */
    public String fingerprint() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    public String jsonText() {
        return new String(json, StandardCharsets.UTF_8);
    }
}
