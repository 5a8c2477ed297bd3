package org.mlasuite.testing;

import org.mlasuite.rendering.infrastructure.FopDocumentRenderer;

/**
 * One renderer for the rendering tests of a test run: building FOP's factories and warming them costs seconds,
 * and the renderer is thread-safe and stateless between documents, as in the application.
 */
public final class SharedRenderer {

    private static FopDocumentRenderer renderer;

    private SharedRenderer() {
    }

    public static synchronized FopDocumentRenderer get() {
        if (renderer == null) {
            renderer = new FopDocumentRenderer(SharedRenderer.class.getClassLoader());
        }
        return renderer;
    }
}
