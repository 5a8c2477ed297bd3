/**
 * The desk's HTTP API under /api/incoming. Rule: every change names the version it was based on (If-Match), so
 * two officers never overwrite each other, and is attributed to the caller.
 */
package org.mlasuite.incoming.rest;
