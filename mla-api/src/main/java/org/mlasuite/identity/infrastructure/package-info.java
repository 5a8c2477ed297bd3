/**
 * JPA persistence of accounts and API tokens. Rule: only hashes of secrets reach the database; the schema
 * belongs to the Flyway migrations (V10), never to the JPA provider.
 */
package org.mlasuite.identity.infrastructure;
