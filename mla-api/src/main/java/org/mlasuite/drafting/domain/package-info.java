/**
 * The request document: what a practitioner drafts, stores, checks, renders and sends. Rule: plain immutable
 * values with Bean Validation metadata for structural validity only (a draft may be incomplete; completeness is
 * the checker's business). Nothing here knows of HTTP, JSON binding, JPA or PDF.
 */
package org.mlasuite.drafting.domain;
