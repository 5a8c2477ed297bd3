package org.mlasuite.drafting.rest;

import jakarta.ws.rs.core.EntityTag;
import org.mlasuite.platform.rest.BadParameter;

/** Versions as strong ETags ({@code "3"}) and the If-Match header that must name one. */
public final class Versions {

    private Versions() {
    }

    public static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version an If-Match header names; 428 if there is none, 400 if it is not one of ours. */
    public static long required(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new BadParameter("If-Match", "Send the ETag of the version you read in an If-Match header, so that no one else's change is lost.", 428);
        }
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new BadParameter("If-Match", "If-Match must hold an ETag this server issued, such as \"3\".", 412);
        }
    }
}
