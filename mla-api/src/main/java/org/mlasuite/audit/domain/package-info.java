/**
 * The audit trail: who did what to which object, when, with what result. Rule: append-only: events are
 * recorded and read, never changed or removed; there is no update or delete path anywhere in the code.
 */
package org.mlasuite.audit.domain;
