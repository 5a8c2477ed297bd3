/**
 * HTTP resources for the audit trail. Rule: read-only; the whole trail for administrators, a request's own
 * trail for those who may read the request (the same rule, and the same 404, as the request itself).
 */
package org.mlasuite.audit.rest;
