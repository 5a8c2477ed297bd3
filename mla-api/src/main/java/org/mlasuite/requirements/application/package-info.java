/**
 * The knowledge base as the rest of the application sees it. Rule: loaded once at start-up; if the data is
 * invalid the application stays up, says why, and reports not ready.
 */
package org.mlasuite.requirements.application;
