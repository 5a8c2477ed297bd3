/**
 * The central authority's register: requests received (and sent), their completeness review, status, deadlines
 * and history. Rule: the register only moves forward through the transitions {@link RegisterStatus} allows, and
 * every move leaves an event; nothing here knows HTTP, JPA or PDF.
 */
package org.mlasuite.incoming.domain;
