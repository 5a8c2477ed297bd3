package org.mlasuite.rendering.infrastructure;

/**
 * One renderer for the rendering tests of a test run: building FOP's factories and warming them costs seconds,
 * and the renderer is thread-safe and stateless between documents, as in the application.
 */
final class SharedRenderer {

    private static FopDocumentRenderer renderer;

    private SharedRenderer() {
    }

    static synchronized FopDocumentRenderer get() {
        if (renderer == null) {
            renderer = new FopDocumentRenderer(SharedRenderer.class.getClassLoader());
        }
        return renderer;
    }
}
