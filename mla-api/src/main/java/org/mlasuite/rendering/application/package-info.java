/**
 * Turning a request into its documents, and a training session's results into the trainer's record of it. Rule:
 * the renderer receives a finished input (request, its exact JSON bytes, display names; or a session's results and
 * display names) and returns a PDF; it looks nothing up and stores nothing.
 */
package org.mlasuite.rendering.application;
