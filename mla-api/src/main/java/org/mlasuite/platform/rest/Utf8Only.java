package org.mlasuite.platform.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;

/**
 * Request bodies are UTF-8 (JSON must be, RFC 8259 section 8.1; PDFs carry no charset). A body declared in any other
 * charset gets 415 here, before a message body reader trips over a charset the JVM may not even know, which would
 * otherwise end as a 500 (ApiFuzzIT found it with {@code charset=EBCDIC}).
 */
@Provider
@PreMatching
public class Utf8Only implements ContainerRequestFilter {

    private static final List<String> UTF_8 = List.of("utf-8", "utf8");

    @Override
    public void filter(ContainerRequestContext request) {
        MediaType type;
        try {
            type = request.getMediaType();
        } catch (IllegalArgumentException e) {
            request.abortWith(Problems.response(415, "unsupported-media-type", "Content-Type not understood",
                    "The Content-Type header is not a media type; send application/json (UTF-8) or application/pdf."));
            return;
        }
        String charset = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !UTF_8.contains(charset.trim().replace("\"", "").toLowerCase(Locale.ROOT))) {
            request.abortWith(Problems.response(415, "unsupported-charset", "Only UTF-8 is accepted",
                    "The body is declared in another charset than UTF-8; send it in UTF-8 (charset=UTF-8 or no charset)."));
        }
    }
}
