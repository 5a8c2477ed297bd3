package org.mlasuite.rendering.application;

/** Produces the PDF/A-3b letter of request for a request. */
public interface DocumentRenderer {

    byte[] render(RenderInput input);
}
