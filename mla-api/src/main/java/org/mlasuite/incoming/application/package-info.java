/**
 * The desk's use cases: intake (suite PDF, JSON, by hand), completeness review with the officer's decisions,
 * the status workflow, deadlines and statistics. Rule: every change goes through here with its actor, so that the
 * register's history is complete; nothing here speaks HTTP.
 */
package org.mlasuite.incoming.application;
