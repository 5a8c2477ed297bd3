package org.mlasuite.rendering.application;

/** The document could not be produced; the message says why in terms a maintainer can act on. */
public class RenderingFailed extends RuntimeException {

    public RenderingFailed(String message) {
        super(message);
    }

    public RenderingFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
