/**
 * Public, read-only HTTP resources for the knowledge base. Rule: every fact served carries its citation and
 * status; unknown topics are served as unknown, never left out.
 */
package org.mlasuite.requirements.rest;
