package org.mlasuite.rendering.application;

/**
 * A document over the limits of the request document (persons, offences, measures, assets, annexes): refused
 * before rendering, as the API refuses such a request when it is saved, so that no input can occupy the renderer
 * for minutes.
 */
public class DocumentTooLarge extends RenderingFailed {

    public DocumentTooLarge(String message) {
        super(message);
    }
}
