package org.mlasuite.rendering.application;

/** Produces the PDF/A-3b results document of a training session, marked TRAINING on every page. */
public interface TrainingResultsRenderer {

    byte[] render(TrainingResultsInput input);
}
