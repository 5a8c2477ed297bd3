/**
 * The database connection, migrations and the persistence unit's lifecycle. Rule: the application keeps serving
 * when the database is away: it logs one clear line, reports DOWN on readiness, answers 503 for stored data, and
 * connects when the database comes back.
 */
package org.mlasuite.platform.persistence;
