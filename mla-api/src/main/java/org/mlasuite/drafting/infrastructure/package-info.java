/**
 * JPA persistence of drafts. Rule: the request document is stored as the exact JSON the API accepted, with a few
 * columns copied out of it for listing; the schema belongs to the Flyway migrations, never to the JPA provider.
 */
package org.mlasuite.drafting.infrastructure;
