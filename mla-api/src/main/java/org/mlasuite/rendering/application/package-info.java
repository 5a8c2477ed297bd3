/**
 * Turning a request into its documents. Rule: the renderer receives a finished input (request, its exact JSON
 * bytes, display names) and returns a PDF; it looks nothing up and stores nothing.
 */
package org.mlasuite.rendering.application;
